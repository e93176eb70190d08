import type Browser from 'webextension-polyfill';
import { extensionApi as browser } from './extension-api';
import type { Request, RequestOf, RequestType, Response, ResponseOf } from './protocol';
import { REQUEST_PORT } from './request-port-name';
import { disconnected } from './send';

export interface RequestChannel {
  send<T extends RequestType>(req: RequestOf<T>): Promise<ResponseOf<T>>;
  /**
   * The port may be dead without a word: leave it, and post every unanswered request on a new one.
   * Chrome closes the ports of a page that enters the back/forward cache and, when Back restores it,
   * neither fires onDisconnect nor throws on postMessage: what is posted there goes nowhere.
   */
  reopen(): void;
}

interface Waiting {
  request: Request;
  resolve: (response: Response) => void;
  /** posted again already, on the port after the one that dropped it */
  again: boolean;
}

/**
 * Requests over one port to the background (REQUEST_PORT in protocol.ts), for a page that may be
 * closed at any moment: the popup saving a note as it closes, a LinkedIn tab closed while its
 * content script records what it saw. Nothing of the browser's is left pending when the page goes.
 *
 * The port opens on the first request and again after the background dropped it: Chrome stops an
 * idle worker (an open port does not keep it alive) and closes its ports. A request the dropped port
 * left unanswered is posted once more on the next one, as runtime.sendMessage would have woken the
 * worker for it; every request sent this way is safe to repeat (reads, upserts, and records the store
 * deduplicates by time). A request no port can carry answers `disconnected`, like send(): once the
 * extension was reloaded or removed, connect throws "Extension context invalidated".
 */
export function requestChannel(): RequestChannel {
  let port: Browser.Runtime.Port | null = null;
  let seq = 0;
  const waiting = new Map<number, Waiting>();

  const post = (id: number, entry: Waiting): void => {
    try {
      open().postMessage({ seq: id, request: entry.request });
    } catch (err) {
      waiting.delete(id);
      entry.resolve(disconnected(err));
    }
  };

  const open = (): Browser.Runtime.Port => {
    if (port) return port;
    const opened = browser.runtime.connect({ name: REQUEST_PORT });
    opened.onMessage.addListener((message: unknown) => {
      const { seq: answered, response } = message as { seq: number; response: Response };
      waiting.get(answered)?.resolve(response);
      waiting.delete(answered);
    });
    opened.onDisconnect.addListener(() => {
      // A port reopen() left: what it carried was posted again on the next one.
      if (port !== opened) return;
      port = null;
      for (const [id, entry] of [...waiting]) {
        if (entry.again) {
          waiting.delete(id);
          entry.resolve(disconnected(null));
        } else {
          entry.again = true;
          post(id, entry);
        }
      }
    });
    port = opened;
    return opened;
  };

  return {
    send<T extends RequestType>(req: RequestOf<T>): Promise<ResponseOf<T>> {
      return new Promise((resolve) => {
        seq += 1;
        const entry: Waiting = { request: req as Request, resolve: resolve as (response: Response) => void, again: false };
        waiting.set(seq, entry);
        post(seq, entry);
      });
    },
    reopen(): void {
      const left = port;
      port = null;
      try {
        left?.disconnect();
      } catch {
        // Already closed by the browser, or the extension is gone: nothing of it to take down.
      }
      // The page left, not the worker: no request has used its second chance here.
      for (const [id, entry] of [...waiting]) post(id, entry);
    },
  };
}
