import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { EXPORT_LIMITS, readCsvFiles } from '../../../src/storage/linkedin-export/zip';

// readCsvFiles fed an upload chunk by chunk: empty chunks anywhere, and a read refused early.

const MESSAGES = { name: 'messages.csv', firstColumn: 'CONVERSATION ID' };
const HEAD = 'CONVERSATION ID,CONTENT\n';

/** The bytes in pieces of `size`, with an empty chunk before, between and after them; counts what was pulled. */
function upload(bytes: Uint8Array, size: number): { chunks: AsyncIterable<Uint8Array>; pulled: () => number; total: number } {
  const pieces: Uint8Array[] = [new Uint8Array(0)];
  for (let at = 0; at < bytes.length; at += size) pieces.push(bytes.subarray(at, at + size), new Uint8Array(0));
  let pulled = 0;
  async function* chunks(): AsyncIterable<Uint8Array> {
    for (const piece of pieces) {
      pulled += 1;
      yield piece;
      await Promise.resolve();
    }
  }
  return { chunks: chunks(), pulled: () => pulled, total: pieces.length };
}

describe('an export read from an upload', () => {
  it('reads every row, the last without a line break, whatever empty chunks come with it', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => `${i},row ${i} of the export`).join('\n');
    const zip = zipSync({ 'messages.csv': strToU8(HEAD + rows) }, { level: 0 });
    const { chunks, pulled, total } = upload(zip, 1000);
    const records = (await readCsvFiles(chunks, [MESSAGES])).get('messages.csv') ?? [];
    expect(records).toHaveLength(400);
    expect(records.at(-1)).toEqual({ 'CONVERSATION ID': '399', CONTENT: 'row 399 of the export' });
    expect(pulled()).toBe(total);
  });

  it('stops pulling the upload once a file is refused: the rest of a too-large export is never read', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `${i},row ${i}`).join('\n');
    const zip = zipSync({ 'messages.csv': strToU8(HEAD + rows) }, { level: 0 });
    const { chunks, pulled, total } = upload(zip, 500);
    await expect(readCsvFiles(chunks, [MESSAGES], { ...EXPORT_LIMITS, fileBytes: 1000 })).rejects.toMatchObject({
      code: 'invalid_import', message: expect.stringContaining('messages.csv') as unknown as string,
    });
    expect(total).toBeGreaterThan(20);
    expect(pulled()).toBeLessThan(10);
  });
});
