import type { IDBPIndex, StoreNames } from 'idb';
import { newestRecords } from './newest';
import { INTERACTION_KINDS, type InteractionKind, type InteractionRecord, type RapportSchema } from './schema';

/**
 * Every interaction of one (canonical) contact, through the [contactId, kind, at] index: kind by
 * kind, each oldest first. `[id]` sorts before every longer key of that id, and an array after
 * every string, so no kind is missed.
 */
export function ofContact(contactId: string): IDBKeyRange {
  // Stryker disable next-line ArrayDeclaration: [id, []] and [id, [any]] bound the same keys, whose second part is always a kind (a string)
  return IDBKeyRange.bound([contactId], [contactId, []]);
}

/** One contact's interactions of one kind, between two times (inclusive unless told), through [contactId, kind, at]. */
export function ofKind(contactId: string, kind: InteractionKind, from = -Infinity, to = Infinity, open = false): IDBKeyRange {
  return IDBKeyRange.bound([contactId, kind, from], [contactId, kind, to], open, open);
}

/**
 * The newest `limit` interactions of a contact, of any kind: the newest `limit` of each kind at
 * once (the index orders a contact's by kind first), merged; the same instant, the later recorded
 * first. One request per kind where the browser reads an index backwards (newest.ts).
 */
export async function newestOfContact<S extends ArrayLike<StoreNames<RapportSchema>>>(
  index: IDBPIndex<RapportSchema, S, 'interactions', 'contactId_kind_at', IDBTransactionMode>,
  contactId: string,
  limit: number,
): Promise<InteractionRecord[]> {
  const perKind = await Promise.all(INTERACTION_KINDS.map((kind) => newestRecords(index, ofKind(contactId, kind), limit)));
  return perKind.flat().sort(newestFirst).slice(0, Math.max(0, limit));
}

function newestFirst(a: InteractionRecord, b: InteractionRecord): number {
  return b.at - a.at || (b.id ?? 0) - (a.id ?? 0);
}
