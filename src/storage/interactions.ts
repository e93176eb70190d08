import { resolveIn } from './aliases';
import { guarded, StorageError } from './errors';
import { newContact } from './contacts';
import type { RapportDb } from './open';
import { newestOfContact, ofKind } from './by-contact';
import type { InteractionKind, InteractionRecord, InteractionSurface } from './schema';
import { textHasher, type TextHasher } from './hash-key';
import { snippetOf } from './text';

export interface NewInteraction {
  contactId: string;
  kind: InteractionKind;
  surface?: InteractionSurface | null;
  text?: string;
  at?: number;
  urn?: string;
  /** false: no snippet is stored, only the keyed hash that keeps the message from counting twice. */
  keepSnippet?: boolean;
}

/** Hand-entered and ledger entries must survive a crash right after the user saw "saved". */
const STRICT_KINDS: ReadonlySet<InteractionKind> = new Set(['gave', 'asked', 'intro', 'note']);

/** LinkedIn shows a message once in the thread and again in the overlay: the same text within a minute is one message. */
export const SAME_MESSAGE_WINDOW_MS = 60_000;

export function toRecord(input: NewInteraction, now: number, hash: TextHasher): InteractionRecord {
  const text = input.text ?? '';
  const record: InteractionRecord = {
    contactId: input.contactId,
    kind: input.kind,
    surface: input.surface ?? null,
    snippet: input.keepSnippet === false ? '' : snippetOf(text),
    hash: text ? hash(text) : '',
    at: input.at ?? now,
  };
  if (input.urn) record.urn = input.urn;
  return record;
}

/** Recorded under the contact the id resolves to (an alias, such as messaging's member id, finds its record). */
export function recordInteraction(db: RapportDb, input: NewInteraction, now: number): Promise<{ recorded: boolean; id: number | null }> {
  return guarded(async () => {
    // The key is read before the transaction: awaiting anything else inside it would let it commit.
    const hash = await textHasher(db);
    const durability = STRICT_KINDS.has(input.kind) ? 'strict' : 'default';
    const tx = db.transaction(['contacts', 'interactions'], 'readwrite', { durability });
    const interactions = tx.objectStore('interactions');
    const contacts = tx.objectStore('contacts');
    const known = await resolveIn(contacts, input.contactId);
    const record = toRecord({ ...input, contactId: known?.id ?? input.contactId }, now, hash);

    // The same text of the same kind within a minute of the same person: that minute, open at both ends.
    const nearby = ofKind(record.contactId, record.kind, record.at - SAME_MESSAGE_WINDOW_MS, record.at + SAME_MESSAGE_WINDOW_MS, true);
    const duplicate = record.urn
      ? (await interactions.index('urn').count(record.urn)) > 0
      : record.hash !== '' && (await interactions.index('contactId_kind_at').getAll(nearby)).some((other) => other.hash === record.hash);
    if (duplicate) {
      await tx.done;
      return { recorded: false, id: null };
    }

    // A message can be recorded before the page told us who the person is (the overlay sends
    // first): keep the record under a stub contact rather than drop it.
    const contact = known ?? newContact(record.contactId, now);
    await contacts.put({ ...contact, lastInteractionAt: Math.max(contact.lastInteractionAt ?? record.at, record.at), updatedAt: now });
    const id = await interactions.add(record);
    await tx.done;
    return { recorded: true, id };
  });
}

/** Drops the snippet of every received message (the user chose to keep none); returns how many. */
export function forgetReceivedSnippets(db: RapportDb): Promise<number> {
  return guarded(async () => {
    const tx = db.transaction('interactions', 'readwrite', { durability: 'strict' });
    let forgotten = 0;
    let cursor = await tx.store.index('kind_at').openCursor(IDBKeyRange.bound(['received', -Infinity], ['received', Infinity]));
    while (cursor) {
      if (cursor.value.snippet !== '') {
        await cursor.update({ ...cursor.value, snippet: '' });
        forgotten += 1;
      }
      cursor = await cursor.continue();
    }
    await tx.done;
    return forgotten;
  });
}

/** Newest first; `contactId` is canonical (see getContact). */
export function listInteractions(db: RapportDb, contactId: string, limit = 200): Promise<InteractionRecord[]> {
  return guarded(async () => newestOfContact(db.transaction('interactions').store.index('contactId_kind_at'), contactId, limit));
}

export type KindCounts = Record<InteractionKind, number>;

export function countKinds(db: RapportDb, contactId: string): Promise<KindCounts> {
  return guarded(async () => {
    const index = db.transaction('interactions').store.index('contactId_kind_at');
    const [sent, received, gave, asked, intro, note] = await Promise.all(
      (['sent', 'received', 'gave', 'asked', 'intro', 'note'] as const).map((kind) => index.count(ofKind(contactId, kind))),
    );
    return { sent: sent ?? 0, received: received ?? 0, gave: gave ?? 0, asked: asked ?? 0, intro: intro ?? 0, note: note ?? 0 };
  });
}

/** An intro is a give to both people: recorded for each, in one strict transaction. */
export function recordIntro(db: RapportDb, a: string, b: string, note: string, now: number): Promise<void> {
  return guarded(async () => {
    const hash = await textHasher(db);
    const tx = db.transaction(['contacts', 'interactions'], 'readwrite', { durability: 'strict' });
    const contacts = tx.objectStore('contacts');
    const [first, second] = await Promise.all([resolveIn(contacts, a), resolveIn(contacts, b)]);
    if (!first || !second || first.id === second.id) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new StorageError('not_found', first && second ? 'An introduction needs two different people.' : `No contact with id ${first ? b : a}.`);
    }
    for (const [self, other] of [[first, second], [second, first]] as const) {
      const text = `Introduced to ${other.name || other.id}${note ? `: ${note}` : ''}`;
      await tx.objectStore('interactions').add(toRecord({ contactId: self.id, kind: 'intro', surface: 'popup', text }, now, hash));
      await contacts.put({ ...self, lastInteractionAt: now, updatedAt: now });
    }
    await tx.done;
  });
}
