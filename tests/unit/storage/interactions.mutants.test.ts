import { beforeEach, describe, expect, it } from 'vitest';
import { newContact } from '../../../src/storage/contacts';
import { hasherFor } from '../../../src/storage/hash-key';
import { countKinds, forgetReceivedSnippets, listInteractions, recordInteraction, recordIntro, SAME_MESSAGE_WINDOW_MS, toRecord } from '../../../src/storage/interactions';
import type { RapportDb } from '../../../src/storage/open';
import { freshDb } from './fresh-db';

const NOW = Date.UTC(2026, 10, 23, 12);
const MINUTE = SAME_MESSAGE_WINDOW_MS;
const DAY = 86_400_000;
let db: RapportDb;

beforeEach(async () => {
  db = await freshDb();
});

describe('an interaction record', () => {
  const hash = hasherFor(new Uint8Array(16));

  it('holds the snippet, the keyed hash, the time (now unless given), no surface unless given, and a urn only when there is one', () => {
    expect(toRecord({ contactId: 'ada', kind: 'sent', text: '  Hello\n\nAda  ' }, NOW, hash)).toEqual({
      contactId: 'ada', kind: 'sent', surface: null, snippet: 'Hello Ada', hash: hash('Hello Ada'), at: NOW,
    });
    expect(toRecord({ contactId: 'ada', kind: 'received', surface: 'message', text: 'Hi', at: NOW - 5, urn: 'urn:1' }, NOW, hash)).toEqual({
      contactId: 'ada', kind: 'received', surface: 'message', snippet: 'Hi', hash: hash('Hi'), at: NOW - 5, urn: 'urn:1',
    });
    expect(toRecord({ contactId: 'ada', kind: 'received', text: 'Hi', urn: '' }, NOW, hash)).not.toHaveProperty('urn');
  });

  it('keeps no snippet when told not to, but still the hash; an empty text has neither', () => {
    expect(toRecord({ contactId: 'ada', kind: 'received', text: 'Hi', keepSnippet: false }, NOW, hash)).toMatchObject({ snippet: '', hash: hash('Hi') });
    expect(toRecord({ contactId: 'ada', kind: 'received', text: 'Hi', keepSnippet: true }, NOW, hash)).toMatchObject({ snippet: 'Hi' });
    expect(toRecord({ contactId: 'ada', kind: 'note' }, NOW, hash)).toMatchObject({ snippet: '', hash: '' });
  });
});

describe('recording', () => {
  it('the same text of the same kind within a minute is one message; a minute apart, another kind, or another text is not', async () => {
    const record = (kind: 'sent' | 'received', text: string, at: number) => recordInteraction(db, { contactId: 'ada', kind, text, at }, NOW);
    expect((await record('sent', 'Hello Ada', NOW)).recorded).toBe(true);
    expect(await record('sent', 'Hello  Ada', NOW + MINUTE - 1)).toEqual({ recorded: false, id: null });
    expect(await record('sent', 'Hello Ada', NOW - MINUTE + 1)).toEqual({ recorded: false, id: null });
    expect((await record('sent', 'Hello Ada', NOW + MINUTE)).recorded).toBe(true);
    expect((await record('sent', 'Hello Ada', NOW - MINUTE)).recorded).toBe(true);
    expect((await record('received', 'Hello Ada', NOW)).recorded).toBe(true);
    expect((await record('sent', 'Hello Bob', NOW)).recorded).toBe(true);
    expect(await countKinds(db, 'ada')).toMatchObject({ sent: 4, received: 1 });
  });

  it('entries without text are never duplicates of each other; a urn is recorded once', async () => {
    expect((await recordInteraction(db, { contactId: 'ada', kind: 'gave', at: NOW }, NOW)).recorded).toBe(true);
    expect((await recordInteraction(db, { contactId: 'ada', kind: 'gave', at: NOW }, NOW)).recorded).toBe(true);
    expect((await recordInteraction(db, { contactId: 'ada', kind: 'sent', text: 'a', urn: 'urn:x', at: NOW }, NOW)).recorded).toBe(true);
    expect((await recordInteraction(db, { contactId: 'ada', kind: 'sent', text: 'b', urn: 'urn:x', at: NOW + DAY }, NOW)).recorded).toBe(false);
    expect((await countKinds(db, 'ada')).gave).toBe(2);
  });

  it('keeps the contact’s last interaction at the newest, and answers with the new id', async () => {
    await db.put('contacts', { ...newContact('ada', NOW - DAY, { name: 'Ada' }), lastInteractionAt: NOW });
    const older = await recordInteraction(db, { contactId: 'ada', kind: 'sent', text: 'old', at: NOW - DAY }, NOW);
    expect(older).toEqual({ recorded: true, id: expect.any(Number) as number });
    expect(await db.get('contacts', 'ada')).toMatchObject({ name: 'Ada', lastInteractionAt: NOW, updatedAt: NOW });
    await recordInteraction(db, { contactId: 'ada', kind: 'sent', text: 'new', at: NOW + DAY }, NOW + DAY);
    expect((await db.get('contacts', 'ada'))?.lastInteractionAt).toBe(NOW + DAY);
    expect((await db.get('interactions', older.id ?? -1))?.snippet).toBe('old');
  });

  it('creates a stub contact for someone not yet stored, its last interaction the message’s time', async () => {
    await recordInteraction(db, { contactId: 'new-person', kind: 'received', text: 'Hi', at: NOW - DAY }, NOW);
    expect(await db.get('contacts', 'new-person')).toMatchObject({ id: 'new-person', lastInteractionAt: NOW - DAY, firstSeen: NOW });
  });
});

describe('reading and forgetting', () => {
  it('lists a contact’s interactions newest first, up to the limit', async () => {
    for (let i = 0; i < 4; i += 1) await recordInteraction(db, { contactId: 'ada', kind: 'sent', text: `m${i}`, at: NOW + i * DAY }, NOW);
    await recordInteraction(db, { contactId: 'bob', kind: 'sent', text: 'other', at: NOW }, NOW);
    expect((await listInteractions(db, 'ada')).map((r) => r.snippet)).toEqual(['m3', 'm2', 'm1', 'm0']);
    expect((await listInteractions(db, 'ada', 2)).map((r) => r.snippet)).toEqual(['m3', 'm2']);
  });

  it('counts each kind, zero for the kinds never recorded', async () => {
    for (const kind of ['sent', 'received', 'received', 'gave', 'asked', 'intro', 'note', 'note', 'note'] as const) {
      await recordInteraction(db, { contactId: 'ada', kind, at: NOW }, NOW);
    }
    expect(await countKinds(db, 'ada')).toEqual({ sent: 1, received: 2, gave: 1, asked: 1, intro: 1, note: 3 });
    expect(await countKinds(db, 'nobody')).toEqual({ sent: 0, received: 0, gave: 0, asked: 0, intro: 0, note: 0 });
  });

  it('forgets the snippet of every received message, counting only those that had one', async () => {
    await recordInteraction(db, { contactId: 'ada', kind: 'received', text: 'one', at: NOW }, NOW);
    await recordInteraction(db, { contactId: 'bob', kind: 'received', text: 'two', at: NOW + 1 }, NOW);
    await recordInteraction(db, { contactId: 'bob', kind: 'received', text: 'kept none', at: NOW + 2, keepSnippet: false }, NOW);
    await recordInteraction(db, { contactId: 'ada', kind: 'sent', text: 'mine', at: NOW + 3 }, NOW);
    expect(await forgetReceivedSnippets(db)).toBe(2);
    expect((await listInteractions(db, 'ada')).map((r) => [r.kind, r.snippet])).toEqual([['sent', 'mine'], ['received', '']]);
    expect(await forgetReceivedSnippets(db)).toBe(0);
  });
});

describe('introductions', () => {
  it('record a give to both people, naming the other and the note, and touch both', async () => {
    await db.put('contacts', newContact('ada', NOW - DAY, { name: 'Ada Moss' }));
    await db.put('contacts', newContact('bob', NOW - DAY));
    await recordIntro(db, 'ada', 'bob', 'both build compilers', NOW);
    expect((await listInteractions(db, 'ada')).map((r) => [r.kind, r.surface, r.snippet, r.at])).toEqual([['intro', 'popup', 'Introduced to bob: both build compilers', NOW]]);
    expect((await listInteractions(db, 'bob')).map((r) => r.snippet)).toEqual(['Introduced to Ada Moss: both build compilers']);
    expect(await db.get('contacts', 'bob')).toMatchObject({ lastInteractionAt: NOW, updatedAt: NOW });
    await recordIntro(db, 'bob', 'ada', '', NOW + 1);
    expect((await listInteractions(db, 'bob'))[0]?.snippet).toBe('Introduced to Ada Moss');
  });

  it('need two different, stored people, and write nothing otherwise', async () => {
    await db.put('contacts', newContact('ada', NOW - DAY, { name: 'Ada Moss' }));
    await expect(recordIntro(db, 'ada', 'zed', '', NOW)).rejects.toMatchObject({ code: 'not_found', message: 'No contact with id zed.' });
    await expect(recordIntro(db, 'zed', 'ada', '', NOW)).rejects.toMatchObject({ code: 'not_found', message: 'No contact with id zed.' });
    await expect(recordIntro(db, 'ada', 'ada', '', NOW)).rejects.toMatchObject({ code: 'not_found', message: 'An introduction needs two different people.' });
    expect(await listInteractions(db, 'ada')).toEqual([]);
  });
});
