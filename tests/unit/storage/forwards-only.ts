import { afterEach, beforeEach } from 'vitest';

/**
 * Within the calling describe block, IndexedDB as Firefox ESR has it: no getAllRecords(), so no
 * getAll options to read an index backwards (newest.ts falls back to cursors and whole ranges).
 */
export function forwardsOnly(): void {
  let saved: PropertyDescriptor | undefined;
  beforeEach(() => {
    saved = Object.getOwnPropertyDescriptor(IDBIndex.prototype, 'getAllRecords');
    Object.defineProperty(IDBIndex.prototype, 'getAllRecords', { value: undefined, configurable: true });
  });
  afterEach(() => {
    if (saved) Object.defineProperty(IDBIndex.prototype, 'getAllRecords', saved);
  });
}
