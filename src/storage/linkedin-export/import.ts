import { unwrap } from 'idb';
import { newContact, withDerivedKeys } from '../contacts';
import { guarded, StorageError, toStorageError } from '../errors';
import { contactIdFromUrl, nameOnlyId, profileUrlFor } from '../ids';
import { textHasher, type TextHasher } from '../hash-key';
import { toRecord } from '../interactions';
import type { RapportDb } from '../open';
import type { ContactRecord, InteractionRecord, LinkedInImportCursor } from '../schema';
import { BACKUP_LIMITS } from '../export-file';
import { BytesHasher, clipText, hashString } from '../text';
import { cell, type CsvRecord } from './csv';
import type { LinkedInImportSummary, SkipReason } from '../../shared/protocol';
import { parseConnectedOn, parseInvitationDate, parseMessageDate } from './dates';
import { OwnerDetector } from './me';
import { repairMojibake } from './mojibake';
import { createSlicer, type Slicer } from './slices';
import { EXPORT_LIMITS, readCsvFiles } from './zip';

export type ImportPhase = 'unzip' | 'connections' | 'invitations' | 'messages';

export interface LinkedInImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

export interface LinkedInImportOptions {
  now: number;
  onProgress?: (progress: LinkedInImportProgress) => void;
  /** Rows written per transaction. */
  batchSize?: number;
  /** false: received messages and invitations are stored without a snippet (the user's choice). */
  receivedSnippets?: boolean;
}

/**
 * Why a row was not imported: no profile link and no name; an invitation naming its person only by
 * `urn:li:member:…` that the export links to no profile; a draft (never sent); no readable date; a
 * message of the owner's whose export names no recipient.
 */
const SKIP_REASONS: readonly SkipReason[] = ['noProfile', 'memberUrn', 'draft', 'noDate', 'noRecipient'];

const FILES = { connections: 'connections.csv', messages: 'messages.csv', invitations: 'invitations.csv' } as const;
const CSV_FILES = [
  { name: 'Connections.csv', firstColumn: 'First Name' },
  { name: 'Invitations.csv', firstColumn: 'Direction' },
  { name: 'messages.csv', firstColumn: 'CONVERSATION ID' },
] as const;
const PHASES: readonly LinkedInImportCursor['phase'][] = ['connections', 'invitations', 'messages', 'done'];

interface Planned {
  contactId: string;
  /** Name to give the contact if we have to create it. */
  name: string;
  record: InteractionRecord;
}

interface ConnectionRow {
  id: string;
  byName: boolean;
  fields: Pick<ContactRecord, 'name' | 'email' | 'company' | 'position' | 'connectedOn' | 'profileUrl'>;
}

class Counter {
  repaired = 0;
  private readonly ids = new Map<string, string | null>();
  readonly skipped: Record<SkipReason, number> = { noProfile: 0, memberUrn: 0, draft: 0, noDate: 0, noRecipient: 0 };

  skip(reason: SkipReason): null {
    this.skipped[reason] += 1;
    return null;
  }

  /**
   * contactIdFromUrl, remembered: an export names the owner in every message and each person in
   * many, and parsing a URL is the costliest step of reading a row (150,000 of them for 50,000 messages).
   */
  profileId(url: string): string | null {
    let id = this.ids.get(url);
    // Stryker disable next-line ConditionalExpression: a memo; computing the id again gives the same id
    if (id === undefined) this.ids.set(url, (id = contactIdFromUrl(url)));
    return id;
  }

  /** Repaired and clipped to what a backup file holds, so that every export re-imports. */
  text(value: string, max: number = BACKUP_LIMITS.field): string {
    const raw = value.trim();
    const fixed = repairMojibake(raw);
    if (fixed !== raw) this.repaired += 1;
    return clipText(fixed, max);
  }
}

function idsIn(urls: string, counter: Counter): string[] {
  // Stryker disable next-line Regex: splitting at each separator leaves empty pieces, which name no profile and are filtered out
  return urls.split(/[\s,]+/u).map((url) => counter.profileId(url)).filter((id): id is string => id !== null);
}

/**
 * A connection by its profile link; without one (exports before mid-2023 have no URL column), by a
 * made-up id derived from the row, so the same row imports to the same record again.
 */
function connectionRow(row: CsvRecord, counter: Counter): ConnectionRow | null {
  const name = clipText([counter.text(cell(row, 'First Name')), counter.text(cell(row, 'Last Name'))].filter(Boolean).join(' '), BACKUP_LIMITS.field);
  const fields = {
    name,
    email: counter.text(cell(row, 'Email Address')),
    company: counter.text(cell(row, 'Company')),
    position: counter.text(cell(row, 'Position')),
    connectedOn: parseConnectedOn(cell(row, 'Connected On')),
  };
  const id = counter.profileId(cell(row, 'URL'));
  if (id) return { id, byName: false, fields: { ...fields, profileUrl: profileUrlFor(id) } };
  if (!name) return counter.skip('noProfile');
  const key = hashString([fields.name, fields.email, fields.company, fields.position, cell(row, 'Connected On')].join('\u0000'));
  return { id: nameOnlyId(key), byName: true, fields: { ...fields, profileUrl: '' } };
}

interface MessageRow {
  conversationId: string;
  from: string;
  fromName: string;
  to: string[];
  toName: string;
  at: number;
  content: string;
  /** What its urns start with (urnKey): made as the row is read, while the upload may still be coming. */
  key: string;
}

/** LinkedIn writes these flags as "Yes"/"No" (some exports "true"/"false"). */
function isYes(value: string): boolean {
  return /^(?:yes|true|1)$/iu.test(value.trim());
}

/** messages.csv has 9 to 12 columns over the years: every column is read by its header, and any may be missing. */
function messageRow(row: CsvRecord, counter: Counter): MessageRow | null {
  // A draft was never sent: it is not part of the relationship.
  if (isYes(cell(row, 'IS MESSAGE DRAFT')) || isYes(cell(row, 'IS CONVERSATION DRAFT'))) return counter.skip('draft');
  const at = parseMessageDate(cell(row, 'DATE'));
  const from = counter.profileId(cell(row, 'SENDER PROFILE URL')) ?? '';
  if (!from) return counter.skip('noProfile');
  if (at === null) return counter.skip('noDate');
  const conversationId = cell(row, 'CONVERSATION ID');
  // Only hashed and cut to a snippet, never stored whole: the parser's own limit is enough.
  const content = counter.text(cell(row, 'CONTENT'), Infinity);
  return {
    conversationId,
    from,
    fromName: counter.text(cell(row, 'FROM')),
    to: idsIn(cell(row, 'RECIPIENT PROFILE URLS'), counter),
    toName: counter.text(cell(row, 'TO')),
    at,
    content,
    key: urnKey(conversationId, at, from, content),
  };
}

/**
 * Exports without RECIPIENT PROFILE URLS name only senders: the owner's message in a conversation
 * went to the others who wrote in it.
 */
async function fillRecipients(messages: readonly (MessageRow | null)[], me: string | null, each: EachSliced): Promise<void> {
  const senders = new Map<string, Set<string>>();
  await each(messages, (m) => {
    // Stryker disable next-line ConditionalExpression: the owner counted among a conversation's senders changes nothing, as addressMessage drops the owner from every recipient list
    if (!m || m.from === me) return;
    let set = senders.get(m.conversationId);
    if (!set) senders.set(m.conversationId, (set = new Set()));
    set.add(m.from);
  });
  await each(messages, (m) => {
    // Stryker disable next-line ConditionalExpression: only the owner's messages are addressed by their recipients (addressMessage), so filling anyone else's changes nothing
    if (m && m.from === me && m.to.length === 0) m.to = [...(senders.get(m.conversationId) ?? [])];
  });
}

/** Calls `fn` for every item, yielding between slices: 50,000 messages are too many for one task. */
type EachSliced = <T>(items: readonly T[], fn: (item: T) => void) => Promise<void>;

/** A message and whom it concerns: the owner's go "sent" to each recipient, everyone else's are "received" from them. */
interface AddressedMessage {
  message: MessageRow;
  kind: 'sent' | 'received';
  to: string[];
  /** The name the row gives the person, when it names one person. */
  name: string;
  /** What its urns start with (urnKey). */
  key: string;
}

function addressMessage(m: MessageRow, me: string | null): AddressedMessage | null {
  if (m.from !== me) return { message: m, kind: 'received', to: [m.from], name: m.fromName, key: m.key };
  const to = m.to.filter((id) => id !== me);
  return to.length === 0 ? null : { message: m, kind: 'sent', to, name: to.length === 1 ? m.toName : '', key: m.key };
}

/**
 * Unkeyed, so that a re-import after restoring a backup elsewhere still matches: it digests
 * LinkedIn's conversation id, which no backup holds, so it confirms no guess of the content.
 */
function urnKey(conversationId: string, at: number, from: string, content: string): string {
  return hashString([conversationId, at, from, content].join('\u0000'));
}

/**
 * The interactions of one message, the costly part of planning (normalised, cut and hashed once,
 * however many people a group message went to): done batch by batch, while the previous batch is written.
 */
function planMessage({ message: m, kind, to, name, key }: AddressedMessage, hash: TextHasher, receivedSnippets: boolean): Planned[] {
  // Stryker disable next-line StringLiteral,LogicalOperator: every record below gets its own contactId, and `to` is never empty (addressMessage)
  const base = toRecord({ contactId: to[0] ?? '', kind, surface: 'message', text: m.content, at: m.at, keepSnippet: kind === 'sent' || receivedSnippets }, m.at, hash);
  return to.map((contactId) => ({ contactId, name, record: { ...base, contactId, urn: `li-export:msg:${key}:${contactId}` } }));
}

/**
 * The messages in the order of their urns (the rows not imported last), so that the urn index,
 * the one index whose every write is a lookup first (it is unique), grows at one end instead of
 * everywhere at once: in Chromium a raw write of hashed urns took about a fifth longer than of
 * ordered ones (issue 11). The same file sorts the same way, which a resumed import counts on.
 * Bucketed by the key's first three hex digits, then each bucket sorted (about a dozen messages
 * each in 50,000, and 64 buckets between two chances to yield): no one sort of 50,000 strings holds the thread.
 */
async function inUrnOrder(messages: readonly (AddressedMessage | null)[], each: EachSliced): Promise<(AddressedMessage | null)[]> {
  const buckets = Array.from({ length: 16 ** 3 }, (): AddressedMessage[] => []);
  let skipped = 0;
  await each(messages, (m) => {
    // Stryker disable next-line OptionalChaining: a key's first three hex digits always name one of the 16 ** 3 buckets
    if (m) buckets[Number.parseInt(m.key.slice(0, 3), 16)]?.push(m);
    else skipped += 1;
  });
  const out: (AddressedMessage | null)[] = [];
  // Array.prototype.sort is stable: messages with one key (a row repeated in the file) keep the file's order.
  await each(buckets, (bucket) => out.push(...bucket.sort(byUrnKey)));
  for (let i = 0; i < skipped; i += 1) out.push(null);
  return out;
}

/** The comparator of inUrnOrder: 0 for one key, which the stable sort leaves in the file's order. */
function byUrnKey(a: AddressedMessage, b: AddressedMessage): number {
  if (a.key < b.key) return -1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: V8's sort asks only whether a result is below 0, so Node cannot tell 1 from 0; sort's contract, and other engines, need both
  return a.key > b.key ? 1 : 0;
}

const INVITATION_PARTIES = [
  { url: 'inviterProfileUrl', urn: 'inviterProfileUrn' },
  { url: 'inviteeProfileUrl', urn: 'inviteeProfileUrn' },
] as const;

/**
 * Invitations.csv from mid-2023 names people by `urn:li:member:…` (inviterProfileUrn,
 * inviteeProfileUrn), which no LinkedIn page shows. A row that carries both a urn and a profile
 * link for one party tells which profile the urn is; nothing else in the export does.
 */
function memberUrnLinks(rows: readonly CsvRecord[]): Map<string, string> {
  const links = new Map<string, string>();
  for (const row of rows) {
    for (const party of INVITATION_PARTIES) {
      const urn = cell(row, party.urn).trim();
      const id = contactIdFromUrl(cell(row, party.url));
      if (urn && id) links.set(urn, id);
    }
  }
  return links;
}

/** Invitations carry a note only sometimes; those notes are the first message to that person. */
function planInvitation(row: CsvRecord, counter: Counter, urnLinks: ReadonlyMap<string, string>, hash: TextHasher, receivedSnippets: boolean): Planned[] | null {
  const outgoing = cell(row, 'Direction').toUpperCase() === 'OUTGOING';
  const party = INVITATION_PARTIES[outgoing ? 1 : 0];
  const memberUrn = cell(row, party.urn).trim();
  const contactId = counter.profileId(cell(row, party.url)) ?? urnLinks.get(memberUrn) ?? null;
  if (!contactId) return counter.skip(memberUrn ? 'memberUrn' : 'noProfile');
  const at = parseInvitationDate(cell(row, 'Sent At'));
  if (at === null) return counter.skip('noDate');
  const note = counter.text(cell(row, 'Message'), Infinity);
  if (!note) return [];
  const kind = outgoing ? 'sent' : 'received';
  // Not a digest of the note: the backup holds this urn beside the note's snippet, and an unkeyed
  // digest would confirm guesses of the rest. One invitation per person, direction and minute.
  const urn = `li-export:invite:${hashString([kind, contactId, at].join('\u0000'))}`;
  return [{ contactId, name: counter.text(cell(row, outgoing ? 'To' : 'From')), record: toRecord({ contactId, kind, surface: 'invite-note', text: note, at, urn, keepSnippet: outgoing || receivedSnippets }, at, hash) }];
}

/** The chunks of an upload as they pass, each added to `hasher`: the file's hash is known once the last is read. */
async function* hashedChunks(chunks: AsyncIterable<Uint8Array>, hasher: BytesHasher): AsyncIterable<Uint8Array> {
  for await (const chunk of chunks) {
    hasher.update(chunk);
    yield chunk;
  }
}

/**
 * Imports the ZIP from LinkedIn's "Get a copy of your data", whole or in chunks as it is uploaded
 * (unpacked and parsed as they arrive; nothing is written before the last). Every file is read and every row
 * interpreted (who it is about, when, or why it is skipped) before anything is written, so a file
 * that cannot be read changes nothing; only a message's snippet and hashes, which cannot fail, are
 * made batch by batch while the previous batch is written. Idempotent: every
 * interaction has a urn derived from its content, so a second import adds nothing. Resumable: the
 * cursor in `meta` is advanced in the same transaction as each batch, so a worker stopped mid-way,
 * or a write that failed, continues with the next batch when the same file is imported again; the
 * error then says exactly how far it got. Rows join the people already stored, through their
 * aliases, resolved in memory from one paged read of the store: no request per row (issue 11).
 */
export async function importLinkedInExport(db: RapportDb, zip: Uint8Array | AsyncIterable<Uint8Array>, options: LinkedInImportOptions): Promise<LinkedInImportSummary> {
  const { now } = options;
  // Stryker disable next-line LogicalOperator: `undefined && true` is undefined, which toRecord keeps a snippet for as it does for true (only keepSnippet === false drops it)
  const receivedSnippets = options.receivedSnippets ?? true;
  const batchSize = options.batchSize ?? 1000;
  const progress = options.onProgress ?? (() => undefined);
  const slicer = createSlicer();
  const counter = new Counter();
  const fileHasher = new BytesHasher();
  // Stryker disable next-line ConditionalExpression: a stream has no length, so update() of it adds nothing; its chunks are hashed as they pass (hashedChunks)
  if (zip instanceof Uint8Array) fileHasher.update(zip);
  const hash = await textHasher(db);

  progress({ phase: 'unzip', done: 0, total: 1 });
  // Connections and messages are interpreted row by row as they are parsed (while the rest of the
  // file inflates, or is still being uploaded), and only what is made of them is kept. Invitations
  // are kept as rows: one may link a member urn that an earlier one needs (memberUrnLinks).
  const connections: (ConnectionRow | null)[] = [];
  const invitationRecords: CsvRecord[] = [];
  const messageRows: (MessageRow | null)[] = [];
  const detector = new OwnerDetector();
  const files = await readCsvFiles(zip instanceof Uint8Array ? zip : hashedChunks(zip, fileHasher), CSV_FILES, EXPORT_LIMITS, (file, record) => {
    if (file === FILES.connections) connections.push(connectionRow(record, counter));
    else if (file === FILES.messages) {
      const m = messageRow(record, counter);
      if (m) detector.add(m);
      messageRows.push(m);
    } else invitationRecords.push(record);
  });
  const fileHash = fileHasher.digest();
  if (files.size === 0) throw new StorageError('invalid_import', 'The ZIP holds none of Connections.csv, messages.csv or Invitations.csv: is it the LinkedIn data export?');
  progress({ phase: 'unzip', done: 1, total: 1 });

  const saved = (await guarded(() => db.get('meta', 'linkedin-import'))) as LinkedInImportCursor | undefined;
  const cursor: LinkedInImportCursor =
    saved && saved.fileHash === fileHash && saved.phase !== 'done'
      ? saved
      : { key: 'linkedin-import', fileHash, phase: 'connections', done: 0, me: null, updatedAt: now };
  const summary: LinkedInImportSummary = {
    connections: connections.length, invitations: invitationRecords.length, messages: messageRows.length,
    contactsAdded: 0, contactsUpdated: 0, interactionsAdded: 0, joined: 0, added: 0, byName: 0,
    skippedRows: 0, skipped: counter.skipped, repairedFields: 0, me: null, resumedRows: 0,
  };
  /** Rows of `phase` already applied by an interrupted run of this file. */
  const startAt = (phase: LinkedInImportCursor['phase']): number => {
    const order = PHASES.indexOf(phase) - PHASES.indexOf(cursor.phase);
    return order < 0 ? Infinity : order === 0 ? cursor.done : 0;
  };

  summary.byName = connections.filter((c) => c?.byName).length;
  const urnLinks = memberUrnLinks(invitationRecords);
  const invitations = await mapSliced(invitationRecords, (r) => planInvitation(r, counter, urnLinks, hash, receivedSnippets));
  invitationRecords.length = 0;
  const connectionIds = new Set<string>();
  await eachSliced(connections, (c) => c && connectionIds.add(c.id));
  cursor.me ??= detector.owner(connectionIds);
  summary.me = cursor.me;
  await fillRecipients(messageRows, cursor.me, eachSliced);
  const messages = await inUrnOrder(await mapSliced(messageRows, (m) => (m ? (addressMessage(m, cursor.me) ?? counter.skip('noRecipient')) : null)), eachSliced);
  summary.skippedRows = SKIP_REASONS.reduce((sum, reason) => sum + counter.skipped[reason], 0);
  summary.repairedFields = counter.repaired;

  // The export urns an earlier import stored, read in pages over their range of the urn index
  // (none on a first import): a row already there is known without a request of its own.
  const urnsStored = await storedExportUrns(db, slicer);
  const urnsThisRun = new Set<string>();
  // Everyone already stored, read in a few pages instead of one or two requests per row: the
  // aliases are resolved in memory, and only a record that exists is read again (inside the
  // transaction that rewrites it, so an edit made meanwhile in the popup is kept).
  const people = await storedPeople(db, slicer);
  const aliasOf = new Map<string, string>();
  for (const c of people.values()) for (const alias of c.aliases) aliasOf.set(alias, c.id);
  /** Export id -> the canonical id of the record it names (an alias finds its person). */
  const canonical = (id: string): string => (people.has(id) ? id : aliasOf.get(id) ?? id);
  const named = new Map<string, NamedPerson>();
  await eachSliced(invitations, (list) => list?.forEach((p) => reached(named, canonical(p.contactId), p.name, p.record.at)));
  await eachSliced(messages, (m) => m?.to.forEach((id) => reached(named, canonical(id), m.name, m.message.at)));

  const applied = { connections: 0, invitations: 0, messages: 0 };
  /** Contacts this run created, by canonical id: what their interactions reach counts as added. */
  const createdThisRun = new Set<string>();
  try {
    await runBatches('connections', connections, (batch) => batch, (batch, behind) => {
      const rows = batch.filter((row): row is ConnectionRow => row !== null);
      // One person may fill several rows of a batch (a repeated row, or a slug and its alias): one write each.
      const byKey = new Map<string, ConnectionRow[]>();
      for (const row of rows) {
        const key = canonical(row.id);
        const mine = byKey.get(key);
        if (mine || people.has(key)) summary.joined += 1;
        else summary.added += 1;
        if (mine) mine.push(row);
        else byKey.set(key, [row]);
      }
      const build = (key: string, before: ContactRecord | undefined): ContactRecord => {
        // Stryker disable next-line ArrayDeclaration: the keys are byKey's own
        const next = (byKey.get(key) ?? []).reduce<ContactRecord | undefined>((base, row) => mergeConnection(base, row, now), before);
        // Stryker disable next-line ConditionalExpression,StringLiteral: unreachable, each key has a row; the check narrows the type
        if (!next) throw new Error('a connection batch without rows');
        return withLastInteraction(next, named.get(key), now);
      };
      return writeContacts([...byKey.keys()], behind, build, (before, next) => {
        if (!before) summary.contactsAdded += 1;
        else if (!sameConnection(before, next)) summary.contactsUpdated += 1;
      });
    });
    // Everyone the invitations and messages name who is new, or whose last interaction is newer
    // than the one stored: usually nobody after the connections, written once before their interactions.
    // Found first, so that a batch with nobody to write opens no transaction: each would wait for
    // the database to finish the connections, while it could be taking the first interactions.
    // Stryker disable next-line OptionalChaining,StringLiteral: called for the keys of `named` only, each with a name (maybe '')
    const buildNamed = (key: string, before: ContactRecord | undefined): ContactRecord => withLastInteraction(before ?? newContact(key, now, { name: named.get(key)?.name ?? '' }), named.get(key), now);
    const rest: string[] = [];
    await eachSliced([...named.keys()], (key) => {
      const before = people.get(key);
      // Stryker disable next-line ConditionalExpression: spares a batch with nobody to write its transaction; writeContacts writes only what changed either way
      if (!before || !sameContact(before, buildNamed(key, before))) rest.push(key);
    });
    // Stryker disable next-line EqualityOperator: one more batch would be empty, a transaction with nothing to write
    for (let from = 0; from < rest.length; from += batchSize) {
      await guarded(async () => {
        const { tx, placed } = await writeContacts(
          // Stryker disable next-line MethodExpression: batches bound a transaction's size; a batch of everyone finds those written before unchanged (people holds them) and writes them once
          rest.slice(from, from + batchSize),
          null,
          buildNamed,
          (before) => {
            if (!before) summary.contactsAdded += 1;
          },
        );
        placed();
        await tx.done;
      });
      await slicer.maybeYield();
    }
    await runBatches('invitations', invitations, (batch) => batch, writeInteractions);
    await runBatches('messages', messages, (batch) => mapSliced(batch, (m) => m && planMessage(m, hash, receivedSnippets)), writeInteractions);
  } catch (err) {
    const error = toStorageError(err);
    const total = { connections: connections.length, invitations: invitations.length, messages: messages.length };
    const got = (Object.keys(applied) as (keyof typeof applied)[]).map((phase) => `${applied[phase]} of ${total[phase]} ${phase}`).join(', ');
    throw new StorageError(error.code, `${error.message} Applied before this error: ${got} (rows of an earlier run included); importing the same file again continues from there.`, error.location);
  }

  await guarded(() => db.put('meta', { ...cursor, phase: 'done', done: 0, updatedAt: now }));
  return summary;

  async function mapSliced<T, U>(items: readonly T[], fn: (item: T) => U): Promise<U[]> {
    const out: U[] = [];
    await eachSliced(items, (item) => out.push(fn(item)));
    return out;
  }

  async function eachSliced<T>(items: readonly T[], fn: (item: T) => void): Promise<void> {
    for (let i = 0; i < items.length; i += 1) {
      fn(items[i] as T);
      // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: when to yield the thread is for the page's responsiveness; what is computed is the same
      if (i % 64 === 63) await slicer.maybeYield();
    }
  }

  /**
   * Writes the records `build` makes for `keys` where they differ from what is stored, in one
   * transaction (returned, open: the caller may add to it, then commits it). Decided in memory
   * first, so a first import reads nothing; a record that exists is read again in the transaction
   * and built on what it holds then.
   */
  async function writeContacts(
    keys: readonly string[],
    behind: LinkedInImportCursor | null,
    build: (key: string, before: ContactRecord | undefined) => ContactRecord,
    count: (before: ContactRecord | undefined, next: ContactRecord) => void,
  ) {
    const changed = keys.filter((key) => {
      const before = people.get(key);
      return !before || !sameContact(before, build(key, before));
    });
    // Stryker disable next-line ObjectLiteral: a durability hint, which fake-indexeddb ignores
    const tx = db.transaction(['contacts', 'meta'], 'readwrite', { durability: 'relaxed' });
    const { placed } = commitBehind(unwrap(tx), behind);
    const store = tx.objectStore('contacts');
    const fresh = await Promise.all(changed.map((key) => (people.has(key) ? store.get(key) : undefined)));
    await allPlacedOrAborted(tx, placeSliced(changed, (key, i) => {
      const before = fresh[i];
      const next = build(key, before);
      count(before, next);
      if (!before) createdThisRun.add(key);
      people.set(key, next);
      return unwrap(store).put(next);
    }, slicer));
    return { tx, placed };
  }

  async function writeInteractions(plans: readonly (Planned[] | null)[], behind: LinkedInImportCursor | null) {
    // Stryker disable next-line ObjectLiteral: a durability hint, which fake-indexeddb ignores
    const tx = db.transaction(['interactions', 'meta'], 'readwrite', { durability: 'relaxed' });
    const { placed } = commitBehind(unwrap(tx), behind);
    const interactions = unwrap(tx.objectStore('interactions'));
    const planned = plans.flatMap((p) => p ?? []).filter((p) => {
      // A row can repeat inside one file (the same person listed twice in a group): keep the first.
      // Stryker disable next-line StringLiteral: every planned record has a urn
      const urn = p.record.urn ?? '';
      if (urnsThisRun.has(urn)) return false;
      urnsThisRun.add(urn);
      return true;
    });
    // Stryker disable next-line StringLiteral: every planned record has a urn
    const fresh = planned.filter((p) => !urnsStored.has(p.record.urn ?? ''));
    summary.interactionsAdded += fresh.length;
    await allPlacedOrAborted(tx, placeSliced(fresh, (p) => {
      const contactId = canonical(p.contactId);
      if (createdThisRun.has(contactId)) summary.added += 1;
      else summary.joined += 1;
      // put, not add: the record has no id, so the store makes a new key and nothing can be
      // overwritten, while add would also look that new key up first (Chromium does, per record).
      // Stryker disable next-line ConditionalExpression: a copy with the same contactId is the same record; the test only spares the copy
      return interactions.put(contactId === p.contactId ? p.record : { ...p.record, contactId });
    }, slicer));
    return { tx, placed };
  }

  /**
   * Writes `rows` a batch per transaction, the cursor advanced in the same transaction. Two
   * batches are under way at once: while one commits, the next is prepared (`prepare`: the costly
   * planning) and placed in a transaction queued behind it, so the database goes from one to the
   * next without waiting for this thread. A queued batch goes on only if the cursor says the one
   * before it committed (commitBehind): a failed batch is never skipped. `apply` places a batch's
   * writes and returns its transaction, still open; its cursor is placed here, and it is committed
   * as soon as it may be, so the database need not wait for this thread to see every success event.
   */
  async function runBatches<T, U>(
    phase: Exclude<LinkedInImportCursor['phase'], 'done'>,
    rows: readonly T[],
    prepare: (batch: readonly T[]) => U | Promise<U>,
    apply: (prepared: U, behind: LinkedInImportCursor | null) => Promise<{ tx: { done: Promise<void>; objectStore(name: 'meta'): { put(value: LinkedInImportCursor): Promise<unknown> } }; placed(): void }>,
  ): Promise<void> {
    const first = Math.min(startAt(phase), rows.length);
    summary.resumedRows += first;
    applied[phase] = first;
    progress({ phase, done: first, total: rows.length });
    const write = async (batch: U, position: LinkedInImportCursor, behind: LinkedInImportCursor | null) => {
      const { tx, placed } = await apply(batch, behind);
      const committed = Promise.all([tx.objectStore('meta').put(position), tx.done]).then(() => position);
      placed();
      return { committed };
    };
    const settle = async (placing: Promise<{ committed: Promise<LinkedInImportCursor> }>): Promise<LinkedInImportCursor> => {
      const position = await guarded(async () => (await placing).committed);
      Object.assign(cursor, position);
      applied[phase] = position.done;
      progress({ phase, done: position.done, total: rows.length });
      return position;
    };
    let inFlight: { placing: Promise<{ committed: Promise<LinkedInImportCursor> }>; position: LinkedInImportCursor } | null = null;
    for (let done = first; done < rows.length; ) {
      const batch = await prepare(rows.slice(done, done + batchSize));
      done = Math.min(rows.length, done + batchSize);
      const position: LinkedInImportCursor = { ...cursor, phase, done, updatedAt: now };
      const placing = write(batch, position, inFlight?.position ?? null);
      // Settled below, after the batch before it; this only keeps its failure from being reported as unhandled meanwhile.
      placing.then(({ committed }) => committed).catch(() => undefined);
      if (inFlight) await settle(inFlight.placing);
      inFlight = { placing, position };
      await slicer.maybeYield();
    }
    if (inFlight) await settle(inFlight.placing);
  }

}

/**
 * Commits `tx` once all its writes are placed (`placed()`), without waiting for this thread to see
 * their success events. Behind a batch that may yet fail (`behind`: the cursor that batch leaves),
 * its first request reads the cursor: where that batch left it, the transaction commits (from
 * that read's success event, if the writes were placed before it came); anywhere else, that batch
 * failed and this one is aborted, never committed in its place. Not commit() first and abort()
 * later: a committing transaction can no longer be aborted.
 */
function commitBehind(tx: IDBTransaction, behind: LinkedInImportCursor | null): { placed(): void } {
  // Stryker disable next-line ArrowFunction: commit() only ends the transaction before it would end by itself, with the same writes
  if (!behind) return { placed: () => tx.commit() };
  // Stryker disable next-line StringLiteral: any other start is neither 'checked' nor 'placed' either
  let step: 'checking' | 'checked' | 'placed' = 'checking';
  const read = tx.objectStore('meta').get(behind.key);
  read.onsuccess = () => {
    const now = read.result as LinkedInImportCursor | undefined;
    // Stryker disable next-line OptionalChaining: with no cursor, now.fileHash throws in this success handler, which aborts the transaction (IndexedDB, fake-indexeddb alike)
    if (now?.fileHash !== behind.fileHash || now.phase !== behind.phase || now.done !== behind.done) {
      tx.abort();
      return;
    }
    // Stryker disable next-line ConditionalExpression,StringLiteral: commit() only ends the transaction before it would end by itself, with the same writes
    if (step === 'placed') tx.commit();
    // Stryker disable next-line StringLiteral: commit() only ends the transaction before it would end by itself, with the same writes (placed() then does not commit)
    step = 'checked';
  };
  return {
    // Stryker disable next-line BlockStatement: commit() only ends the transaction before it would end by itself, with the same writes
    placed() {
      // Stryker disable next-line ConditionalExpression,StringLiteral: commit() only ends the transaction before it would end by itself, with the same writes
      if (step === 'checked') tx.commit();
      // Stryker disable next-line StringLiteral: commit() only ends the transaction before it would end by itself, with the same writes (the read's success then does not commit)
      step = 'placed';
    },
  };
}

/**
 * A batch whose writes could not all be placed (a write refused at once, or its transaction
 * aborted meanwhile by commitBehind) is aborted, never committed in part; its transaction's
 * failure is then the caller's error, not an unhandled one.
 */
async function allPlacedOrAborted(tx: { abort(): void; done: Promise<void> }, placing: Promise<void>): Promise<void> {
  try {
    await placing;
  } catch (err) {
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already aborted (commitBehind) or finished.
    }
    throw err;
  }
}

/**
 * Places one request per item in an open transaction, in slices (each record is cloned on this
 * thread as it is placed: 1,000 of them are too many for one task). Between slices the thread is
 * handed back by waiting for the slice's first request, whose success event goes on, the
 * transaction still active; the database meanwhile works on the rest. Raw requests, not idb's
 * promises: a failed one aborts the transaction, which its caller awaits.
 */
async function placeSliced<T>(items: readonly T[], place: (item: T, index: number) => IDBRequest, slicer: Slicer): Promise<void> {
  let first: IDBRequest | null = null;
  for (let i = 0; i < items.length; i += 1) {
    const request = place(items[i] as T, i);
    first ??= request;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator,BlockStatement: when to hand the thread back is for the page's responsiveness; the writes are the same
    if (i % 16 === 15) {
      await slicer.maybeWaitFor(first);
      first = null;
    }
  }
}

function mergeConnection(before: ContactRecord | undefined, row: ConnectionRow, now: number): ContactRecord {
  if (!before) return newContact(row.id, now, { ...row.fields, degree: 1 });
  const f = row.fields;
  return withDerivedKeys({
    ...before,
    // What the user or the page already told us wins over the export, except the connection facts.
    name: before.name || f.name,
    email: before.email || f.email,
    company: f.company || before.company,
    position: f.position || before.position,
    connectedOn: f.connectedOn ?? before.connectedOn,
    degree: 1,
    updatedAt: now,
  });
}

/** The facts a connection row sets: a change here counts the contact as updated. */
function sameConnection(a: ContactRecord, b: ContactRecord): boolean {
  return a.name === b.name && a.email === b.email && a.company === b.company && a.position === b.position && a.connectedOn === b.connectedOn && a.degree === b.degree;
}

/** Everything the import may change: equal, and the record is not written again. */
function sameContact(a: ContactRecord, b: ContactRecord): boolean {
  return sameConnection(a, b) && a.lastInteractionAt === b.lastInteractionAt;
}

interface NamedPerson {
  name: string;
  nameAt: number;
  /** The newest planned interaction. */
  at: number;
}

/** Notes that an interaction the import plans reaches `key` (canonical) at `at`: the newest time, and the newest name a row gives. */
function reached(people: Map<string, NamedPerson>, key: string, name: string, at: number): void {
  let person = people.get(key);
  if (!person) people.set(key, (person = { name: '', nameAt: -Infinity, at: -Infinity }));
  person.at = Math.max(person.at, at);
  // The name from the newest row that gives one: a group message names nobody.
  if (name && at >= person.nameAt) {
    person.name = name;
    person.nameAt = at;
  }
}

/** lastInteractionAt raised to the newest interaction the import brings (a max: safe to apply again on resume). */
function withLastInteraction(contact: ContactRecord, person: NamedPerson | undefined, now: number): ContactRecord {
  if (!person) return contact;
  const at = Math.max(contact.lastInteractionAt ?? person.at, person.at);
  // Stryker disable next-line ConditionalExpression: the copy differs only in updatedAt, which sameContact ignores: it is written only where the contact changed anyway, and then with updatedAt now either way
  return at === contact.lastInteractionAt ? contact : { ...contact, lastInteractionAt: at, updatedAt: now };
}

const STORED_PAGE = 2_000;

/** The urns of every interaction an earlier LinkedIn import stored, a page at a time. */
async function storedExportUrns(db: RapportDb, slicer: { maybeYield(): Promise<void> }): Promise<Set<string>> {
  const out = new Set<string>();
  // Stryker disable next-line StringLiteral: a wider range reads other urns too, which no export urn can equal
  let range = IDBKeyRange.bound('li-export:', 'li-export:\uffff');
  for (;;) {
    const from = range;
    const page: InteractionRecord[] = await guarded(() => db.getAllFromIndex('interactions', 'urn', from, STORED_PAGE));
    // Stryker disable next-line ConditionalExpression: the urn index holds only records with a urn; the check narrows the type
    for (const r of page) if (r.urn) out.add(r.urn);
    // Stryker disable next-line UnaryOperator: a next page from further back reads urns the set holds already
    const last = page.at(-1)?.urn;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: stopping only at an empty page costs one more read, of nothing
    if (page.length < STORED_PAGE || last === undefined) return out;
    // Stryker disable next-line BooleanLiteral: a closed bound reads the last urn again, which the set holds already
    range = IDBKeyRange.bound(last, 'li-export:\uffff', true);
    await slicer.maybeYield();
  }
}

/** Every stored contact by canonical id, read a page at a time (one request per page, not per row). */
async function storedPeople(db: RapportDb, slicer: { maybeYield(): Promise<void> }): Promise<Map<string, ContactRecord>> {
  const out = new Map<string, ContactRecord>();
  let after: string | null = null;
  for (;;) {
    const from = after;
    // Stryker disable next-line BooleanLiteral: a closed bound reads the last contact again, under the same key
    const page: ContactRecord[] = await guarded(() => db.getAll('contacts', from === null ? undefined : IDBKeyRange.lowerBound(from, true), STORED_PAGE));
    for (const c of page) out.set(c.id, c);
    // Stryker disable next-line UnaryOperator: a next page from further back reads contacts the map holds already
    const last: ContactRecord | undefined = page.at(-1);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: stopping only at an empty page costs one more read, of nothing
    if (page.length < STORED_PAGE || !last) return out;
    after = last.id;
    await slicer.maybeYield();
  }
}
