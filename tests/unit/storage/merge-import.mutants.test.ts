import { beforeEach, describe, expect, it } from 'vitest';
import { newContact } from '../../../src/storage/contacts';
import { dumpAll } from '../../../src/storage/dump';
import { buildExportFile, type ExportFile } from '../../../src/storage/export-file';
import { recordInteraction } from '../../../src/storage/interactions';
import { SAME_INVITATION_MS } from '../../../src/storage/invitations';
import { learnAliases } from '../../../src/storage/merge';
import { mergeAll, mergePromise } from '../../../src/storage/merge-import';
import type { RapportDb } from '../../../src/storage/open';
import type { InteractionRecord, PromiseRecord } from '../../../src/storage/schema';
import { freshDb } from './fresh-db';

const NOW = Date.UTC(2026, 11, 1, 12);
const DAY = 86_400_000;
let db: RapportDb;

beforeEach(async () => {
  db = await freshDb();
});

function file(parts: Partial<Pick<ExportFile, 'contacts' | 'interactions' | 'promises' | 'invitations'>>): ExportFile {
  return buildExportFile({ exportedAt: NOW, settings: null, contacts: [], interactions: [], ...parts });
}

const interaction = (id: number, over: Partial<InteractionRecord> = {}): InteractionRecord & { id: number } => ({
  id, contactId: 'ada', kind: 'sent', surface: 'message', snippet: `message ${id}`, hash: `h${id}`, at: NOW - id * DAY, ...over,
});

describe('merging a backup: what it counts', () => {
  it('a contact new here is added as it is, one stored here is joined and written only if the merge changed it', async () => {
    const ada = newContact('ada', NOW - 10 * DAY, { name: 'Ada' });
    await db.put('contacts', ada);
    const summary = await mergeAll(db, file({ contacts: [ada, newContact('bob', NOW - DAY, { name: 'Bob' })] }), NOW);
    expect(summary).toMatchObject({ contactsJoined: 1, contactsAdded: 1 });
    expect(await db.get('contacts', 'ada')).toEqual(ada);
    expect(await db.get('contacts', 'bob')).toMatchObject({ name: 'Bob', updatedAt: NOW - DAY });
  });

  it('an interaction is known here by its urn or by being the same entry; anything else is added under a new id', async () => {
    await recordInteraction(db, { contactId: 'ada', kind: 'sent', text: 'stored with a urn', at: NOW - 5 * DAY, urn: 'urn:li:1' }, NOW);
    const [stored] = (await dumpAll(db)).interactions;
    if (!stored) throw new Error('nothing stored');
    const summary = await mergeAll(db, file({
      contacts: [newContact('ada', NOW)],
      interactions: [
        interaction(1, { urn: 'urn:li:1', snippet: 'another text, same urn' }),
        interaction(2, { ...stored, id: 2 }),
        interaction(3),
        interaction(4, { kind: 'received' }),
      ],
    }), NOW);
    expect(summary).toMatchObject({ interactionsKnown: 2, interactionsAdded: 2 });
    const { interactions } = await dumpAll(db);
    expect(interactions.map((r) => [r.id, r.kind, r.snippet])).toEqual([[stored.id, 'sent', 'stored with a urn'], [2, 'sent', 'message 3'], [3, 'received', 'message 4']]);
    // The second time, all of them are known.
    expect(await mergeAll(db, file({ contacts: [newContact('ada', NOW)], interactions: [interaction(3), interaction(4, { kind: 'received' })] }), NOW)).toMatchObject({ interactionsKnown: 2, interactionsAdded: 0 });
  });

  it('an interaction of a file contact known here by an alias lands on that person', async () => {
    await recordInteraction(db, { contactId: 'ACoAAadaMember', kind: 'received', text: 'hi', at: NOW - DAY }, NOW);
    await learnAliases(db, ['ACoAAadaMember', 'ada'], NOW);
    await mergeAll(db, file({ contacts: [newContact('ada', NOW)], interactions: [interaction(1)] }), NOW);
    expect((await dumpAll(db)).interactions.map((r) => r.contactId)).toEqual(['ACoAAadaMember', 'ACoAAadaMember']);
  });

  it('a urn stored here under another person is that message, known', async () => {
    await recordInteraction(db, { contactId: 'bob', kind: 'sent', text: 'stored under Bob', at: NOW - 5 * DAY, urn: 'urn:li:9' }, NOW);
    const summary = await mergeAll(db, file({ contacts: [newContact('ada', NOW)], interactions: [interaction(1, { urn: 'urn:li:9' })] }), NOW);
    expect(summary).toMatchObject({ interactionsKnown: 1, interactionsAdded: 0 });
    expect((await dumpAll(db)).interactions.map((r) => [r.contactId, r.snippet])).toEqual([['bob', 'stored under Bob']]);
  });

  it('one entry twice in the file is added once', async () => {
    const twice = [interaction(1, { hash: 'same', at: NOW - DAY }), interaction(2, { hash: 'same', at: NOW - DAY + 1_000 })];
    const summary = await mergeAll(db, file({ contacts: [newContact('ada', NOW)], interactions: twice }), NOW);
    expect(summary).toMatchObject({ interactionsAdded: 1, interactionsKnown: 1 });
    expect((await dumpAll(db)).interactions).toHaveLength(1);
  });
});

describe('merging a backup: promises', () => {
  const promise = (id: number, over: Partial<PromiseRecord> = {}): PromiseRecord & { id: number } => ({
    id, contactId: 'ada', interactionId: 1, snippet: 'send the deck', due: '2026-12-04', dated: true, status: 'open', madeAt: NOW - DAY, closedAt: null, ...over,
  });

  it('the same words on the same message are one promise, merged; other words are another', async () => {
    const base = { contacts: [newContact('ada', NOW)], interactions: [interaction(1)] };
    await mergeAll(db, file({ ...base, promises: [promise(1)] }), NOW);
    const summary = await mergeAll(db, file({ ...base, promises: [promise(5, { status: 'done', closedAt: NOW }), promise(6, { snippet: 'intro to Sam' })] }), NOW);
    expect(summary).toMatchObject({ promisesAdded: 1, promisesKnown: 1 });
    expect((await dumpAll(db)).promises.map((p) => [p.snippet, p.status, p.closedAt])).toEqual([['send the deck', 'done', NOW], ['intro to Sam', 'open', null]]);
  });

  it('a promise on a message the file does not hold stops the merge, and nothing is written', async () => {
    const broken = file({ contacts: [newContact('ada', NOW)], interactions: [interaction(1)], promises: [promise(1, { interactionId: 99 })] });
    await expect(mergeAll(db, broken, NOW)).rejects.toMatchObject({ name: 'StorageError', message: 'Error: promise on interaction 99, which was not merged' });
    expect(await dumpAll(db)).toMatchObject({ contacts: [], interactions: [], promises: [] });
  });

  it('a promise answered here and open there stays answered; of two answers the later one wins, with its date', () => {
    const done = promise(1, { status: 'done', closedAt: NOW });
    expect(mergePromise(done, promise(2, { status: 'done', closedAt: null }))).toBe(done);
    expect(mergePromise(done, promise(2, { status: 'not-needed', closedAt: NOW }))).toBe(done);
    expect(mergePromise(done, promise(2, { status: 'not-needed', closedAt: NOW + 1 }))).toEqual({ ...done, status: 'not-needed', closedAt: NOW + 1 });
    const openHere = promise(1, { closedAt: NOW + 50 });
    expect(mergePromise(openHere, promise(2, { status: 'done', closedAt: NOW }))).toEqual({ ...openHere, status: 'done', closedAt: NOW });
    const closedWithoutDate = promise(1, { status: 'done', closedAt: null });
    expect(mergePromise(closedWithoutDate, promise(2, { status: 'not-needed', closedAt: NOW }))).toEqual({ ...closedWithoutDate, status: 'not-needed', closedAt: NOW });
  });

  it('an open promise here takes no answer without its date, nor a date on a promise open there', () => {
    const openHere = promise(1);
    expect(mergePromise(openHere, promise(2, { status: 'done', closedAt: null }))).toBe(openHere);
    expect(mergePromise(openHere, promise(2, { status: 'open', closedAt: NOW }))).toBe(openHere);
  });
});

describe('merging a backup: invitations', () => {
  it('the same person within a minute either way is one invitation; a minute and a millisecond, or someone else, is another', async () => {
    const at = NOW - DAY;
    await db.add('invitations', { contactId: 'ada', at, withNote: false });
    const summary = await mergeAll(db, file({
      invitations: [
        { id: 1, contactId: 'ada', at: at + SAME_INVITATION_MS, withNote: false },
        { id: 2, contactId: 'ada', at: at - SAME_INVITATION_MS, withNote: false },
        { id: 3, contactId: 'ada', at: at + SAME_INVITATION_MS + 1, withNote: false },
        { id: 4, contactId: 'bob', at, withNote: false },
      ],
    }), NOW);
    expect(summary).toMatchObject({ invitationsKnown: 2, invitationsAdded: 2 });
    expect((await dumpAll(db)).invitations.map((i) => [i.contactId, i.at - at])).toEqual([['ada', 0], ['ada', SAME_INVITATION_MS + 1], ['bob', 0]]);
  });

  it('a note seen in either browser is kept; none in the file takes none away', async () => {
    await db.add('invitations', { contactId: 'ada', at: NOW, withNote: false });
    await db.add('invitations', { contactId: 'bob', at: NOW, withNote: true });
    await mergeAll(db, file({ invitations: [{ id: 1, contactId: 'ada', at: NOW, withNote: true }, { id: 2, contactId: 'bob', at: NOW, withNote: false }] }), NOW);
    expect((await dumpAll(db)).invitations.map((i) => [i.contactId, i.withNote])).toEqual([['ada', true], ['bob', true]]);
  });

  it('an invitation of someone the file holds no record of finds them here through an alias', async () => {
    await db.put('contacts', { ...newContact('ada', NOW), aliases: ['ACoAAadaMember'] });
    await mergeAll(db, file({ invitations: [{ id: 1, contactId: 'ACoAAadaMember', at: NOW, withNote: true }, { id: 2, contactId: 'zed', at: NOW, withNote: false }] }), NOW);
    expect((await dumpAll(db)).invitations.map((i) => i.contactId)).toEqual(['ada', 'zed']);
  });
});
