import type { IDBPObjectStore, StoreNames } from 'idb';
import type { RapportSchema } from './schema';
import type { ContactRecord } from './schema';

type ContactStore = Pick<IDBPObjectStore<RapportSchema, StoreNames<RapportSchema>[], 'contacts', IDBTransactionMode>, 'get' | 'index'>;

/**
 * The record a LinkedIn id names: the contact whose canonical id it is, else the one that lists it
 * as an alias. Every read and write starts here, so a person seen by slug on their profile and by
 * member id in messaging is one record.
 */
export async function resolveIn(store: ContactStore, id: string): Promise<ContactRecord | undefined> {
  // Both requests at once: one round trip whichever way the id names the person.
  const [own, aliased] = await Promise.all([store.get(id), store.index('aliases').get(id)]);
  return own ?? aliased;
}

/** Member ids LinkedIn's messaging uses in /in/ links: `ACoAA` then its base64url body. */
const MEMBER_ID = /^ACoAA[\w-]+$/u;

export function isMemberId(id: string): boolean {
  return MEMBER_ID.test(id);
}

/** Every id a record answers to. */
export function idsOf(contact: Pick<ContactRecord, 'id' | 'aliases'>): string[] {
  return [contact.id, ...contact.aliases];
}
