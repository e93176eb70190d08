import { unwrap, wrap, type IDBPIndex, type IndexNames, type StoreNames } from 'idb';
import type { InteractionRecord, RapportSchema } from './schema';

type InteractionIndex<S extends ArrayLike<StoreNames<RapportSchema>>, I extends IndexNames<RapportSchema, 'interactions'>> = IDBPIndex<
  RapportSchema,
  S,
  'interactions',
  I,
  IDBTransactionMode
>;

/** getAll/getAllKeys with a direction (IndexedDB 3.0's IDBGetAllOptions): not in TypeScript's DOM types yet. */
interface GetAllOptions {
  query: IDBKeyRange;
  count: number;
  direction: 'prev';
}
interface IndexWithOptions {
  getAll(options: GetAllOptions): IDBRequest<InteractionRecord[]>;
  getAllKeys(options: GetAllOptions): IDBRequest<number[]>;
}

/**
 * Whether `index` takes getAll's options dictionary, which reads the newest records of a range
 * in one request. Chromium ships it since 141 with getAllRecords(), which the spec names as its
 * feature test; Firefox ESR does not have it yet, and would read the dictionary as a key.
 */
export function asksNewestFirst(index: { readonly name: string }): boolean {
  return typeof (unwrap(index as never) as { getAllRecords?: unknown }).getAllRecords === 'function';
}

/**
 * The newest `count` records of `range`, newest first (index order, then primary key, reversed).
 * One request where the browser can read backwards; elsewhere a cursor stepping back `count` times.
 */
export async function newestRecords<S extends ArrayLike<StoreNames<RapportSchema>>, I extends IndexNames<RapportSchema, 'interactions'>>(
  index: InteractionIndex<S, I>,
  range: IDBKeyRange,
  count: number,
): Promise<InteractionRecord[]> {
  if (count <= 0) return [];
  // Stryker disable next-line ConditionalExpression,BlockStatement: which read to make, not what it finds (both reads give the newest first; newest-none and context-recent-sends test each)
  if (asksNewestFirst(index)) {
    const raw = unwrap(index) as unknown as IndexWithOptions;
    return wrap(raw.getAll({ query: range, count, direction: 'prev' }));
  }
  const out: InteractionRecord[] = [];
  let cursor = await index.openCursor(range, 'prev');
  while (cursor && out.length < count) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

/**
 * The primary keys of the newest `count` records of `range`, newest first. Elsewhere, every key
 * of the range in one request, of which the newest are kept: keys are small, and one request
 * beats `count` cursor steps.
 */
export async function newestKeys<S extends ArrayLike<StoreNames<RapportSchema>>, I extends IndexNames<RapportSchema, 'interactions'>>(
  index: InteractionIndex<S, I>,
  range: IDBKeyRange,
  count: number,
): Promise<number[]> {
  if (count <= 0) return [];
  // Stryker disable next-line ConditionalExpression,BlockStatement: which read to make, not what it finds (both reads give the newest first; newest-none and context-recent-sends test each)
  if (asksNewestFirst(index)) {
    const raw = unwrap(index) as unknown as IndexWithOptions;
    return wrap(raw.getAllKeys({ query: range, count, direction: 'prev' }));
  }
  return (await index.getAllKeys(range)).slice(-count).reverse();
}
