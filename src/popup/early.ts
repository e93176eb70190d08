import { send } from '../shared/client';
import type { RequestOf, ResponseOf } from '../shared/protocol';

type Early = 'stats.month' | 'contacts.reconnect';
const started = new Map<Early, Promise<unknown>>();

/**
 * Sends the "everyone" view's requests while the popup is still asking the tab what is on screen:
 * the service worker answers them in the meantime, and the view paints with data on its first frame.
 */
export function startEarly(): void {
  started.set('stats.month', send<'stats.month'>({ type: 'stats.month' }));
  started.set('contacts.reconnect', send<'contacts.reconnect'>({ type: 'contacts.reconnect' }));
}

/** The answer started early, once; later calls (the view shown again) ask afresh. */
export function early<T extends Early>(type: T): Promise<ResponseOf<T>> {
  const pending = started.get(type) as Promise<ResponseOf<T>> | undefined;
  started.delete(type);
  return pending ?? send<T>({ type } as RequestOf<T>);
}
