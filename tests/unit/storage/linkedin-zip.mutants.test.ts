import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { StorageError } from '../../../src/storage/errors';
import { EXPORT_LIMITS, readCsvFiles, type ExportLimits } from '../../../src/storage/linkedin-export/zip';
import { buildZipBomb } from './zip-bomb';
import { refusal } from './export-rejection';

// readCsvFiles' limits at sizes a unit test can afford (linkedin-limits.test.ts has the real
// ZIP bombs and their memory): each limit refuses one byte or row past it and lets its own
// value through, with a message that says how large the file was.

const MB = 1024 * 1024;
const MESSAGES = { name: 'messages.csv', firstColumn: 'CONVERSATION ID' };
const CONNECTIONS = { name: 'Connections.csv', firstColumn: 'First Name' };
const HEAD = 'CONVERSATION ID,CONTENT\n';

function limits(overrides: Partial<ExportLimits>): ExportLimits {
  return { ...EXPORT_LIMITS, ...overrides };
}

const refused = (run: () => Promise<unknown>): Promise<StorageError> => refusal(run, 'the ZIP');

/** A CSV of exactly `bytes` bytes: the header, then rows of "1,aaaa…". */
function csvOfBytes(bytes: number): string {
  return HEAD + `1,${'a'.repeat(bytes - HEAD.length - 3)}\n`;
}

describe('reading the CSV files of an export', () => {
  it('finds the wanted files in any folder and letter case, ignores the rest, and the first of two copies wins', async () => {
    const zip = zipSync({
      'Basic_LinkedInDataExport/MESSAGES.CSV': strToU8(`${HEAD}1,first copy\n`),
      'other/messages.csv': strToU8(`${HEAD}2,second copy\n`),
      'Profile.csv': strToU8('First Name\nPat\n'),
    });
    const files = await readCsvFiles(zip, [MESSAGES, CONNECTIONS]);
    expect([...files.keys()]).toEqual(['messages.csv']);
    expect(files.get('messages.csv')?.map((r) => r.CONTENT)).toEqual(['first copy']);
  });

  it('drops the BOM, keeps a character split between inflated chunks whole, and counts a last row without a line break', async () => {
    // Stored, not deflated: the ZIP's 8 KB pushes cut the text where its bytes fall; shifted a byte
    // at a time, the first push ends inside each of the multi-byte characters in turn.
    for (let pad = 8 * 1024 - 90; pad < 8 * 1024 - 50; pad += 1) {
      const name = `${'x'.repeat(pad)}José Ñúñez 😀`;
      const zip = zipSync({ 'messages.csv': [strToU8(`\uFEFF${HEAD}1,${name}\n2,last`), { level: 0 }] });
      const records = (await readCsvFiles(zip, [MESSAGES])).get('messages.csv') ?? [];
      expect(records.map((r) => ({ ...r }))).toEqual([{ 'CONVERSATION ID': '1', CONTENT: name }, { 'CONVERSATION ID': '2', CONTENT: 'last' }]);
    }
  });

  it('reads a file cut inside its last character to a replacement character, not to nothing', async () => {
    const euro = strToU8('€');
    const text = new Uint8Array([...strToU8(`${HEAD}1,costs 5`), ...euro.subarray(0, 2)]);
    const [record] = (await readCsvFiles(zipSync({ 'messages.csv': text }), [MESSAGES])).get('messages.csv') ?? [];
    expect(record?.CONTENT).toBe('costs 5\uFFFD');
  });

  it('reads a ZIP of exactly two 8 KB pushes', async () => {
    // 122 bytes of headers around one stored file of this name.
    const zip = zipSync({ 'messages.csv': [strToU8(`${HEAD}1,${'a'.repeat(2 * 8 * 1024 - 122 - HEAD.length - 3)}\n`), { level: 0 }] });
    expect(zip.length).toBe(2 * 8 * 1024);
    expect((await readCsvFiles(zip, [MESSAGES])).get('messages.csv')).toHaveLength(1);
  });

  it('applies the field and cell limits to every row', async () => {
    const zip = zipSync({ 'messages.csv': strToU8(`${HEAD}1,abcdefghijklmnopqrst,extra\n`) });
    const [record] = (await readCsvFiles(zip, [MESSAGES], limits({ fieldChars: 15, cells: 2 }))).get('messages.csv') ?? [];
    expect(record && { ...record }).toEqual({ 'CONVERSATION ID': '1', CONTENT: 'abcdefghijklmno' });
  });

  it('holds an empty list for a wanted file with no header, and no entry for a ZIP without the file', async () => {
    const files = await readCsvFiles(zipSync({ 'messages.csv': strToU8('') }), [MESSAGES, CONNECTIONS]);
    expect([...files.entries()]).toEqual([['messages.csv', []]]);
    expect((await readCsvFiles(zipSync({ 'notes.txt': strToU8('hi') }), [MESSAGES])).size).toBe(0);
  });

  it('says so when the ZIP cannot be inflated', async () => {
    const zip = zipSync({ 'messages.csv': strToU8(`${HEAD}${'1,hello there\n'.repeat(400)}`) });
    for (let i = 60; i < 80; i += 1) zip[i] = 0xff;
    const error = await refused(() => readCsvFiles(zip, [MESSAGES]));
    expect(error.code).toBe('invalid_import');
    // The inflater's own words, not a failure of ours to read what it reported.
    expect(error.message).toBe('The file is not a readable ZIP archive: invalid distance');
  });

  it('says so when the ZIP ends inside a file (a download cut short), and returns none of its rows', async () => {
    const zip = zipSync({ 'messages.csv': strToU8(`${HEAD}${'1,hello there\n'.repeat(4000)}`) }, { level: 0 });
    // Cut anywhere, and cut at a multiple of the 8 KB pushes (the last push must still say it is the last).
    for (const length of [30_000, 4 * 8 * 1024]) {
      const error = await refused(() => readCsvFiles(zip.subarray(0, length), [MESSAGES]));
      expect(error.code).toBe('invalid_import');
      expect(error.message).toBe('The file is not a readable ZIP archive: invalid zip data');
    }
  });

  it('reads a ZIP of many 8 KB pushes to its end', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `${i},message number ${i} with some text to fill the archive ${i * 7919}`);
    const zip = zipSync({ 'messages.csv': strToU8(`${HEAD}${rows.join('\n')}`) }, { level: 0 });
    expect(zip.length).toBeGreaterThan(10 * 8 * 1024);
    const records = (await readCsvFiles(zip, [MESSAGES])).get('messages.csv') ?? [];
    expect(records).toHaveLength(3000);
    expect(records.at(-1)?.['CONVERSATION ID']).toBe('2999');
  });
});

describe('the limits of a LinkedIn export', () => {
  it('refuses a file whose header declares more than fileBytes, and lets one that declares exactly that through', async () => {
    const declared = (bytes: number) => buildZipBomb({ name: 'messages.csv', head: HEAD, unit: '1,hi\n', bytes: 50, declaredBytes: bytes });
    const big = await refused(() => readCsvFiles(declared(20 * MB + 1), [MESSAGES], limits({ fileBytes: 20 * MB })));
    expect(big).toMatchObject({ code: 'invalid_import', message: 'This file is too large for a LinkedIn export (messages.csv: 20 MB unpacked; at most 20 MB).' });
    const small = await refused(() => readCsvFiles(declared(1.5 * MB), [MESSAGES], limits({ fileBytes: MB })));
    expect(small.message).toBe('This file is too large for a LinkedIn export (messages.csv: 1.5 MB unpacked; at most 1.0 MB).');
    const exact = zipSync({ 'messages.csv': strToU8(csvOfBytes(64 * 1024)) });
    expect((await readCsvFiles(exact, [MESSAGES], limits({ fileBytes: 64 * 1024 }))).get('messages.csv')).toHaveLength(1);
    await expect(readCsvFiles(exact, [MESSAGES], limits({ fileBytes: 64 * 1024 - 1 }))).rejects.toThrow('(messages.csv: 0.1 MB unpacked; at most 0.1 MB)');
  });

  it('writes sizes of ten MB and more as whole, grouped numbers', async () => {
    const zip = buildZipBomb({ name: 'messages.csv', head: HEAD, unit: '1,hi\n', bytes: 50, declaredBytes: 2_000 * MB });
    const error = await refused(() => readCsvFiles(zip, [MESSAGES], limits({ fileBytes: 1_500 * MB, totalBytes: 3_000 * MB })));
    expect(error.message).toBe('This file is too large for a LinkedIn export (messages.csv: 2,000 MB unpacked; at most 1,500 MB).');
    const ten = buildZipBomb({ name: 'messages.csv', head: HEAD, unit: '1,hi\n', bytes: 50, declaredBytes: 10 * MB });
    await expect(readCsvFiles(ten, [MESSAGES], limits({ fileBytes: 5 * MB }))).rejects.toThrow('(messages.csv: 10 MB unpacked; at most 5.0 MB)');
  });

  it('refuses files whose headers declare more than totalBytes together, and lets exactly that through', async () => {
    const zipOf = (each: number) => zipSync({
      'messages.csv': csvEntry('messages.csv', each),
      'Connections.csv': csvEntry('Connections.csv', each),
    });
    const error = await refused(() => readCsvFiles(zipOf(0.4 * MB), [MESSAGES, CONNECTIONS], limits({ totalBytes: 0.6 * MB })));
    expect(error.message).toBe('This file is too large for a LinkedIn export (0.8 MB of CSV unpacked; at most 0.6 MB).');
    const files = await readCsvFiles(zipOf(0.3 * MB), [MESSAGES, CONNECTIONS], limits({ totalBytes: 0.6 * MB }));
    expect(files.size).toBe(2);
  });

  it('refuses a file that inflates past fileBytes whatever its header says, and lets exactly fileBytes through', async () => {
    const lying = understated(zipSync({ 'messages.csv': strToU8(csvOfBytes(64 * 1024)) }));
    expect((await readCsvFiles(lying, [MESSAGES], limits({ fileBytes: 64 * 1024 }))).get('messages.csv')).toHaveLength(1);
    const error = await refused(() => readCsvFiles(lying, [MESSAGES], limits({ fileBytes: 64 * 1024 - 1 })));
    expect(error.message).toBe('This file is too large for a LinkedIn export (messages.csv: over 0.1 MB unpacked).');
  });

  it('refuses files that inflate past totalBytes together, and lets exactly totalBytes through', async () => {
    const honest = zipSync({ 'messages.csv': strToU8(csvOfBytes(40 * 1024)), 'Connections.csv': strToU8(`First Name\n${'x'.repeat(24 * 1024 - 12)}\n`) });
    expect((await readCsvFiles(honest, [MESSAGES, CONNECTIONS], limits({ totalBytes: 64 * 1024 }))).size).toBe(2);
    const zip = understated(honest);
    expect((await readCsvFiles(zip, [MESSAGES, CONNECTIONS], limits({ totalBytes: 64 * 1024 }))).size).toBe(2);
    const error = await refused(() => readCsvFiles(zip, [MESSAGES, CONNECTIONS], limits({ totalBytes: 64 * 1024 - 1 })));
    expect(error.message).toBe('This file is too large for a LinkedIn export (over 0.1 MB of CSV unpacked).');
  });

  it('refuses a file of more than `rows` rows, and lets exactly that many through', async () => {
    const zip = zipSync({ 'messages.csv': strToU8(`${HEAD}${'1,hi\n'.repeat(1_000)}`) });
    expect((await readCsvFiles(zip, [MESSAGES], limits({ rows: 1_000 }))).get('messages.csv')).toHaveLength(1_000);
    const error = await refused(() => readCsvFiles(zip, [MESSAGES], limits({ rows: 999 })));
    expect(error.message).toBe('This file is too large for a LinkedIn export (messages.csv: over 999 rows).');
    const many = await refused(() => readCsvFiles(zipSync({ 'messages.csv': strToU8(`${HEAD}${'1,hi\n'.repeat(1_001)}`) }), [MESSAGES], limits({ rows: 1_000 })));
    expect(many.message).toBe('This file is too large for a LinkedIn export (messages.csv: over 1,000 rows).');
  });

  it('the first limit passed ends the read: its error is the one reported', async () => {
    const zip = zipSync({
      'messages.csv': strToU8(`${HEAD}${'1,hi\n'.repeat(20)}`),
      'Connections.csv': strToU8(`First Name\n${'Jo\n'.repeat(20)}`),
    });
    const error = await refused(() => readCsvFiles(zip, [MESSAGES, CONNECTIONS], limits({ rows: 10 })));
    expect(error.message).toBe('This file is too large for a LinkedIn export (messages.csv: over 10 rows).');
  });
});

/** The ZIP with every local header claiming one unpacked byte: what a bomb's headers may say. */
function understated(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 30 <= out.length; i += 1) {
    if (view.getUint32(i, true) === 0x04034b50) view.setUint32(i + 22, 1, true);
  }
  return out;
}

/** A CSV file of about `bytes` bytes under the header of `name`, in rows of 100 bytes. */
function csvEntry(name: string, bytes: number): Uint8Array {
  const head = name === 'messages.csv' ? HEAD : 'First Name\n';
  return strToU8(head + `${'x'.repeat(99)}\n`.repeat(Math.floor((bytes - head.length) / 100)));
}
