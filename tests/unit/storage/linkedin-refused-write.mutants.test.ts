import { beforeEach, describe, expect, it } from 'vitest';
import { dumpAll } from '../../../src/storage/dump';
import { importLinkedInExport } from '../../../src/storage/linkedin-export/import';
import type { RapportDb } from '../../../src/storage/open';
import { freshDb } from './fresh-db';
import { csv, ME_URL, MESSAGE_HEAD, zipOf } from './linkedin-export';

// A write the database refuses at once (put throws), in the middle of a batch: the batch is all or nothing.

const NOW = Date.UTC(2026, 10, 23);
const LENA = 'https://www.linkedin.com/in/lena-fischer';
const rows = [1, 2, 3].map((i) => ['c1', 'Pat Owner', ME_URL, 'Lena Fischer', LENA, `2026-03-0${i} 10:00:00 UTC`, `Note ${i}`]);

let db: RapportDb;
beforeEach(async () => {
  db = await freshDb();
});

describe('a batch whose second write is refused at once', () => {
  it('stores none of its writes, says so, and the same file again imports every row', async () => {
    const zip = zipOf({ 'messages.csv': csv(MESSAGE_HEAD, rows) });
    const put = IDBObjectStore.prototype.put;
    let writes = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (this.name === 'interactions' && (writes += 1) === 2) throw new DOMException('refused for the test', 'DataError');
      return put.call(this, value, key);
    };
    let failure: unknown;
    try {
      failure = await importLinkedInExport(db, zip, { now: NOW }).catch((e: unknown) => e);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect((failure as Error).message).toContain('Applied before this error: 0 of 0 connections, 0 of 0 invitations, 0 of 3 messages');
    expect((await dumpAll(db)).interactions).toEqual([]);
    expect(await importLinkedInExport(db, zip, { now: NOW })).toMatchObject({ interactionsAdded: 3, resumedRows: 0 });
  });
});
