import { newContact } from '../../../src/storage/contacts';
import type { RapportDb } from '../../../src/storage/open';
import type { ContactRecord, InteractionKind, InteractionRecord } from '../../../src/storage/schema';
import { hashText, snippetOf } from '../../../src/storage/text';

const DAY = 86_400_000;
const KINDS: InteractionKind[] = ['sent', 'received', 'sent', 'received', 'gave', 'asked', 'intro', 'note'];
const NAMES = ['José Álvarez', 'Ana-Maria Popescu', 'Sven Åberg', 'Zoë de Vries', '李小龙', 'Ελένη Παππά', 'Jan Jansen', 'Émilie Dubois'];

/** Deterministic pseudo-random numbers so a generated store is the same in every run. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The made-up ACoAA… member id of generated person `i`. */
export function memberIdOf(i: number): string {
  return `ACoAAGenerated${String(i).padStart(6, '0')}`;
}

export interface GeneratedStore {
  contacts: ContactRecord[];
  interactions: InteractionRecord[];
}

/** A realistic store: interactions spread over three years, some contacts with wants/haves, consent and notes. */
export function generateStore(contactCount: number, interactionCount: number, now: number, seed = 1): GeneratedStore {
  const rand = seeded(seed);
  const contacts: ContactRecord[] = [];
  for (let i = 0; i < contactCount; i += 1) {
    const name = `${NAMES[i % NAMES.length] ?? 'X'} ${i}`;
    contacts.push(
      newContact(`person-${i}`, now - Math.floor(rand() * 1000) * DAY, {
        name,
        headline: `Head of things ${i % 97}, "quoted", comma, ✓`,
        company: `Company ${i % 300}`,
        position: i % 2 ? 'Engineer' : 'Designer',
        connectedOn: i % 5 === 0 ? null : now - Math.floor(rand() * 1200) * DAY,
        degree: i % 5 === 0 ? 2 : 1,
        consent: { value: i % 7 === 0 ? true : i % 11 === 0 ? false : null, at: i % 7 === 0 ? now - DAY : null, note: i % 7 === 0 ? 'said yes at the meetup' : '' },
        wants: i % 13 === 0 ? ['design feedback', `topic ${i % 50}`] : [],
        haves: i % 17 === 0 ? ['Design Feedback', `topic ${(i + 1) % 50}`] : [],
        tags: i % 3 === 0 ? ['conference'] : [],
        notes: i % 4 === 0 ? `Met at a meetup.\nLikes "hiking", and — coffee ☕ ${i}` : '',
        // Every other person is also known by the member id messaging uses.
        aliases: i % 2 ? [memberIdOf(i)] : [],
      }),
    );
  }
  const interactions: InteractionRecord[] = [];
  const lastAt = new Map<string, number>();
  for (let i = 0; i < interactionCount; i += 1) {
    const contact = contacts[Math.floor(rand() * contactCount)];
    if (!contact) continue;
    const kind = KINDS[i % KINDS.length] ?? 'sent';
    const at = now - Math.floor(rand() * 1095 * DAY);
    const text = i % 10 === 0 ? 'Hi! Loved your talk on distributed teams — would you share the slides?' : `Message ${i} to ${contact.name}\nsecond line, with comma`;
    const record: InteractionRecord = { contactId: contact.id, kind, surface: kind === 'sent' || kind === 'received' ? 'message' : 'popup', snippet: snippetOf(text), hash: hashText(text), at };
    if (i % 2 === 0) record.urn = `urn:li:msg:${i}`;
    interactions.push(record);
    lastAt.set(contact.id, Math.max(lastAt.get(contact.id) ?? 0, at));
  }
  for (const c of contacts) c.lastInteractionAt = lastAt.get(c.id) ?? null;
  return { contacts, interactions };
}

export async function writeStore(db: RapportDb, store: GeneratedStore): Promise<void> {
  const tx = db.transaction(['contacts', 'interactions'], 'readwrite');
  const contacts = tx.objectStore('contacts');
  const interactions = tx.objectStore('interactions');
  await Promise.all([...store.contacts.map((c) => contacts.put(c)), ...store.interactions.map((r) => interactions.add(r)), tx.done]);
}
