import { beforeEach, describe, expect, it } from 'vitest';
import { dumpAll, replaceAll } from '../../../src/storage/dump';
import { buildExportFile, parseExportFile, serialiseExportFile } from '../../../src/storage/export-file';
import { StorageError } from '../../../src/storage/errors';
import type { RapportDb } from '../../../src/storage/open';
import { freshDb } from './fresh-db';
import { generateStore, writeStore } from './generate-store';
import { rejectionOf } from './export-rejection';

const NOW = Date.UTC(2026, 10, 23);
const SETTINGS = { engine: { locale: 'nl' }, account: 'premium' };
let db: RapportDb;

async function exportText(): Promise<string> {
  const { contacts, interactions } = await dumpAll(db);
  return serialiseExportFile(buildExportFile({ exportedAt: NOW, settings: SETTINGS, contacts, interactions }));
}

beforeEach(async () => {
  db = await freshDb();
});

describe('export and import', () => {
  // A scale test: past a minute under Stryker's instrumentation, for the logic that
  // export-roundtrip.mutants.test.ts round-trips at 40 contacts.
  it.skipIf(process.env.STRYKER_MUTATOR_WORKER !== undefined)('round-trips a store of 10,000 contacts losslessly', async () => {
    await writeStore(db, generateStore(10_000, 30_000, NOW));
    const before = await dumpAll(db);
    const text = await exportText();

    const other = await freshDb();
    const file = parseExportFile(text);
    expect(file.settings).toEqual(SETTINGS);
    expect(await replaceAll(other, file)).toEqual({ contacts: 10_000, interactions: 30_000 });
    const after = await dumpAll(other);
    expect(after.contacts).toEqual(before.contacts);
    expect(after.interactions).toEqual(before.interactions);
    // New records continue after the imported ids instead of colliding with them.
    const next = await other.add('interactions', { contactId: 'person-1', kind: 'note', surface: null, snippet: '', hash: '', at: NOW });
    expect(next).toBe(30_001);
  }, 60_000);

  it('an import replaces the store in one transaction: a put that fails leaves the old data', async () => {
    await writeStore(db, generateStore(20, 50, NOW));
    const before = await dumpAll(db);
    const file = parseExportFile(await exportText());
    // Two records with the same urn: the unique index rejects the second put, mid-transaction.
    const [first, second] = file.interactions;
    if (!first || !second) throw new Error('fixture too small');
    second.urn = 'dup';
    first.urn = 'dup';
    await expect(replaceAll(db, file)).rejects.toBeInstanceOf(StorageError);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('a truncated file is rejected with the line where it ends', async () => {
    await writeStore(db, generateStore(5, 5, NOW));
    const text = await exportText();
    const cut = text.slice(0, text.indexOf('"interactions"') + 40);
    const error = rejectionOf(cut);
    expect(error.code).toBe('invalid_import');
    expect(error.message).toMatch(/truncated/u);
    expect(error.location.line).toBe(cut.split('\n').length);
  });

  it('a syntax error names its line and column', async () => {
    const text = '{"format": "rapport-export",\n "version": 1,\n "contacts": [1,,2]}';
    const error = rejectionOf(text);
    expect(error.location).toMatchObject({ line: 3 });
    expect(error.message).toMatch(/line 3/u);
  });

  it('a file from a newer Rapport or of another kind says so, with its JSON path', () => {
    const base = JSON.parse(serialiseExportFile(buildExportFile({ exportedAt: NOW, settings: {}, contacts: [], interactions: [] }))) as Record<string, unknown>;
    expect(rejectionOf(JSON.stringify({ ...base, version: 2 })).message).toMatch(/^\$\.version: this Rapport reads export version 1 only/u);
    expect(rejectionOf(JSON.stringify({ ...base, format: 'csv' })).message).toMatch(/^\$\.format: not a Rapport export file/u);
    expect(rejectionOf(JSON.stringify({ ...base, schemaVersion: 99 })).location.path).toBe('$.schemaVersion');
  });

  it('a wrong field deep inside a record is reported by path, and nothing is written', async () => {
    await writeStore(db, generateStore(30, 30, NOW));
    const before = await dumpAll(db);
    const file = JSON.parse(await exportText()) as { contacts: { consent: { value: unknown } }[]; interactions: { contactId: string }[] };
    const contact = file.contacts[12];
    if (!contact) throw new Error('fixture too small');
    contact.consent.value = 'yes';
    expect(rejectionOf(JSON.stringify(file)).location.path).toBe('$.contacts[12].consent.value');
    contact.consent.value = true;
    const interaction = file.interactions[3];
    if (!interaction) throw new Error('fixture too small');
    interaction.contactId = 'not-in-file';
    expect(rejectionOf(JSON.stringify(file)).message).toBe('$.interactions[3].contactId: no contact with id not-in-file in the file');
    expect(await dumpAll(db)).toEqual(before);
  });

  it('prototype-pollution keys in a file are dropped, never merged into objects', () => {
    const text = `{"format":"rapport-export","version":1,"schemaVersion":1,"exportedAt":1,"settings":{},"__proto__":{"polluted":true},"contacts":[],"interactions":[],"constructor":{"prototype":{"polluted":true}}}`;
    const file = parseExportFile(text);
    expect(Object.keys(file)).not.toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
