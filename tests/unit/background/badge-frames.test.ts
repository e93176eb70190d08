import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BadgeBoard } from '../../../src/background/badge-board';
import type { MessageSender } from '../../../src/background/sender';
import type { RapportDb } from '../../../src/storage/open';
import { FROM_LINKEDIN, FROM_LINKEDIN_IFRAME, fakeDeps, openRequestPort, type TestDeps } from './fake-deps';
import { data } from './ask';

// Tuesday 1 December 2026, 10:00 UTC.
const TUESDAY = Date.UTC(2026, 11, 1, 10);
const DAY = 86_400_000;

let deps: TestDeps;
beforeEach(async () => {
  deps = fakeDeps(TUESDAY);
  // One contact due on a monthly cadence: without a draft, the badge says 1 (cadence).
  await data(deps, { type: 'contact.seen', contact: { id: 'ana-popescu', name: 'Ana Popescu' } }, FROM_LINKEDIN);
  await data(deps, { type: 'interaction.record', contactId: 'ana-popescu', kind: 'sent', surface: 'message', text: 'Hi Ana, good to meet you.', at: TUESDAY - 40 * DAY }, FROM_LINKEDIN);
  await data(deps, { type: 'contact.update', contactId: 'ana-popescu', patch: { cadence: '1m' } });
});
afterEach(() => deps.provider.close());

const last = (): unknown => deps.badges[deps.badges.length - 1];

/** The database held until `release`: what the background asks of it waits, as a busy store would make it. */
function holdDatabase(): { release: () => void } {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const open = deps.db;
  deps.db = (): Promise<RapportDb> => held.then(open);
  return { release };
}

describe('the badge of a tab whose frames speak at once', () => {
  it("a messaging frame's draft keeps the badge though the top frame's refresh was asked first and answered last", async () => {
    const hold = holdDatabase();
    // The tab is shown again: the top frame (no draft) and the frame with the draft both speak.
    const top = data(deps, { type: 'badge.set', count: 0 }, FROM_LINKEDIN);
    const frame = data(deps, { type: 'badge.set', count: 2, focusedAt: TUESDAY - 5_000 }, FROM_LINKEDIN_IFRAME);
    hold.release();
    await Promise.all([top, frame]);
    expect(last()).toEqual({ tabId: 7, count: 2, kind: 'findings' });
  });

  it("the top frame's refresh after the draft's count does not hide it either", async () => {
    await data(deps, { type: 'badge.set', count: 2, focusedAt: TUESDAY - 5_000 }, FROM_LINKEDIN_IFRAME);
    await data(deps, { type: 'badge.set', count: 0 }, FROM_LINKEDIN);
    expect(last()).toEqual({ tabId: 7, count: 2, kind: 'findings' });
  });

  it('counts the draft focused last, whichever frame spoke last', async () => {
    await data(deps, { type: 'badge.set', count: 3, focusedAt: TUESDAY - 1_000 }, FROM_LINKEDIN);
    await data(deps, { type: 'badge.set', count: 1, focusedAt: TUESDAY - 9_000 }, FROM_LINKEDIN_IFRAME);
    expect(last()).toEqual({ tabId: 7, count: 3, kind: 'findings' });
    // The focused draft is fixed: the badge says the reminders, not the other frame's older draft.
    await data(deps, { type: 'badge.set', count: 0, focusedAt: TUESDAY - 1_000 }, FROM_LINKEDIN);
    expect(last()).toEqual({ tabId: 7, count: 1, kind: 'cadence' });
  });

  it("a draft closed in its frame leaves the badge to the reminders", async () => {
    await data(deps, { type: 'badge.set', count: 2, focusedAt: TUESDAY - 5_000 }, FROM_LINKEDIN_IFRAME);
    await data(deps, { type: 'badge.set', count: 0 }, FROM_LINKEDIN_IFRAME);
    expect(last()).toEqual({ tabId: 7, count: 1, kind: 'cadence' });
  });

  it("keeps tabs apart: one tab's draft is not another's badge", async () => {
    const otherTab: MessageSender = { ...FROM_LINKEDIN, tab: { id: 8 } };
    await data(deps, { type: 'badge.set', count: 2, focusedAt: TUESDAY - 5_000 }, FROM_LINKEDIN_IFRAME);
    await data(deps, { type: 'badge.set', count: 0 }, otherTab);
    expect(last()).toEqual({ tabId: 8, count: 1, kind: 'cadence' });
  });

  it('a frame whose port closed is forgotten, and the badge moves on when it held the counted draft', async () => {
    const { deliver, drop } = openRequestPort(FROM_LINKEDIN_IFRAME, deps);
    deliver({ seq: 1, request: { type: 'badge.set', count: 2, focusedAt: TUESDAY - 5_000 } });
    await expect.poll(last).toEqual({ tabId: 7, count: 2, kind: 'findings' });
    drop();
    await expect.poll(last).toEqual({ tabId: 7, count: 1, kind: 'cadence' });
    await data(deps, { type: 'badge.set', count: 0 }, FROM_LINKEDIN);
    expect(last()).toEqual({ tabId: 7, count: 1, kind: 'cadence' });
  });
});

describe('BadgeBoard', () => {
  it('runs the writes of one tab one after another, in the order asked, a failed one not stopping the next', async () => {
    const board = new BadgeBoard();
    const order: string[] = [];
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = board.serialise(1, async () => {
      await held;
      order.push('first');
      throw new Error('setBadge failed');
    });
    const second = board.serialise(1, async () => {
      order.push('second');
    });
    const otherTab = board.serialise(2, async () => {
      order.push('other tab');
    });
    await otherTab;
    expect(order).toEqual(['other tab']);
    release();
    await expect(first).rejects.toThrow('setBadge failed');
    await second;
    expect(order).toEqual(['other tab', 'first', 'second']);
  });

  it('breaks a tie between two drafts focused in the same millisecond by the later report', () => {
    const board = new BadgeBoard();
    board.report(1, 0, { count: 4, focusedAt: 100 });
    board.report(1, 5, { count: 2, focusedAt: 100 });
    expect(board.findings(1)).toBe(2);
    board.report(1, 0, { count: 3, focusedAt: 100 });
    expect(board.findings(1)).toBe(3);
    expect(board.forget(1, 5)).toBe(false);
    expect(board.forget(1, 0)).toBe(true);
    expect(board.findings(1)).toBe(0);
  });
});
