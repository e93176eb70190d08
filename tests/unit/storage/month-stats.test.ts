import { beforeEach, describe, expect, it } from 'vitest';
import { recordInteraction } from '../../../src/storage/interactions';
import type { RapportDb } from '../../../src/storage/open';
import type { InteractionKind } from '../../../src/storage/schema';
import { monthStats, startOfMonth } from '../../../src/storage/stats';
import { freshDb } from './fresh-db';

const NOW = new Date(2026, 10, 23, 12).getTime();
let db: RapportDb;

async function record(kind: InteractionKind, times: number, at = NOW - 1000): Promise<void> {
  for (let i = 0; i < times; i += 1) await recordInteraction(db, { contactId: `person-${i}`, kind, text: `${kind} ${i}`, at }, NOW);
}

beforeEach(async () => {
  db = await freshDb();
});

describe('month stats', () => {
  it('counts each kind on its own line: gives, intros, asks, replies (received) and sends', async () => {
    await record('gave', 1);
    await record('intro', 2);
    await record('asked', 3);
    await record('received', 4);
    await record('sent', 5);
    await record('note', 6);
    expect(await monthStats(db, NOW)).toEqual({ gave: 1, intros: 2, asked: 3, replies: 4, sent: 5 });
  });

  it('the month starts at local midnight on the first: the last evening of the month before is not in it', async () => {
    expect(startOfMonth(NOW)).toBe(new Date(2026, 10, 1).getTime());
    await record('sent', 2, new Date(2026, 10, 1).getTime());
    await record('asked', 1, new Date(2026, 9, 31, 23, 59).getTime());
    expect(await monthStats(db, NOW)).toEqual({ gave: 0, intros: 0, asked: 0, replies: 0, sent: 2 });
  });

  it('an empty store is all zeros', async () => {
    expect(await monthStats(db, NOW)).toEqual({ gave: 0, intros: 0, asked: 0, replies: 0, sent: 0 });
  });
});
