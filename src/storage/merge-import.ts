import { idsOf, resolveIn } from './aliases';
import { forgetRecentSent } from './context';
import { guarded } from './errors';
import type { ExportFile } from './export-file';
import { ofContact } from './by-contact';
import { atomically, canonicalFirst, mergeInto, mergeRecords, sameInteraction } from './merge';
import type { RapportDb } from './open';
import { SAME_INVITATION_MS } from './invitations';
import type { ContactRecord, InteractionRecord, PromiseRecord } from './schema';

export interface MergeImportSummary {
  /** Contacts of the file that joined a person already stored / that were new here. */
  contactsJoined: number;
  contactsAdded: number;
  interactionsAdded: number;
  /** Interactions of the file this store already had (same urn, or the same entry). */
  interactionsKnown: number;
  /** Promises of the file new here / already here (the same words on the same message). */
  promisesAdded: number;
  promisesKnown: number;
  /** Invitations new here / already here (the same person within a minute). */
  invitationsAdded: number;
  invitationsKnown: number;
}

/**
 * One promise known in both browsers: a promise kept or let go stays so (closing is what happened
 * after it was made); of two closed ones, the later answer wins with its date.
 */
export function mergePromise(here: PromiseRecord, theirs: Omit<PromiseRecord, 'id'>): PromiseRecord {
  if (theirs.status === 'open' || theirs.closedAt === null) return here;
  if (here.status !== 'open' && here.closedAt !== null && here.closedAt >= theirs.closedAt) return here;
  return { ...here, status: theirs.status, closedAt: theirs.closedAt };
}

/**
 * Merges a validated backup into this store (a backup from another browser into this one), by the
 * rules of one person, one record: a file contact whose id or any alias names a stored person joins
 * that record without loss (merge.ts's laws); two stored records it names both are merged too;
 * every interaction is kept once, and so is every promise (on the message it was made in, its
 * status merged by mergePromise) and every invitation (the same person within a minute is one
 * invitation, as when it is recorded). One transaction: if any write fails nothing changes. Merging the
 * same file twice changes nothing the second time.
 */
export function mergeAll(db: RapportDb, file: ExportFile, now: number): Promise<MergeImportSummary> {
  return guarded(async () => {
    const summary = await atomically(db, async (tx) => {
      const contacts = tx.objectStore('contacts');
      const interactions = tx.objectStore('interactions');
      const out: MergeImportSummary = {
        contactsJoined: 0, contactsAdded: 0, interactionsAdded: 0, interactionsKnown: 0, promisesAdded: 0, promisesKnown: 0, invitationsAdded: 0, invitationsKnown: 0,
      };
      /** File contact id -> the canonical id it landed on here. */
      const landed = new Map<string, string>();
      for (const incoming of file.contacts) {
        const ids = idsOf(incoming);
        const found = await Promise.all(ids.map((id) => resolveIn(contacts, id)));
        const distinct = [...new Map(found.filter((c): c is ContactRecord => c !== undefined).map((c) => [c.id, c])).values()];
        const [first, ...others] = canonicalFirst(distinct);
        if (first === undefined) {
          await contacts.put(incoming);
          landed.set(incoming.id, incoming.id);
          out.contactsAdded += 1;
          continue;
        }
        let kept = first;
        for (const gone of others) kept = (await mergeInto(tx, kept, gone, now)).merged;
        const merged = mergeRecords(kept, incoming, now);
        if (!sameRecord(merged, kept)) await contacts.put(merged);
        for (const id of ids) landed.set(id, kept.id);
        out.contactsJoined += 1;
      }
      const known = new Map<string, InteractionRecord[]>();
      /** File interaction id -> its id here: added now, or the same one already stored. */
      const here = new Map<number, number>();
      for (const { id: fileId, ...record } of file.interactions) {
        const contactId = landed.get(record.contactId) ?? record.contactId;
        const next: InteractionRecord = { ...record, contactId };
        let theirs = known.get(contactId);
        if (!theirs) known.set(contactId, (theirs = await interactions.index('contactId_kind_at').getAll(ofContact(contactId))));
        const byUrn = next.urn === undefined ? undefined : await interactions.index('urn').getKey(next.urn);
        const twin = byUrn ?? theirs.find((other) => sameInteraction(other, next))?.id;
        if (twin !== undefined) {
          here.set(fileId, twin);
          out.interactionsKnown += 1;
          continue;
        }
        // The file's own ids would collide with this store's: each is added under a new one.
        const id = await interactions.add(next);
        theirs.push({ ...next, id });
        here.set(fileId, id);
        out.interactionsAdded += 1;
      }

      const promises = tx.objectStore('promises');
      for (const { id: _fileId, ...promise } of file.promises ?? []) {
        // parseExportFile checked that the file holds the promise's message, and each has its id here by now.
        const interactionId = here.get(promise.interactionId);
        if (interactionId === undefined) throw new Error(`promise on interaction ${promise.interactionId}, which was not merged`);
        const next = { ...promise, interactionId, contactId: landed.get(promise.contactId) ?? promise.contactId };
        const twin = (await promises.index('interactionId').getAll(interactionId)).find((p) => p.snippet === next.snippet);
        if (!twin) {
          await promises.add(next);
          out.promisesAdded += 1;
          continue;
        }
        const merged = mergePromise(twin, next);
        if (merged !== twin) await promises.put(merged);
        out.promisesKnown += 1;
      }

      const invitations = tx.objectStore('invitations');
      for (const { id: _fileId, ...invitation } of file.invitations ?? []) {
        // An invitation may name someone the file holds no record of: resolved here like any id.
        const contactId = landed.get(invitation.contactId) ?? (await resolveIn(contacts, invitation.contactId))?.id ?? invitation.contactId;
        const near = IDBKeyRange.bound(invitation.at - SAME_INVITATION_MS, invitation.at + SAME_INVITATION_MS);
        const twin = (await invitations.index('at').getAll(near)).find((i) => i.contactId === contactId);
        if (!twin) {
          await invitations.add({ ...invitation, contactId });
          out.invitationsAdded += 1;
          continue;
        }
        // Either browser saw the note: it had one.
        if (invitation.withNote && !twin.withNote) await invitations.put({ ...twin, withNote: true });
        out.invitationsKnown += 1;
      }
      return out;
    });
    forgetRecentSent(db);
    return summary;
  });
}

/** Equal but for the time of the write (mergeRecords builds on `kept`, so the keys come in the same order). */
function sameRecord(a: ContactRecord, b: ContactRecord): boolean {
  return JSON.stringify({ ...a, updatedAt: 0 }) === JSON.stringify({ ...b, updatedAt: 0 });
}
