import { beforeEach, describe, expect, it } from 'vitest';
import { newestKeys, newestRecords } from '../../../src/storage/newest';
import type { RapportDb } from '../../../src/storage/open';
import { freshDb } from './fresh-db';
import { forwardsOnly } from './forwards-only';

// Asked for none of the newest, both reads give none: IndexedDB reads a count of 0 as "no limit",
// and slice(-0) is the whole list, so without the guard they would give every record of the range.
let db: RapportDb;

beforeEach(async () => {
  db = await freshDb();
  for (const at of [1, 2, 3]) await db.add('interactions', { contactId: 'ada', kind: 'sent', surface: 'message', snippet: `Note ${at}`, hash: `h${at}`, at });
});

describe.each([
  ['an index read backwards in one request (Chromium)', false],
  ['forwards only (Firefox ESR)', true],
])('the newest 0 sends: %s', (_, forwards) => {
  if (forwards) forwardsOnly();
  const all = IDBKeyRange.bound(['sent', 0], ['sent', 10]);

  it('none, though the range holds three', async () => {
    const index = db.transaction('interactions').store.index('kind_at');
    expect(await newestKeys(index, all, 0)).toEqual([]);
    expect(await newestRecords(index, all, 0)).toEqual([]);
    expect(await newestKeys(index, all, -1)).toEqual([]);
    expect((await newestRecords(index, all, 2)).map((r) => r.at)).toEqual([3, 2]);
    expect(await newestKeys(index, all, 2)).toHaveLength(2);
  });
});
