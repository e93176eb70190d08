import { beforeEach, describe, expect, it } from 'vitest';
import { dumpAll } from '../../../src/storage/dump';
import { importLinkedInExport } from '../../../src/storage/linkedin-export/import';
import type { RapportDb } from '../../../src/storage/open';
import type { InteractionRecord } from '../../../src/storage/schema';
import { freshDb } from './fresh-db';
import { buildLinkedInZip, ME_URL } from './linkedin-export';

const NOW = Date.UTC(2026, 10, 23);
let db: RapportDb;

beforeEach(async () => {
  db = await freshDb();
});

const data = {
  connections: [{ first: 'Mira', last: 'Holm', url: 'https://www.linkedin.com/in/mira-holm-77', email: '', company: 'Fjord', position: 'COO', connectedOn: '3 Mar 2024' }],
  messages: Array.from({ length: 5 }, (_, i) => ({ conversationId: 'c9', title: '', from: 'Mira Holm', senderUrl: 'https://www.linkedin.com/in/mira-holm-77', to: 'Pat Owner', recipientUrls: ME_URL, date: `2025-02-0${i + 1} 09:30:00 UTC`, subject: '', content: `Note ${i}`, folder: 'INBOX' })),
  invitations: [],
};

// Two batches are under way at once (import.ts runBatches): the second is queued behind the first
// before the first has committed. If the first fails in the database, the second must not commit.
describe('a batch queued behind one that fails', () => {
  it('is not applied: nothing after the failed batch is stored, and the same file again ends like an uninterrupted run', async () => {
    const zip = buildLinkedInZip(data);
    const put = IDBObjectStore.prototype.put;
    let first: string | undefined;
    let writes = 0;
    // The third interaction repeats the first one's urn: the unique index refuses it when the
    // database runs the request, after the next batch was already queued.
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (this.name !== 'interactions') return put.call(this, value, key);
      const record = value as InteractionRecord;
      writes += 1;
      first ??= record.urn;
      return put.call(this, writes === 3 ? { ...record, urn: first } : value, key);
    };
    let failure: unknown;
    try {
      failure = await importLinkedInExport(db, zip, { now: NOW, batchSize: 2 }).catch((e: unknown) => e);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect((failure as Error).message).toContain('Applied before this error: 1 of 1 connections, 0 of 0 invitations, 2 of 5 messages');
    // The queued third batch (message 5) was placed too, and aborted by its cursor check.
    expect(writes).toBe(5);
    // Messages are written in the order of their urns: the first batch is the two first by urn.
    const applied = (await dumpAll(db)).interactions.map((r) => r.urn ?? '');
    expect(applied).toHaveLength(2);
    expect(await db.get('meta', 'linkedin-import')).toMatchObject({ phase: 'messages', done: 2 });

    const resumed = await importLinkedInExport(db, zip, { now: NOW, batchSize: 2 });
    expect(resumed).toMatchObject({ resumedRows: 1 + 2, interactionsAdded: 3 });
    const all = (await dumpAll(db)).interactions;
    expect(all.map((r) => r.snippet).sort()).toEqual(['Note 0', 'Note 1', 'Note 2', 'Note 3', 'Note 4']);
    expect(applied).toEqual(all.map((r) => r.urn ?? '').sort().slice(0, 2));
  });
});
