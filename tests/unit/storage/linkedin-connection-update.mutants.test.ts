import { beforeEach, describe, expect, it } from 'vitest';
import { newContact } from '../../../src/storage/contacts';
import { importLinkedInExport } from '../../../src/storage/linkedin-export/import';
import type { RapportDb } from '../../../src/storage/open';
import type { ContactRecord } from '../../../src/storage/schema';
import { freshDb } from './fresh-db';
import { CONNECTION_HEAD, csv, zipOf } from './linkedin-export';

// A stored contact that the export changes in one connection fact only: that fact is written, and counted.

const NOW = Date.UTC(2026, 10, 23);
const DAY = 86_400_000;
const ROW = ['Lena', 'Fischer', 'https://www.linkedin.com/in/lena-fischer', 'lena@example.com', 'Acme', 'CTO', '2 Jan 2025'];
const FROM_EXPORT: Partial<ContactRecord> = { name: 'Lena Fischer', email: 'lena@example.com', company: 'Acme', position: 'CTO', connectedOn: Date.UTC(2025, 0, 2), degree: 1 };

let db: RapportDb;
beforeEach(async () => {
  db = await freshDb();
});

describe('a connection that differs from the stored contact in one fact', () => {
  it.each<[string, Partial<ContactRecord>]>([
    ['a name the contact lacked', { name: '' }],
    ['an email the contact lacked', { email: '' }],
    ['another company', { company: 'Old Co' }],
    ['another position', { position: 'Engineer' }],
    ['another connection date', { connectedOn: Date.UTC(2020, 0, 1) }],
  ])('writes %s and counts the contact as updated', async (_, stored) => {
    await db.put('contacts', newContact('lena-fischer', NOW - DAY, { ...FROM_EXPORT, ...stored }));
    const summary = await importLinkedInExport(db, zipOf({ 'Connections.csv': csv(CONNECTION_HEAD, [ROW]) }), { now: NOW });
    expect(summary).toMatchObject({ contactsAdded: 0, contactsUpdated: 1, joined: 1 });
    expect(await db.get('contacts', 'lena-fischer')).toMatchObject({ ...FROM_EXPORT, updatedAt: NOW });
  });

  it('and one that differs in none is neither written nor counted', async () => {
    await db.put('contacts', newContact('lena-fischer', NOW - DAY, FROM_EXPORT));
    const summary = await importLinkedInExport(db, zipOf({ 'Connections.csv': csv(CONNECTION_HEAD, [ROW]) }), { now: NOW });
    expect(summary).toMatchObject({ contactsAdded: 0, contactsUpdated: 0, joined: 1 });
    expect((await db.get('contacts', 'lena-fischer'))?.updatedAt).toBe(NOW - DAY);
  });
});
