import { forgetRecentSent } from './context';
import { guarded } from './errors';
import type { ExportFile } from './export-file';
import type { RapportDb } from './open';
import type { ContactRecord, InteractionRecord, InvitationRecord, MetaRecord, PromiseRecord } from './schema';

export interface Dump {
  contacts: ContactRecord[];
  interactions: (InteractionRecord & { id: number })[];
  promises: (PromiseRecord & { id: number })[];
  invitations: (InvitationRecord & { id: number })[];
  meta: MetaRecord[];
}

/** Every record in key order, from one snapshot. */
export function dumpAll(db: RapportDb): Promise<Dump> {
  return guarded(async () => {
    const tx = db.transaction(['contacts', 'interactions', 'promises', 'invitations', 'meta'], 'readonly');
    const [contacts, interactions, promises, invitations, meta] = await Promise.all([
      tx.objectStore('contacts').getAll(),
      tx.objectStore('interactions').getAll(),
      tx.objectStore('promises').getAll(),
      tx.objectStore('invitations').getAll(),
      tx.objectStore('meta').getAll(),
    ]);
    await tx.done;
    return {
      contacts,
      interactions: interactions as (InteractionRecord & { id: number })[],
      promises: promises as (PromiseRecord & { id: number })[],
      invitations: invitations as (InvitationRecord & { id: number })[],
      meta,
    };
  });
}

export interface ImportSummary {
  contacts: number;
  interactions: number;
}

/**
 * Replaces the whole history with a validated export, in one transaction: if any put fails
 * (quota, constraint) the transaction aborts and the previous data stays as it was.
 */
export function replaceAll(db: RapportDb, file: ExportFile): Promise<ImportSummary> {
  return guarded(async () => {
    const tx = db.transaction(['contacts', 'interactions', 'promises', 'invitations', 'meta'], 'readwrite', { durability: 'strict' });
    const contacts = tx.objectStore('contacts');
    const interactions = tx.objectStore('interactions');
    const promises = tx.objectStore('promises');
    const invitations = tx.objectStore('invitations');
    // The LinkedIn import cursor described the data being replaced; the schema record stays. A file
    // from before version 5 has no promises or invitations: the replaced history takes them along.
    await Promise.all([
      tx.objectStore('meta').delete('linkedin-import'),
      contacts.clear(),
      interactions.clear(),
      promises.clear(),
      invitations.clear(),
      ...file.contacts.map((c) => contacts.put(c)),
      ...file.interactions.map((r) => interactions.put(r)),
      ...(file.promises ?? []).map((p) => promises.put(p)),
      ...(file.invitations ?? []).map((r) => invitations.put(r)),
      tx.done,
    ]);
    // After the commit: a lookup that read the old records before it has filled the cache by now.
    forgetRecentSent(db);
    return { contacts: file.contacts.length, interactions: file.interactions.length };
  });
}

export function deleteAll(db: RapportDb): Promise<void> {
  return guarded(async () => {
    const tx = db.transaction(['contacts', 'interactions', 'promises', 'invitations', 'meta'], 'readwrite', { durability: 'strict' });
    await Promise.all([
      tx.objectStore('contacts').clear(),
      tx.objectStore('interactions').clear(),
      tx.objectStore('promises').clear(),
      tx.objectStore('invitations').clear(),
      tx.objectStore('meta').delete('linkedin-import'),
      tx.done,
    ]);
    forgetRecentSent(db);
  });
}
