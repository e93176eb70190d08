/**
 * Bytes per chunk posted over the LinkedIn import port (base64 of this is ~44 KB). One chunk is
 * one task on the options page: at 128 KB, its encoding and the port's serialising took about
 * 10 ms of CPU, which a loaded machine stretched past 50 ms (issue 11's longest task, while
 * "Reading the file"); a quarter of that leaves room.
 */
export const IMPORT_CHUNK_BYTES = 32 * 1024;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  // String.fromCharCode takes its arguments on the stack: feed it slices. `apply` takes the typed
  // array as it is; spreading it goes through its iterator, 20x slower (536 ms per MB in Chromium).
  for (let i = 0; i < bytes.length; i += 0x8000) parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000) as unknown as number[]));
  return btoa(parts.join(''));
}

/** Throws on text that is not base64 (atob's DOMException). */
export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
