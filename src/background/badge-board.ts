/** What one frame of a tab last said about its draft (badge.set). */
export interface FrameReport {
  /** findings of the frame's draft; 0 without one */
  count: number;
  /** when the frame's draft last took the focus (ms since the epoch); null: the frame holds no draft */
  focusedAt: number | null;
}

interface Held extends FrameReport {
  /** arrival order, for two drafts focused in the same millisecond */
  order: number;
}

/**
 * The frames of each LinkedIn tab and what each last said, so the toolbar's one number does not
 * depend on which frame spoke last: a messaging iframe with a draft and the top frame refreshing
 * the reminders talk at the same moments (the tab shown again, midnight), and a reminder read from
 * the database finishes after a draft's count. The badge counts the findings of the draft that took
 * the focus last, in whichever frame; without one, the reminders.
 *
 * Kept in the worker's memory, for as long as the frames' ports: a stopped worker has closed them
 * all, and each frame says its count again when the tab is next shown, a day turns or the popup
 * asks.
 */
export class BadgeBoard {
  private readonly tabs = new Map<number, Map<number, Held>>();
  private readonly queues = new Map<number, Promise<void>>();
  private arrivals = 0;

  report(tabId: number, frameId: number, report: FrameReport): void {
    let frames = this.tabs.get(tabId);
    if (!frames) this.tabs.set(tabId, (frames = new Map()));
    this.arrivals += 1;
    frames.set(frameId, { ...report, order: this.arrivals });
  }

  /** The frame is gone (its port closed): true when its draft was the one counted. */
  forget(tabId: number, frameId: number): boolean {
    const frames = this.tabs.get(tabId);
    if (!frames) return false;
    const counted = this.focusedFrame(frames) === frameId;
    frames.delete(frameId);
    // Stryker disable next-line ConditionalExpression: an emptied tab kept only holds memory; forget and findings read it as no tab
    if (frames.size === 0) this.tabs.delete(tabId);
    return counted;
  }

  /** The findings of the tab's most recently focused draft; 0 when no frame holds one. */
  findings(tabId: number): number {
    const frames = this.tabs.get(tabId);
    const frame = frames && this.focusedFrame(frames);
    // Stryker disable next-line ConditionalExpression,OptionalChaining: a frame focusedFrame found is one of frames
    return frame === undefined ? 0 : frames?.get(frame)?.count ?? 0;
  }

  /**
   * Runs `show` after every earlier one of the same tab has finished, so the badge's writes land in
   * the order they were asked for and the last one reads the board as the frames left it.
   */
  serialise(tabId: number, show: () => Promise<void>): Promise<void> {
    const run = (this.queues.get(tabId) ?? Promise.resolve()).then(show);
    const settled = run.catch(() => undefined);
    this.queues.set(tabId, settled);
    // Stryker disable next-line BlockStatement: dropping a finished queue only frees memory; a write asked later then starts at once either way
    void settled.then(() => {
      if (this.queues.get(tabId) === settled) this.queues.delete(tabId);
    });
    return run;
  }

  private focusedFrame(frames: ReadonlyMap<number, Held>): number | undefined {
    let best: number | undefined;
    let at = -Infinity;
    // Stryker disable next-line UnaryOperator: order is compared only between equal focus times, which the start (-Infinity) never is
    let order = -1;
    for (const [frameId, held] of frames) {
      if (held.focusedAt === null || held.focusedAt < at || (held.focusedAt === at && held.order < order)) continue;
      best = frameId;
      at = held.focusedAt;
      order = held.order;
    }
    return best;
  }
}
