import { beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS, forgetRecentSent, getContext, RECENT_SENT_LIMIT } from '../../../src/storage/context';
import { newContact } from '../../../src/storage/contacts';
import type { RapportDb } from '../../../src/storage/open';
import type { InteractionRecord } from '../../../src/storage/schema';
import { asksNewestFirst } from '../../../src/storage/newest';
import { freshDb } from './fresh-db';
import { forwardsOnly } from './forwards-only';

const NOW = Date.UTC(2026, 10, 23, 12);
let db: RapportDb;

beforeEach(async () => {
  db = await freshDb();
});

/** Sends written straight into the store (not through recordInteraction: hundreds of them, with chosen times and keys). */
async function writeSends(sends: Omit<InteractionRecord, 'kind' | 'surface' | 'hash'>[]): Promise<void> {
  const tx = db.transaction(['contacts', 'interactions'], 'readwrite');
  await Promise.all([
    tx.objectStore('contacts').put({ ...newContact('ada', NOW), aliases: ['ACoAAada'] }),
    ...sends.map((s) => tx.objectStore('interactions').add({ ...s, kind: 'sent', surface: 'message', hash: s.snippet })),
    tx.done,
  ]);
}

/** What getContext must answer: the newest sends to others, newest first, one per recipient and text. */
function expected(sends: readonly Omit<InteractionRecord, 'kind' | 'surface' | 'hash'>[], self: string): string[] {
  const newest = sends
    .map((s, i) => ({ ...s, key: i + 1 }))
    .sort((a, b) => b.at - a.at || b.key - a.key)
    .slice(0, RECENT_SENT_LIMIT);
  const seen = new Set<string>();
  return newest.filter((s) => s.contactId !== self && !seen.has(`${s.contactId}\u0000${s.snippet}`) && seen.add(`${s.contactId}\u0000${s.snippet}`)).map((s) => s.snippet);
}

describe.each([
  ['an index read backwards in one request (Chromium)', false],
  ['forwards only (Firefox ESR)', true],
])('recent sends, read cold: %s', (_, forwards) => {
  if (forwards) forwardsOnly();
  it('the browser reads this way', async () => {
    expect(asksNewestFirst(db.transaction('interactions').store.index('kind_at'))).toBe(!forwards);
  });

  it('after a restart, more sends than the limit: the newest 200 to others, newest first, as when read one by one', async () => {
    // Hourly, written out of time order (as an import does); the 20 around the 200th newest share
    // one instant, so which of them are among the newest 200 is decided by their keys.
    const sends = Array.from({ length: 450 }, (_, j) => {
      const i = (j * 7919) % 450;
      return { contactId: i % 7 === 0 ? 'ada' : `p${i % 40}`, snippet: `text ${i % 90}`, at: NOW - (i >= 190 && i < 210 ? 199 : i) * 3_600_000 };
    });
    await writeSends(sends);
    forgetRecentSent(db);
    const cold = await getContext(db, 'ada', NOW);
    expect(cold.recentSent).toEqual(expected(sends, 'ada'));
    expect(cold.recentSent.length).toBeGreaterThan(16);
    // The cache it filled answers the same warm, and by alias.
    expect((await getContext(db, 'ada', NOW)).recentSent).toEqual(cold.recentSent);
    forgetRecentSent(db);
    expect((await getContext(db, 'ACoAAada', NOW)).recentSent).toEqual(cold.recentSent);
    expect(cold.sent).toBe(sends.filter((s) => s.contactId === 'ada').length);
  });

  it('fewer sends than the limit, more than a few uncached: every one of the month, none older', async () => {
    const sends = Array.from({ length: 80 }, (_, i) => ({ contactId: `p${i}`, snippet: `hello ${i}`, at: NOW - i * 12 * 3_600_000 }));
    await writeSends(sends);
    forgetRecentSent(db);
    const { recentSent } = await getContext(db, 'ada', NOW);
    expect(recentSent).toEqual(sends.filter((s) => s.at >= NOW - 30 * DAY_MS).map((s) => s.snippet));
    // Every 12 hours for 40 days: the sends of days 0 to 30 (both ends included).
    expect(recentSent).toHaveLength(61);
  });
});
