import { beforeEach, describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import Papa from 'papaparse';
import { dumpAll, replaceAll } from '../../../src/storage/dump';
import { StorageError } from '../../../src/storage/errors';
import { buildExportFile, parseExportFile, serialiseExportFile } from '../../../src/storage/export-file';
import { CsvParser } from '../../../src/storage/linkedin-export/csv';
import { importLinkedInExport } from '../../../src/storage/linkedin-export/import';
import { EXPORT_LIMITS, readCsvFiles } from '../../../src/storage/linkedin-export/zip';
import type { RapportDb } from '../../../src/storage/open';
import { freshDb } from './fresh-db';
import { seeded } from './generate-store';
import { buildLinkedInZip, generateExport } from './linkedin-export';
import { buildZipBomb } from './zip-bomb';
import { refusal } from './export-rejection';

const NOW = Date.UTC(2026, 10, 23);
const MESSAGES_HEAD = 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n';
const MESSAGE_ROW = '2-abc,,Jo Doe,https://www.linkedin.com/in/jo-doe,Pat Owner,https://www.linkedin.com/in/pat-owner,2025-01-02 10:00:00 UTC,,"Hello, how are you?",INBOX\n';
const MESSAGES = [{ name: 'messages.csv', firstColumn: 'CONVERSATION ID' }];

let db: RapportDb;
beforeEach(async () => {
  db = await freshDb();
});

function parseInChunks(text: string, chunkSizes: () => number, limits = { fieldChars: Infinity, cells: Infinity }): string[][] {
  const rows: string[][] = [];
  const parser = new CsvParser((row) => rows.push(row), limits);
  for (let i = 0; i < text.length; ) {
    const size = chunkSizes();
    parser.push(text.slice(i, i + size));
    i += size;
  }
  parser.end();
  return rows;
}

const refused = (run: () => Promise<unknown>): Promise<StorageError> => refusal(run, 'the import');

/** Runs `run` while sampling the heap; returns the growth over the starting heap at its highest. */
async function peakHeapGrowth(run: () => Promise<unknown>): Promise<number> {
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const sample = (): void => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(sample, 2);
  try {
    await run();
  } finally {
    clearInterval(timer);
    sample();
  }
  return peak - base;
}

describe('the CSV parser', () => {
  it('reads what papaparse reads, however the text is cut into chunks', () => {
    const rand = seeded(11);
    const pieces = ['a', 'b c', ',', '"', '""', '\n', '\r\n', '\r', 'é', '😀', ' ', 'x,y'];
    for (let round = 0; round < 300; round += 1) {
      const cells = Array.from({ length: 1 + Math.floor(rand() * 40) }, () =>
        Array.from({ length: Math.floor(rand() * 6) }, () => pieces[Math.floor(rand() * pieces.length)]).join(''),
      );
      const rows: string[][] = [];
      for (let i = 0; i < cells.length; i += 3) rows.push(cells.slice(i, i + 3));
      const text = Papa.unparse(rows, { newline: rand() < 0.5 ? '\n' : '\r\n' });
      const expected = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;
      expect(parseInChunks(text, () => 1 + Math.floor(rand() * 7))).toEqual(expected);
      expect(parseInChunks(text, () => text.length)).toEqual(expected);
    }
  });

  it('keeps a field up to its limit and never half of a surrogate pair, reading past the rest', () => {
    const rows = parseInChunks(`name,bio\nJo,"${'😀'.repeat(10)}"\nAl,short\n`, () => 3, { fieldChars: 5, cells: 10 });
    expect(rows).toEqual([['name', 'bio'], ['Jo', '😀😀'], ['Al', 'short']]);
  });

  it('keeps only the first cells of an endless row', () => {
    const rows = parseInChunks(`${','.repeat(100_000)}x\ny\n`, () => 4096, { fieldChars: 100, cells: 3 });
    expect(rows).toEqual([['y']]);
  });
});

describe('LinkedIn export limits', () => {
  it('a ZIP whose headers declare a 1 GB messages.csv is refused before inflating it, and nothing is written', async () => {
    const zip = buildZipBomb({ name: 'messages.csv', head: MESSAGES_HEAD, unit: MESSAGE_ROW, bytes: 1.2e9 });
    expect(zip.length).toBeLessThan(8 * 1024 * 1024);
    const error = await refused(() => importLinkedInExport(db, zip, { now: NOW }));
    expect(error.code).toBe('invalid_import');
    expect(error.message).toBe('This file is too large for a LinkedIn export (messages.csv: 1,145 MB unpacked; at most 128 MB).');
    const { contacts, interactions } = await dumpAll(db);
    expect([contacts.length, interactions.length]).toEqual([0, 0]);
  });

  it('a bomb that lies about its size is refused at the byte limit, holding none of its gigabyte in memory', async () => {
    // One endless quoted field: no row ever ends, so only the byte count can stop it.
    const zip = buildZipBomb({ name: 'messages.csv', head: `${MESSAGES_HEAD}1,2,3,4,5,6,7,8,"`, unit: 'a'.repeat(1000), bytes: 1.2e9, declaredBytes: 1000 });
    let error: StorageError | null = null;
    const growth = await peakHeapGrowth(async () => {
      error = await refused(() => readCsvFiles(zip, MESSAGES));
    });
    expect(error).toMatchObject({ code: 'invalid_import', message: 'This file is too large for a LinkedIn export (messages.csv: over 128 MB unpacked).' });
    expect(growth).toBeLessThan(64 * 1024 * 1024);
  }, 30_000);

  it('a bomb of short rows is refused at the row limit', async () => {
    const zip = buildZipBomb({ name: 'messages.csv', head: MESSAGES_HEAD, unit: MESSAGE_ROW, bytes: 1.2e9, declaredBytes: 1000 });
    const error = await refused(() => readCsvFiles(zip, MESSAGES, { ...EXPORT_LIMITS, rows: 1000 }));
    expect(error.message).toBe('This file is too large for a LinkedIn export (messages.csv: over 1,000 rows).');
  });

  it('the unpacked total of all CSV files is bounded too', async () => {
    const big = MESSAGES_HEAD + MESSAGE_ROW.repeat(3000);
    const zip = zipSync({ 'messages.csv': strToU8(big), 'Connections.csv': strToU8(`First Name,Last Name\n${'Jo,Doe\n'.repeat(60_000)}`) });
    const limits = { ...EXPORT_LIMITS, totalBytes: 600 * 1024, fileBytes: 500 * 1024 };
    const error = await refused(() => readCsvFiles(zip, [...MESSAGES, { name: 'Connections.csv', firstColumn: 'First Name' }], limits));
    expect(error.message).toBe('This file is too large for a LinkedIn export (0.8 MB of CSV unpacked; at most 0.6 MB).');
  });

  it('a 50 MB field is read in linear time, clipped, and the export of what was imported imports again', async () => {
    const data = generateExport(3, 4);
    const [first] = data.connections;
    if (!first) throw new Error('no connection');
    first.company = `Acme ${'x'.repeat(50 * 1024 * 1024)}`;
    const summary = await importLinkedInExport(db, buildLinkedInZip(data), { now: NOW });
    expect(summary.connections).toBe(3);

    const { contacts, interactions } = await dumpAll(db);
    const stored = contacts.find((c) => c.id === 'person-0');
    expect(stored?.company).toHaveLength(500);
    const text = serialiseExportFile(buildExportFile({ exportedAt: NOW, settings: {}, contacts, interactions }));
    const other = await freshDb();
    const restored = await replaceAll(other, parseExportFile(text));
    expect(restored).toEqual({ contacts: contacts.length, interactions: interactions.length });
  }, 30_000);
});

describe('CSV records', () => {
  it('a hostile header is just a key: nothing is inherited, no prototype is set', async () => {
    const zip = zipSync({ 'messages.csv': strToU8('CONVERSATION ID,__proto__,constructor,toString\n1,polluted,c,t\n') });
    const [record] = (await readCsvFiles(zip, MESSAGES)).get('messages.csv') ?? [];
    expect(record && Object.keys(record)).toEqual(['CONVERSATION ID', '__proto__', 'constructor', 'toString']);
    expect(record?.['__proto__']).toBe('polluted');
    expect(record?.['hasOwnProperty']).toBeUndefined();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
