import Papa, { type Parser, type ParseResult } from 'papaparse';
import { yieldToEventLoop } from './slices';

/** Bytes of CSV text parsed per step (~8 ms on a laptop), then the thread is handed back. */
const CHUNK_BYTES = 128 * 1024;

export type CsvRecord = Record<string, string>;

/**
 * Rows of a LinkedIn CSV as objects keyed by the header. The header is the first row that holds
 * `firstColumn`: Connections.csv opens with "Notes:" lines before it. Rows are read as arrays and
 * mapped onto a null-prototype object, so a hostile header such as `__proto__` is just a key.
 */
export async function parseCsv(text: string, firstColumn: string): Promise<CsvRecord[]> {
  const records: CsvRecord[] = [];
  let header: string[] | null = null;
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(text, {
      header: false,
      skipEmptyLines: 'greedy',
      chunkSize: CHUNK_BYTES,
      chunk(results: ParseResult<string[]>, parser: Parser) {
        for (const row of results.data) {
          if (!header) {
            if (row.some((cell: string) => cell.trim() === firstColumn)) header = row.map((cell: string) => cell.trim());
            continue;
          }
          const record = Object.create(null) as CsvRecord;
          header.forEach((name, i) => {
            record[name] = row[i] ?? '';
          });
          records.push(record);
        }
        parser.pause();
        yieldToEventLoop().then(() => parser.resume(), reject);
      },
      complete: () => resolve(),
      error: (err: Error) => reject(err),
    });
  });
  return records;
}
