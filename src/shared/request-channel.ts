import browser, { type Runtime } from 'webextension-polyfill';
import { REQUEST_PORT, type RequestOf, type RequestType, type Response, type ResponseOf } from './protocol';
import { disconnected } from './send';

export interface RequestChannel {
  send<T extends RequestType>(req: RequestOf<T>): Promise<ResponseOf<T>>;
}

/**
 * Requests over one port to the background (REQUEST_PORT in protocol.ts), for a page that may be
 * closed at any moment, such as the popup saving a note as it closes: nothing of the browser's is
 * left pending when the page goes. The port opens on the first request and again after the worker
 * dropped it; a request the port could not carry answers `disconnected`, like send().
 */
export function requestChannel(): RequestChannel {
  let port: Runtime.Port | null = null;
  let seq = 0;
  const waiting = new Map<number, (response: Response) => void>();

  const open = (): Runtime.Port => {
    if (port) return port;
    const opened = browser.runtime.connect({ name: REQUEST_PORT });
    opened.onMessage.addListener((message: unknown) => {
      const { seq: answered, response } = message as { seq: number; response: Response };
      waiting.get(answered)?.(response);
      waiting.delete(answered);
    });
    opened.onDisconnect.addListener(() => {
      port = null;
      for (const resolve of waiting.values()) resolve(disconnected(null));
      waiting.clear();
    });
    port = opened;
    return opened;
  };

  return {
    send<T extends RequestType>(req: RequestOf<T>): Promise<ResponseOf<T>> {
      return new Promise((resolve) => {
        seq += 1;
        const id = seq;
        waiting.set(id, resolve as (response: Response) => void);
        try {
          open().postMessage({ seq: id, request: req });
        } catch (err) {
          waiting.delete(id);
          resolve(disconnected(err));
        }
      });
    },
  };
}
