import { resolveIn } from './aliases';
import { guarded } from './errors';
import type { RapportDb } from './open';

export const DAY_MS = 24 * 60 * 60 * 1000;
/** copy-paste-blast's default blastWindowDays; the background passes the user's setting. */
export const RECENT_SENT_DAYS = 30;
/**
 * The copy-paste-blast rule needs "sent to 5+ others": the newest 200 sends show any blast in
 * progress, and the cap keeps the lookup inside its 10 ms budget for heavy senders.
 */
export const RECENT_SENT_LIMIT = 200;

interface SentEntry {
  contactId: string;
  hash: string;
  snippet: string;
}

/**
 * Sends already read, per connection, by primary key. Interactions are rewritten in place only by a
 * merge, so an entry stays true until a merge or the whole store is replaced (forgetRecentSent); a new send costs one
 * read instead of 200 on the next lookup. A cache only: a restarted worker rebuilds it.
 */
const sentCache = new WeakMap<RapportDb, Map<number, SentEntry>>();

export function forgetRecentSent(db: RapportDb): void {
  sentCache.delete(db);
}

export interface StoredContext {
  connectedDaysAgo: number | null;
  sent: number;
  received: number;
  /** Gives include intros: introducing someone is a give (ARCHITECTURE §1). */
  gave: number;
  asked: number;
  consentToMailing: boolean | null;
  /** Snippets the user sent to OTHER contacts in the last `recentDays` days, newest first, one per recipient and text. */
  recentSent: string[];
  noPitches: boolean;
  /** Only while that day has not passed (UTC). */
  awayUntil: string | null;
  otherChannel: string | null;
}

/**
 * Everything the engine's Context needs from history, in one read-only transaction of index counts,
 * for the contact `id` resolves to (slug or member id alike).
 */
export function getContext(db: RapportDb, id: string, now: number, recentDays = RECENT_SENT_DAYS): Promise<StoredContext> {
  return guarded(async () => {
    const tx = db.transaction(['contacts', 'interactions'], 'readonly');
    const interactions = tx.objectStore('interactions');
    const byKind = interactions.index('contactId_kind');
    const recentRange = IDBKeyRange.bound(['sent', now - recentDays * DAY_MS], ['sent', now + DAY_MS]);
    const found = await resolveIn(tx.objectStore('contacts'), id);
    const contactId = found?.id ?? id;
    const [contact, sent, received, gave, intro, asked, recentKeys] = await Promise.all([
      found,
      byKind.count([contactId, 'sent']),
      byKind.count([contactId, 'received']),
      byKind.count([contactId, 'gave']),
      byKind.count([contactId, 'intro']),
      byKind.count([contactId, 'asked']),
      interactions.index('kind_at').getAllKeys(recentRange),
    ]);
    // Keys come in index order, oldest first: read only the newest records, not the whole month.
    const newest = recentKeys.slice(-RECENT_SENT_LIMIT).reverse();
    const known = sentCache.get(db) ?? new Map<number, SentEntry>();
    const missing = newest.filter((key) => !known.has(key));
    const read = await Promise.all(missing.map((key) => interactions.get(key)));
    await tx.done;
    read.forEach((r, i) => {
      const key = missing[i];
      if (r && key !== undefined) known.set(key, { contactId: r.contactId, hash: r.hash, snippet: r.snippet });
    });
    const keep = new Set(newest);
    for (const key of known.keys()) if (!keep.has(key)) known.delete(key);
    sentCache.set(db, known);

    const seen = new Set<string>();
    const recentSent: string[] = [];
    for (const key of newest) {
      const r = known.get(key);
      if (!r || r.contactId === contactId || !r.snippet) continue;
      const recipientText = `${r.contactId}\u0000${r.hash}`;
      if (seen.has(recipientText)) continue;
      seen.add(recipientText);
      recentSent.push(r.snippet);
    }

    const connectedOn = contact?.connectedOn ?? null;
    const away = contact?.boundaries?.awayUntil ?? null;
    return {
      connectedDaysAgo: connectedOn === null ? null : Math.max(0, Math.floor((now - connectedOn) / DAY_MS)),
      sent,
      received,
      gave: gave + intro,
      asked,
      consentToMailing: contact?.consent.value ?? null,
      recentSent,
      noPitches: contact?.boundaries?.noPitches ?? false,
      awayUntil: away !== null && away >= new Date(now).toISOString().slice(0, 10) ? away : null,
      otherChannel: contact?.boundaries?.otherChannel ?? null,
    };
  });
}
