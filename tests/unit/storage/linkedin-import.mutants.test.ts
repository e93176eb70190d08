import { beforeEach, describe, expect, it } from 'vitest';
import { newContact } from '../../../src/storage/contacts';
import { dumpAll } from '../../../src/storage/dump';
import { listInteractions } from '../../../src/storage/interactions';
import { importLinkedInExport, type LinkedInImportProgress } from '../../../src/storage/linkedin-export/import';
import type { RapportDb } from '../../../src/storage/open';
import { freshDb } from './fresh-db';
import { CONNECTION_HEAD, csv, ME_URL, zipOf } from './linkedin-export';

// What one import of a small, made-up export does, field by field and count by count.

const NOW = Date.UTC(2026, 10, 23);
const DAY = 86_400_000;
const MESSAGE_HEAD = ['CONVERSATION ID', 'FROM', 'SENDER PROFILE URL', 'TO', 'RECIPIENT PROFILE URLS', 'DATE', 'CONTENT', 'IS MESSAGE DRAFT'];
const INVITATION_HEAD = ['From', 'To', 'Sent At', 'Message', 'Direction', 'inviterProfileUrl', 'inviteeProfileUrl'];
const LENA = 'https://www.linkedin.com/in/lena-fischer';
const OMAR = 'https://www.linkedin.com/in/omar-haddad';
const SAM = 'https://www.linkedin.com/in/sam-new';

let db: RapportDb;
beforeEach(async () => {
  db = await freshDb();
});

describe('a connection row', () => {
  it('creates a first-degree contact with its fields trimmed and clipped to what a backup holds', async () => {
    const zip = zipOf({ 'Connections.csv': csv(CONNECTION_HEAD, [[' Lena ', ' Fischer ', LENA, ' lena@example.com ', 'A'.repeat(600), ' CTO ', '2 Jan 2025']]) });
    const summary = await importLinkedInExport(db, zip, { now: NOW });
    expect(summary).toMatchObject({ connections: 1, contactsAdded: 1, contactsUpdated: 0, added: 1, joined: 0, byName: 0, skippedRows: 0, repairedFields: 0 });
    expect(await db.get('contacts', 'lena-fischer')).toMatchObject({
      name: 'Lena Fischer', email: 'lena@example.com', company: 'A'.repeat(500), position: 'CTO',
      connectedOn: Date.UTC(2025, 0, 2), degree: 1, profileUrl: 'https://www.linkedin.com/in/lena-fischer/', firstSeen: NOW,
    });
  });

  it('keeps the name and email already stored, takes company, position and connection date from the export, and counts the update once', async () => {
    await db.put('contacts', newContact('lena-fischer', NOW - 9 * DAY, { name: 'Lena F.', email: 'lena@work.example', company: 'Old Co', position: 'Engineer', headline: 'Builds things' }));
    const zip = zipOf({ 'Connections.csv': csv(CONNECTION_HEAD, [['Lena', 'Fischer', LENA, 'lena@example.com', 'Acme', 'CTO', '2 Jan 2025']]) });
    expect(await importLinkedInExport(db, zip, { now: NOW })).toMatchObject({ contactsAdded: 0, contactsUpdated: 1, joined: 1, added: 0 });
    expect(await db.get('contacts', 'lena-fischer')).toMatchObject({
      name: 'Lena F.', email: 'lena@work.example', company: 'Acme', position: 'CTO', headline: 'Builds things',
      connectedOn: Date.UTC(2025, 0, 2), degree: 1, firstSeen: NOW - 9 * DAY, updatedAt: NOW, nameKey: 'lena f.',
    });
    expect(await importLinkedInExport(db, zip, { now: NOW + DAY })).toMatchObject({ contactsAdded: 0, contactsUpdated: 0, joined: 1 });
    expect((await db.get('contacts', 'lena-fischer'))?.updatedAt).toBe(NOW);
  });

  it('fills only what the stored record lacks, and blank export fields change nothing', async () => {
    await db.put('contacts', newContact('lena-fischer', NOW - DAY, { company: 'Old Co', position: 'Engineer', connectedOn: Date.UTC(2020, 0, 1) }));
    const zip = zipOf({ 'Connections.csv': csv(CONNECTION_HEAD, [['Lena', 'Fischer', LENA, 'lena@example.com', '', '', 'whenever']]) });
    await importLinkedInExport(db, zip, { now: NOW });
    expect(await db.get('contacts', 'lena-fischer')).toMatchObject({ name: 'Lena Fischer', email: 'lena@example.com', company: 'Old Co', position: 'Engineer', connectedOn: Date.UTC(2020, 0, 1), degree: 1 });
  });

  it('a contact rewritten only for a newer message is not counted as updated', async () => {
    await db.put('contacts', newContact('lena-fischer', NOW - DAY, { name: 'Lena Fischer', company: 'Acme', position: 'CTO', connectedOn: Date.UTC(2025, 0, 2), degree: 1 }));
    const zip = zipOf({
      'Connections.csv': csv(CONNECTION_HEAD, [['Lena', 'Fischer', LENA, '', 'Acme', 'CTO', '2 Jan 2025']]),
      'messages.csv': csv(MESSAGE_HEAD, [['c1', 'Lena Fischer', LENA, 'Pat Owner', ME_URL, '2026-11-02 10:00:00 UTC', 'Hi Pat', 'No']]),
    });
    expect(await importLinkedInExport(db, zip, { now: NOW })).toMatchObject({ contactsAdded: 0, contactsUpdated: 0, interactionsAdded: 1 });
    expect((await db.get('contacts', 'lena-fischer'))?.lastInteractionAt).toBe(Date.UTC(2026, 10, 2, 10));
  });

  it('a change of degree alone counts as an update', async () => {
    await db.put('contacts', newContact('lena-fischer', NOW - DAY, { name: 'Lena Fischer', company: 'Acme', position: 'CTO', connectedOn: Date.UTC(2025, 0, 2), degree: 2 }));
    const zip = zipOf({ 'Connections.csv': csv(CONNECTION_HEAD, [['Lena', 'Fischer', LENA, '', 'Acme', 'CTO', '2 Jan 2025']]) });
    expect(await importLinkedInExport(db, zip, { now: NOW })).toMatchObject({ contactsUpdated: 1 });
    expect((await db.get('contacts', 'lena-fischer'))?.degree).toBe(1);
  });

  it('without a profile link is imported by name under an id made from the whole row, and two rows differing in one field are two people', async () => {
    const zip = zipOf({ 'Connections.csv': csv(CONNECTION_HEAD, [
      ['Jo', 'Park', '', '', 'Acme', 'CTO', '2 Jan 2025'],
      ['Jo', 'Park', '', '', 'Acme', 'CTO', '3 Jan 2025'],
      ['Jo', 'Park', '', '', 'Acme', 'CEO', '2 Jan 2025'],
      ['', '', '', 'who@example.com', 'Acme', '', ''],
    ]) });
    const summary = await importLinkedInExport(db, zip, { now: NOW });
    expect(summary).toMatchObject({ byName: 3, contactsAdded: 3, skippedRows: 1, skipped: { noProfile: 1 } });
    const { contacts } = await dumpAll(db);
    expect(contacts.map((c) => [c.name, c.profileUrl, c.id.startsWith('import.')])).toEqual([['Jo Park', '', true], ['Jo Park', '', true], ['Jo Park', '', true]]);
  });

  it('a person with one name is named by it alone', async () => {
    const zip = zipOf({ 'Connections.csv': csv(CONNECTION_HEAD, [['', 'Cher', LENA, '', '', '', ''], ['Omar', '', OMAR, '', '', '', '']]) });
    await importLinkedInExport(db, zip, { now: NOW });
    expect((await dumpAll(db)).contacts.map((c) => [c.id, c.name, c.connectedOn])).toEqual([['lena-fischer', 'Cher', null], ['omar-haddad', 'Omar', null]]);
  });

  it('counts the fields whose double-encoded UTF-8 it repaired', async () => {
    const zip = zipOf({ 'Connections.csv': csv(CONNECTION_HEAD, [['JosÃ©', 'MÃ¼ller', LENA, '', 'CafÃ©', 'CTO', '2 Jan 2025']]) });
    const summary = await importLinkedInExport(db, zip, { now: NOW });
    expect(summary.repairedFields).toBe(3);
    expect(await db.get('contacts', 'lena-fischer')).toMatchObject({ name: 'José Müller', company: 'Café' });
  });
});

describe('messages', () => {
  const message = (over: Partial<Record<(typeof MESSAGE_HEAD)[number], string>>): string[] => {
    const row: Record<string, string> = { 'CONVERSATION ID': 'c1', FROM: 'Pat Owner', 'SENDER PROFILE URL': ME_URL, TO: 'Lena Fischer', 'RECIPIENT PROFILE URLS': LENA, DATE: '2026-11-02 10:00:00 UTC', CONTENT: 'Hello', 'IS MESSAGE DRAFT': 'No', ...over };
    return MESSAGE_HEAD.map((h) => row[h] ?? '');
  };

  it('skips drafts flagged yes, true or 1 in any case, and only those', async () => {
    const zip = zipOf({ 'messages.csv': csv(MESSAGE_HEAD, [
      message({ CONTENT: 'a', 'IS MESSAGE DRAFT': ' YES ' }),
      message({ CONTENT: 'b', 'IS MESSAGE DRAFT': 'True' }),
      message({ CONTENT: 'c', 'IS MESSAGE DRAFT': '1' }),
      message({ CONTENT: 'sent one', 'IS MESSAGE DRAFT': 'no' }),
      message({ CONTENT: 'sent two', DATE: '2026-11-03 10:00:00 UTC', 'IS MESSAGE DRAFT': 'yes please' }),
      message({ CONTENT: 'sent three', DATE: '2026-11-03 11:00:00 UTC', 'IS MESSAGE DRAFT': 'not true' }),
      message({ CONTENT: 'from the other side', FROM: 'Lena Fischer', 'SENDER PROFILE URL': LENA, TO: 'Pat Owner', 'RECIPIENT PROFILE URLS': ME_URL, DATE: '2026-11-04 10:00:00 UTC', 'IS MESSAGE DRAFT': '' }),
    ]) });
    const summary = await importLinkedInExport(db, zip, { now: NOW });
    expect(summary).toMatchObject({ messages: 7, interactionsAdded: 4, skippedRows: 3, skipped: { draft: 3, noProfile: 0, noDate: 0, noRecipient: 0, memberUrn: 0 } });
    expect((await listInteractions(db, 'lena-fischer')).map((r) => [r.kind, r.snippet])).toEqual([['received', 'from the other side'], ['sent', 'sent three'], ['sent', 'sent two'], ['sent', 'sent one']]);
  });

  it('skips a message without a sender link or a readable date, and counts each reason', async () => {
    const zip = zipOf({ 'messages.csv': csv(MESSAGE_HEAD, [
      message({ 'SENDER PROFILE URL': '' }),
      message({ 'SENDER PROFILE URL': 'https://example.com/in/pat' }),
      message({ DATE: 'yesterday' }),
      message({ CONTENT: 'kept' }),
    ]) });
    const summary = await importLinkedInExport(db, zip, { now: NOW });
    expect(summary).toMatchObject({ skippedRows: 3, skipped: { noProfile: 2, noDate: 1 }, interactionsAdded: 1 });
  });

  it('a group message goes to every recipient listed, however the list is separated, and names none of them', async () => {
    const zip = zipOf({ 'messages.csv': csv(MESSAGE_HEAD, [
      message({ TO: 'Lena Fischer, Omar Haddad, Sam New', 'RECIPIENT PROFILE URLS': `${LENA}, ${OMAR}\t${SAM},${ME_URL}`, CONTENT: 'Meet each other' }),
      message({ 'CONVERSATION ID': 'c2', FROM: 'Omar H.', 'SENDER PROFILE URL': OMAR, TO: 'Pat Owner', 'RECIPIENT PROFILE URLS': ME_URL, DATE: '2026-10-01 10:00:00 UTC', CONTENT: 'Hi Pat' }),
    ]) });
    const summary = await importLinkedInExport(db, zip, { now: NOW });
    expect(summary).toMatchObject({ me: 'pat-owner', interactionsAdded: 4, contactsAdded: 3 });
    const { contacts } = await dumpAll(db);
    expect(contacts.map((c) => [c.id, c.name, c.degree, c.lastInteractionAt])).toEqual([
      ['lena-fischer', '', null, Date.UTC(2026, 10, 2, 10)],
      ['omar-haddad', 'Omar H.', null, Date.UTC(2026, 10, 2, 10)],
      ['sam-new', '', null, Date.UTC(2026, 10, 2, 10)],
    ]);
  });

  it('names a person from the newest row that names them', async () => {
    const zip = zipOf({ 'messages.csv': csv(MESSAGE_HEAD, [
      message({ TO: 'Lena Old', DATE: '2026-01-01 10:00:00 UTC', CONTENT: 'one' }),
      message({ TO: 'Lena Newest', DATE: '2026-03-01 10:00:00 UTC', CONTENT: 'two' }),
      message({ TO: 'Lena Middle', DATE: '2026-02-01 10:00:00 UTC', CONTENT: 'three' }),
      message({ TO: 'Lena Fischer, Omar Haddad', 'RECIPIENT PROFILE URLS': `${LENA},${OMAR}`, DATE: '2026-04-01 10:00:00 UTC', CONTENT: 'group' }),
    ]) });
    await importLinkedInExport(db, zip, { now: NOW });
    expect(await db.get('contacts', 'lena-fischer')).toMatchObject({ name: 'Lena Newest', lastInteractionAt: Date.UTC(2026, 3, 1, 10) });
  });

  it('raises a stored contact’s last interaction to the newest imported one, never lowers it', async () => {
    await db.put('contacts', { ...newContact('lena-fischer', NOW - DAY, { name: 'Lena' }), lastInteractionAt: Date.UTC(2026, 0, 1) });
    await db.put('contacts', { ...newContact('omar-haddad', NOW - DAY, { name: 'Omar' }), lastInteractionAt: Date.UTC(2026, 11, 1) });
    const zip = zipOf({ 'messages.csv': csv(MESSAGE_HEAD, [
      message({ CONTENT: 'to Lena' }),
      message({ CONTENT: 'to Omar', TO: 'Omar', 'RECIPIENT PROFILE URLS': OMAR }),
    ]) });
    const summary = await importLinkedInExport(db, zip, { now: NOW });
    expect(summary).toMatchObject({ contactsAdded: 0, joined: 2, added: 0, interactionsAdded: 2 });
    expect((await db.get('contacts', 'lena-fischer'))).toMatchObject({ name: 'Lena', lastInteractionAt: Date.UTC(2026, 10, 2, 10), updatedAt: NOW });
    expect((await db.get('contacts', 'omar-haddad'))).toMatchObject({ lastInteractionAt: Date.UTC(2026, 11, 1), updatedAt: NOW - DAY });
  });

  it('stores no snippet of what was received when the user chose so, and keeps those of what was sent', async () => {
    const zip = zipOf({
      'messages.csv': csv(MESSAGE_HEAD, [
        message({ CONTENT: 'I wrote this' }),
        message({ FROM: 'Lena Fischer', 'SENDER PROFILE URL': LENA, TO: 'Pat Owner', 'RECIPIENT PROFILE URLS': ME_URL, DATE: '2026-11-03 10:00:00 UTC', CONTENT: 'She wrote this' }),
      ]),
      'Invitations.csv': csv(INVITATION_HEAD, [
        ['Omar Haddad', 'Pat Owner', '11/20/26, 2:03 PM', 'Hi Pat, shall we connect?', 'INCOMING', OMAR, ME_URL],
        ['Pat Owner', 'Sam New', '11/21/26, 9:00 AM', 'Hi Sam, we met at the meetup', 'OUTGOING', ME_URL, SAM],
      ]),
    });
    await importLinkedInExport(db, zip, { now: NOW, receivedSnippets: false });
    const { interactions } = await dumpAll(db);
    expect(interactions.map((r) => [r.contactId, r.kind, r.surface, r.snippet, r.hash.length])).toEqual([
      ['omar-haddad', 'received', 'invite-note', '', 16],
      ['sam-new', 'sent', 'invite-note', 'Hi Sam, we met at the meetup', 16],
      ['lena-fischer', 'sent', 'message', 'I wrote this', 16],
      ['lena-fischer', 'received', 'message', '', 16],
    ]);
  });
});

describe('invitations', () => {
  it('an incoming one is received from its inviter and names them, an outgoing one (in any case) is sent to its invitee', async () => {
    const zip = zipOf({ 'Invitations.csv': csv(INVITATION_HEAD, [
      ['Omar Haddad', 'Pat Owner', '11/20/26, 2:03 PM', 'Hi Pat, shall we connect?', 'INCOMING', OMAR, ME_URL],
      ['Pat Owner', 'Sam New', '11/21/26, 9:00 AM', 'Hi Sam!', 'outgoing', ME_URL, SAM],
    ]) });
    expect(await importLinkedInExport(db, zip, { now: NOW })).toMatchObject({ invitations: 2, interactionsAdded: 2, contactsAdded: 2, added: 2 });
    expect(await db.get('contacts', 'omar-haddad')).toMatchObject({ name: 'Omar Haddad', lastInteractionAt: Date.UTC(2026, 10, 20, 14, 3) });
    expect(await db.get('contacts', 'sam-new')).toMatchObject({ name: 'Sam New' });
    expect((await listInteractions(db, 'omar-haddad')).map((r) => [r.kind, r.snippet])).toEqual([['received', 'Hi Pat, shall we connect?']]);
    expect((await listInteractions(db, 'sam-new')).map((r) => [r.kind, r.snippet])).toEqual([['sent', 'Hi Sam!']]);
  });

  it('skips one without a profile or a readable date, and one without a note records nothing', async () => {
    const zip = zipOf({ 'Invitations.csv': csv(INVITATION_HEAD, [
      ['Pat Owner', 'Sam New', '11/21/26, 9:00 AM', 'Hi', 'OUTGOING', ME_URL, ''],
      ['Pat Owner', 'Sam New', 'some day', 'Hi', 'OUTGOING', ME_URL, SAM],
      ['Pat Owner', 'Sam New', '11/22/26, 9:00 AM', '  ', 'OUTGOING', ME_URL, SAM],
    ]) });
    expect(await importLinkedInExport(db, zip, { now: NOW })).toMatchObject({ skippedRows: 2, skipped: { noProfile: 1, noDate: 1 }, interactionsAdded: 0, contactsAdded: 0 });
  });

  it('two invitations of one person a minute apart are two, the same minute again is one', async () => {
    const zip = zipOf({ 'Invitations.csv': csv(INVITATION_HEAD, [
      ['Pat Owner', 'Sam New', '11/21/26, 9:00 AM', 'Hi Sam', 'OUTGOING', ME_URL, SAM],
      ['Pat Owner', 'Sam New', '11/21/26, 9:00 AM', 'Hi Sam, again', 'OUTGOING', ME_URL, SAM],
      ['Pat Owner', 'Sam New', '11/21/26, 9:01 AM', 'Hi Sam, later', 'OUTGOING', ME_URL, SAM],
    ]) });
    expect(await importLinkedInExport(db, zip, { now: NOW })).toMatchObject({ interactionsAdded: 2 });
  });
});

describe('progress and batches', () => {
  it('reports each phase from 0 to its total, a batch at a time, and marks the file done', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => [`P${i}`, 'Q', `https://www.linkedin.com/in/p-${i}`, '', '', '', '2 Jan 2025']);
    const zip = zipOf({ 'Connections.csv': csv(CONNECTION_HEAD, rows), 'Invitations.csv': csv(INVITATION_HEAD, [['Pat Owner', 'Sam New', '11/21/26, 9:00 AM', 'Hi', 'OUTGOING', ME_URL, SAM]]) });
    const events: LinkedInImportProgress[] = [];
    await importLinkedInExport(db, zip, { now: NOW, batchSize: 2, onProgress: (p) => events.push(p) });
    expect(events.map((e) => `${e.phase} ${e.done}/${e.total}`)).toEqual([
      'unzip 0/1', 'unzip 1/1',
      'connections 0/5', 'connections 2/5', 'connections 4/5', 'connections 5/5',
      'invitations 0/1', 'invitations 1/1',
      'messages 0/0',
    ]);
    expect(await db.get('meta', 'linkedin-import')).toMatchObject({ phase: 'done', done: 0, updatedAt: NOW });
    expect((await dumpAll(db)).contacts).toHaveLength(6);
  });
});

describe('a store larger than one page of reads', () => {
  it('finds a stored contact past the first 2,000, and adds no second record for them', async () => {
    const tx = db.transaction('contacts', 'readwrite');
    for (let i = 0; i <= 2_000; i += 1) void tx.store.put(newContact(`p-${String(i).padStart(4, '0')}`, NOW - DAY, { name: `Stored ${i}`, email: `p${i}@example.com` }));
    await tx.done;
    const zip = zipOf({ 'Connections.csv': csv(CONNECTION_HEAD, [['New', 'Name', 'https://www.linkedin.com/in/p-2000', 'new@example.com', 'Acme', '', '2 Jan 2025']]) });
    expect(await importLinkedInExport(db, zip, { now: NOW })).toMatchObject({ contactsAdded: 0, contactsUpdated: 1, joined: 1, added: 0 });
    expect(await db.get('contacts', 'p-2000')).toMatchObject({ name: 'Stored 2000', email: 'p2000@example.com', company: 'Acme' });
  });

  it('knows every message an earlier import stored, past the first 2,000', async () => {
    const rows = Array.from({ length: 2_001 }, (_, i) => ['c1', 'Pat Owner', ME_URL, 'Lena Fischer', LENA, `2026-01-01 10:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} UTC`, `message ${i}`, 'No']);
    const zip = zipOf({ 'messages.csv': csv(MESSAGE_HEAD, rows) });
    expect((await importLinkedInExport(db, zip, { now: NOW })).interactionsAdded).toBe(2_001);
    // Another file (so no cursor applies) holding the same rows and one more.
    const more = zipOf({ 'messages.csv': csv(MESSAGE_HEAD, [...rows, ['c1', 'Pat Owner', ME_URL, 'Lena Fischer', LENA, '2026-01-02 10:00:00 UTC', 'one more', 'No']]) });
    expect(await importLinkedInExport(db, more, { now: NOW })).toMatchObject({ interactionsAdded: 1, joined: 1 });
  });
});
