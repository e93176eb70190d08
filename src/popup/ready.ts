/**
 * The moment the popup first shows something worth reading, as a User Timing mark: DevTools
 * shows it, and the benchmark reads it.
 */
export function markReady(): void {
  if (performance.getEntriesByName('rapport:ready').length === 0) performance.mark('rapport:ready');
}
