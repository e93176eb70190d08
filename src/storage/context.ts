import type { IDBPIndex } from 'idb';
import { resolveIn } from './aliases';
import { guarded } from './errors';
import type { RapportDb } from './open';
import { ofKind } from './by-contact';
import { asksNewestFirst, newestKeys, newestRecords } from './newest';
import type { InteractionKind, InteractionRecord, RapportSchema } from './schema';

export const DAY_MS = 24 * 60 * 60 * 1000;
/** copy-paste-blast's default blastWindowDays; the background passes the user's setting. */
export const RECENT_SENT_DAYS = 30;
/**
 * The copy-paste-blast rule needs "sent to 5+ others": the newest 200 sends show any blast in
 * progress, and the cap keeps the lookup inside its 10 ms budget for heavy senders.
 */
export const RECENT_SENT_LIMIT = 200;
/** Up to this many uncached sends are read by key; more, in one range request (readSends). */
const FEW_SENDS = 16;

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

/** The keys of records read from the store. */
function keysOf(records: readonly InteractionRecord[]): number[] {
  // Stryker disable next-line ConditionalExpression,ArrayDeclaration: a stored record always has its key
  return records.flatMap((r) => (r.id === undefined ? [] : [r.id]));
}

/**
 * Everything the engine's Context needs from history, in one read-only transaction of index counts,
 * for the contact `id` resolves to (slug or member id alike). The contact and the month's newest
 * sends (which need no contact) are asked at once; then the counts, which need the canonical id,
 * beside the sends not yet cached. Cold (nothing cached, as after a restart) the sends come whole
 * in that first request, where the browser reads an index backwards: two round trips. Warm, only
 * their keys come first, and a send is read once, not again on every lookup.
 */
export function getContext(db: RapportDb, id: string, now: number, recentDays = RECENT_SENT_DAYS): Promise<StoredContext> {
  return guarded(async () => {
    const tx = db.transaction(['contacts', 'interactions'], 'readonly');
    const interactions = tx.objectStore('interactions');
    const byKind = interactions.index('contactId_kind_at');
    const sentAt = interactions.index('kind_at');
    const recentRange = IDBKeyRange.bound(['sent', now - recentDays * DAY_MS], ['sent', now + DAY_MS]);
    const known = sentCache.get(db) ?? new Map<number, SentEntry>();
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: which read to make, not what it finds (both give the month's newest sends; context-recent-sends tests each)
    const cold = known.size === 0 && asksNewestFirst(sentAt);
    const recent: Promise<{ newest: number[]; records: InteractionRecord[] | null }> = cold
      ? newestRecords(sentAt, recentRange, RECENT_SENT_LIMIT).then((records) => ({ newest: keysOf(records), records }))
      : newestKeys(sentAt, recentRange, RECENT_SENT_LIMIT).then((newest) => ({ newest, records: null }));
    const [contact, { newest, records }] = await Promise.all([resolveIn(tx.objectStore('contacts'), id), recent]);
    const contactId = contact?.id ?? id;
    // Stryker disable next-line MethodExpression: a cache: reading the cached sends again finds the same
    const missing = newest.filter((key) => !known.has(key));
    const count = (kind: InteractionKind): Promise<number> => byKind.count(ofKind(contactId, kind));
    const [sent, received, gave, intro, asked, read] = await Promise.all([
      count('sent'),
      count('received'),
      count('gave'),
      count('intro'),
      count('asked'),
      records ?? readSends(sentAt, recentRange, missing, newest.at(-1)),
    ]);
    await tx.done;
    // Stryker disable next-line ConditionalExpression: a stored record always has its key
    for (const r of read) if (r.id !== undefined) known.set(r.id, { contactId: r.contactId, hash: r.hash, snippet: r.snippet });
    const keep = new Set(newest);
    // Stryker disable next-line ConditionalExpression: bounds the cache's memory; what a lookup returns is read through `newest` either way
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
    // Stryker disable next-line ConditionalExpression: null >= a date is false too; the null check says what is meant
    const awayUntil = away !== null && away >= new Date(now).toISOString().slice(0, 10) ? away : null;
    return {
      connectedDaysAgo: connectedOn === null ? null : Math.max(0, Math.floor((now - connectedOn) / DAY_MS)),
      sent,
      received,
      gave: gave + intro,
      asked,
      consentToMailing: contact?.consent.value ?? null,
      recentSent,
      noPitches: contact?.boundaries?.noPitches ?? false,
      awayUntil,
      otherChannel: contact?.boundaries?.otherChannel ?? null,
    };
  });
}

type SentIndex = IDBPIndex<RapportSchema, ('contacts' | 'interactions')[], 'interactions', 'kind_at'>;

/**
 * The sends of `missing` (primary keys, among the newest of `range`, the oldest of which is
 * `oldest`). A few are read one by one; more (cold where an index cannot be read backwards) in two requests:
 * the oldest one needed, for its time, then one getAll over the index from that time on (sends
 * already cached and any sharing that instant come too; the caller keeps the newest). Not a
 * cursor stepping back from the newest: fake-indexeddb walks its whole index for each step back.
 */
async function readSends(index: SentIndex, range: IDBKeyRange, missing: readonly number[], oldest: number | undefined): Promise<InteractionRecord[]> {
  // Stryker disable next-line LogicalOperator,EqualityOperator: how the missing sends are read (by key, or in one range), not which are found
  if (missing.length <= FEW_SENDS || oldest === undefined) {
    const read = await Promise.all(missing.map((key) => index.objectStore.get(key)));
    // Stryker disable next-line MethodExpression,ConditionalExpression: a key among this transaction's newest always holds a record
    return read.filter((r): r is InteractionRecord => r !== undefined);
  }
  const first = await index.objectStore.get(oldest);
  // Stryker disable next-line ArrayDeclaration: a wider range reads more of the same sends, and the caller keeps the newest
  return index.getAll(first ? IDBKeyRange.bound([first.kind, first.at], range.upper) : range);
}
