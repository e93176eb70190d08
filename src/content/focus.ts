import type { Finding, Surface } from '../rules/types';
import type { Recipient } from '../linkedin/types';
import { send } from './requests';

/** Which draft the findings describe, and whether the person's stored history was known then. */
export interface Analysed {
  length: number;
  withHistory: boolean;
}

/** What the popup and the toolbar badge learn about one coached composer. */
export interface CoachView {
  contact(): Recipient | null;
  surface(): Surface;
  findings(): readonly Finding[];
  /** null until the engine first ran on this composer. */
  analysed(): Analysed | null;
}

/**
 * The composer the user is writing in (or last wrote in) in this frame: the badge counts its
 * findings, whatever the display mode, and `page.state` describes it.
 */
export class FocusTracker {
  private focused: CoachView | null = null;
  /** when `focused` took the focus: the background counts the draft focused last, of all the tab's frames */
  private focusedAt: number | null = null;
  private shown: number | null = null;

  /** `announce`: where the count goes; the toolbar badge of a LinkedIn tab unless told otherwise. */
  constructor(private readonly announce: (count: number, focusedAt: number | null) => void = announceOnBadge, private readonly now: () => number = Date.now) {}

  current(): CoachView | null {
    return this.focused;
  }

  focus(view: CoachView): void {
    this.focused = view;
    this.focusedAt = this.now();
    // Another frame may have set the badge since: a focus always re-announces.
    this.shown = null;
    this.publish();
  }

  changed(view: CoachView): void {
    if (view === this.focused) this.publish();
  }

  gone(view: CoachView): void {
    if (view !== this.focused) return;
    this.focused = null;
    this.focusedAt = null;
    this.publish();
  }

  /**
   * Says the count again though it has not changed, for the background to recompute what it shows
   * without findings (promises past due, contacts due): the tab came back, a day turned, the popup
   * closed a promise. A frame without a draft speaks only when it is the tab's top frame: the
   * background keeps what every frame said, so a frame's "no draft here" does not hide another's.
   */
  refresh(topFrame: boolean): void {
    if (this.focused === null && !topFrame) return;
    this.shown = null;
    this.publish();
  }

  private publish(): void {
    const count = this.focused?.findings().length ?? 0;
    if (count === this.shown) return;
    this.shown = count;
    this.announce(count, this.focusedAt);
  }
}

function announceOnBadge(count: number, focusedAt: number | null): void {
  void send<'badge.set'>({ type: 'badge.set', count: Math.min(count, 9999), ...(focusedAt === null ? {} : { focusedAt }) });
}
