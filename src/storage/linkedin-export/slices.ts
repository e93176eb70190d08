/** Longest stretch of synchronous work before handing the service worker's thread back. */
export const SLICE_BUDGET_MS = 50;

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Call `maybeYield()` between small units of work: it yields once the current slice has run
 * 10 ms, leaving room for one more unit (an 8 KB inflate, a 128 KB CSV chunk) and a garbage
 * collection inside 50 ms.
 */
export function createSlicer(budgetMs = SLICE_BUDGET_MS * 0.2): { maybeYield(): Promise<void> } {
  let sliceStart = performance.now();
  return {
    async maybeYield() {
      if (performance.now() - sliceStart < budgetMs) return;
      await yieldToEventLoop();
      sliceStart = performance.now();
    },
  };
}
