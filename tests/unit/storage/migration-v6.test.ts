import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openRapportDb } from '../../../src/storage/open';
import { listInteractions, recordInteraction } from '../../../src/storage/interactions';
import { learnAliases } from '../../../src/storage/merge';
import { resetIndexedDb } from './fresh-db';

const NOW = Date.UTC(2026, 11, 1);

const v5Contact = (id: string) => ({
  id, aliases: [], name: `Name ${id}`, headline: '', profileUrl: `https://www.linkedin.com/in/${id}/`, email: '', company: '', position: '',
  connectedOn: NOW - 86_400_000 * 40, firstSeen: NOW - 86_400_000 * 50, degree: 1, consent: { value: null, at: null, note: '' },
  wants: [], haves: [], tags: [], notes: 'kept as typed', lastInteractionAt: NOW - 10, cadence: null, wantKeys: [], haveKeys: [],
  nameKey: `name ${id}`, updatedAt: NOW - 1000,
});

beforeEach(resetIndexedDb);

describe('v5 -> v6: the interaction indexes an import paid for and nothing needed', () => {
  it('drops contactId, at and hash, keeps every record, and the reads that used them still answer', async () => {
    (await openRapportDb({ version: 5, now: () => NOW - 1000 })).close();
    const v5 = await openDB('rapport', 5);
    await v5.put('contacts', v5Contact('ada-lovelace'));
    await v5.put('contacts', v5Contact('ACoAAada'));
    const hi = { contactId: 'ada-lovelace', kind: 'sent', surface: 'message', snippet: 'Hi Ada', hash: 'h-hi', at: NOW - 30_000 };
    const older = { contactId: 'ada-lovelace', kind: 'received', surface: 'message', snippet: 'Hello', hash: 'h-hello', at: NOW - 90_000 };
    const theirs = { contactId: 'ACoAAada', kind: 'received', surface: 'message', snippet: 'Thanks', hash: 'h-thanks', at: NOW - 20 };
    const ids: number[] = [];
    for (const r of [hi, older, theirs]) ids.push(Number(await v5.add('interactions', r)));
    await v5.add('promises', { contactId: 'ada-lovelace', interactionId: ids[0], snippet: 'send it', due: '2026-12-04', dated: false, status: 'open', madeAt: NOW, closedAt: null });
    expect([...v5.transaction('interactions').store.indexNames]).toContain('hash');
    v5.close();

    const db = await openRapportDb({ version: 6, now: () => NOW });
    expect(db.version).toBe(6);
    expect([...db.transaction('interactions').store.indexNames].sort()).toEqual(['contactId_at', 'contactId_kind', 'kind_at', 'urn']);
    expect(await db.get('contacts', 'ada-lovelace')).toEqual(v5Contact('ada-lovelace'));
    expect(await db.getAll('interactions')).toEqual([hi, older, theirs].map((r, i) => ({ ...r, id: ids[i] })));
    expect(await db.count('promises')).toBe(1);
    expect((await db.get('meta', 'schema'))).toMatchObject({ version: 6, history: [{ from: 0, to: 5 }, { from: 5, to: 6, at: NOW }] });
    db.close();

    // And on to the current version, where a person's history still reads newest first.
    const current = await openRapportDb({ now: () => NOW });
    expect((await listInteractions(current, 'ada-lovelace')).map((r) => r.snippet)).toEqual(['Hi Ada', 'Hello']);
    current.close();
  });

  it('the same text to the same person within a minute is still one message, found without the hash index', async () => {
    const db = await openRapportDb({ now: () => NOW });
    const message = { contactId: 'ada-lovelace', kind: 'sent' as const, surface: 'message' as const, text: 'Hi Ada, how was the talk?' };
    expect((await recordInteraction(db, { ...message, at: NOW }, NOW)).recorded).toBe(true);
    expect((await recordInteraction(db, { ...message, at: NOW + 59_000 }, NOW)).recorded).toBe(false);
    // A minute apart, another kind, another person or another text: each its own message.
    expect((await recordInteraction(db, { ...message, at: NOW + 60_000 }, NOW)).recorded).toBe(true);
    expect((await recordInteraction(db, { ...message, kind: 'received', at: NOW + 1 }, NOW)).recorded).toBe(true);
    expect((await recordInteraction(db, { ...message, contactId: 'bob', at: NOW + 1 }, NOW)).recorded).toBe(true);
    expect((await recordInteraction(db, { ...message, text: 'Hi Ada!!! how was it', at: NOW + 1 }, NOW)).recorded).toBe(true);
    expect(await db.count('interactions')).toBe(5);
    db.close();
  });

  it('learning an alias still moves every interaction of the other record', async () => {
    const db = await openRapportDb({ now: () => NOW });
    await recordInteraction(db, { contactId: 'ada-lovelace', kind: 'sent', surface: 'message', text: 'Hi Ada', at: NOW - 5000 }, NOW);
    await recordInteraction(db, { contactId: 'ACoAAada', kind: 'received', surface: 'message', text: 'Thanks', at: NOW - 100 }, NOW);
    await recordInteraction(db, { contactId: 'ACoAAada', kind: 'sent', surface: 'message', text: 'Hi Ada', at: NOW - 4990 }, NOW);
    await learnAliases(db, ['ada-lovelace', 'ACoAAada'], NOW);
    const kept = (await db.get('contacts', 'ada-lovelace')) ?? (await db.get('contacts', 'ACoAAada'));
    if (!kept) throw new Error('both records gone');
    // The duplicate (same text within a minute) is dropped, the other moves.
    expect((await listInteractions(db, kept.id)).map((r) => r.snippet)).toEqual(['Thanks', 'Hi Ada']);
    expect(await db.count('interactions')).toBe(2);
    db.close();
  });
});
