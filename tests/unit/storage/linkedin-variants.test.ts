import { beforeEach, describe, expect, it } from 'vitest';
import { getContact, nameMatch, upsertSeen } from '../../../src/storage/contacts';
import { getContext } from '../../../src/storage/context';
import { dumpAll } from '../../../src/storage/dump';
import { listInteractions, recordInteraction } from '../../../src/storage/interactions';
import { importLinkedInExport } from '../../../src/storage/linkedin-export/import';
import { joinContacts, learnAliases } from '../../../src/storage/merge';
import type { RapportDb } from '../../../src/storage/open';
import { freshDb } from './fresh-db';
import { buildLinkedInZip, csv, ME_URL, zipOf } from './linkedin-export';

/*
 * The export's shapes over the years (all fixtures made up): Connections.csv without a URL column
 * (before mid-2023, US dates), Invitations.csv naming people by urn:li:member, messages.csv with 9
 * to 12 columns and drafts. Each imports what it can, joins the people already stored, and says
 * what it skipped and why.
 */

const NOW = Date.UTC(2026, 10, 23);
const DAY = 86_400_000;
let db: RapportDb;

beforeEach(async () => {
  db = await freshDb();
});

const OLD_CONNECTIONS = csv(
  ['First Name', 'Last Name', 'Email Address', 'Company', 'Position', 'Connected On'],
  [
    ['Jordan', 'Lee', '', 'Northwind', 'Head of Product', '1/8/18, 6:14 PM'],
    ['Ana', 'Popescu', 'ana@example.com', 'Contoso', 'Designer', '11/23/19, 9:05 AM'],
    ['', '', '', '', '', '3/3/20, 1:00 PM'],
  ],
);

describe('Connections.csv without a URL column (exports before mid-2023)', () => {
  it('imports every named row by name, with its US date, and the same file again adds nothing', async () => {
    const zip = zipOf({ 'Connections.csv': OLD_CONNECTIONS });
    const first = await importLinkedInExport(db, zip, { now: NOW });
    expect(first).toMatchObject({ connections: 3, contactsAdded: 2, byName: 2, added: 2, joined: 0, skippedRows: 1, skipped: { noProfile: 1 } });
    const { contacts } = await dumpAll(db);
    const jordan = contacts.find((c) => c.name === 'Jordan Lee');
    expect(jordan).toMatchObject({ company: 'Northwind', position: 'Head of Product', connectedOn: Date.UTC(2018, 0, 8), degree: 1, profileUrl: '' });
    expect(jordan?.id).toMatch(/^import\.[0-9a-f]{16}$/u);
    const second = await importLinkedInExport(db, zip, { now: NOW + DAY });
    expect(second).toMatchObject({ contactsAdded: 0, contactsUpdated: 0, joined: 2, added: 0 });
    expect((await dumpAll(db)).contacts).toEqual(contacts);
  });

  it('a name-only connection is offered to the person on screen, joins on confirmation, and stays joined on re-import', async () => {
    const zip = zipOf({ 'Connections.csv': OLD_CONNECTIONS });
    await importLinkedInExport(db, zip, { now: NOW });
    await upsertSeen(db, { id: 'jordan-lee-4b2a', name: 'Jordan Lee' }, NOW);
    const match = await nameMatch(db, 'jordan-lee-4b2a');
    expect(match).toMatchObject({ company: 'Northwind', position: 'Head of Product', imported: true });
    await joinContacts(db, 'jordan-lee-4b2a', match?.contact.id ?? '', NOW);
    expect(await getContext(db, 'jordan-lee-4b2a', NOW)).toMatchObject({ connectedDaysAgo: Math.floor((NOW - Date.UTC(2018, 0, 8)) / DAY) });
    const again = await importLinkedInExport(db, zip, { now: NOW + DAY });
    expect(again.contactsAdded).toBe(0);
    expect((await dumpAll(db)).contacts.filter((c) => c.name === 'Jordan Lee').map((c) => c.id)).toEqual(['jordan-lee-4b2a']);
  });
});

describe('Invitations.csv with urn:li:member (from mid-2023)', () => {
  const header = ['From', 'To', 'Sent At', 'Message', 'Direction', 'inviterProfileUrn', 'inviteeProfileUrn'];

  it('an invitation named only by member urn is skipped and counted', async () => {
    const zip = zipOf({ 'Invitations.csv': csv(header, [
      ['Pat Owner', 'Sam New', '11/20/23, 2:03 PM', 'Loved your talk, can we connect?', 'OUTGOING', 'urn:li:member:1001', 'urn:li:member:2002'],
      ['Rita Recruits', 'Pat Owner', '11/21/23, 9:00 AM', 'Hi Pat, open to a chat?', 'INCOMING', 'urn:li:member:3003', 'urn:li:member:1001'],
    ]) });
    expect(await importLinkedInExport(db, zip, { now: NOW })).toMatchObject({ invitations: 2, interactionsAdded: 0, skippedRows: 2, skipped: { memberUrn: 2 } });
    expect((await dumpAll(db)).contacts).toEqual([]);
  });

  it('is matched where the export itself links the urn to a profile', async () => {
    const both = [...header, 'inviterProfileUrl', 'inviteeProfileUrl'];
    const zip = zipOf({ 'Invitations.csv': csv(both, [
      ['Pat Owner', 'Sam New', '11/20/23, 2:03 PM', '', 'OUTGOING', 'urn:li:member:1001', 'urn:li:member:2002', ME_URL, 'https://www.linkedin.com/in/sam-new'],
      ['Pat Owner', 'Sam New', '11/22/23, 8:00 AM', 'Second try: we met at the meetup', 'OUTGOING', 'urn:li:member:1001', 'urn:li:member:2002', '', ''],
      ['Pat Owner', 'Nobody Known', '11/23/23, 8:00 AM', 'Hello there', 'OUTGOING', 'urn:li:member:1001', 'urn:li:member:9999', '', ''],
    ]) });
    const summary = await importLinkedInExport(db, zip, { now: NOW });
    expect(summary).toMatchObject({ interactionsAdded: 1, skipped: { memberUrn: 1 } });
    expect((await listInteractions(db, 'sam-new')).map((r) => [r.kind, r.surface, r.snippet])).toEqual([['sent', 'invite-note', 'Second try: we met at the meetup']]);
  });
});

describe('messages.csv with 9 to 12 columns', () => {
  const TWELVE = ['CONVERSATION ID', 'CONVERSATION TITLE', 'FROM', 'SENDER PROFILE URL', 'TO', 'RECIPIENT PROFILE URLS', 'DATE', 'SUBJECT', 'CONTENT', 'FOLDER', 'ATTACHMENTS', 'IS MESSAGE DRAFT'];
  const ELEVEN = [...TWELVE.slice(0, 10), 'IS MESSAGE DRAFT'];
  const NINE = ['CONVERSATION ID', 'CONVERSATION TITLE', 'FROM', 'SENDER PROFILE URL', 'TO', 'DATE', 'SUBJECT', 'CONTENT', 'FOLDER'];
  const LENA = 'https://www.linkedin.com/in/lena-fischer-9c1d';

  it('a draft is not an interaction, whichever column flags it; attachments do not disturb the columns', async () => {
    const rows = [
      ['c1', '', 'Pat Owner', ME_URL, 'Lena Fischer', LENA, '2026-11-02 14:03:22 UTC', '', 'Sent for real', 'INBOX', '', 'No'],
      ['c1', '', 'Pat Owner', ME_URL, 'Lena Fischer', LENA, '2026-11-03 10:00:00 UTC', '', 'Half-written pitch', 'DRAFT', '', 'Yes'],
      ['c1', '', 'Lena Fischer', LENA, 'Pat Owner', ME_URL, '2026-11-04 10:00:00 UTC', '', 'Thanks, see attached', 'INBOX', 'https://www.linkedin.com/dms/attachment', 'No'],
    ];
    const zip = zipOf({ 'messages.csv': csv(TWELVE, rows) });
    const summary = await importLinkedInExport(db, zip, { now: NOW });
    expect(summary).toMatchObject({ messages: 3, interactionsAdded: 2, skipped: { draft: 1 } });
    expect((await listInteractions(db, 'lena-fischer-9c1d')).map((r) => [r.kind, r.snippet])).toEqual([['received', 'Thanks, see attached'], ['sent', 'Sent for real']]);

    const conversationDraft = zipOf({ 'messages.csv': csv([...ELEVEN, 'IS CONVERSATION DRAFT'], [
      ['c9', '', 'Pat Owner', ME_URL, 'Lena Fischer', LENA, '2026-11-05 10:00:00 UTC', '', 'Never sent', 'INBOX', 'No', 'true'],
    ]) });
    expect((await importLinkedInExport(db, conversationDraft, { now: NOW })).skipped.draft).toBe(1);
  });

  it('nine columns, no recipient URLs: the owner wrote to the others of the conversation; alone in it, to nobody known', async () => {
    const zip = zipOf({ 'messages.csv': csv(NINE, [
      ['c1', '', 'Lena Fischer', LENA, 'Pat Owner', '2026-11-01 09:00:00 UTC', '', 'Hi Pat!', 'INBOX'],
      ['c1', '', 'Pat Owner', ME_URL, 'Lena Fischer', '2026-11-01 10:00:00 UTC', '', 'Hi Lena, good to hear from you', 'INBOX'],
      ['c2', '', 'Pat Owner', ME_URL, 'Sam New', '2026-11-02 10:00:00 UTC', '', 'Are you there?', 'INBOX'],
      ['c3', '', 'Rita Recruits', 'https://www.linkedin.com/in/rita-recruits', 'Pat Owner', '2026-11-03 10:00:00 UTC', '', 'Opportunity', 'INBOX'],
      ['c3', '', 'Rita Recruits', 'https://www.linkedin.com/in/rita-recruits', 'Pat Owner', 'not a date', '', 'Broken row', 'INBOX'],
    ]) });
    const summary = await importLinkedInExport(db, zip, { now: NOW });
    expect(summary).toMatchObject({ me: 'pat-owner', interactionsAdded: 3, skipped: { noRecipient: 1, noDate: 1 }, skippedRows: 2 });
    expect(await getContext(db, 'lena-fischer-9c1d', NOW)).toMatchObject({ sent: 1, received: 1 });
  });
});

describe('rows join the people already stored', () => {
  it('an export by slug lands on the record messaging made by member id, once the profile showed both', async () => {
    await recordInteraction(db, { contactId: 'ACoAALenaFischerMember1', kind: 'received', text: 'Hallo!' }, NOW - DAY);
    await recordInteraction(db, { contactId: 'ACoAALenaFischerMember1', kind: 'received', text: 'x' }, NOW - DAY);
    await learnAliases(db, ['lena-fischer-9c1d', 'ACoAALenaFischerMember1'], NOW);
    const zip = buildLinkedInZip({
      connections: [{ first: 'Lena', last: 'Fischer', url: 'https://www.linkedin.com/in/lena-fischer-9c1d', email: '', company: 'Acme', position: 'CTO', connectedOn: '2 Jan 2025' }],
      messages: [{ conversationId: 'c1', title: '', from: 'Pat Owner', senderUrl: ME_URL, to: 'Lena Fischer', recipientUrls: 'https://www.linkedin.com/in/lena-fischer-9c1d', date: '2025-01-03 10:00:00 UTC', subject: '', content: 'Welcome aboard', folder: 'INBOX' }],
      invitations: [],
    });
    const summary = await importLinkedInExport(db, zip, { now: NOW });
    expect(summary).toMatchObject({ contactsAdded: 0, contactsUpdated: 1, joined: 2, added: 0 });
    const { contacts } = await dumpAll(db);
    expect(contacts.map((c) => c.id)).toEqual(['ACoAALenaFischerMember1']);
    expect(await getContact(db, 'lena-fischer-9c1d')).toMatchObject({ company: 'Acme', connectedOn: Date.UTC(2025, 0, 2) });
    expect(await getContext(db, 'lena-fischer-9c1d', NOW)).toMatchObject({ sent: 1, received: 2 });
  });

  it('an id repeated within one batch is one contact added, not two (issue 12)', async () => {
    const row = { first: 'Lena', last: 'Fischer', url: 'https://www.linkedin.com/in/lena-fischer-9c1d', email: '', company: 'Acme', position: 'CTO', connectedOn: '2 Jan 2025' };
    const zip = buildLinkedInZip({ connections: [row, { ...row, company: 'Acme AG' }, { ...row, url: 'https://www.linkedin.com/in/ana-pop' }], messages: [], invitations: [] });
    const summary = await importLinkedInExport(db, zip, { now: NOW });
    expect(summary).toMatchObject({ contactsAdded: 2, added: 2, joined: 1 });
    expect((await dumpAll(db)).contacts).toHaveLength(summary.contactsAdded);
    expect(await getContact(db, 'lena-fischer-9c1d')).toMatchObject({ company: 'Acme AG' });
  });
});

describe('an import that fails half-way (issue 12)', () => {
  it('says exactly what was applied, and the same file again finishes it like an uninterrupted run', async () => {
    const data = {
      connections: [{ first: 'Lena', last: 'Fischer', url: 'https://www.linkedin.com/in/lena-fischer-9c1d', email: '', company: 'Acme', position: 'CTO', connectedOn: '2 Jan 2025' }],
      messages: Array.from({ length: 5 }, (_, i) => ({ conversationId: 'c1', title: '', from: 'Lena Fischer', senderUrl: 'https://www.linkedin.com/in/lena-fischer-9c1d', to: 'Pat Owner', recipientUrls: ME_URL, date: `2025-01-0${i + 1} 10:00:00 UTC`, subject: '', content: `Message ${i}`, folder: 'INBOX' })),
      invitations: [],
    };
    const zip = buildLinkedInZip(data);
    // The import writes interactions with put (a new key each): the third one finds the disk full.
    const put = IDBObjectStore.prototype.put;
    let writes = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (this.name === 'interactions' && ++writes > 2) throw new DOMException('The disk is full', 'QuotaExceededError');
      return put.call(this, value, key);
    };
    let failure: unknown;
    try {
      failure = await importLinkedInExport(db, zip, { now: NOW, batchSize: 2 }).catch((e: unknown) => e);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(failure).toMatchObject({ code: 'quota_exceeded' });
    expect((failure as Error).message).toContain('Applied before this error: 1 of 1 connections, 0 of 0 invitations, 2 of 5 messages');
    expect((await dumpAll(db)).interactions).toHaveLength(2);

    const resumed = await importLinkedInExport(db, zip, { now: NOW, batchSize: 2 });
    expect(resumed).toMatchObject({ resumedRows: 1 + 2, interactionsAdded: 3 });
    const reference = await freshDb();
    await importLinkedInExport(reference, zip, { now: NOW, batchSize: 2 });
    // Each database hashes with its own key (hash-key.ts): compare everything else.
    const strip = (d: Awaited<ReturnType<typeof dumpAll>>) => ({ contacts: d.contacts, interactions: d.interactions.map(({ id: _id, hash: _hash, ...r }) => r) });
    expect(strip(await dumpAll(db))).toEqual(strip(await dumpAll(reference)));
  });
});
