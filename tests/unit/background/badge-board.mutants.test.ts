import { describe, expect, it } from 'vitest';
import { BadgeBoard } from '../../../src/background/badge-board';

// The board's edges: a tab it never heard of, and the queue of badge writes once a write is done.

/** A `show` that runs until `finish` is called, recording when it starts and ends. */
function held(log: string[], name: string): { show: () => Promise<void>; finish: () => void } {
  let finish = (): void => undefined;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return {
    show: async () => {
      log.push(`${name} start`);
      await done;
      log.push(`${name} end`);
    },
    finish,
  };
}

const turn = async (): Promise<void> => {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
};

describe('a tab the board never heard of', () => {
  it('has no counted frame to forget, and no findings', () => {
    const board = new BadgeBoard();
    expect(board.forget(7, 0)).toBe(false);
    expect(board.findings(7)).toBe(0);
  });

  it('is unknown again once its last frame is forgotten', () => {
    const board = new BadgeBoard();
    board.report(7, 0, { count: 3, focusedAt: 100 });
    expect(board.forget(7, 0)).toBe(true);
    expect(board.forget(7, 0)).toBe(false);
    expect(board.findings(7)).toBe(0);
  });
});

describe('the draft a tab counts', () => {
  it('is none while its only frame holds no draft: forgetting that frame moves nothing', () => {
    const board = new BadgeBoard();
    board.report(7, 0, { count: 0, focusedAt: null });
    expect(board.forget(7, 0)).toBe(false);
  });

  it('is the one focused last, though the frame of an earlier focus spoke since', () => {
    const board = new BadgeBoard();
    board.report(7, 0, { count: 1, focusedAt: 100 });
    board.report(7, 3, { count: 5, focusedAt: 200 });
    // Frame 0's draft changes (its count), its focus still the older one.
    board.report(7, 0, { count: 2, focusedAt: 100 });
    expect(board.findings(7)).toBe(5);
    expect(board.forget(7, 0)).toBe(false);
    expect(board.findings(7)).toBe(5);
  });
});

describe('the badge writes of one tab', () => {
  it('a write asked after the first finished still waits for the second, which is still running', async () => {
    const board = new BadgeBoard();
    const log: string[] = [];
    const first = held(log, 'first');
    const second = held(log, 'second');
    const third = held(log, 'third');
    const one = board.serialise(1, first.show);
    const two = board.serialise(1, second.show);
    await turn();
    first.finish();
    await one;
    await turn();
    // The first is done and the second under way: the third must queue behind the second.
    const three = board.serialise(1, third.show);
    await turn();
    expect(log).toEqual(['first start', 'first end', 'second start']);
    second.finish();
    await two;
    await turn();
    third.finish();
    await three;
    expect(log).toEqual(['first start', 'first end', 'second start', 'second end', 'third start', 'third end']);
  });

  it('a write asked once all are done runs at once, even after one that failed', async () => {
    const board = new BadgeBoard();
    await expect(board.serialise(1, () => Promise.reject(new Error('no badge')))).rejects.toThrow('no badge');
    await turn();
    const log: string[] = [];
    const next = held(log, 'next');
    const running = board.serialise(1, next.show);
    await turn();
    expect(log).toEqual(['next start']);
    next.finish();
    await running;
  });
});
