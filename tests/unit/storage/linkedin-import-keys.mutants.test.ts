import { zipSync, strToU8 } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { dumpAll } from '../../../src/storage/dump';
import { listInteractions } from '../../../src/storage/interactions';
import { importLinkedInExport } from '../../../src/storage/linkedin-export/import';
import type { RapportDb } from '../../../src/storage/open';
import type { LinkedInImportCursor } from '../../../src/storage/schema';
import { freshDb } from './fresh-db';
import { buildLinkedInZip, CONNECTION_HEAD, csv, ME_URL, MESSAGE_HEAD, zipOf } from './linkedin-export';

// What the import keeps apart (ids and urns made of several fields), whom a message without
// recipient links went to, which cursor it resumes from, and what its errors say.

const NOW = Date.UTC(2026, 10, 23);
const LENA = 'https://www.linkedin.com/in/lena-fischer';
const OMAR = 'https://www.linkedin.com/in/omar-haddad';
const SAM = 'https://www.linkedin.com/in/sam-new';
// 1762077600000 and 762077600000 ms: one's digits are "1" and the other's.
const LATER = '2025-11-02 10:00:00 UTC';
const EARLIER = '1994-02-24 08:13:20 UTC';

let db: RapportDb;
beforeEach(async () => {
  db = await freshDb();
});

describe('the fields an id or urn is made of are kept apart', () => {
  it('two people imported by name whose company and position would run together are two people', async () => {
    const zip = zipOf({ 'Connections.csv': csv(CONNECTION_HEAD, [
      ['Jo', 'Park', '', '', 'Acme', 'CTO', ''],
      ['Jo', 'Park', '', '', 'Acm', 'eCTO', ''],
    ]) });
    expect(await importLinkedInExport(db, zip, { now: NOW })).toMatchObject({ byName: 2, contactsAdded: 2 });
    const { contacts } = await dumpAll(db);
    expect(contacts.map((c) => [c.company, c.position]).sort()).toEqual([['Acm', 'eCTO'], ['Acme', 'CTO']]);
  });

  it('two messages to one person whose conversation id and date would run together are two interactions', async () => {
    const zip = zipOf({ 'messages.csv': csv(MESSAGE_HEAD, [
      ['c1', 'Pat Owner', ME_URL, 'Lena Fischer', LENA, LATER, 'Hello'],
      ['c11', 'Pat Owner', ME_URL, 'Lena Fischer', LENA, EARLIER, 'Hello'],
    ]) });
    expect(await importLinkedInExport(db, zip, { now: NOW })).toMatchObject({ me: 'pat-owner', interactionsAdded: 2 });
    expect((await listInteractions(db, 'lena-fischer')).map((r) => [r.kind, r.at])).toEqual([['sent', Date.parse(LATER)], ['sent', Date.parse(EARLIER)]]);
  });

  it('two invitations whose invitee and date would run together are two, one for each person', async () => {
    const zip = zipOf({ 'Invitations.csv': csv(['From', 'To', 'Sent At', 'Message', 'Direction', 'inviterProfileUrl', 'inviteeProfileUrl'], [
      ['Pat Owner', 'Omar One', LATER, 'Hi Omar', 'OUTGOING', ME_URL, 'https://www.linkedin.com/in/omar-1'],
      ['Pat Owner', 'Omar Eleven', EARLIER, 'Hi Omar', 'OUTGOING', ME_URL, 'https://www.linkedin.com/in/omar-11'],
    ]) });
    expect(await importLinkedInExport(db, zip, { now: NOW })).toMatchObject({ interactionsAdded: 2 });
    expect((await listInteractions(db, 'omar-1')).map((r) => [r.kind, r.surface, r.at])).toEqual([['sent', 'invite-note', Date.parse(LATER)]]);
    expect((await listInteractions(db, 'omar-11')).map((r) => [r.kind, r.surface, r.at])).toEqual([['sent', 'invite-note', Date.parse(EARLIER)]]);
  });
});

describe('an export that leaves things out', () => {
  it('without recipient links, the owner’s message in a group went to everyone else who wrote in it', async () => {
    const nine = ['CONVERSATION ID', 'FROM', 'SENDER PROFILE URL', 'TO', 'DATE', 'CONTENT'];
    const zip = zipOf({ 'messages.csv': csv(nine, [
      ['c1', 'Lena Fischer', LENA, 'Pat Owner, Omar Haddad', '2026-11-01 09:00:00 UTC', 'Hi both'],
      ['c1', 'Omar Haddad', OMAR, 'Pat Owner, Lena Fischer', '2026-11-01 09:30:00 UTC', 'Hello!'],
      ['c1', 'Pat Owner', ME_URL, 'Lena Fischer, Omar Haddad', '2026-11-01 10:00:00 UTC', 'Good to meet you two'],
      ['c2', 'Sam New', SAM, 'Pat Owner', '2026-11-02 09:00:00 UTC', 'Hi Pat'],
      ['c2', 'Pat Owner', ME_URL, 'Sam New', '2026-11-02 10:00:00 UTC', 'Hi Sam'],
    ]) });
    expect(await importLinkedInExport(db, zip, { now: NOW })).toMatchObject({ me: 'pat-owner', interactionsAdded: 6, skippedRows: 0 });
    const sent = (id: string) => listInteractions(db, id).then((list) => list.filter((r) => r.kind === 'sent').map((r) => r.snippet));
    expect(await sent('lena-fischer')).toEqual(['Good to meet you two']);
    expect(await sent('omar-haddad')).toEqual(['Good to meet you two']);
    expect(await sent('sam-new')).toEqual(['Hi Sam']);
  });

  it('without FROM and TO columns, a person met only in messages is stored without a name', async () => {
    const zip = zipOf({ 'messages.csv': csv(['CONVERSATION ID', 'SENDER PROFILE URL', 'RECIPIENT PROFILE URLS', 'DATE', 'CONTENT'], [
      ['c1', LENA, ME_URL, '2026-11-01 09:00:00 UTC', 'Hi Pat'],
      ['c2', ME_URL, SAM, '2026-11-01 10:00:00 UTC', 'Hi Sam'],
      ['c3', ME_URL, LENA, '2026-11-01 11:00:00 UTC', 'Hi Lena'],
    ]) });
    expect(await importLinkedInExport(db, zip, { now: NOW })).toMatchObject({ me: 'pat-owner', contactsAdded: 2, interactionsAdded: 3 });
    expect((await dumpAll(db)).contacts.map((c) => [c.id, c.name])).toEqual([['lena-fischer', ''], ['sam-new', '']]);
  });

  it('a member urn padded with spaces still finds the profile another row links it to', async () => {
    const head = ['From', 'To', 'Sent At', 'Message', 'Direction', 'inviterProfileUrn', 'inviteeProfileUrn', 'inviterProfileUrl', 'inviteeProfileUrl'];
    const zip = zipOf({ 'Invitations.csv': csv(head, [
      ['Lena Fischer', 'Pat Owner', '11/20/23, 2:03 PM', '', 'INCOMING', ' urn:li:member:7 ', 'urn:li:member:1', LENA, ME_URL],
      ['Lena Fischer', 'Pat Owner', '11/22/23, 8:00 AM', 'Trying again: we met at the meetup', 'INCOMING', ' urn:li:member:7 ', 'urn:li:member:1', '', ''],
    ]) });
    expect(await importLinkedInExport(db, zip, { now: NOW })).toMatchObject({ interactionsAdded: 1, skippedRows: 0 });
    expect((await listInteractions(db, 'lena-fischer')).map((r) => [r.kind, r.surface, r.snippet])).toEqual([['received', 'invite-note', 'Trying again: we met at the meetup']]);
  });
});

describe('resuming and failing', () => {
  const message = (i: number, person: string) => ({ conversationId: `c${i}`, title: '', from: 'Pat Owner', senderUrl: ME_URL, to: 'Someone', recipientUrls: `https://www.linkedin.com/in/${person}`, date: `2026-10-0${i + 1} 09:00:00 UTC`, subject: '', content: `Note ${i}`, folder: 'INBOX' });
  const exportOf = (person: string) => buildLinkedInZip({
    connections: [{ first: 'Mira', last: 'Holm', url: `https://www.linkedin.com/in/${person}`, email: '', company: 'Fjord', position: 'COO', connectedOn: '3 Mar 2024' }],
    messages: Array.from({ length: 4 }, (_, i) => message(i, person)),
    invitations: [],
  });

  it('a cursor left by an interrupted import of another file is not resumed: the new file is imported whole', async () => {
    const stopped = await importLinkedInExport(db, exportOf('mira-holm'), {
      now: NOW,
      batchSize: 1,
      onProgress: (p) => {
        if (p.phase === 'messages' && p.done === 2) throw new Error('service worker stopped');
      },
    }).catch((e: unknown) => e);
    expect(stopped).toBeInstanceOf(Error);
    // Stopped with messages left (the batch queued behind the last one seen may have committed too).
    const cursor = (await db.get('meta', 'linkedin-import')) as LinkedInImportCursor | undefined;
    expect(cursor).toMatchObject({ phase: 'messages' });
    expect(cursor?.done).toBeLessThan(4);

    const other = await importLinkedInExport(db, exportOf('mira-holm-2'), { now: NOW, batchSize: 1 });
    expect(other).toMatchObject({ resumedRows: 0, contactsAdded: 1, interactionsAdded: 4 });
    expect((await listInteractions(db, 'mira-holm-2')).map((r) => r.snippet).sort()).toEqual(['Note 0', 'Note 1', 'Note 2', 'Note 3']);
  });

  it('a failure among the connections says that nothing of any phase was applied', async () => {
    const failure = await importLinkedInExport(db, exportOf('mira-holm'), {
      now: NOW,
      onProgress: (p) => {
        if (p.phase === 'connections') throw new Error('service worker stopped');
      },
    }).catch((e: unknown) => e);
    expect((failure as Error).message).toContain('Applied before this error: 0 of 1 connections, 0 of 0 invitations, 0 of 4 messages');
    expect(await dumpAll(db)).toMatchObject({ contacts: [], interactions: [] });
  });

  it('a ZIP without LinkedIn’s files says which files it looked for', async () => {
    await expect(importLinkedInExport(db, zipSync({ 'notes.txt': strToU8('hello') }), { now: NOW })).rejects.toMatchObject({
      code: 'invalid_import',
      message: 'The ZIP holds none of Connections.csv, messages.csv or Invitations.csv: is it the LinkedIn data export?',
    });
  });
});
