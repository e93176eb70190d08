import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { StorageError } from '../errors';
import { CsvParser, recordsAfterHeader, type CsvRecord } from './csv';
import { createSlicer } from './slices';

/** Compressed bytes fed to the inflater per step: small enough to stay well inside one slice. */
const PUSH_BYTES = 8 * 1024;

const MB = 1024 * 1024;

/**
 * What a LinkedIn data export can plausibly hold, with room to spare: LinkedIn caps connections at
 * 30,000, and a decade of heavy messaging is tens of MB of messages.csv. Past these a file is a
 * mistake or a ZIP bomb, and is refused while it inflates, before it can fill the worker's memory.
 */
export const EXPORT_LIMITS = {
  /** Unpacked bytes of one CSV file. */
  fileBytes: 128 * MB,
  /** Unpacked bytes of all the CSV files read. */
  totalBytes: 192 * MB,
  /** Rows of one CSV file. */
  rows: 500_000,
  /** Characters kept of one field: the longest text a content script may record (protocol LIMITS.text). */
  fieldChars: 20_000,
  /** Cells kept of one row. */
  cells: 64,
};
export type ExportLimits = typeof EXPORT_LIMITS;

export interface CsvFileSpec {
  /** File name, compared case-insensitively and without folders. */
  name: string;
  /** A column of the header row, which may follow a preamble. */
  firstColumn: string;
}

/**
 * Takes each record as it is parsed, with its file's lower-cased name, instead of the file's array
 * (which then stays empty): the caller keeps only what it makes of the row, and does so while the
 * rest of the ZIP is still inflating or being uploaded.
 */
export type CsvSink = (file: string, record: CsvRecord) => void;

/** File name inside the ZIP, compared case-insensitively and without folders (exports have varied both). */
function baseName(path: string): string {
  return (path.split('/').pop() ?? path).toLowerCase();
}

function tooLarge(what: string): StorageError {
  return new StorageError('invalid_import', `This file is too large for a LinkedIn export (${what}).`);
}

function megabytes(bytes: number): string {
  const mb = bytes / MB;
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb).toLocaleString('en-US')} MB`;
}

/**
 * The records of the wanted CSV files of a LinkedIn export, by lower-cased file name (or, with a
 * `sink`, each record handed to it as it is parsed). Inflated and
 * parsed as a stream, in slices so the worker never blocks for long: no file is ever held whole as
 * text, sizes are checked against the ZIP's own headers first and against the bytes actually
 * inflated as they come (a header can lie), and the first limit passed ends the read. The ZIP may
 * come in chunks as it is uploaded (`AsyncIterable`): each is unpacked as it arrives, so the
 * reading overlaps the upload, and a chunk is let go once pushed.
 */
export async function readCsvFiles(
  zip: Uint8Array | AsyncIterable<Uint8Array>,
  wanted: readonly CsvFileSpec[],
  limits: ExportLimits = EXPORT_LIMITS,
  sink?: CsvSink,
): Promise<Map<string, CsvRecord[]>> {
  const specs = new Map(wanted.map((w) => [w.name.toLowerCase(), w]));
  const files = new Map<string, CsvRecord[]>();
  let failure: unknown = null;
  let declaredTotal = 0;
  let inflatedTotal = 0;

  const unzip = new Unzip((file: UnzipFile) => {
    const name = baseName(file.name);
    const spec = specs.get(name);
    if (!spec || files.has(name) || failure) return;
    const records: CsvRecord[] = [];
    files.set(name, records);
    let rows = 0;
    const fail = (err: unknown): void => {
      failure ??= err;
      file.terminate();
    };
    declaredTotal += file.originalSize ?? 0;
    if ((file.originalSize ?? 0) > limits.fileBytes) return fail(tooLarge(`${spec.name}: ${megabytes(file.originalSize ?? 0)} unpacked; at most ${megabytes(limits.fileBytes)}`));
    if (declaredTotal > limits.totalBytes) return fail(tooLarge(`${megabytes(declaredTotal)} of CSV unpacked; at most ${megabytes(limits.totalBytes)}`));

    const parser = new CsvParser(
      recordsAfterHeader(spec.firstColumn, (record) => {
        if (rows >= limits.rows) throw tooLarge(`${spec.name}: over ${limits.rows.toLocaleString('en-US')} rows`);
        rows += 1;
        if (sink) sink(name, record);
        else records.push(record);
      }),
      limits,
    );
    // TextDecoder drops a leading BOM and carries a character split between chunks over.
    const decoder = new TextDecoder('utf-8');
    let inflated = 0;
    file.ondata = (err, data, final) => {
      // Stryker disable next-line ConditionalExpression: after the first failure its error is what is reported, whatever more is read; this only stops reading.
      if (failure) return;
      if (err) return fail(err);
      inflated += data.length;
      inflatedTotal += data.length;
      if (inflated > limits.fileBytes) return fail(tooLarge(`${spec.name}: over ${megabytes(limits.fileBytes)} unpacked`));
      if (inflatedTotal > limits.totalBytes) return fail(tooLarge(`over ${megabytes(limits.totalBytes)} of CSV unpacked`));
      try {
        parser.push(decoder.decode(data, { stream: !final }));
        if (final) parser.end();
      } catch (e) {
        fail(e);
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const slicer = createSlicer();
  const push = async (chunk: Uint8Array, last: boolean): Promise<void> => {
    try {
      for (let offset = 0; offset < chunk.length && !failure; offset += PUSH_BYTES) {
        unzip.push(chunk.subarray(offset, offset + PUSH_BYTES), last && offset + PUSH_BYTES >= chunk.length);
        await slicer.maybeYield();
      }
    } catch (err) {
      failure ??= err;
    }
  };
  // One chunk behind the source, so that the last piece of the last chunk is pushed as the final
  // one. The source's own failure (an upload refused mid-way) is thrown as it is.
  let held: Uint8Array | null = null;
  for await (const chunk of zip instanceof Uint8Array ? [zip] : zip) {
    if (chunk.length === 0) continue;
    if (held) await push(held, false);
    held = chunk;
    if (failure) break;
  }
  if (held && !failure) await push(held, true);
  if (failure instanceof StorageError) throw failure;
  if (failure) throw new StorageError('invalid_import', `The file is not a readable ZIP archive: ${failure instanceof Error ? failure.message : String(failure)}`);
  return files;
}
