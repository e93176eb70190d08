/** Longest stretch of synchronous work before handing the service worker's thread back. */
export const SLICE_BUDGET_MS = 50;

/**
 * One macrotask, so that the worker's other messages run. Not setTimeout: a timeout set from a
 * timeout's own continuation is clamped to 4 ms after five levels (HTML timers, "nesting level"),
 * and an import yields every 10 ms: 40 % of its parsing time spent idle. A message is not clamped.
 */
export function yieldToEventLoop(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface Slicer {
  /** Yields to the event loop once the current slice has run its budget. */
  maybeYield(): Promise<void>;
  /**
   * Inside a transaction, where yielding to the event loop would let it commit: once the slice
   * has run its budget, waits for `request` (one placed earlier in this slice, so the database
   * still has the rest to work on) and goes on in its success event, where the transaction is
   * still active. A failed request rejects, and its transaction aborts.
   */
  maybeWaitFor(request: IDBRequest): Promise<void>;
}

/**
 * Call `maybeYield()` between small units of work: it yields once the current slice has run
 * 10 ms, leaving room for one more unit (an 8 KB inflate, a 128 KB CSV chunk) and a garbage
 * collection inside 50 ms.
 */
export function createSlicer(budgetMs = SLICE_BUDGET_MS * 0.2): Slicer {
  let sliceStart = performance.now();
  const due = (): boolean => performance.now() - sliceStart >= budgetMs;
  return {
    async maybeYield() {
      if (!due()) return;
      await yieldToEventLoop();
      sliceStart = performance.now();
    },
    async maybeWaitFor(request) {
      if (!due()) return;
      await settled(request);
      sliceStart = performance.now();
    },
  };
}

function settled(request: IDBRequest): Promise<void> {
  if (request.readyState === 'done') return request.error ? Promise.reject(request.error) : Promise.resolve();
  return new Promise((resolve, reject) => {
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: a request fires success or error once, so a listener runs once either way
    request.addEventListener('success', () => resolve(), { once: true });
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: a request fires success or error once, so a listener runs once either way
    request.addEventListener('error', () => reject(request.error), { once: true });
  });
}
