import { describe, expect, it } from 'vitest';
import { dumpAll, replaceAll } from '../../../src/storage/dump';
import { buildExportFile, parseExportFile, serialiseExportFile } from '../../../src/storage/export-file';
import { freshDb } from './fresh-db';
import { generateStore, writeStore } from './generate-store';

const NOW = Date.UTC(2026, 10, 23);

describe('export and import, at a size Stryker can afford', () => {
  it('round-trips a generated store losslessly, and new records continue after the imported ids', async () => {
    const db = await freshDb();
    await writeStore(db, generateStore(40, 120, NOW));
    const before = await dumpAll(db);
    const settings = { engine: { locale: 'de' } };
    const text = serialiseExportFile(buildExportFile({ exportedAt: NOW, settings, contacts: before.contacts, interactions: before.interactions }));

    const other = await freshDb();
    const file = parseExportFile(text);
    expect(file.settings).toEqual(settings);
    expect(await replaceAll(other, file)).toEqual({ contacts: 40, interactions: 120 });
    const after = await dumpAll(other);
    expect(after.contacts).toEqual(before.contacts);
    expect(after.interactions).toEqual(before.interactions);
    expect(await other.add('interactions', { contactId: 'person-1', kind: 'note', surface: null, snippet: '', hash: '', at: NOW })).toBe(121);
  });
});
