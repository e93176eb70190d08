import browser from 'webextension-polyfill';
import { bytesToBase64, IMPORT_CHUNK_BYTES } from './base64';
import {
  LINKEDIN_IMPORT_MAX_BYTES,
  LINKEDIN_IMPORT_PORT,
  tooLargeForLinkedInExport,
  type ImportPortMessage,
  type ImportPortReply,
  type LinkedInImportSummary,
  type ResponseError,
} from './protocol';
import { disconnected } from './send';

export { send } from './send';

export type LinkedInImportResult = { ok: true; summary: LinkedInImportSummary } | { ok: false; error: ResponseError };

/**
 * Streams a LinkedIn data-export ZIP to the background and reports its progress until it is done.
 * The file is read a chunk at a time, never whole, and reading and posting stop as soon as the
 * background answers with an error or goes away.
 */
export function importLinkedInExport(
  file: Pick<Blob, 'size' | 'slice'>,
  onProgress: (progress: Extract<ImportPortReply, { type: 'progress' }>) => void,
): Promise<LinkedInImportResult> {
  if (file.size > LINKEDIN_IMPORT_MAX_BYTES) return Promise.resolve({ ok: false, error: { code: 'invalid_request', message: tooLargeForLinkedInExport(file.size) } });
  return new Promise((resolve) => {
    let port: browser.Runtime.Port;
    try {
      port = browser.runtime.connect({ name: LINKEDIN_IMPORT_PORT });
    } catch (err) {
      resolve(disconnected(err));
      return;
    }
    let settled = false;
    const finish = (result: LinkedInImportResult): void => {
      if (settled) return;
      settled = true;
      port.disconnect();
      resolve(result);
    };
    port.onMessage.addListener((message: unknown) => {
      const reply = message as ImportPortReply;
      if (reply.type === 'progress') onProgress(reply);
      else if (reply.type === 'done') finish({ ok: true, summary: reply.summary });
      else if (reply.type === 'error') finish({ ok: false, error: reply.error });
    });
    port.onDisconnect.addListener(() => finish(disconnected(null)));
    const post = (message: ImportPortMessage): void => port.postMessage(message);
    const upload = async (): Promise<void> => {
      for (let offset = 0; offset < file.size; offset += IMPORT_CHUNK_BYTES) {
        const bytes = new Uint8Array(await file.slice(offset, offset + IMPORT_CHUNK_BYTES).arrayBuffer());
        if (settled) return;
        post({ type: 'chunk', data: bytesToBase64(bytes) });
        onProgress({ type: 'progress', phase: 'upload', done: Math.min(file.size, offset + IMPORT_CHUNK_BYTES), total: file.size });
        // A task boundary, so that a refusal the port has delivered meanwhile is seen before the next chunk.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      if (!settled) post({ type: 'end' });
    };
    upload().catch((err: unknown) => finish(disconnected(err)));
  });
}
