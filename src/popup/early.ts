import { send } from '../shared/client';
import type { RequestOf, ResponseOf } from '../shared/protocol';
import { activePageState, type PageState } from './page-state';

type Early = 'stats.month' | 'contacts.reconnect';
const started = new Map<Early, Promise<unknown>>();
const arrived = new Map<Early, unknown>();
let pageState: Promise<PageState> | null = null;

function start<T extends Early>(type: T, pending: Promise<ResponseOf<T>>): void {
  started.set(type, pending);
  void pending.then((answer) => {
    if (started.get(type) === pending) arrived.set(type, answer);
  });
}

/**
 * Asks, as the popup's script starts and before its first frame, what the first useful paint needs:
 * what is on screen in the active tab, and the "everyone" view's month. A worker that has just
 * started opens the database for the first of them; the dormant ties (a read of every contact) are
 * asked for once the month's counts are in, so that they never hold up the first paint.
 */
export function startEarly(): void {
  pageState = activePageState();
  const month = send<'stats.month'>({ type: 'stats.month' });
  start('stats.month', month);
  start('contacts.reconnect', month.then(() => send<'contacts.reconnect'>({ type: 'contacts.reconnect' })));
}

/** The page state asked for early, once; later calls ask the tab afresh. */
export function earlyPageState(): Promise<PageState> {
  const pending = pageState;
  pageState = null;
  return pending ?? activePageState();
}

/**
 * Settles once the early month answer is here (or was never asked): the "everyone" view shown then
 * paints the month in its first frame. Takes nothing.
 */
export function earlyMonthSettled(): Promise<void> {
  return Promise.resolve(started.get('stats.month')).then(() => undefined);
}

/** The answer started early, once; later calls (the view shown again) ask afresh. */
export function early<T extends Early>(type: T): Promise<ResponseOf<T>> {
  const pending = started.get(type) as Promise<ResponseOf<T>> | undefined;
  started.delete(type);
  arrived.delete(type);
  return pending ?? send<T>({ type } as RequestOf<T>);
}

/**
 * The early answer when it is already here (taken, as early() takes it), so that a view shown after
 * it arrived paints it in its first frame instead of one effect later; undefined otherwise.
 */
export function earlyAnswer<T extends Early>(type: T): ResponseOf<T> | undefined {
  if (!arrived.has(type)) return undefined;
  const answer = arrived.get(type) as ResponseOf<T>;
  started.delete(type);
  arrived.delete(type);
  return answer;
}
