import { NO_BOUNDARIES, type Boundaries } from '../shared/boundaries';
import { cadenceDueAt, isCadenceDue, type Cadence } from '../shared/cadence';
import { guarded, StorageError } from './errors';
import { isNameOnlyId, profileUrlFor } from './ids';
import type { RapportDb } from './open';
import type { ContactSummary } from '../shared/protocol';
import type { Consent, ContactRecord, Degree, InteractionRecord } from './schema';
import { resolveIn } from './aliases';
import { newestOfContact, ofKind } from './by-contact';
import { accentless, nameKey, topicKeys } from './text';

export interface SeenContact {
  id: string;
  name: string;
  headline?: string;
  profileUrl?: string;
  degree?: Degree;
}

export interface ContactPatch {
  notes?: string;
  wants?: string[];
  haves?: string[];
  tags?: string[];
  consent?: { value: boolean | null; note?: string };
  /** null: no reminder. */
  cadence?: Cadence | null;
  /** The fields given replace those stored. */
  boundaries?: Partial<Boundaries>;
}

export function newContact(id: string, now: number, fields: Partial<ContactRecord> = {}): ContactRecord {
  const consent: Consent = { value: null, at: null, note: '' };
  const contact: Omit<ContactRecord, DerivedKey> = {
    id,
    aliases: [],
    name: '',
    headline: '',
    profileUrl: profileUrlFor(id),
    email: '',
    company: '',
    position: '',
    connectedOn: null,
    firstSeen: now,
    degree: null,
    consent,
    wants: [],
    haves: [],
    tags: [],
    notes: '',
    lastInteractionAt: null,
    cadence: null,
    boundaries: { ...NO_BOUNDARIES },
    updatedAt: now,
    ...fields,
  };
  return withDerivedKeys(contact);
}

/** The index keys of a contact, which withDerivedKeys makes: never set by hand. */
type DerivedKey = 'wantKeys' | 'haveKeys' | 'nameKey';

/** Index keys follow the fields they are derived from: call after any change to name, wants or haves. */
export function withDerivedKeys(contact: Omit<ContactRecord, DerivedKey>): ContactRecord {
  return { ...contact, wantKeys: topicKeys(contact.wants), haveKeys: topicKeys(contact.haves), nameKey: nameKey(contact.name) };
}

export function summarise(contact: ContactRecord): ContactSummary {
  const { id, name, headline, profileUrl, connectedOn, lastInteractionAt, tags } = contact;
  return { id, name, headline, profileUrl, connectedOn, lastInteractionAt, tags };
}

const SEEN_FIELDS = ['name', 'headline', 'profileUrl', 'degree', 'connectedOn'] as const;

/** What the page showed us about a profile. Seeing someone as 1st degree dates the connection if nothing else did. */
export function upsertSeen(db: RapportDb, seen: SeenContact, now: number): Promise<ContactRecord> {
  return guarded(async () => {
    const tx = db.transaction('contacts', 'readwrite');
    const existing = await resolveIn(tx.store, seen.id);
    const base = existing ?? newContact(seen.id, now);
    const degree = seen.degree === undefined ? base.degree : seen.degree;
    const next: ContactRecord = withDerivedKeys({
      ...base,
      name: seen.name || base.name,
      headline: seen.headline ?? base.headline,
      // The page showed an alias: the record keeps the URL of its canonical id.
      profileUrl: seen.id === base.id ? seen.profileUrl ?? base.profileUrl : base.profileUrl,
      degree,
      connectedOn: base.connectedOn ?? (degree === 1 ? now : null),
      updatedAt: now,
    });
    // The coach reports the person on every look at a thread: a sighting that tells nothing new writes nothing.
    if (existing && SEEN_FIELDS.every((field) => existing[field] === next[field])) {
      await tx.done;
      return existing;
    }
    await tx.store.put(next);
    await tx.done;
    return next;
  });
}

/** The contact known by `id`, whether it is their canonical id or an alias. */
export function getContact(db: RapportDb, id: string): Promise<ContactRecord | undefined> {
  return guarded(() => resolveIn(db.transaction('contacts').store, id));
}

/** Notes, wants/haves and consent are what the user typed by hand: written with strict durability. */
export function updateContact(db: RapportDb, id: string, patch: ContactPatch, now: number): Promise<ContactRecord> {
  return guarded(async () => {
    const tx = db.transaction('contacts', 'readwrite', { durability: 'strict' });
    const existing = await resolveIn(tx.store, id);
    if (!existing) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new StorageError('not_found', `No contact with id ${id}.`);
    }
    const next = withDerivedKeys({
      ...existing,
      notes: patch.notes ?? existing.notes,
      wants: patch.wants ?? existing.wants,
      haves: patch.haves ?? existing.haves,
      tags: patch.tags ?? existing.tags,
      consent: patch.consent
        ? { value: patch.consent.value, at: now, note: patch.consent.note ?? existing.consent.note }
        : existing.consent,
      cadence: patch.cadence === undefined ? existing.cadence ?? null
        : patch.cadence === null ? null
        // Choosing the cadence it already has keeps its start.
        : patch.cadence === existing.cadence?.every ? existing.cadence : { every: patch.cadence, since: now },
      boundaries: { ...NO_BOUNDARIES, ...existing.boundaries, ...patch.boundaries },
      updatedAt: now,
    });
    await tx.store.put(next);
    await tx.done;
    return next;
  });
}

/** Upper case, not lower: ß folds to SS and a final ς to Σ, so "weiss" finds Weiß and "νικοσ" finds Νίκος. */
function fold(text: string): string {
  return accentless(text).toUpperCase();
}

/** Name, headline, company, position, tags, wants and haves, accent- and case-insensitive; most recently active first. */
export function searchContacts(db: RapportDb, query: string, limit: number): Promise<ContactSummary[]> {
  return guarded(async () => {
    const needle = fold(query);
    const all = await db.getAll('contacts');
    const hits = all.filter((c) => {
      // Stryker disable next-line ConditionalExpression: a shortcut: every text includes the empty needle
      if (!needle) return true;
      return fold([c.name, c.headline, c.company, c.position, ...c.tags, ...c.wants, ...c.haves].join(' ')).includes(needle);
    });
    hits.sort((a, b) => (b.lastInteractionAt ?? 0) - (a.lastInteractionAt ?? 0) || a.name.localeCompare(b.name));
    return hits.slice(0, limit).map(summarise);
  });
}

/** Which way the match runs: the other person `has` a topic this contact wants, or `wants` one it has. */
export interface IntroReason {
  kind: 'has' | 'wants';
  topic: string;
}

export interface IntroSuggestion {
  contact: ContactSummary;
  reason: IntroReason;
}

/** Others who have what this contact wants, then others who want what this contact has. */
export function introSuggestions(db: RapportDb, id: string, limit = 10): Promise<IntroSuggestion[]> {
  return guarded(async () => {
    const tx = db.transaction('contacts', 'readonly');
    const contact = await resolveIn(tx.store, id);
    if (!contact) throw new StorageError('not_found', `No contact with id ${id}.`);
    const found = new Map<string, IntroSuggestion>();
    const add = async (index: 'haveKeys' | 'wantKeys', topics: string[], kind: IntroReason['kind']): Promise<void> => {
      for (const topic of topics) {
        for (const other of await tx.store.index(index).getAll(topic, limit + 1)) {
          if (other.id !== contact.id && !found.has(other.id) && found.size < limit) {
            found.set(other.id, { contact: summarise(other), reason: { kind, topic } });
          }
        }
      }
    };
    await add('haveKeys', contact.wantKeys, 'has');
    await add('wantKeys', contact.haveKeys, 'wants');
    await tx.done;
    return [...found.values()];
  });
}

export const DORMANT_AFTER_MS = 90 * 24 * 60 * 60 * 1000;

/** Weak ties worth reviving: a real exchange (both sent and received) and nothing for 90+ days. */
export function reconnectCandidates(db: RapportDb, now: number, limit = 20): Promise<ContactSummary[]> {
  return guarded(async () => {
    const tx = db.transaction(['contacts', 'interactions'], 'readonly');
    const byKind = tx.objectStore('interactions').index('contactId_kind_at');
    const out: ContactSummary[] = [];
    // Newest dormant first: the ties most likely to still remember us.
    let cursor = await tx.objectStore('contacts').index('lastInteractionAt').openCursor(IDBKeyRange.upperBound(now - DORMANT_AFTER_MS), 'prev');
    while (cursor && out.length < limit) {
      const c = cursor.value;
      const [sent, received] = await Promise.all([
        byKind.count(ofKind(c.id, 'sent')),
        byKind.count(ofKind(c.id, 'received')),
      ]);
      // A contact on a cadence has its own reminder (keepInTouch); this list is for the others.
      if (!c.cadence && sent > 0 && received > 0) out.push(summarise(c));
      cursor = await cursor.continue();
    }
    await tx.done;
    return out;
  });
}


export interface NameMatch {
  contact: ContactSummary;
  company: string;
  position: string;
  /** Known only from an import that had no LinkedIn id for them. */
  imported: boolean;
}

/**
 * "Same person as …?": when the person `id` names is known by that one id only, and exactly one
 * other contact has the same name (case- and accent-insensitive). Never merges by itself: two
 * people may share a name, so the user decides.
 */
export function nameMatch(db: RapportDb, id: string): Promise<NameMatch | null> {
  return guarded(async () => {
    const tx = db.transaction('contacts', 'readonly');
    const self = await resolveIn(tx.store, id);
    if (!self || self.aliases.length > 0 || self.nameKey === '') return null;
    const others = (await tx.store.index('nameKey').getAll(self.nameKey, 3)).filter((c) => c.id !== self.id);
    const [other] = others;
    if (others.length !== 1 || !other) return null;
    return { contact: summarise(other), company: other.company, position: other.position, imported: isNameOnlyId(other.id) };
  });
}

export interface KeepInTouchEntry {
  contact: ContactRecord;
  dueAt: number;
  last: InteractionRecord | null;
}

/** Contacts on a cadence that are due at `now`, the longest overdue first, each with the last thing that happened. */
export function keepInTouch(db: RapportDb, now: number): Promise<{ due: KeepInTouchEntry[]; scheduled: number }> {
  return guarded(async () => {
    const tx = db.transaction(['contacts', 'interactions'], 'readonly');
    const scheduled = await tx.objectStore('contacts').index('cadence').getAll();
    const byContact = tx.objectStore('interactions').index('contactId_kind_at');
    const due: KeepInTouchEntry[] = [];
    for (const contact of scheduled) {
      if (!contact.cadence || !isCadenceDue(contact.cadence, contact.lastInteractionAt, now)) continue;
      const [last] = await newestOfContact(byContact, contact.id, 1);
      due.push({ contact, dueAt: cadenceDueAtOf(contact), last: last ?? null });
    }
    await tx.done;
    return { due: due.sort((a, b) => a.dueAt - b.dueAt), scheduled: scheduled.length };
  });
}

function cadenceDueAtOf(contact: ContactRecord): number {
  return contact.cadence ? cadenceDueAt(contact.cadence, contact.lastInteractionAt) : Infinity;
}
