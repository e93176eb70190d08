import { describe, expect, it } from 'vitest';
import { nextLocalMidnight, nextUtcMidnight } from '../../../src/content/badge-refresh';
import { FocusTracker, type CoachView } from '../../../src/content/focus';

const view = (count: number): CoachView => ({
  contact: () => null,
  surface: () => 'message',
  findings: () => Array.from({ length: count }, () => ({ rule: 'early-pitch', severity: 'warning', start: 0, end: 1, message: 'm', suggestion: 's' }) as const),
  analysed: () => null,
});

describe('FocusTracker.refresh: the badge count said again for the background to recompute', () => {
  it('repeats an unchanged count, which publish alone would not', () => {
    const said: number[] = [];
    const focus = new FocusTracker((n) => said.push(n));
    const draft = view(2);
    focus.focus(draft);
    focus.changed(draft);
    expect(said).toEqual([2]);
    focus.refresh(false);
    expect(said).toEqual([2, 2]);
  });

  it('a frame without a draft speaks for the tab only when it is the top frame', () => {
    const said: number[] = [];
    const focus = new FocusTracker((n) => said.push(n));
    focus.refresh(false);
    expect(said).toEqual([]);
    focus.refresh(true);
    expect(said).toEqual([0]);
  });
});

describe('FocusTracker: when the draft took the focus, for the background to pick among frames', () => {
  it('says the time its draft was focused with every count, and none once the draft is gone', () => {
    const said: [number, number | null][] = [];
    const clock = { now: 1_000 };
    const focus = new FocusTracker((n, at) => said.push([n, at]), () => clock.now);
    const first = view(2);
    const second = view(1);
    focus.focus(first);
    clock.now = 5_000;
    focus.refresh(false);
    focus.focus(second);
    focus.gone(first);
    focus.gone(second);
    focus.refresh(true);
    expect(said).toEqual([[2, 1_000], [2, 1_000], [1, 5_000], [0, null], [0, null]]);
  });
});

describe('the next midnight', () => {
  it('local: the start of the next local day, however late today is', () => {
    const evening = new Date(2026, 11, 1, 23, 59, 30).getTime();
    expect(nextLocalMidnight(evening)).toBe(new Date(2026, 11, 2).getTime());
    expect(nextLocalMidnight(new Date(2026, 11, 31, 0, 0, 0).getTime())).toBe(new Date(2027, 0, 1).getTime());
  });

  it('UTC: the start of the next UTC day', () => {
    expect(nextUtcMidnight(Date.UTC(2026, 11, 1, 10))).toBe(Date.UTC(2026, 11, 2));
    expect(nextUtcMidnight(Date.UTC(2026, 11, 31, 23, 59, 59))).toBe(Date.UTC(2027, 0, 1));
  });
});
