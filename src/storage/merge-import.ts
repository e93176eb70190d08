import { idsOf, resolveIn } from './aliases';
import { forgetRecentSent } from './context';
import { guarded } from './errors';
import type { ExportFile } from './export-file';
import { ofContact } from './interactions';
import { atomically, canonicalFirst, mergeInto, mergeRecords, sameInteraction } from './merge';
import type { RapportDb } from './open';
import type { ContactRecord, InteractionRecord } from './schema';

export interface MergeImportSummary {
  /** Contacts of the file that joined a person already stored / that were new here. */
  contactsJoined: number;
  contactsAdded: number;
  interactionsAdded: number;
  /** Interactions of the file this store already had (same urn, or the same entry). */
  interactionsKnown: number;
}

/**
 * Merges a validated backup into this store (a backup from another browser into this one), by the
 * rules of one person, one record: a file contact whose id or any alias names a stored person joins
 * that record without loss (merge.ts's laws); two stored records it names both are merged too;
 * every interaction is kept once. One transaction: if any write fails nothing changes. Merging the
 * same file twice changes nothing the second time.
 */
export function mergeAll(db: RapportDb, file: ExportFile, now: number): Promise<MergeImportSummary> {
  return guarded(async () => {
    const summary = await atomically(db, async (tx) => {
      const contacts = tx.objectStore('contacts');
      const interactions = tx.objectStore('interactions');
      const out: MergeImportSummary = { contactsJoined: 0, contactsAdded: 0, interactionsAdded: 0, interactionsKnown: 0 };
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
      for (const { id: _fileId, ...record } of file.interactions) {
        const contactId = landed.get(record.contactId) ?? record.contactId;
        const next: InteractionRecord = { ...record, contactId };
        let theirs = known.get(contactId);
        if (!theirs) known.set(contactId, (theirs = await interactions.index('contactId_at').getAll(ofContact(contactId))));
        const urnTaken = next.urn !== undefined && (await interactions.index('urn').count(next.urn)) > 0;
        if (urnTaken || theirs.some((other) => sameInteraction(other, next))) {
          out.interactionsKnown += 1;
          continue;
        }
        // The file's own ids would collide with this store's: each is added under a new one.
        await interactions.add(next);
        theirs.push(next);
        out.interactionsAdded += 1;
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
