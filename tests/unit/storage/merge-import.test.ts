import { beforeEach, describe, expect, it } from 'vitest';
import { getContact, updateContact, upsertSeen } from '../../../src/storage/contacts';
import { getContext } from '../../../src/storage/context';
import { dumpAll } from '../../../src/storage/dump';
import { buildExportFile, parseExportFile, serialiseExportFile } from '../../../src/storage/export-file';
import { recordInteraction } from '../../../src/storage/interactions';
import { learnAliases } from '../../../src/storage/merge';
import { mergeAll } from '../../../src/storage/merge-import';
import type { RapportDb } from '../../../src/storage/open';
import { freshDb } from './fresh-db';

const NOW = Date.UTC(2026, 10, 23, 12);
const DAY = 86_400_000;
const SLUG = 'jordan-lee-4b2a';
const MEMBER = 'ACoAAJordanLeeMember01';
let db: RapportDb;

beforeEach(async () => {
  db = await freshDb();
});

/** The backup another browser made: Jordan by slug, with a note, later consent and two messages, one of them also here. */
async function otherBrowsersBackup(): Promise<string> {
  const other = await freshDb();
  await upsertSeen(other, { id: SLUG, name: 'Jordan Lee', headline: 'Head of Product at Northwind', degree: 1 }, NOW - 400 * DAY);
  await updateContact(other, SLUG, { notes: 'Prefers mornings', tags: ['product'], consent: { value: false, note: 'no newsletter' } }, NOW - DAY);
  await recordInteraction(other, { contactId: SLUG, kind: 'received', text: 'Thanks for the intro!', at: NOW - 10 * DAY, urn: 'urn:li:msg:shared' }, NOW);
  await recordInteraction(other, { contactId: SLUG, kind: 'gave' }, NOW - 5 * DAY);
  await upsertSeen(other, { id: 'ana-pop', name: 'Ana Pop' }, NOW - DAY);
  const { contacts, interactions } = await dumpAll(other);
  other.close();
  return serialiseExportFile(buildExportFile({ exportedAt: NOW, settings: null, contacts, interactions }));
}

/** This browser: Jordan by member id (messaging), whom a profile visit joined to the slug. */
async function thisBrowser(): Promise<void> {
  await recordInteraction(db, { contactId: MEMBER, kind: 'received', text: 'Thanks for the intro!', at: NOW - 10 * DAY, urn: 'urn:li:msg:shared' }, NOW);
  await recordInteraction(db, { contactId: MEMBER, kind: 'sent', text: 'Happy to help' }, NOW - 9 * DAY);
  await updateContact(db, MEMBER, { notes: 'Met in Lisbon', consent: { value: true, note: 'said yes' } }, NOW - 30 * DAY);
  await upsertSeen(db, { id: MEMBER, name: 'Jordan Lee' }, NOW - 30 * DAY);
  await learnAliases(db, [SLUG, MEMBER], NOW - 20 * DAY);
}

describe('JSON import: merge', () => {
  it('a backup from another browser joins the person already here by alias, without loss and without duplicates', async () => {
    await thisBrowser();
    const summary = await mergeAll(db, parseExportFile(await otherBrowsersBackup()), NOW);
    expect(summary).toEqual({ contactsJoined: 1, contactsAdded: 1, interactionsAdded: 1, interactionsKnown: 1, promisesAdded: 0, promisesKnown: 0, invitationsAdded: 0, invitationsKnown: 0 });
    const { contacts } = await dumpAll(db);
    expect(contacts.map((c) => c.id).sort()).toEqual([MEMBER, 'ana-pop']);
    expect(await getContact(db, SLUG)).toMatchObject({
      id: MEMBER, aliases: [SLUG], notes: 'Met in Lisbon\n\nPrefers mornings', tags: ['product'], headline: 'Head of Product at Northwind',
      consent: { value: false, note: 'no newsletter', at: NOW - DAY }, connectedOn: NOW - 400 * DAY,
    });
    expect(await getContext(db, SLUG, NOW)).toMatchObject({ sent: 1, received: 1, gave: 1 });
  });

  it('merging the same file twice changes nothing the second time', async () => {
    await thisBrowser();
    const file = parseExportFile(await otherBrowsersBackup());
    await mergeAll(db, file, NOW);
    const once = await dumpAll(db);
    expect(await mergeAll(db, file, NOW)).toEqual({ contactsJoined: 2, contactsAdded: 0, interactionsAdded: 0, interactionsKnown: 2, promisesAdded: 0, promisesKnown: 0, invitationsAdded: 0, invitationsKnown: 0 });
    expect(await dumpAll(db)).toEqual(once);
  });

  it('a file contact whose ids name two records here merges those too', async () => {
    await upsertSeen(db, { id: SLUG, name: 'Jordan Lee' }, NOW - 3 * DAY);
    await recordInteraction(db, { contactId: SLUG, kind: 'sent', text: 'Hello' }, NOW - 3 * DAY);
    await recordInteraction(db, { contactId: MEMBER, kind: 'received', text: 'Hi back' }, NOW - 2 * DAY);
    const jordan = await getContact(db, SLUG);
    if (!jordan) throw new Error('no Jordan');
    const file = parseExportFile(serialiseExportFile(buildExportFile({
      exportedAt: NOW, settings: null, interactions: [], contacts: [{ ...jordan, aliases: [MEMBER], notes: 'from the backup' }],
    })));
    await mergeAll(db, file, NOW);
    const { contacts, interactions } = await dumpAll(db);
    expect(contacts.map((c) => [c.id, c.aliases, c.notes])).toEqual([[SLUG, [MEMBER], 'from the backup']]);
    expect(interactions.map((r) => r.contactId)).toEqual([SLUG, SLUG]);
  });

  it('is one transaction: a write failing half-way changes nothing', async () => {
    await thisBrowser();
    const before = await dumpAll(db);
    const file = parseExportFile(await otherBrowsersBackup());
    const add = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function () {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    };
    try {
      await expect(mergeAll(db, file, NOW)).rejects.toMatchObject({ code: 'quota_exceeded' });
    } finally {
      IDBObjectStore.prototype.add = add;
    }
    expect(await dumpAll(db)).toEqual(before);
  });
});
