import type { FocusTracker } from './focus';

/** The next local midnight after `now`: when "due today" becomes "overdue" for the user. */
export function nextLocalMidnight(now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

/** The next midnight in UTC, when the stored due days (YYYY-MM-DD in UTC) move on. */
export function nextUtcMidnight(now: number): number {
  const d = new Date(now);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
}

// A second late is fine; it keeps the timer from firing a hair before the day turns.
const PAST_MIDNIGHT_MS = 1_000;

/**
 * Keeps the toolbar badge current without an alarm or a new permission: whenever this tab becomes
 * visible again, and at each midnight (local and UTC: the due days are stored in UTC) while the tab
 * stays open, the focus tracker says its count again and the background recomputes the rest.
 */
export function refreshBadgeOnTime(doc: Document, signal: AbortSignal, focus: FocusTracker, topFrame: boolean, now: () => number = Date.now): void {
  doc.addEventListener('visibilitychange', () => {
    if (doc.visibilityState === 'visible') focus.refresh(topFrame);
  }, { signal });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (): void => {
    const at = now();
    const next = Math.min(nextLocalMidnight(at), nextUtcMidnight(at)) + PAST_MIDNIGHT_MS;
    timer = setTimeout(() => {
      focus.refresh(topFrame);
      arm();
    }, next - at);
  };
  arm();
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
}
