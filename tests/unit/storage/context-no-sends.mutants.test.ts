import { beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS, getContext } from '../../../src/storage/context';
import { newContact } from '../../../src/storage/contacts';
import type { RapportDb } from '../../../src/storage/open';
import { freshDb } from './fresh-db';
import { forwardsOnly } from './forwards-only';

const NOW = Date.UTC(2026, 10, 23, 12);
let db: RapportDb;

beforeEach(async () => {
  db = await freshDb();
  await db.put('contacts', newContact('ada', NOW));
});

describe.each([
  ['an index read backwards in one request (Chromium)', false],
  ['forwards only (Firefox ESR)', true],
])('a month without sends: %s', (_, forwards) => {
  if (forwards) forwardsOnly();

  it('nobody written to yet: no recent sends, and the counts are zero', async () => {
    expect(await getContext(db, 'ada', NOW)).toMatchObject({ sent: 0, received: 0, recentSent: [] });
  });

  it('the sends seen before have aged out of the window: none is shown, on the next lookup either', async () => {
    await db.add('interactions', { contactId: 'bob', kind: 'sent', surface: 'message', snippet: 'Hello Bob', hash: 'h1', at: NOW - 2 * DAY_MS });
    expect((await getContext(db, 'ada', NOW)).recentSent).toEqual(['Hello Bob']);
    expect((await getContext(db, 'ada', NOW + 40 * DAY_MS)).recentSent).toEqual([]);
    expect((await getContext(db, 'ada', NOW + 41 * DAY_MS)).recentSent).toEqual([]);
  });
});
