import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { StorageError } from '../errors';
import { createSlicer } from './slices';

/** Compressed bytes fed to the inflater per step: small enough to stay well inside one slice. */
const PUSH_BYTES = 64 * 1024;

/** File name inside the ZIP, compared case-insensitively and without folders (exports have varied both). */
function baseName(path: string): string {
  return (path.split('/').pop() ?? path).toLowerCase();
}

/**
 * The wanted CSV files of a LinkedIn export, decoded as UTF-8 (TextDecoder drops a BOM), inflated
 * in slices so a large messages.csv never blocks the service worker for long.
 */
export async function readCsvFiles(zip: Uint8Array, wanted: readonly string[]): Promise<Map<string, string>> {
  const want = new Set(wanted.map((w) => w.toLowerCase()));
  const parts = new Map<string, Uint8Array[]>();
  let failure: Error | null = null;
  const unzip = new Unzip((file: UnzipFile) => {
    const name = baseName(file.name);
    if (!want.has(name) || parts.has(name)) return;
    const chunks: Uint8Array[] = [];
    parts.set(name, chunks);
    file.ondata = (err, data) => {
      if (err) failure = err;
      else chunks.push(data);
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
  const decoder = new TextDecoder('utf-8');
  const out = new Map<string, string>();
  for (const [name, chunks] of parts) {
    const size = chunks.reduce((n, c) => n + c.length, 0);
    const joined = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      joined.set(c, at);
      at += c.length;
    }
    out.set(name, decoder.decode(joined));
  }
  return out;
}
