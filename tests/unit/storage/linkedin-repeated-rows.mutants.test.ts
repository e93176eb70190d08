import { beforeEach, describe, expect, it } from 'vitest';
import { importLinkedInExport } from '../../../src/storage/linkedin-export/import';
import type { RapportDb } from '../../../src/storage/open';
import { freshDb } from './fresh-db';
import { CONNECTION_HEAD, csv, ME_URL, MESSAGE_HEAD, zipOf } from './linkedin-export';

// Rows an export repeats: a person listed twice in Connections.csv, a message row under another name.

const NOW = Date.UTC(2026, 10, 23);
const LENA = 'https://www.linkedin.com/in/lena-fischer';
const OMAR = 'https://www.linkedin.com/in/omar-haddad';

let db: RapportDb;
beforeEach(async () => {
  db = await freshDb();
});

describe('a row repeated with another name', () => {
  it('is one interaction, and the person takes the name of the later row in the file, as for any two rows of one time', async () => {
    const fromLena = (name: string): string[] => ['c1', name, LENA, 'Pat Owner', ME_URL, '2026-03-01 10:05:00 UTC', 'Thanks for the intro'];
    const rows = [
      // The owner writes in both conversations, so the export's owner is Pat.
      ['c1', 'Pat Owner', ME_URL, 'L.', LENA, '2026-03-01 10:00:00 UTC', 'Meet Omar'],
      ['c2', 'Pat Owner', ME_URL, 'Omar Haddad', OMAR, '2026-03-01 10:01:00 UTC', 'Meet Lena'],
      fromLena('Lena F.'),
      fromLena('Lena Fischer'),
    ];
    const summary = await importLinkedInExport(db, zipOf({ 'messages.csv': csv(MESSAGE_HEAD, rows) }), { now: NOW });
    expect(summary).toMatchObject({ messages: 4, interactionsAdded: 3, me: 'pat-owner' });
    expect(await db.get('contacts', 'lena-fischer')).toMatchObject({ name: 'Lena Fischer', lastInteractionAt: Date.UTC(2026, 2, 1, 10, 5) });
  });
});

describe('a person in two rows of one batch of connections', () => {
  it('is one contact holding what either row gives, the later row winning where both give a company or position', async () => {
    const zip = zipOf({ 'Connections.csv': csv(CONNECTION_HEAD, [
      ['Lena', 'Fischer', LENA, 'lena@example.com', 'Acme', 'Engineer', '2 Jan 2025'],
      ['Lena', 'F.', `${LENA}/`, '', '', 'CTO', ''],
    ]) });
    expect(await importLinkedInExport(db, zip, { now: NOW })).toMatchObject({ connections: 2, contactsAdded: 1, added: 1, joined: 1 });
    expect(await db.get('contacts', 'lena-fischer')).toMatchObject({ name: 'Lena Fischer', email: 'lena@example.com', company: 'Acme', position: 'CTO', connectedOn: Date.UTC(2025, 0, 2), degree: 1 });
  });
});
