import { beforeEach, describe, expect, it, vi } from 'vitest';

const mocks = vi.hoisted(() => ({
  send: vi.fn<(request: { type: string }) => Promise<unknown>>(),
  activePageState: vi.fn<() => Promise<unknown>>(),
}));
vi.mock('../../../src/shared/client', () => ({ send: mocks.send }));
vi.mock('../../../src/popup/page-state', () => ({ activePageState: mocks.activePageState }));

type EarlyModule = typeof import('../../../src/popup/early');

/** A promise settled from outside, to put the worker's answer where the test wants it in time. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => { resolve = r; });
  return { promise, resolve };
}

const flush = (): Promise<void> => new Promise((r) => setTimeout(r, 0));
const sentTypes = (): string[] => mocks.send.mock.calls.map(([request]) => request.type);

describe("the popup's early questions", () => {
  let early: EarlyModule;
  let month: ReturnType<typeof deferred<unknown>>;

  beforeEach(async () => {
    vi.resetModules();
    mocks.send.mockReset();
    mocks.activePageState.mockReset();
    month = deferred();
    // The first month question gets the answer the test releases; any later question is a fresh ask.
    let monthAsked = false;
    mocks.send.mockImplementation((request) => {
      if (request.type === 'stats.month' && !monthAsked) {
        monthAsked = true;
        return month.promise;
      }
      return Promise.resolve({ asked: request.type });
    });
    mocks.activePageState.mockResolvedValue({ tabId: 3, contact: null, surface: null, findings: [] });
    early = await import('../../../src/popup/early');
  });

  it("asks for the dormant ties only once the month's counts are in", async () => {
    early.startEarly();
    await flush();
    expect(sentTypes()).toEqual(['stats.month']);
    month.resolve({ sent: 4 });
    await flush();
    expect(sentTypes()).toEqual(['stats.month', 'contacts.reconnect']);
  });

  it('has no early answer before it arrives, and hands an arrived one over once', async () => {
    early.startEarly();
    expect(early.earlyAnswer('stats.month')).toBeUndefined();
    month.resolve({ sent: 4 });
    await flush();
    expect(early.earlyAnswer('stats.month')).toEqual({ sent: 4 });
    expect(early.earlyAnswer('stats.month')).toBeUndefined();
    // Taken once: the view shown again asks the worker afresh instead of repainting an old answer.
    await expect(early.early('stats.month')).resolves.toEqual({ asked: 'stats.month' });
    expect(sentTypes().filter((t) => t === 'stats.month')).toHaveLength(2);
  });

  it('hands the pending early question over once, then asks afresh', async () => {
    early.startEarly();
    const first = early.early('stats.month');
    month.resolve({ sent: 1 });
    await expect(first).resolves.toEqual({ sent: 1 });
    // The pending answer was taken by early(): it is not also offered as already arrived.
    expect(early.earlyAnswer('stats.month')).toBeUndefined();
    await expect(early.early('stats.month')).resolves.toEqual({ asked: 'stats.month' });
    expect(sentTypes().filter((t) => t === 'stats.month')).toHaveLength(2);
  });

  it('asks the worker itself when nothing was started early', async () => {
    await expect(early.early('contacts.reconnect')).resolves.toEqual({ asked: 'contacts.reconnect' });
    expect(early.earlyAnswer('contacts.reconnect')).toBeUndefined();
    await expect(early.earlyMonthSettled()).resolves.toBeUndefined();
  });

  it('settles the month only when its answer is in', async () => {
    early.startEarly();
    let settled = false;
    void early.earlyMonthSettled().then(() => { settled = true; });
    await flush();
    expect(settled).toBe(false);
    month.resolve({ sent: 2 });
    await flush();
    expect(settled).toBe(true);
  });

  it('uses the page state asked early once; later calls ask the tab again', async () => {
    early.startEarly();
    await expect(early.earlyPageState()).resolves.toMatchObject({ tabId: 3 });
    expect(mocks.activePageState).toHaveBeenCalledTimes(1);
    await early.earlyPageState();
    expect(mocks.activePageState).toHaveBeenCalledTimes(2);
  });
});
