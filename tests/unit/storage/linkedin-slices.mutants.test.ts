import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSlicer, SLICE_BUDGET_MS, yieldToEventLoop } from '../../../src/storage/linkedin-export/slices';

/** Whether `promise` is still pending after many microtasks: it waits for a macrotask. */
async function waitsForATask(promise: Promise<void>): Promise<boolean> {
  let settled = false;
  const watched = promise.then(() => {
    settled = true;
  });
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
  const waited = !settled;
  await watched;
  return waited;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('slices of the import', () => {
  it('by default a slice lasts a fifth of the 50 ms budget', async () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const slicer = createSlicer();
    clock = SLICE_BUDGET_MS * 0.2 - 1;
    expect(await waitsForATask(slicer.maybeYield())).toBe(false);
    clock = SLICE_BUDGET_MS * 0.2;
    expect(await waitsForATask(slicer.maybeYield())).toBe(true);
  });

  it('hands the thread back through a task, with a timeout where there is no MessageChannel', async () => {
    expect(await waitsForATask(yieldToEventLoop())).toBe(true);
    vi.stubGlobal('MessageChannel', undefined);
    expect(await waitsForATask(yieldToEventLoop())).toBe(true);
  });
});

/** A stand-in for an IDBRequest that the test settles. */
function request(readyState: 'pending' | 'done' = 'pending', error: DOMException | null = null) {
  const target = Object.assign(new EventTarget(), { readyState, error });
  const settle = (failure: DOMException | null): void => {
    Object.assign(target, { readyState: 'done', error: failure });
    target.dispatchEvent(new Event(failure ? 'error' : 'success'));
  };
  return { request: target as unknown as IDBRequest, succeed: () => settle(null), fail: (e: DOMException) => settle(e) };
}

/** Whether `promise` has settled after many microtasks (and how), without waiting for it past them. */
async function outcome(promise: Promise<void>): Promise<'pending' | 'resolved' | 'rejected'> {
  let state: 'pending' | 'resolved' | 'rejected' = 'pending';
  promise.then(() => (state = 'resolved'), () => (state = 'rejected'));
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
  return state;
}

describe('a slice inside a transaction (maybeWaitFor)', () => {
  it('goes on at once within its budget; past it, waits for the request, then starts a new slice', async () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const slicer = createSlicer(10);
    clock = 9;
    expect(await outcome(slicer.maybeWaitFor(request().request))).toBe('resolved');
    clock = 10;
    const first = request();
    const waiting = slicer.maybeWaitFor(first.request);
    expect(await outcome(waiting)).toBe('pending');
    clock = 12;
    first.succeed();
    expect(await outcome(waiting)).toBe('resolved');
    clock = 21;
    expect(await outcome(slicer.maybeWaitFor(request().request))).toBe('resolved');
  });

  it('rejects with the error of a request that failed, whether it fails while waited for or had already', async () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const slicer = createSlicer(10);
    clock = 10;
    const failing = request();
    const waiting = slicer.maybeWaitFor(failing.request);
    const refused = new DOMException('refused', 'ConstraintError');
    failing.fail(refused);
    await expect(waiting).rejects.toBe(refused);
    clock = 20;
    await expect(slicer.maybeWaitFor(request('done', refused).request)).rejects.toBe(refused);
    clock = 30;
    expect(await outcome(slicer.maybeWaitFor(request('done').request))).toBe('resolved');
  });
});
