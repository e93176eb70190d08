import type { RequestOf, RequestType, ResponseOf } from '../shared/protocol';
import { requestChannel } from '../shared/request-channel';

/**
 * One port to the background per frame, opened by the first request (request-channel.ts). A user
 * closes a LinkedIn tab whenever they like, often while a request is on its way (a received message
 * recorded, the person's history read): over runtime.sendMessage, Firefox logged each of those as an
 * add-on error ("Promise rejected after context unloaded"). Never throws; `disconnected` once the
 * extension was reloaded or removed under the tab.
 */
const channel = requestChannel();

/**
 * Chrome closes a page's extension ports when it enters the back/forward cache, and the page it
 * restores on Back is never told (https://developer.chrome.com/blog/bfcache-extension-messaging-changes):
 * its requests would go out on a dead port and wait for ever. A restored page gets a new port.
 */
export function reopenOnRestore(signal: AbortSignal): void {
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) channel.reopen();
  }, { signal });
}

export function send<T extends RequestType>(req: RequestOf<T>): Promise<ResponseOf<T>> {
  return channel.send(req);
}
