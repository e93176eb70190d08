import { beforeEach, describe, expect, it } from 'vitest';
import { newContact, upsertSeen } from '../../../src/storage/contacts';
import { recordInteraction } from '../../../src/storage/interactions';
import { canonicalFirst, joinContacts, joinNotes, mergeConsent, mergeRecords, sameInteraction, undoMerge, unite } from '../../../src/storage/merge';
import type { RapportDb } from '../../../src/storage/open';
import { addPromises, openPromisesOf } from '../../../src/storage/promises';
import type { InteractionRecord } from '../../../src/storage/schema';
import { freshDb } from './fresh-db';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 12);

describe('mergeRecords: the facts of two records of one person', () => {
  it('the kept record\'s facts win; where it has none, the other\'s fill in', () => {
    const kept = newContact('ada-moss', NOW, { email: 'ada@example.org', position: '', degree: null, lastInteractionAt: null, connectedOn: NOW - DAY });
    const gone = newContact('ACoAAAdaMoss', NOW, { email: 'old@example.org', position: 'Analyst', degree: 2, lastInteractionAt: NOW - 3 * DAY, connectedOn: null });
    expect(mergeRecords(kept, gone, NOW)).toMatchObject({ email: 'ada@example.org', position: 'Analyst', degree: 2, lastInteractionAt: NOW - 3 * DAY, connectedOn: NOW - DAY });
    const both = mergeRecords({ ...kept, degree: 1, position: 'Lead', lastInteractionAt: NOW - 5 * DAY }, { ...gone, email: '' }, NOW);
    expect(both).toMatchObject({ email: 'ada@example.org', position: 'Lead', degree: 1, lastInteractionAt: NOW - 3 * DAY });
    expect(mergeRecords({ ...kept, lastInteractionAt: NOW - DAY }, { ...gone, lastInteractionAt: null }, NOW).lastInteractionAt).toBe(NOW - DAY);
  });

  it('consent: between two answers the dated one beats the undated, and a tie keeps the first', () => {
    const undated = { value: true, at: null, note: 'said so at a meetup' };
    const dated = { value: false, at: NOW - DAY, note: 'asked to stop' };
    expect(mergeConsent(undated, dated)).toBe(dated);
    expect(mergeConsent(dated, undated)).toBe(dated);
    const same = { ...dated, value: true, note: 'the other copy' };
    expect(mergeConsent(dated, same)).toBe(dated);
  });

  it('topics that are blank are dropped', () => {
    expect(unite(['  ', 'Design'], ['', 'design ', 'Hiring'])).toEqual(['Design', 'Hiring']);
  });
});

describe('joinNotes', () => {
  it('paragraphs are separated by a line with only spaces on it too', () => {
    expect(joinNotes('Met at PyCon.\n  \nLikes climbing.', 'Likes climbing.')).toBe('Met at PyCon.\n  \nLikes climbing.');
  });

  it('with nothing new the first note stays exactly as it is; with something new it goes after the first', () => {
    expect(joinNotes('Met at PyCon.\n', 'Met at PyCon.')).toBe('Met at PyCon.\n');
    expect(joinNotes('  Met at PyCon.\n', 'Likes climbing.')).toBe('  Met at PyCon.\n\nLikes climbing.');
  });
});

describe('sameInteraction', () => {
  const at = NOW;
  const message = (fields: Partial<InteractionRecord>): InteractionRecord => ({
    contactId: 'ada-moss', kind: 'sent', surface: 'message', snippet: 'Hello Ada', hash: '0123456789abcdef', at, ...fields,
  });

  it('one urn is one message', () => {
    expect(sameInteraction(message({ urn: 'urn:li:msg_1', hash: 'aaaaaaaaaaaaaaaa' }), message({ urn: 'urn:li:msg_1', kind: 'received', at: at + DAY }))).toBe(true);
  });

  it('one text of one kind within a minute is one message; a minute apart, another kind or another text is not', () => {
    expect(sameInteraction(message({}), message({ at: at + 59_999 }))).toBe(true);
    expect(sameInteraction(message({}), message({ at: at + 60_000 }))).toBe(false);
    expect(sameInteraction(message({}), message({ kind: 'received' }))).toBe(false);
    expect(sameInteraction(message({}), message({ hash: 'fedcba9876543210' }))).toBe(false);
  });

  it('entries without text are the same only at the same moment', () => {
    const give = message({ kind: 'gave', surface: 'popup', snippet: '', hash: '' });
    expect(sameInteraction(give, { ...give })).toBe(true);
    expect(sameInteraction(give, { ...give, at: at + 1000 })).toBe(false);
    expect(sameInteraction(give, { ...give, snippet: 'intro to Bo' })).toBe(false);
  });
});

describe('canonicalFirst', () => {
  it('a vanity slug before a member id, then the older record, then by id', () => {
    const member = newContact('ACoAAOldest', NOW - 9 * DAY);
    const young = newContact('bo-lind', NOW);
    const old = newContact('zed-lind', NOW - DAY);
    const twin = newContact('ada-lind', NOW);
    expect(canonicalFirst([member, young, old, twin]).map((c) => c.id)).toEqual(['zed-lind', 'ada-lind', 'bo-lind', 'ACoAAOldest']);
  });
});

describe('joining two records and undoing it', () => {
  let db: RapportDb;
  beforeEach(async () => {
    db = await freshDb();
  });

  it('an open promise follows its person into the join, and back on undo', async () => {
    await upsertSeen(db, { id: 'ada-moss', name: 'Ada Moss' }, NOW - DAY);
    await upsertSeen(db, { id: 'ada-moss-imported', name: 'Ada Moss' }, NOW - DAY);
    const { id } = await recordInteraction(db, { contactId: 'ada-moss-imported', kind: 'sent', text: 'I will send the slides', at: NOW - DAY }, NOW - DAY);
    await addPromises(db, 'ada-moss-imported', id ?? 0, [{ text: 'send the slides', due: '2026-11-25', dated: false }], NOW - DAY);

    await joinContacts(db, 'ada-moss', 'ada-moss-imported', NOW);
    expect((await openPromisesOf(db, 'ada-moss')).map((p) => p.contactId)).toEqual(['ada-moss']);
    await undoMerge(db, 'ada-moss');
    expect((await openPromisesOf(db, 'ada-moss-imported')).map((p) => p.contactId)).toEqual(['ada-moss-imported']);
    expect(await openPromisesOf(db, 'ada-moss')).toEqual([]);
  });

  it('joining someone unknown is not_found; joining a person with themself changes nothing', async () => {
    await upsertSeen(db, { id: 'ada-moss', name: 'Ada Moss' }, NOW - DAY);
    await expect(joinContacts(db, 'ada-moss', 'nobody-here', NOW)).rejects.toMatchObject({ code: 'not_found', message: 'No contact with id nobody-here.' });
    const same = await joinContacts(db, 'ada-moss', 'ada-moss', NOW);
    expect(same.updatedAt).toBe(NOW - DAY);
    await expect(undoMerge(db, 'ada-moss')).rejects.toMatchObject({ code: 'not_found', message: 'There is no merge to undo for this contact any more.' });
  });
});
