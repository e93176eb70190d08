import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { keepInTouch, reconnectCandidates } from '../../../src/storage/contacts';
import { forgetRecentSent, getContext } from '../../../src/storage/context';
import { countKinds, listInteractions, recordInteraction } from '../../../src/storage/interactions';
import { learnAliases } from '../../../src/storage/merge';
import { openRapportDb } from '../../../src/storage/open';
import type { InteractionKind } from '../../../src/storage/schema';
import { resetIndexedDb } from './fresh-db';
import { forwardsOnly } from './forwards-only';

const NOW = Date.UTC(2026, 11, 1);
const DAY = 86_400_000;

const v6Contact = (id: string, fields: object = {}) => ({
  id, aliases: [], name: `Name ${id}`, headline: '', profileUrl: `https://www.linkedin.com/in/${id}/`, email: '', company: '', position: '',
  connectedOn: NOW - DAY * 400, firstSeen: NOW - DAY * 500, degree: 1, consent: { value: null, at: null, note: '' },
  wants: [], haves: [], tags: [], notes: 'kept as typed', lastInteractionAt: NOW - 200 * DAY, cadence: null, wantKeys: [], haveKeys: [],
  nameKey: `name ${id}`, updatedAt: NOW - 1000, ...fields,
});

const at = (daysAgo: number) => NOW - daysAgo * DAY;
const interaction = (contactId: string, kind: InteractionKind, daysAgo: number, snippet: string) => ({
  contactId, kind, surface: kind === 'sent' || kind === 'received' ? 'message' : 'popup', snippet, hash: `h-${snippet}`, at: at(daysAgo),
});

/** Jo's history as v6 stored it, kinds interleaved in time; two entries share one instant. */
const history = [
  interaction('jo-park', 'sent', 300, 'first hello'),
  interaction('jo-park', 'received', 299, 'hello back'),
  interaction('jo-park', 'gave', 250, 'sent the deck'),
  interaction('jo-park', 'sent', 200, 'same instant, recorded first'),
  interaction('jo-park', 'note', 200, 'same instant, recorded second'),
  interaction('jo-park', 'asked', 150, 'asked for an intro'),
  interaction('jo-park', 'intro', 120, 'introduced to Sam'),
  interaction('jo-park', 'received', 110, 'thanks for Sam'),
  interaction('sam-lee', 'sent', 1, 'hi Sam'),
];

async function openV6WithHistory(): Promise<number[]> {
  (await openRapportDb({ version: 6, now: () => NOW - 1000 })).close();
  const v6 = await openDB('rapport', 6);
  await v6.put('contacts', v6Contact('jo-park', { cadence: { every: '1m', since: at(400) }, lastInteractionAt: at(110) }));
  await v6.put('contacts', v6Contact('sam-lee', { lastInteractionAt: at(1) }));
  const ids: number[] = [];
  for (const r of history) ids.push(Number(await v6.add('interactions', r)));
  await v6.put('meta', { key: 'linkedin-import', fileHash: 'f00d', phase: 'messages', done: 3000, me: null, updatedAt: NOW - 5000 });
  expect([...v6.transaction('interactions').store.indexNames].sort()).toEqual(['contactId_at', 'contactId_kind', 'kind_at', 'urn']);
  v6.close();
  return ids;
}

/** Jo's snippets newest first, the same instant by key, worked out here without any index. */
function josNewestFirst(ids: readonly number[]): string[] {
  return history.slice(0, 8).map((r, i) => ({ r, id: ids[i] ?? 0 })).sort((a, b) => b.r.at - a.r.at || b.id - a.id).map(({ r }) => r.snippet);
}

beforeEach(resetIndexedDb);

describe.each([
  ['an index read backwards in one request (Chromium)', false],
  ['forwards only (Firefox ESR)', true],
])('v6 -> v7: one [contactId, kind, at] index for a contact\'s history and counts: %s', (_, forwards) => {
  if (forwards) forwardsOnly();

  it('replaces [contactId, at] and [contactId, kind], keeps every record, and every read of them answers as before', async () => {
    const ids = await openV6WithHistory();
    const db = await openRapportDb({ version: 7, now: () => NOW });
    expect(db.version).toBe(7);
    expect([...db.transaction('interactions').store.indexNames].sort()).toEqual(['contactId_kind_at', 'kind_at', 'urn']);
    expect(await db.getAll('interactions')).toEqual(history.map((r, i) => ({ ...r, id: ids[i] })));
    expect(await db.get('contacts', 'sam-lee')).toEqual(v6Contact('sam-lee', { lastInteractionAt: at(1) }));
    expect(await db.get('meta', 'schema')).toMatchObject({ version: 7, history: [{ from: 0, to: 6 }, { from: 6, to: 7, at: NOW }] });
    // An interrupted import counted its messages in the file's order; v7 writes them by urn, so the same file starts over.
    expect(await db.get('meta', 'linkedin-import')).toBeUndefined();

    // The history newest first across kinds; at one instant, the later recorded first.
    const newestFirst = josNewestFirst(ids);
    expect(newestFirst.slice(3, 5)).toEqual(['same instant, recorded second', 'same instant, recorded first']);
    expect((await listInteractions(db, 'jo-park')).map((r) => r.snippet)).toEqual(newestFirst);
    expect((await listInteractions(db, 'jo-park', 3)).map((r) => r.snippet)).toEqual(newestFirst.slice(0, 3));
    expect(await listInteractions(db, 'jo-park', 0)).toEqual([]);
    expect(await listInteractions(db, 'nobody')).toEqual([]);

    expect(await countKinds(db, 'jo-park')).toEqual({ sent: 2, received: 2, gave: 1, asked: 1, intro: 1, note: 1 });
    forgetRecentSent(db);
    const context = await getContext(db, 'jo-park', NOW);
    expect(context).toMatchObject({ sent: 2, received: 2, gave: 2, asked: 1, recentSent: ['hi Sam'] });
    expect(await getContext(db, 'jo-park', NOW)).toEqual(context);

    // Keep in touch shows the last thing that happened, of any kind.
    const { due } = await keepInTouch(db, NOW);
    expect(due.map((d) => [d.contact.id, d.last?.snippet])).toEqual([['jo-park', 'thanks for Sam']]);
    // A real exchange (sent and received) and 90+ days of silence, but on a cadence: not a reconnect.
    expect(await reconnectCandidates(db, NOW)).toEqual([]);
    db.close();
  });

  it('a message recorded twice within a minute is still one, of the same kind only', async () => {
    await openV6WithHistory();
    const db = await openRapportDb({ now: () => NOW });
    const message = { contactId: 'sam-lee', kind: 'sent' as const, surface: 'message' as const, text: 'Coffee on Friday?' };
    expect((await recordInteraction(db, { ...message, at: NOW }, NOW)).recorded).toBe(true);
    expect((await recordInteraction(db, { ...message, at: NOW - 59_000 }, NOW)).recorded).toBe(false);
    expect((await recordInteraction(db, { ...message, at: NOW + 60_000 }, NOW)).recorded).toBe(true);
    expect((await recordInteraction(db, { ...message, kind: 'received', at: NOW + 1 }, NOW)).recorded).toBe(true);
    expect((await countKinds(db, 'sam-lee'))).toMatchObject({ sent: 3, received: 1 });
    db.close();
  });

  it('joining two records moves every interaction of every kind to the one kept', async () => {
    const ids = await openV6WithHistory();
    const db = await openRapportDb({ now: () => NOW });
    await learnAliases(db, ['jo-park', 'sam-lee'], NOW);
    const kept = (await db.get('contacts', 'jo-park')) ?? (await db.get('contacts', 'sam-lee'));
    if (!kept) throw new Error('both records gone');
    expect((await listInteractions(db, kept.id)).map((r) => r.snippet)).toEqual(['hi Sam', ...josNewestFirst(ids)]);
    expect(await countKinds(db, kept.id)).toEqual({ sent: 3, received: 2, gave: 1, asked: 1, intro: 1, note: 1 });
    expect(await db.count('interactions')).toBe(history.length);
    db.close();
  });
});
