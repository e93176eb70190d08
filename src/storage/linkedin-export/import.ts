import { newContact } from '../contacts';
import { guarded, StorageError } from '../errors';
import { contactIdFromUrl, profileUrlFor } from '../ids';
import { textHasher, type TextHasher } from '../hash-key';
import { toRecord } from '../interactions';
import type { RapportDb } from '../open';
import type { ContactRecord, InteractionRecord, LinkedInImportCursor } from '../schema';
import { BACKUP_LIMITS } from '../export-file';
import { clipText, hashBytes, hashString } from '../text';
import type { CsvRecord } from './csv';
import { parseConnectedOn, parseInvitationDate, parseMessageDate } from './dates';
import { OwnerDetector } from './me';
import { repairMojibake } from './mojibake';
import { createSlicer } from './slices';
import { readCsvFiles } from './zip';

export type ImportPhase = 'unzip' | 'connections' | 'invitations' | 'messages';

export interface LinkedInImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

export interface LinkedInImportSummary {
  connections: number;
  invitations: number;
  messages: number;
  contactsAdded: number;
  contactsUpdated: number;
  interactionsAdded: number;
  /** Rows with no usable profile URL or date. */
  skippedRows: number;
  /** Text fields whose double-encoded UTF-8 was repaired. */
  repairedFields: number;
  /** Contact id taken to be the account owner (see me.ts). */
  me: string | null;
  /** Rows not re-applied because an interrupted import of the same file had already done them. */
  resumedRows: number;
}

export interface LinkedInImportOptions {
  now: number;
  onProgress?: (progress: LinkedInImportProgress) => void;
  /** Rows written per transaction. */
  batchSize?: number;
  /** false: received messages and invitations are stored without a snippet (the user's choice). */
  receivedSnippets?: boolean;
}

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
  fields: Pick<ContactRecord, 'name' | 'email' | 'company' | 'position' | 'connectedOn' | 'profileUrl'>;
}

class Counter {
  repaired = 0;
  skipped = 0;

  /** Repaired and clipped to what a backup file holds, so that every export re-imports. */
  text(value: string | undefined, max: number = BACKUP_LIMITS.field): string {
    const raw = (value ?? '').trim();
    const fixed = repairMojibake(raw);
    if (fixed !== raw) this.repaired += 1;
    return clipText(fixed, max);
  }
}

function idsIn(urls: string | undefined): string[] {
  return (urls ?? '').split(/[\s,]+/u).map(contactIdFromUrl).filter((id): id is string => id !== null);
}

function connectionRow(row: CsvRecord, counter: Counter): ConnectionRow | null {
  const id = contactIdFromUrl(row.URL ?? '');
  if (!id) return null;
  return {
    id,
    fields: {
      name: clipText([counter.text(row['First Name']), counter.text(row['Last Name'])].filter(Boolean).join(' '), BACKUP_LIMITS.field),
      email: counter.text(row['Email Address']),
      company: counter.text(row.Company),
      position: counter.text(row.Position),
      connectedOn: parseConnectedOn(row['Connected On'] ?? ''),
      profileUrl: profileUrlFor(id),
    },
  };
}

interface MessageRow {
  conversationId: string;
  from: string;
  fromName: string;
  to: string[];
  toName: string;
  at: number;
  content: string;
}

function messageRow(row: CsvRecord, counter: Counter): MessageRow | null {
  const at = parseMessageDate(row.DATE ?? '');
  const from = contactIdFromUrl(row['SENDER PROFILE URL'] ?? '') ?? '';
  if (at === null || !from) return null;
  return {
    conversationId: row['CONVERSATION ID'] ?? '',
    from,
    fromName: counter.text(row.FROM),
    to: idsIn(row['RECIPIENT PROFILE URLS']),
    toName: counter.text(row.TO),
    at,
    // Only hashed and cut to a snippet, never stored whole: the parser's own limit is enough.
    content: counter.text(row.CONTENT, Infinity),
  };
}

/** The owner's messages become "sent" to each recipient; everyone else's "received" from them. */
function planMessage(m: MessageRow, me: string | null, hash: TextHasher, receivedSnippets: boolean): Planned[] {
  // Unkeyed, so that a re-import after restoring a backup elsewhere still matches: it digests
  // LinkedIn's conversation id, which no backup holds, so it confirms no guess of the content.
  const key = hashString([m.conversationId, m.at, m.from, m.content].join('\u0000'));
  const plan = (contactId: string, kind: 'sent' | 'received', name: string): Planned => ({
    contactId,
    name,
    record: toRecord({ contactId, kind, surface: 'message', text: m.content, at: m.at, urn: `li-export:msg:${key}:${contactId}`, keepSnippet: kind === 'sent' || receivedSnippets }, m.at, hash),
  });
  if (m.from === me) return m.to.filter((id) => id !== me).map((id) => plan(id, 'sent', m.to.length === 1 ? m.toName : ''));
  return [plan(m.from, 'received', m.fromName)];
}

/** Invitations carry a note only sometimes; those notes are the first message to that person. */
function planInvitation(row: CsvRecord, counter: Counter, hash: TextHasher, receivedSnippets: boolean): Planned[] | null {
  const outgoing = (row.Direction ?? '').toUpperCase() === 'OUTGOING';
  const contactId = contactIdFromUrl((outgoing ? row.inviteeProfileUrl : row.inviterProfileUrl) ?? '');
  const at = parseInvitationDate(row['Sent At'] ?? '');
  if (!contactId || at === null) return null;
  const note = counter.text(row.Message, Infinity);
  if (!note) return [];
  const kind = outgoing ? 'sent' : 'received';
  // Not a digest of the note: the backup holds this urn beside the note's snippet, and an unkeyed
  // digest would confirm guesses of the rest. One invitation per person, direction and minute.
  const urn = `li-export:invite:${hashString([kind, contactId, at].join('\u0000'))}`;
  return [{ contactId, name: counter.text(outgoing ? row.To : row.From), record: toRecord({ contactId, kind, surface: 'invite-note', text: note, at, urn, keepSnippet: outgoing || receivedSnippets }, at, hash) }];
}

/**
 * Imports the ZIP from LinkedIn's "Get a copy of your data". Idempotent: every interaction has a
 * urn derived from its content, so a second import adds nothing. Resumable: the cursor in `meta`
 * is advanced in the same transaction as each batch, so a worker stopped mid-way continues with
 * the next batch when the same file is imported again.
 */
export async function importLinkedInExport(db: RapportDb, zip: Uint8Array, options: LinkedInImportOptions): Promise<LinkedInImportSummary> {
  const { now } = options;
  const receivedSnippets = options.receivedSnippets ?? true;
  const batchSize = options.batchSize ?? 250;
  const progress = options.onProgress ?? (() => undefined);
  const slicer = createSlicer();
  const counter = new Counter();
  const fileHash = hashBytes(zip);
  const hash = await textHasher(db);

  progress({ phase: 'unzip', done: 0, total: 1 });
  const files = await readCsvFiles(zip, CSV_FILES);
  if (files.size === 0) throw new StorageError('invalid_import', 'The ZIP holds none of Connections.csv, messages.csv or Invitations.csv: is it the LinkedIn data export?');
  progress({ phase: 'unzip', done: 1, total: 1 });

  const saved = (await guarded(() => db.get('meta', 'linkedin-import'))) as LinkedInImportCursor | undefined;
  const cursor: LinkedInImportCursor =
    saved && saved.fileHash === fileHash && saved.phase !== 'done'
      ? saved
      : { key: 'linkedin-import', fileHash, phase: 'connections', done: 0, me: null, updatedAt: now };
  const summary: LinkedInImportSummary = {
    connections: 0, invitations: 0, messages: 0, contactsAdded: 0, contactsUpdated: 0, interactionsAdded: 0,
    skippedRows: 0, repairedFields: 0, me: null, resumedRows: 0,
  };
  /** Rows of `phase` already applied by an interrupted run of this file. */
  const startAt = (phase: LinkedInImportCursor['phase']): number => {
    const order = PHASES.indexOf(phase) - PHASES.indexOf(cursor.phase);
    return order < 0 ? Infinity : order === 0 ? cursor.done : 0;
  };

  // A first import (no export urn stored yet) needs no per-row lookups: duplicates can only come
  // from this run, which urnsThisRun catches. That halves the requests of the common case.
  const storeHasExportUrns = (await guarded(() => db.countFromIndex('interactions', 'urn', IDBKeyRange.bound('li-export:', 'li-export:\uffff')))) > 0;
  const urnsThisRun = new Set<string>();

  const connectionRecords = files.get(FILES.connections) ?? [];
  const connections = await mapSliced(connectionRecords, (r) => connectionRow(r, counter));
  summary.connections = connectionRecords.length;
  await runBatches('connections', connections, async (batch) => {
    const tx = db.transaction(['contacts', 'meta'], 'readwrite');
    const store = tx.objectStore('contacts');
    const existing = await Promise.all(batch.map((row) => (row ? store.get(row.id) : undefined)));
    const writes: Promise<unknown>[] = [];
    batch.forEach((row, i) => {
      if (!row) {
        counter.skipped += 1;
        return;
      }
      const before = existing[i];
      const next = mergeConnection(before, row, now);
      if (before && sameContact(before, next)) return;
      if (before) summary.contactsUpdated += 1;
      else summary.contactsAdded += 1;
      writes.push(store.put(next));
    });
    return { tx, writes };
  });

  const invitationRecords = files.get(FILES.invitations) ?? [];
  summary.invitations = invitationRecords.length;
  await runBatches('invitations', invitationRecords, (batch) => writeInteractions(batch.map((r) => planInvitation(r, counter, hash, receivedSnippets))));

  const messageRecords = files.get(FILES.messages) ?? [];
  summary.messages = messageRecords.length;
  const detector = new OwnerDetector();
  const messages = await mapSliced(messageRecords, (r) => {
    const m = messageRow(r, counter);
    if (m) detector.add(m);
    return m;
  });
  const connectionIds = new Set<string>();
  await mapSliced(connections, (c) => c && connectionIds.add(c.id));
  cursor.me ??= detector.owner(connectionIds);
  summary.me = cursor.me;
  await runBatches('messages', messages, (batch) => writeInteractions(batch.map((m) => (m ? planMessage(m, cursor.me, hash, receivedSnippets) : null))));

  await guarded(() => db.put('meta', { ...cursor, phase: 'done', done: 0, updatedAt: now }));
  summary.skippedRows = counter.skipped;
  summary.repairedFields = counter.repaired;
  return summary;

  async function mapSliced<T, U>(items: readonly T[], fn: (item: T) => U): Promise<U[]> {
    const out: U[] = [];
    for (const item of items) {
      out.push(fn(item));
      if (out.length % 256 === 0) await slicer.maybeYield();
    }
    return out;
  }

  async function writeInteractions(plans: (Planned[] | null)[]) {
    const tx = db.transaction(['contacts', 'interactions', 'meta'], 'readwrite');
    const interactions = tx.objectStore('interactions');
    const contacts = tx.objectStore('contacts');
    const planned = plans.flatMap((p) => {
      if (p === null) counter.skipped += 1;
      return p ?? [];
    }).filter((p) => {
      // A row can repeat inside one file (the same person listed twice in a group): keep the first.
      const urn = p.record.urn ?? '';
      if (urnsThisRun.has(urn)) return false;
      urnsThisRun.add(urn);
      return true;
    });
    const known = storeHasExportUrns
      ? await Promise.all(planned.map((p) => interactions.index('urn').getKey(p.record.urn ?? '')))
      : [];
    const fresh = planned.filter((_, i) => known[i] === undefined);
    const latest = new Map<string, Planned>();
    for (const p of fresh) {
      const current = latest.get(p.contactId);
      if (!current || p.record.at > current.record.at || (!current.name && p.name)) latest.set(p.contactId, current && current.record.at > p.record.at ? { ...current, name: current.name || p.name } : p);
    }
    const people = await Promise.all([...latest.keys()].map((id) => contacts.get(id)));
    const writes: Promise<unknown>[] = fresh.map((p) => interactions.add(p.record));
    [...latest.values()].forEach((p, i) => {
      const before = people[i];
      if (!before) summary.contactsAdded += 1;
      const base = before ?? newContact(p.contactId, now, { name: p.name });
      writes.push(contacts.put({ ...base, lastInteractionAt: Math.max(base.lastInteractionAt ?? p.record.at, p.record.at), updatedAt: now }));
    });
    summary.interactionsAdded += fresh.length;
    return { tx, writes };
  }

  async function runBatches<T>(
    phase: Exclude<LinkedInImportCursor['phase'], 'done'>,
    rows: readonly T[],
    apply: (batch: readonly T[]) => Promise<{ tx: { done: Promise<void>; objectStore(name: 'meta'): { put(value: LinkedInImportCursor): Promise<unknown> } }; writes: Promise<unknown>[] }>,
  ): Promise<void> {
    const first = Math.min(startAt(phase), rows.length);
    summary.resumedRows += first;
    progress({ phase, done: first, total: rows.length });
    for (let done = first; done < rows.length; ) {
      const batch = rows.slice(done, done + batchSize);
      done += batch.length;
      const position: LinkedInImportCursor = { ...cursor, phase, done, updatedAt: now };
      await guarded(async () => {
        const { tx, writes } = await apply(batch);
        await Promise.all([...writes, tx.objectStore('meta').put(position), tx.done]);
      });
      Object.assign(cursor, position);
      progress({ phase, done, total: rows.length });
      await slicer.maybeYield();
    }
  }
}

function mergeConnection(before: ContactRecord | undefined, row: ConnectionRow, now: number): ContactRecord {
  if (!before) return newContact(row.id, now, { ...row.fields, degree: 1 });
  const f = row.fields;
  return {
    ...before,
    // What the user or the page already told us wins over the export, except the connection facts.
    name: before.name || f.name,
    email: before.email || f.email,
    company: f.company || before.company,
    position: f.position || before.position,
    connectedOn: f.connectedOn ?? before.connectedOn,
    degree: 1,
    updatedAt: now,
  };
}

function sameContact(a: ContactRecord, b: ContactRecord): boolean {
  return a.name === b.name && a.email === b.email && a.company === b.company && a.position === b.position && a.connectedOn === b.connectedOn && a.degree === b.degree;
}
