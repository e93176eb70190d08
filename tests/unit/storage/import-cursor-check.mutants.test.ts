import { beforeEach, describe, expect, it } from 'vitest';
import { dumpAll } from '../../../src/storage/dump';
import { importLinkedInExport } from '../../../src/storage/linkedin-export/import';
import type { RapportDb } from '../../../src/storage/open';
import type { ContactRecord, InteractionRecord, LinkedInImportCursor } from '../../../src/storage/schema';
import { freshDb } from './fresh-db';
import { buildLinkedInZip, ME_URL, type ExportConnection } from './linkedin-export';

// A batch queued behind one that fails reads the cursor that failed batch would have left (import.ts
// commitBehind). import-queued-batches.test.ts fails a batch in the middle of a phase, where the cursor
// left behind differs only in `done`; these fail a phase's first batch, where the cursor left behind
// is another phase's with the same `done`, or another file's.
const NOW = Date.UTC(2026, 10, 23);
let db: RapportDb;

beforeEach(async () => {
  db = await freshDb();
});

const person = (n: number): ExportConnection => ({ first: `Ana${n}`, last: 'Ruiz', url: `https://www.linkedin.com/in/ana-ruiz-${n}`, email: '', company: 'Fjord', position: 'COO', connectedOn: '3 Mar 2024' });

/** Runs `importLinkedInExport` with `put` on `store` going through `change` (the n-th put, from 1); returns its error. */
async function importWith(zip: Uint8Array, store: string, change: (value: unknown, n: number) => unknown): Promise<Error> {
  const put = IDBObjectStore.prototype.put;
  let n = 0;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    if (this.name !== store) return put.call(this, value, key);
    n += 1;
    return put.call(this, change(value, n), key);
  };
  try {
    return (await importLinkedInExport(db, zip, { now: NOW, batchSize: 2 }).then(
      () => new Error('the import succeeded'),
      (e: unknown) => e,
    )) as Error;
  } finally {
    IDBObjectStore.prototype.put = put;
  }
}

describe('a batch queued behind a phase\'s first batch, which fails', () => {
  it('is aborted when the cursor is the phase before\'s, with as many rows done', async () => {
    const connections = [person(1), person(2)];
    const zip = buildLinkedInZip({
      connections,
      messages: Array.from({ length: 4 }, (_, i) => ({ conversationId: 'c1', title: '', from: 'Ana1 Ruiz', senderUrl: person(1).url, to: 'Pat Owner', recipientUrls: ME_URL, date: `2025-02-0${i + 1} 09:30:00 UTC`, subject: '', content: `Note ${i}`, folder: 'INBOX' })),
      invitations: [],
    });
    let first: string | undefined;
    // The second message repeats the first one's urn: the unique index refuses it, in the first batch.
    const failure = await importWith(zip, 'interactions', (value, n) => {
      const record = value as InteractionRecord;
      first ??= record.urn;
      return n === 2 ? { ...record, urn: first } : value;
    });
    expect(failure.message).toContain('Applied before this error: 2 of 2 connections, 0 of 0 invitations, 0 of 4 messages');
    // The connections' last batch left { connections, done: 2 }; the queued batch expected { messages, done: 2 }.
    expect((await dumpAll(db)).interactions).toEqual([]);
    expect(await db.get('meta', 'linkedin-import')).toMatchObject({ phase: 'connections', done: 2 });

    const resumed = await importLinkedInExport(db, zip, { now: NOW, batchSize: 2 });
    expect(resumed).toMatchObject({ resumedRows: 2, interactionsAdded: 4 });
    expect((await dumpAll(db)).interactions.map((r) => r.snippet).sort()).toEqual(['Note 0', 'Note 1', 'Note 2', 'Note 3']);
  });

  it('is aborted when the cursor is another file\'s, at the same phase and row', async () => {
    // An interrupted import of another file: a new file starts afresh and leaves that cursor until its first batch commits.
    const other: LinkedInImportCursor = { key: 'linkedin-import', fileHash: 'another file', phase: 'connections', done: 2, me: null, updatedAt: NOW - 1 };
    await db.put('meta', other);
    const zip = buildLinkedInZip({ connections: [person(1), person(2), person(3), person(4)], messages: [], invitations: [] });
    // The first contact has no key: the store refuses it at once, in the first batch.
    const failure = await importWith(zip, 'contacts', (value, n) => (n === 1 ? { ...(value as ContactRecord), id: undefined } : value));
    expect(failure.message).toContain('Applied before this error: 0 of 4 connections');
    expect((await dumpAll(db)).contacts).toEqual([]);
    expect(await db.get('meta', 'linkedin-import')).toEqual(other);

    const again = await importLinkedInExport(db, zip, { now: NOW, batchSize: 2 });
    expect(again).toMatchObject({ resumedRows: 0, contactsAdded: 4 });
  });
});
