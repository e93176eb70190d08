import { beforeEach, describe, expect, it } from 'vitest';
import { deleteAll, dumpAll, replaceAll } from '../../../src/storage/dump';
import { buildExportFile } from '../../../src/storage/export-file';
import { importLinkedInExport } from '../../../src/storage/linkedin-export/import';
import type { RapportDb } from '../../../src/storage/open';
import { freshDb } from './fresh-db';
import { buildLinkedInZip, generateExport } from './linkedin-export';

const NOW = Date.UTC(2026, 10, 23);
const zip = buildLinkedInZip(generateExport(100, 400));
let db: RapportDb;

/** Runs the import until its third batch of messages, as a service worker stopped mid-import would. */
async function interruptedImport(): Promise<void> {
  let batches = 0;
  const stopped = await importLinkedInExport(db, zip, {
    now: NOW,
    batchSize: 50,
    onProgress: (p) => {
      if (p.phase === 'messages' && p.done > 0 && ++batches === 3) throw new Error('service worker stopped');
    },
  }).catch((e: unknown) => e);
  expect(stopped).toBeInstanceOf(Error);
}

async function referenceCounts(): Promise<{ contacts: number; interactions: number }> {
  const reference = await freshDb();
  await importLinkedInExport(reference, zip, { now: NOW, batchSize: 50 });
  const { contacts, interactions } = await dumpAll(reference);
  reference.close();
  return { contacts: contacts.length, interactions: interactions.length };
}

beforeEach(async () => {
  db = await freshDb();
});

/** "Delete everything, import again" after an interrupted import must import everything, not resume past rows that are gone. */
describe('the LinkedIn import cursor is dropped with the data it described', () => {
  it('delete everything, then import the same file: every row is back', async () => {
    await interruptedImport();
    await deleteAll(db);
    const again = await importLinkedInExport(db, zip, { now: NOW, batchSize: 50 });
    expect(again.resumedRows).toBe(0);
    const { contacts, interactions } = await dumpAll(db);
    const expected = await referenceCounts();
    expect({ contacts: contacts.length, interactions: interactions.length }).toEqual(expected);
  });

  it('restore a backup, then import the same file: every row is imported', async () => {
    await interruptedImport();
    await replaceAll(db, buildExportFile({ exportedAt: NOW, settings: {}, contacts: [], interactions: [] }));
    const again = await importLinkedInExport(db, zip, { now: NOW, batchSize: 50 });
    expect(again.resumedRows).toBe(0);
    const { contacts, interactions } = await dumpAll(db);
    expect({ contacts: contacts.length, interactions: interactions.length }).toEqual(await referenceCounts());
  });

  it('the schema record survives both', async () => {
    await deleteAll(db);
    await replaceAll(db, buildExportFile({ exportedAt: NOW, settings: {}, contacts: [], interactions: [] }));
    expect((await dumpAll(db)).meta.map((m) => m.key)).toEqual(['schema']);
  });
});
