import { extensionApi as browser } from './extension-api';
import type { RequestOf, RequestType, ResponseError, ResponseOf } from './protocol';

// Apart from client.ts so that the content script's request channel (request-channel.ts) takes
// disconnected() without bundling the protocol's schemas.
export function disconnected(err: unknown): { ok: false; error: ResponseError } {
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
