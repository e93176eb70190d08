import { beforeEach, describe, expect, it } from 'vitest';
import { reconnectCandidates, upsertSeen } from '../../../src/storage/contacts';
import { recordInteraction } from '../../../src/storage/interactions';
import type { RapportDb } from '../../../src/storage/open';
import { freshDb } from './fresh-db';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 12);
let db: RapportDb;

/** A two-way exchange with `id` that ended `daysAgo` days before NOW. */
async function exchange(id: string, daysAgo: number): Promise<void> {
  await upsertSeen(db, { id, name: id }, NOW - 400 * DAY);
  await recordInteraction(db, { contactId: id, kind: 'sent', text: `hello ${id}`, at: NOW - (daysAgo + 1) * DAY }, NOW);
  await recordInteraction(db, { contactId: id, kind: 'received', text: `hi back ${id}`, at: NOW - daysAgo * DAY }, NOW);
}

beforeEach(async () => {
  db = await freshDb();
});

describe('reconnect candidates: dormant means quiet for 90 days', () => {
  it('quiet for 60 or 89 days is not dormant yet; 90 and 200 days are, newest first', async () => {
    for (const [id, days] of [['sixty', 60], ['almost', 89], ['ninety', 90], ['long', 200]] as const) await exchange(id, days);
    expect((await reconnectCandidates(db, NOW)).map((c) => c.id)).toEqual(['ninety', 'long']);
  });

  it('stops at the limit', async () => {
    for (let i = 0; i < 5; i += 1) await exchange(`tie-${i}`, 100 + i);
    expect((await reconnectCandidates(db, NOW, 3)).map((c) => c.id)).toEqual(['tie-0', 'tie-1', 'tie-2']);
  });
});
