import { idsOf, isMemberId, resolveIn } from './aliases';
import { newContact, withDerivedKeys } from './contacts';
import { forgetRecentSent } from './context';
import { guarded, StorageError } from './errors';
import { ofContact } from './by-contact';
import { SAME_MESSAGE_WINDOW_MS } from './interactions';
import type { RapportDb } from './open';
import type { Consent, ContactRecord, InteractionRecord, MergeUndo } from './schema';
import { topicKeys } from './text';

/**
 * The laws of one person's two records becoming one (ARCHITECTURE §6), as a pure function:
 * - what the user typed is never lost: both notes are kept, wants/haves/tags are united;
 * - consent: the most recent explicit answer (yes or no) wins, with its date and note;
 * - connected since: the earlier date; first seen: the earlier; last interaction: the later;
 * - facts (name, headline, email, company, position, degree): the kept record's, else the other's;
 * - the kept record answers to every id of both.
 * Interactions (and so the gives/asks ledger) are summed by moving them (mergeInto).
 */
export function mergeRecords(kept: ContactRecord, gone: ContactRecord, now: number): ContactRecord {
  const aliases = [...new Set([...kept.aliases, ...idsOf(gone)])].filter((id) => id !== kept.id);
  return withDerivedKeys({
    ...kept,
    aliases,
    name: kept.name || gone.name,
    headline: kept.headline || gone.headline,
    email: kept.email || gone.email,
    company: kept.company || gone.company,
    position: kept.position || gone.position,
    degree: kept.degree ?? gone.degree,
    connectedOn: earliest(kept.connectedOn, gone.connectedOn),
    firstSeen: Math.min(kept.firstSeen, gone.firstSeen),
    lastInteractionAt: latest(kept.lastInteractionAt, gone.lastInteractionAt),
    consent: mergeConsent(kept.consent, gone.consent),
    wants: unite(kept.wants, gone.wants),
    haves: unite(kept.haves, gone.haves),
    tags: unite(kept.tags, gone.tags),
    notes: joinNotes(kept.notes, gone.notes),
    updatedAt: now,
  });
}

function earliest(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

function latest(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

/** An answer beats no answer; between answers (or between non-answers) the later wins; a tie keeps the first. */
export function mergeConsent(a: Consent, b: Consent): Consent {
  const explicit = (c: Consent): boolean => c.value !== null;
  if (explicit(a) !== explicit(b)) return explicit(a) ? a : b;
  return (b.at ?? -Infinity) > (a.at ?? -Infinity) ? b : a;
}

/** First spelling of each topic wins; a topic that differs only in case or spacing is one. */
export function unite(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const topic of [...a, ...b]) {
    const [key] = topicKeys([topic]);
    if (key === undefined || seen.has(key)) continue;
    seen.add(key);
    out.push(topic);
  }
  return out;
}

/**
 * Both notes, once, paragraph by paragraph: the first note as it is, then each paragraph of the
 * second it does not already hold. Merging a record with a copy of itself (a backup imported
 * twice) adds nothing, and a later version of the same note adds only what is new in it.
 */
export function joinNotes(a: string, b: string): string {
  const paragraphs = (text: string): string[] => text.split(/\n\s*\n/u).map((p) => p.trim()).filter((p) => p !== '');
  const have = new Set(paragraphs(a));
  const extra = paragraphs(b).filter((p) => !have.has(p));
  if (extra.length === 0) return a;
  if (have.size === 0) return b;
  return [a.trimEnd(), ...extra].join('\n\n');
}

/** The same message twice: one urn, or one text of one kind within a minute (LinkedIn's thread and the export). */
export function sameInteraction(a: InteractionRecord, b: InteractionRecord): boolean {
  if (a.urn !== undefined && a.urn === b.urn) return true;
  if (a.kind !== b.kind) return false;
  // A give or ask logged without text has no hash: the same entry is the same kind at the same moment.
  if (a.at === b.at && a.hash === b.hash && a.snippet === b.snippet) return true;
  return a.hash !== '' && a.hash === b.hash && Math.abs(a.at - b.at) < SAME_MESSAGE_WINDOW_MS;
}

interface MergeOutcome {
  merged: ContactRecord;
  moved: number[];
  dropped: InteractionRecord[];
}

/**
 * Folds `gone` into `kept` inside the caller's transaction (contacts, interactions, meta): moves
 * every interaction (and promise) of `gone` not already recorded for `kept`, deletes `gone`, writes the merge.
 */
export async function mergeInto(tx: ReturnType<typeof writeTx>, kept: ContactRecord, gone: ContactRecord, now: number): Promise<MergeOutcome> {
  const interactions = tx.objectStore('interactions');
  const byContact = interactions.index('contactId_kind_at');
  const mine = await byContact.getAll(ofContact(kept.id));
  const moved: number[] = [];
  const dropped: InteractionRecord[] = [];
  let cursor = await byContact.openCursor(ofContact(gone.id));
  while (cursor) {
    const record = cursor.value;
    if (mine.some((other) => sameInteraction(other, record))) {
      dropped.push(record);
      await cursor.delete();
    } else {
      if (record.id !== undefined) moved.push(record.id);
      mine.push(record);
      await cursor.update({ ...record, contactId: kept.id });
    }
    cursor = await cursor.continue();
  }
  // A promise follows its person (undo sends it back with its interaction).
  let promise = await tx.objectStore('promises').index('contactId_status').openCursor(IDBKeyRange.bound([gone.id, ''], [gone.id, '\uffff']));
  while (promise) {
    await promise.update({ ...promise.value, contactId: kept.id });
    promise = await promise.continue();
  }
  const merged = mergeRecords(kept, gone, now);
  const contacts = tx.objectStore('contacts');
  // Delete first: the aliases index is unique, and `merged` takes over `gone`'s ids.
  await contacts.delete(gone.id);
  await contacts.put(merged);
  return { merged, moved, dropped };
}

export function writeTx(db: RapportDb) {
  return db.transaction(['contacts', 'interactions', 'meta', 'promises', 'invitations'], 'readwrite', { durability: 'strict' });
}

/**
 * Runs `body` in one strict transaction and aborts it if anything throws: a transaction left to
 * itself commits whatever requests were already made (a deleted record without its merge).
 */
export async function atomically<T>(db: RapportDb, body: (tx: ReturnType<typeof writeTx>) => Promise<T>): Promise<T> {
  const tx = writeTx(db);
  try {
    const result = await body(tx);
    await tx.done;
    return result;
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request.
    }
    await tx.done.catch(() => undefined);
    throw err;
  }
}

/** Which of two records of one person keeps its id: the one named by a vanity slug (profiles and exports use it), else the older. */
export function canonicalFirst(records: ContactRecord[]): ContactRecord[] {
  return [...records].sort((a, b) => Number(isMemberId(a.id)) - Number(isMemberId(b.id)) || a.firstSeen - b.firstSeen || a.id.localeCompare(b.id));
}

export interface LearnOutcome {
  /** The canonical id all the ids now resolve to; null when none of them is stored yet. */
  id: string | null;
  merged: boolean;
  added: string[];
}

/**
 * The page showed that these ids name one person (a profile's slug and its Message link's member
 * id). Nothing known by any of them: nothing to do (learned again on the next visit). One record:
 * the other ids become its aliases. Two: they are merged without loss. Learning it twice changes nothing.
 */
export function learnAliases(db: RapportDb, ids: readonly string[], now: number): Promise<LearnOutcome> {
  return guarded(async () => {
    const outcome = await atomically(db, (tx) => learnIn(tx, ids, now));
    if (outcome.merged) forgetRecentSent(db);
    return outcome;
  });
}

async function learnIn(tx: ReturnType<typeof writeTx>, ids: readonly string[], now: number): Promise<LearnOutcome> {
  const contacts = tx.objectStore('contacts');
  const found = await Promise.all(ids.map((id) => resolveIn(contacts, id)));
  const distinct = [...new Map(found.filter((c): c is ContactRecord => c !== undefined).map((c) => [c.id, c])).values()];
  const [first, ...others] = canonicalFirst(distinct);
  if (first === undefined) return { id: null, merged: false, added: [] };
  let kept = first;
  for (const gone of others) kept = (await mergeInto(tx, kept, gone, now)).merged;
  const added = ids.filter((id) => !idsOf(kept).includes(id));
  if (added.length > 0) {
    kept = { ...kept, aliases: [...kept.aliases, ...added], updatedAt: now };
    await contacts.put(kept);
  }
  return { id: kept.id, merged: others.length > 0, added };
}

/**
 * The user confirmed that `otherId` is the person known on screen as `screenId` (a name match).
 * The on-screen id stays canonical: it is the one LinkedIn's pages show. The merge can be undone
 * (undoMerge) until the kept record changes or another merge is made.
 */
export function joinContacts(db: RapportDb, screenId: string, otherId: string, now: number): Promise<ContactRecord> {
  return guarded(async () => {
    const merged = await atomically(db, async (tx) => {
      const contacts = tx.objectStore('contacts');
      const [onScreen, other] = await Promise.all([resolveIn(contacts, screenId), resolveIn(contacts, otherId)]);
      if (!other) throw new StorageError('not_found', `No contact with id ${otherId}.`);
      if (onScreen?.id === other.id) return other;
      const kept = onScreen ?? newContact(screenId, now);
      const outcome = await mergeInto(tx, kept, other, now);
      const undo: MergeUndo = { key: 'merge-undo', kept, created: onScreen === undefined, gone: other, moved: outcome.moved, dropped: outcome.dropped, at: now };
      await tx.objectStore('meta').put(undo);
      return outcome.merged;
    });
    forgetRecentSent(db);
    return merged;
  });
}

/** Splits the last name-match merge back into its two records, if nothing happened to the merged one since. */
export function undoMerge(db: RapportDb, keptId: string): Promise<{ kept: ContactRecord; gone: ContactRecord }> {
  return guarded(async () => {
    const restored = await atomically(db, async (tx) => {
      const contacts = tx.objectStore('contacts');
      const undo = (await tx.objectStore('meta').get('merge-undo')) as MergeUndo | undefined;
      const current = await contacts.get(undo?.kept.id ?? keptId);
      if (!undo || undo.kept.id !== keptId || !current || current.updatedAt !== undo.at) {
        throw new StorageError('not_found', 'There is no merge to undo for this contact any more.');
      }
      const interactions = tx.objectStore('interactions');
      // The snapshot first: it gives back the aliases the gone record is about to take again. A
      // record the merge created for the on-screen id had nothing before it and goes.
      if (undo.created) await contacts.delete(undo.kept.id);
      else await contacts.put(undo.kept);
      await contacts.put(undo.gone);
      for (const id of undo.moved) {
        const record = await interactions.get(id);
        if (record) await interactions.put({ ...record, contactId: undo.gone.id });
        let promise = await tx.objectStore('promises').index('interactionId').openCursor(id);
        while (promise) {
          await promise.update({ ...promise.value, contactId: undo.gone.id });
          promise = await promise.continue();
        }
      }
      for (const record of undo.dropped) await interactions.put(record);
      await tx.objectStore('meta').delete('merge-undo');
      return { kept: undo.kept, gone: undo.gone };
    });
    forgetRecentSent(db);
    return restored;
  });
}
