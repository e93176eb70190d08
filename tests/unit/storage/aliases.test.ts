import { beforeEach, describe, expect, it } from 'vitest';
import { getContact, introSuggestions, nameMatch, newContact, searchContacts, updateContact, upsertSeen } from '../../../src/storage/contacts';
import { getContext } from '../../../src/storage/context';
import { dumpAll } from '../../../src/storage/dump';
import { countKinds, listInteractions, recordInteraction, recordIntro } from '../../../src/storage/interactions';
import { joinContacts, joinNotes, learnAliases, mergeConsent, mergeRecords, undoMerge, unite } from '../../../src/storage/merge';
import type { RapportDb } from '../../../src/storage/open';
import type { ContactRecord } from '../../../src/storage/schema';
import { freshDb } from './fresh-db';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 12);
const SLUG = 'jordan-lee-4b2a';
const MEMBER = 'ACoAAJordanLeeMember01';
let db: RapportDb;

beforeEach(async () => {
  db = await freshDb();
});

const record = (id: string, fields: Partial<ContactRecord> = {}): ContactRecord => newContact(id, NOW - 100 * DAY, fields);

describe('merge laws (pure)', () => {
  it('notes of both are kept, once; a note already contained in the other is not repeated', () => {
    expect(joinNotes('Met in Lisbon', 'Likes sailing')).toBe('Met in Lisbon\n\nLikes sailing');
    expect(joinNotes('Met in Lisbon\n\nLikes sailing', 'Likes sailing')).toBe('Met in Lisbon\n\nLikes sailing');
    expect(joinNotes('', 'Likes sailing')).toBe('Likes sailing');
    expect(joinNotes('Met in Lisbon', '  ')).toBe('Met in Lisbon');
  });

  it('wants, haves and tags are united, case- and space-insensitively, first spelling first', () => {
    expect(unite(['Design feedback', 'hiring'], ['design  FEEDBACK', 'Angel investors'])).toEqual(['Design feedback', 'hiring', 'Angel investors']);
  });

  it('consent: the most recent explicit answer wins with its date and note; an answer beats no answer of any date', () => {
    const yes = { value: true, at: NOW - 10 * DAY, note: 'said yes at the meetup' };
    const no = { value: false, at: NOW - DAY, note: 'unsubscribe please' };
    const never = { value: null, at: NOW, note: '' };
    expect(mergeConsent(yes, no)).toEqual(no);
    expect(mergeConsent(no, yes)).toEqual(no);
    expect(mergeConsent(never, yes)).toEqual(yes);
    expect(mergeConsent(yes, never)).toEqual(yes);
  });

  it('connected since is the earliest date, first seen the earliest, last interaction the latest; ids of both are kept', () => {
    const kept = record(SLUG, { name: 'Jordan Lee', connectedOn: NOW - 400 * DAY, lastInteractionAt: NOW - 50 * DAY, firstSeen: NOW - 90 * DAY });
    const gone = record(MEMBER, { name: 'J. Lee', headline: 'Head of Product', connectedOn: NOW - 10 * DAY, lastInteractionAt: NOW - DAY, firstSeen: NOW - 200 * DAY, aliases: ['jordan-old-slug'] });
    const merged = mergeRecords(kept, gone, NOW);
    expect(merged).toMatchObject({
      id: SLUG, name: 'Jordan Lee', headline: 'Head of Product', connectedOn: NOW - 400 * DAY,
      firstSeen: NOW - 200 * DAY, lastInteractionAt: NOW - DAY, aliases: [MEMBER, 'jordan-old-slug'], updatedAt: NOW,
    });
    expect(mergeRecords(kept, { ...gone, connectedOn: null }, NOW).connectedOn).toBe(NOW - 400 * DAY);
    expect(mergeRecords({ ...kept, connectedOn: null }, gone, NOW).connectedOn).toBe(NOW - 10 * DAY);
  });
});

describe('aliases in the store', () => {
  async function twoRecords(): Promise<void> {
    // The export named her by slug; messaging by member id: two records of one person.
    await upsertSeen(db, { id: SLUG, name: 'Jordan Lee', degree: 1 }, NOW - 400 * DAY);
    await updateContact(db, SLUG, { notes: 'Met at the Lisbon meetup', wants: ['design feedback'], consent: { value: true, note: 'newsletter ok' } }, NOW - 300 * DAY);
    await recordInteraction(db, { contactId: SLUG, kind: 'sent', text: 'Great talk yesterday', at: NOW - 399 * DAY, urn: 'urn:li:msg:1' }, NOW);
    await recordInteraction(db, { contactId: SLUG, kind: 'gave', text: 'Sent the deck' }, NOW - 200 * DAY);
    await upsertSeen(db, { id: MEMBER, name: 'Jordan Lee' }, NOW - 5 * DAY);
    await updateContact(db, MEMBER, { notes: 'Prefers mornings', tags: ['product'], consent: { value: false, note: 'no mailing' } }, NOW - 4 * DAY);
    await recordInteraction(db, { contactId: MEMBER, kind: 'received', text: 'Thanks!', at: NOW - 3 * DAY, urn: 'urn:li:msg:2' }, NOW);
    // The same message seen again under the other id (the export and the thread): one, not two.
    await recordInteraction(db, { contactId: MEMBER, kind: 'sent', text: 'Great talk yesterday', at: NOW - 399 * DAY + 2000, urn: 'urn:li:msg:1-again' }, NOW);
    await recordInteraction(db, { contactId: MEMBER, kind: 'asked', text: 'Intro to Ana?' }, NOW - 2 * DAY);
  }

  it('learning that slug and member id are one person merges the two records without loss', async () => {
    await twoRecords();
    const outcome = await learnAliases(db, [SLUG, MEMBER], NOW);
    expect(outcome).toEqual({ id: SLUG, merged: true, added: [] });
    const { contacts, interactions } = await dumpAll(db);
    expect(contacts).toHaveLength(1);
    const [jordan] = contacts;
    expect(jordan).toMatchObject({
      id: SLUG, aliases: [MEMBER], connectedOn: NOW - 400 * DAY, firstSeen: NOW - 400 * DAY,
      notes: 'Met at the Lisbon meetup\n\nPrefers mornings', wants: ['design feedback'], tags: ['product'],
      consent: { value: false, at: NOW - 4 * DAY, note: 'no mailing' },
    });
    expect(interactions.map((r) => r.contactId)).toEqual([SLUG, SLUG, SLUG, SLUG]);
    expect(interactions.map((r) => r.kind).sort()).toEqual(['asked', 'gave', 'received', 'sent']);
    expect(await countKinds(db, SLUG)).toMatchObject({ sent: 1, received: 1, gave: 1, asked: 1 });
  });

  it('learning the same alias twice, or in the other order, changes nothing', async () => {
    await twoRecords();
    await learnAliases(db, [SLUG, MEMBER], NOW);
    const once = await dumpAll(db);
    expect(await learnAliases(db, [MEMBER, SLUG], NOW + DAY)).toEqual({ id: SLUG, merged: false, added: [] });
    expect(await dumpAll(db)).toEqual(once);
  });

  it('every read and write by either id reaches the one record: context, history, notes, consent, ledger, intros, search', async () => {
    await twoRecords();
    await learnAliases(db, [SLUG, MEMBER], NOW);
    const bySlug = await getContext(db, SLUG, NOW);
    expect(await getContext(db, MEMBER, NOW)).toEqual(bySlug);
    expect(bySlug).toMatchObject({ connectedDaysAgo: 400, sent: 1, received: 1, gave: 1, asked: 1, consentToMailing: false });
    expect((await getContact(db, MEMBER))?.id).toBe(SLUG);

    await updateContact(db, MEMBER, { notes: 'one record' }, NOW);
    expect((await getContact(db, SLUG))?.notes).toBe('one record');
    await recordInteraction(db, { contactId: MEMBER, kind: 'gave', text: 'Shared a job post' }, NOW);
    expect((await countKinds(db, SLUG)).gave).toBe(2);
    expect(await listInteractions(db, SLUG)).toHaveLength(5);
    await upsertSeen(db, { id: MEMBER, name: 'Jordan Lee', headline: 'VP Product', profileUrl: `https://www.linkedin.com/in/${MEMBER}/` }, NOW);
    expect((await getContact(db, SLUG))).toMatchObject({ headline: 'VP Product', profileUrl: `https://www.linkedin.com/in/${SLUG}/` });

    await upsertSeen(db, { id: 'ana', name: 'Ana Pop' }, NOW);
    await updateContact(db, 'ana', { haves: ['Design feedback'] }, NOW);
    expect((await introSuggestions(db, MEMBER)).map((s) => s.contact.id)).toEqual(['ana']);
    await recordIntro(db, MEMBER, 'ana', '', NOW);
    expect((await countKinds(db, SLUG)).intro).toBe(1);
    await expect(recordIntro(db, MEMBER, SLUG, '', NOW)).rejects.toMatchObject({ code: 'not_found' });
    expect((await searchContacts(db, 'jordan', 10)).map((c) => c.id)).toEqual([SLUG]);
    expect((await dumpAll(db)).contacts).toHaveLength(2);
  });

  it('an alias of a single record is added to it; ids nobody is known by are not stored', async () => {
    expect(await learnAliases(db, [SLUG, MEMBER], NOW)).toEqual({ id: null, merged: false, added: [] });
    expect((await dumpAll(db)).contacts).toEqual([]);
    await recordInteraction(db, { contactId: MEMBER, kind: 'received', text: 'Hi there' }, NOW);
    expect(await learnAliases(db, [SLUG, MEMBER], NOW)).toEqual({ id: MEMBER, merged: false, added: [SLUG] });
    expect((await getContact(db, SLUG))?.id).toBe(MEMBER);
    expect((await getContext(db, SLUG, NOW)).received).toBe(1);
  });

  it('a merge is atomic: a write failing half-way leaves both records and their history as they were', async () => {
    await twoRecords();
    const before = await dumpAll(db);
    const put = IDBObjectStore.prototype.put;
    // The merged record's write fails after the other record was already deleted in the same transaction.
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if ((value as { aliases?: string[] }).aliases?.includes(MEMBER)) throw new DOMException('disk on fire', 'UnknownError');
      return put.call(this, value, key);
    };
    try {
      await expect(learnAliases(db, [SLUG, MEMBER], NOW)).rejects.toMatchObject({ code: 'storage_failed' });
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(await dumpAll(db)).toEqual(before);
  });
});

describe('name-match join and its undo', () => {
  it('suggests the one other contact with the same name, accent- and case-insensitively, only while the person is known by one id', async () => {
    await db.put('contacts', newContact('import.0123456789abcdef', NOW - 300 * DAY, { name: 'Jördan  LEE', company: 'Northwind', position: 'Head of Product', profileUrl: '' }));
    await upsertSeen(db, { id: SLUG, name: 'Jordan Lee' }, NOW);
    expect(await nameMatch(db, SLUG)).toMatchObject({ contact: { id: 'import.0123456789abcdef', name: 'Jördan  LEE' }, company: 'Northwind', position: 'Head of Product', imported: true });
    // Two others of that name: no guess at all.
    await upsertSeen(db, { id: 'jordan-lee-other', name: 'Jordan Lee' }, NOW);
    expect(await nameMatch(db, SLUG)).toBeNull();
    // Known by both ids already: LinkedIn itself told us who this is.
    await db.delete('contacts', 'jordan-lee-other');
    await learnAliases(db, [SLUG, MEMBER], NOW);
    await recordInteraction(db, { contactId: MEMBER, kind: 'received', text: 'hi' }, NOW);
    expect(await nameMatch(db, MEMBER)).toBeNull();
    expect(await nameMatch(db, 'nobody-here')).toBeNull();
  });


  it('joins an imported record into the person on screen and undoes it to exactly the two records', async () => {
    await db.put('contacts', newContact('import-jordan', NOW - 300 * DAY, { name: 'Jordan Lee', company: 'Northwind', connectedOn: NOW - 400 * DAY, profileUrl: '' }));
    await recordInteraction(db, { contactId: 'import-jordan', kind: 'sent', text: 'Hello from 2025' , at: NOW - 300 * DAY }, NOW - 300 * DAY);
    await upsertSeen(db, { id: SLUG, name: 'Jordan Lee' }, NOW - DAY);
    const before = await dumpAll(db);

    const merged = await joinContacts(db, SLUG, 'import-jordan', NOW);
    expect(merged).toMatchObject({ id: SLUG, aliases: ['import-jordan'], connectedOn: NOW - 400 * DAY, company: 'Northwind' });
    expect((await getContext(db, SLUG, NOW)).sent).toBe(1);
    expect((await dumpAll(db)).contacts).toHaveLength(1);

    await undoMerge(db, SLUG);
    const after = await dumpAll(db);
    expect(after.contacts).toEqual(before.contacts);
    expect(after.interactions).toEqual(before.interactions);
    await expect(undoMerge(db, SLUG)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('a join for someone with no record yet makes one under the id on screen; undo removes it again', async () => {
    await db.put('contacts', newContact('import-jordan', NOW - 300 * DAY, { name: 'Jordan Lee', profileUrl: '' }));
    await joinContacts(db, MEMBER, 'import-jordan', NOW);
    expect((await getContact(db, 'import-jordan'))?.id).toBe(MEMBER);
    await undoMerge(db, MEMBER);
    expect((await dumpAll(db)).contacts.map((c) => c.id)).toEqual(['import-jordan']);
  });

  it('no undo once the merged record changed', async () => {
    await db.put('contacts', newContact('import-jordan', NOW - 300 * DAY, { name: 'Jordan Lee', profileUrl: '' }));
    await upsertSeen(db, { id: SLUG, name: 'Jordan Lee' }, NOW - DAY);
    await joinContacts(db, SLUG, 'import-jordan', NOW);
    await updateContact(db, SLUG, { notes: 'typed after the merge' }, NOW + 1000);
    await expect(undoMerge(db, SLUG)).rejects.toMatchObject({ code: 'not_found' });
    expect((await getContact(db, SLUG))?.notes).toBe('typed after the merge');
  });
});
