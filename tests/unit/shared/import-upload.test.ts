import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IMPORT_CHUNK_BYTES } from '../../../src/shared/base64';
import { LINKEDIN_IMPORT_MAX_BYTES, type ImportPortReply } from '../../../src/shared/protocol';

/** A runtime.Port whose background side is scripted by `onPost`. */
function fakePort(onPost: (message: { type: string }, reply: (r: ImportPortReply) => void) => void) {
  const listeners: ((m: unknown) => void)[] = [];
  const posted: { type: string }[] = [];
  const port = {
    posted,
    postMessage: (message: { type: string }) => {
      posted.push(message);
      // The background answers asynchronously, as a real port delivers.
      onPost(message, (r) => setTimeout(() => listeners.forEach((l) => l(r)), 0));
    },
    disconnect: vi.fn(),
    onMessage: { addListener: (l: (m: unknown) => void) => listeners.push(l) },
    onDisconnect: { addListener: vi.fn() },
  };
  return port;
}

let port: ReturnType<typeof fakePort>;
const connect = vi.fn(() => port);
vi.mock('webextension-polyfill', () => ({ default: { runtime: { connect } } }));
const { importLinkedInExport } = await import('../../../src/shared/client');

/** A Blob-like file that counts how much of it was read. */
function countingFile(size: number) {
  const file = {
    size,
    read: 0,
    slice(start = 0, end = size) {
      const length = Math.max(0, Math.min(end, size) - start);
      file.read += length;
      return new Blob([new Uint8Array(length)]);
    },
  };
  return file;
}

beforeEach(() => {
  connect.mockClear();
});

describe('uploading a LinkedIn export from the options page', () => {
  it('a file past the limit is refused before any of it is read or posted', async () => {
    port = fakePort(() => undefined);
    const file = countingFile(LINKEDIN_IMPORT_MAX_BYTES + 1);
    const result = await importLinkedInExport(file, () => undefined);
    expect(result).toEqual({ ok: false, error: { code: 'invalid_request', message: 'This file is too large for a LinkedIn export (257 MB; at most 256 MB).' } });
    expect(file.read).toBe(0);
    expect(connect).not.toHaveBeenCalled();
  });

  it('stops reading and posting chunks once the background refuses', async () => {
    port = fakePort((message, reply) => {
      if (message.type === 'chunk') reply({ type: 'error', error: { code: 'invalid_request', message: 'no' } });
    });
    const file = countingFile(20 * IMPORT_CHUNK_BYTES);
    const result = await importLinkedInExport(file, () => undefined);
    expect(result).toMatchObject({ ok: false, error: { message: 'no' } });
    expect(port.posted.length).toBeLessThanOrEqual(2);
    expect(port.posted.some((m) => m.type === 'end')).toBe(false);
    expect(file.read).toBeLessThanOrEqual(2 * IMPORT_CHUNK_BYTES);
  });

  it('posts every chunk and then end when all goes well', async () => {
    port = fakePort((message, reply) => {
      if (message.type === 'end') reply({ type: 'done', summary: { connections: 0, invitations: 0, messages: 0, contactsAdded: 0, contactsUpdated: 0, interactionsAdded: 0, joined: 0, added: 0, byName: 0, skippedRows: 0, skipped: { noProfile: 0, memberUrn: 0, draft: 0, noDate: 0, noRecipient: 0 }, repairedFields: 0, me: null, resumedRows: 0 } });
    });
    const result = await importLinkedInExport(countingFile(3 * IMPORT_CHUNK_BYTES + 5), () => undefined);
    expect(result.ok).toBe(true);
    expect(port.posted.map((m) => m.type)).toEqual(['chunk', 'chunk', 'chunk', 'chunk', 'end']);
  });
});
