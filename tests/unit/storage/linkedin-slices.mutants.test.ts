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
