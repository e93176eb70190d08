import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openRapportDb, type OpenOptions, type RapportDb } from '../../../src/storage/open';

/** A brand-new, empty IndexedDB for each test: no state leaks between tests. */
export function resetIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}

export async function freshDb(options: OpenOptions = {}): Promise<RapportDb> {
  resetIndexedDb();
  return openRapportDb(options);
}
