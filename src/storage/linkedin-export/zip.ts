import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { StorageError } from '../errors';
import { createSlicer } from './slices';

/** Compressed bytes fed to the inflater per step: small enough to stay well inside one slice. */
const PUSH_BYTES = 8 * 1024;

/** File name inside the ZIP, compared case-insensitively and without folders (exports have varied both). */
function baseName(path: string): string {
  return (path.split('/').pop() ?? path).toLowerCase();
}

/** The wanted CSV files of a LinkedIn export as text, inflated in slices so the worker never blocks for long. */
export async function readCsvFiles(zip: Uint8Array, wanted: readonly string[]): Promise<Map<string, string>> {
  const want = new Set(wanted.map((w) => w.toLowerCase()));
  // Decoded as the bytes arrive, a chunk at a time: one decode of a whole messages.csv would hold
  // the thread for tens of milliseconds. TextDecoder drops a leading BOM.
  const parts = new Map<string, string[]>();
  let failure: Error | null = null;
  const unzip = new Unzip((file: UnzipFile) => {
    const name = baseName(file.name);
    if (!want.has(name) || parts.has(name)) return;
    const chunks: string[] = [];
    const decoder = new TextDecoder('utf-8');
    parts.set(name, chunks);
    file.ondata = (err, data, final) => {
      if (err) failure = err;
      else chunks.push(decoder.decode(data, { stream: !final }));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const slicer = createSlicer();
  try {
    for (let offset = 0; offset < zip.length; offset += PUSH_BYTES) {
      unzip.push(zip.subarray(offset, offset + PUSH_BYTES), offset + PUSH_BYTES >= zip.length);
      if (failure) throw failure;
      await slicer.maybeYield();
    }
  } catch (err) {
    throw new StorageError('invalid_import', `The file is not a readable ZIP archive: ${err instanceof Error ? err.message : String(err)}`);
  }
  return new Map([...parts].map(([name, chunks]) => [name, chunks.join('')]));
}
