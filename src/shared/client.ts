import browser from 'webextension-polyfill';
import { bytesToBase64, IMPORT_CHUNK_BYTES } from './base64';
import {
  LINKEDIN_IMPORT_PORT,
  type ImportPortMessage,
  type ImportPortReply,
  type LinkedInImportSummary,
  type RequestOf,
  type RequestType,
  type ResponseError,
  type ResponseOf,
} from './protocol';

function disconnected(err: unknown): { ok: false; error: ResponseError } {
  const message = err instanceof Error ? err.message : 'the extension did not answer';
  return { ok: false, error: { code: 'disconnected', message } };
}

function isResponse(value: unknown): value is { ok: boolean } {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * Sends one request to the background. Never throws: after an extension update or reload the old
 * content script's context is dead ("Extension context invalidated"), which comes back as
 * `{ ok: false, error: { code: 'disconnected' } }`.
 */
export async function send<T extends RequestType>(req: RequestOf<T>): Promise<ResponseOf<T>> {
  try {
    const response: unknown = await browser.runtime.sendMessage(req);
    return isResponse(response) ? (response as ResponseOf<T>) : disconnected(null);
  } catch (err) {
    return disconnected(err);
  }
}

export type LinkedInImportResult = { ok: true; summary: LinkedInImportSummary } | { ok: false; error: ResponseError };

/** Streams a LinkedIn data-export ZIP to the background and reports its progress until it is done. */
export function importLinkedInExport(
  zip: Uint8Array,
  onProgress: (progress: Extract<ImportPortReply, { type: 'progress' }>) => void,
): Promise<LinkedInImportResult> {
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
    // One chunk per task: encoding and posting a 10 MB file at once held the page for most of a second.
    const upload = async (): Promise<void> => {
      for (let offset = 0; offset < zip.length && !settled; offset += IMPORT_CHUNK_BYTES) {
        post({ type: 'chunk', data: bytesToBase64(zip.subarray(offset, offset + IMPORT_CHUNK_BYTES)) });
        onProgress({ type: 'progress', phase: 'upload', done: Math.min(zip.length, offset + IMPORT_CHUNK_BYTES), total: zip.length });
        await new Promise((next) => setTimeout(next, 0));
      }
      if (!settled) post({ type: 'end' });
    };
    void upload();
  });
}
