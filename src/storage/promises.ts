import { resolveIn } from './aliases';
import { guarded, StorageError } from './errors';
import { textHasher } from './hash-key';
import { newContact } from './contacts';
import { toRecord } from './interactions';
import type { RapportDb } from './open';
import type { ContactRecord, PromiseRecord, PromiseStatus } from './schema';
import { snippetOf } from './text';

/** A promise found in a sent message (the background finds them; storage knows no language). */
export interface NewPromise {
  /** The promise's words. */
  text: string;
  /** YYYY-MM-DD (UTC). */
  due: string;
  dated: boolean;
}

export type PromiseOutcome = Exclude<PromiseStatus, 'open'>;

/** Due dates are UTC calendar days, as the engine resolves them. */
export const utcDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The promises of one sent message, stored beside it. */
export function addPromises(db: RapportDb, contactId: string, interactionId: number, found: readonly NewPromise[], now: number): Promise<number[]> {
  return guarded(async () => {
    if (found.length === 0) return [];
    const tx = db.transaction(['promises', 'interactions'], 'readwrite');
    // The interaction was recorded under the person `contactId` resolves to (an alias finds its record).
    const owner = (await tx.objectStore('interactions').get(interactionId))?.contactId ?? contactId;
    const store = tx.objectStore('promises');
    const ids = await Promise.all(found.map((p) => store.add({
      contactId: owner, interactionId, snippet: snippetOf(p.text), due: p.due, dated: p.dated, status: 'open', madeAt: now, closedAt: null,
    })));
    await tx.done;
    return ids;
  });
}

const byDue = (a: PromiseRecord, b: PromiseRecord): number => a.due.localeCompare(b.due) || a.madeAt - b.madeAt;

/** One person's open promises, soonest due first. */
export function openPromisesOf(db: RapportDb, contactId: string): Promise<PromiseRecord[]> {
  return guarded(async () => {
    const tx = db.transaction(['contacts', 'promises'], 'readonly');
    const id = (await resolveIn(tx.objectStore('contacts'), contactId))?.id ?? contactId;
    return (await tx.objectStore('promises').index('contactId_status').getAll([id, 'open'])).sort(byDue);
  });
}

/** Everyone's open promises due on or before `today` (YYYY-MM-DD), the most overdue first. */
export function duePromises(db: RapportDb, today: string, limit = 50): Promise<PromiseRecord[]> {
  return guarded(async () => {
    const range = IDBKeyRange.bound(['open', ''], ['open', today]);
    return (await db.getAllFromIndex('promises', 'status_due', range, limit)).sort(byDue);
  });
}

/** Open promises whose due day is before `today`. */
export function countOverdue(db: RapportDb, today: string): Promise<number> {
  return guarded(() => db.countFromIndex('promises', 'status_due', IDBKeyRange.bound(['open', ''], ['open', today], false, true)));
}

/**
 * Closes an open promise. Keeping it is a give ("done" records one, in the same strict
 * transaction, and counts as a touch); "not needed" closes it without one. Closing a closed
 * promise again changes nothing.
 */
export function closePromise(db: RapportDb, id: number, outcome: PromiseOutcome, now: number): Promise<PromiseRecord> {
  return guarded(async () => {
    const hash = await textHasher(db);
    const tx = db.transaction(['promises', 'contacts', 'interactions'], 'readwrite', { durability: 'strict' });
    const promises = tx.objectStore('promises');
    const promise = await promises.get(id);
    if (!promise) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new StorageError('not_found', `No promise with id ${id}.`);
    }
    if (promise.status !== 'open') {
      await tx.done;
      return promise;
    }
    const closed: PromiseRecord = { ...promise, status: outcome, closedAt: now };
    await promises.put(closed);
    if (outcome === 'done') {
      const contacts = tx.objectStore('contacts');
      const contact: ContactRecord = (await contacts.get(promise.contactId)) ?? newContact(promise.contactId, now);
      await tx.objectStore('interactions').add(toRecord({ contactId: promise.contactId, kind: 'gave', surface: 'popup', text: `Kept a promise: ${promise.snippet}` }, now, hash));
      await contacts.put({ ...contact, lastInteractionAt: Math.max(contact.lastInteractionAt ?? now, now), updatedAt: now });
    }
    await tx.done;
    return closed;
  });
}
