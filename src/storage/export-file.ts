import * as v from 'valibot';
import { withDerivedKeys } from './contacts';
import { CHANNEL_NOTE_MAX, DAY_PATTERN } from '../shared/boundaries';
import { CADENCES } from '../shared/cadence';
import { StorageError, type ErrorLocation } from './errors';
import { CONTACT_ID_PATTERN } from './ids';
import { lineAndColumn, positionOfJsonError } from './json-location';
import { DB_VERSION } from './migrations';
import { INTERACTION_KINDS, PROMISE_STATUSES, type ContactRecord, type InteractionRecord, type InvitationRecord, type PromiseRecord } from './schema';
import { SNIPPET_LENGTH } from './text';

export const EXPORT_FORMAT = 'rapport-export';
export const EXPORT_VERSION = 1;

/** One file holds everything; `settings` is validated by the background (it owns the settings schema). */
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  schemaVersion: number;
  exportedAt: number;
  settings: unknown;
  contacts: ContactRecord[];
  interactions: (InteractionRecord & { id: number })[];
  /** Since database version 5; absent in older files. */
  promises?: (PromiseRecord & { id: number })[];
  invitations?: (InvitationRecord & { id: number })[];
}

/**
 * The longest text fields a backup holds. Whatever Rapport stores must fit them (the LinkedIn
 * import clips to them), or the user's own export would not import again.
 */
export const BACKUP_LIMITS = {
  /** name, email, company, position. */
  field: 500,
  headline: 1000,
  url: 2000,
} as const;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const time = v.pipe(v.number(), v.finite());
const nullableTime = v.nullable(time);
const topics = v.pipe(v.array(text(200)), v.maxLength(200));
const contactId = v.pipe(v.string(), v.regex(CONTACT_ID_PATTERN, 'not a LinkedIn profile id'));
/** As the protocol accepts from a page: a LinkedIn profile, nothing a link could run or leak through. */
const profileUrl = v.union(
  [v.literal(''), v.pipe(v.string(), v.maxLength(BACKUP_LIMITS.url), v.regex(/^https:\/\/www\.linkedin\.com\/in\/[\w%.-]{1,100}\/?$/u))],
  'not a https://www.linkedin.com/in/… profile URL',
);

const ContactSchema = v.object({
  id: contactId,
  // Files written before v4 have neither: no aliases yet, and nameKey is rebuilt below.
  aliases: v.optional(v.pipe(v.array(contactId), v.maxLength(50)), []),
  nameKey: v.optional(v.string(), ''),
  name: text(BACKUP_LIMITS.field),
  headline: text(BACKUP_LIMITS.headline),
  profileUrl,
  email: text(BACKUP_LIMITS.field),
  company: text(BACKUP_LIMITS.field),
  position: text(BACKUP_LIMITS.field),
  connectedOn: nullableTime,
  firstSeen: time,
  degree: v.nullable(v.picklist([1, 2, 3])),
  consent: v.object({ value: v.nullable(v.boolean()), at: nullableTime, note: text(5000) }),
  wants: topics,
  haves: topics,
  tags: topics,
  notes: text(100_000),
  lastInteractionAt: nullableTime,
  cadence: v.optional(v.nullable(v.object({ every: v.picklist(CADENCES), since: time }))),
  boundaries: v.optional(v.object({
    noPitches: v.boolean(),
    awayUntil: v.nullable(v.pipe(v.string(), v.regex(DAY_PATTERN, 'not a YYYY-MM-DD day'))),
    otherChannel: v.nullable(text(CHANNEL_NOTE_MAX)),
  })),
  wantKeys: topics,
  haveKeys: topics,
  updatedAt: time,
});

const InteractionSchema = v.object({
  id: v.pipe(v.number(), v.integer(), v.minValue(1)),
  contactId,
  kind: v.picklist(INTERACTION_KINDS),
  surface: v.nullable(v.picklist(['message', 'invite-note', 'inmail', 'import', 'popup'])),
  snippet: text(SNIPPET_LENGTH * 2),
  hash: v.pipe(v.string(), v.regex(/^(?:[0-9a-f]{16})?$/u, 'not a 16-hex-digit hash')),
  at: time,
  urn: v.optional(text(500)),
});

const recordId = v.pipe(v.number(), v.integer(), v.minValue(1));
const day = v.pipe(v.string(), v.regex(DAY_PATTERN, 'not a YYYY-MM-DD day'));

const PromiseSchema = v.object({
  id: recordId,
  contactId,
  interactionId: recordId,
  snippet: text(SNIPPET_LENGTH * 2),
  due: day,
  dated: v.boolean(),
  status: v.picklist(PROMISE_STATUSES),
  madeAt: time,
  closedAt: nullableTime,
});

const InvitationSchema = v.object({ id: recordId, contactId, at: time, withNote: v.boolean() });

const ExportSchema = v.object({
  format: v.literal(EXPORT_FORMAT, 'not a Rapport export file'),
  version: v.literal(EXPORT_VERSION, `this Rapport reads export version ${EXPORT_VERSION} only`),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(DB_VERSION, `made by a newer Rapport (database version above ${DB_VERSION})`)),
  exportedAt: time,
  settings: v.unknown(),
  contacts: v.array(ContactSchema),
  interactions: v.array(InteractionSchema),
  promises: v.optional(v.array(PromiseSchema)),
  invitations: v.optional(v.array(InvitationSchema)),
});

export function buildExportFile(parts: Omit<ExportFile, 'format' | 'version' | 'schemaVersion'>): ExportFile {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, schemaVersion: DB_VERSION, ...parts };
}

export function jsonPath(path: readonly { key: unknown }[] | undefined): string {
  return (path ?? []).reduce<string>((acc, item) => (typeof item.key === 'number' ? `${acc}[${item.key}]` : `${acc}.${String(item.key)}`), '$');
}

function invalid(message: string, location: ErrorLocation): StorageError {
  return new StorageError('invalid_import', message, location);
}

/** Parses and validates a whole export file before anything is written; the error says where and what. */
export function parseExportFile(source: string): ExportFile {
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const position = positionOfJsonError(source, reason);
    const location: ErrorLocation = position === null ? {} : lineAndColumn(source, position);
    const where = location.line === undefined ? '' : ` at line ${location.line}, column ${location.column ?? 1}`;
    const truncated = position !== null && position >= source.trimEnd().length ? ' (the file is truncated)' : '';
    throw invalid(`Not valid JSON${where}${truncated}: ${reason}`, location);
  }
  const result = v.safeParse(ExportSchema, raw);
  if (!result.success) {
    const [issue] = result.issues;
    const path = jsonPath(issue.path);
    throw invalid(`${path}: ${issue.message}`, { path });
  }
  const output = result.output as ExportFile;
  // Index keys are derived, never trusted from the file.
  const file: ExportFile = { ...output, contacts: output.contacts.map((c) => withDerivedKeys(c)) };
  const ids = new Set<string>();
  file.contacts.forEach((c, i) => {
    if (ids.has(c.id)) throw invalid(`$.contacts[${i}].id: duplicate contact id ${c.id}`, { path: `$.contacts[${i}].id` });
    ids.add(c.id);
  });
  // An id names one person: an alias may not be another contact's id or alias.
  file.contacts.forEach((c, i) => {
    c.aliases.forEach((alias, j) => {
      const path = `$.contacts[${i}].aliases[${j}]`;
      if (ids.has(alias)) throw invalid(`${path}: ${alias} is already a contact id`, { path });
      ids.add(alias);
    });
  });
  const interactionIds = new Set<number>();
  const urns = new Set<string>();
  file.interactions.forEach((r, i) => {
    const at = `$.interactions[${i}]`;
    if (!ids.has(r.contactId)) throw invalid(`${at}.contactId: no contact with id ${r.contactId} in the file`, { path: `${at}.contactId` });
    if (interactionIds.has(r.id)) throw invalid(`${at}.id: duplicate interaction id ${r.id}`, { path: `${at}.id` });
    interactionIds.add(r.id);
    if (r.urn !== undefined) {
      if (urns.has(r.urn)) throw invalid(`${at}.urn: duplicate urn`, { path: `${at}.urn` });
      urns.add(r.urn);
    }
  });
  const promiseIds = new Set<number>();
  (file.promises ?? []).forEach((p, i) => {
    const at = `$.promises[${i}]`;
    if (!ids.has(p.contactId)) throw invalid(`${at}.contactId: no contact with id ${p.contactId} in the file`, { path: `${at}.contactId` });
    if (!interactionIds.has(p.interactionId)) throw invalid(`${at}.interactionId: no interaction with id ${p.interactionId} in the file`, { path: `${at}.interactionId` });
    if (promiseIds.has(p.id)) throw invalid(`${at}.id: duplicate promise id ${p.id}`, { path: `${at}.id` });
    promiseIds.add(p.id);
  });
  const invitationIds = new Set<number>();
  // Stryker disable next-line ArrayDeclaration: a file without invitations then checks one string, whose id (undefined) repeats nothing
  (file.invitations ?? []).forEach((r, i) => {
    const at = `$.invitations[${i}]`;
    if (invitationIds.has(r.id)) throw invalid(`${at}.id: duplicate invitation id ${r.id}`, { path: `${at}.id` });
    invitationIds.add(r.id);
  });
  const lastAt = new Map<string, number>();
  for (const r of file.interactions) lastAt.set(r.contactId, Math.max(lastAt.get(r.contactId) ?? -Infinity, r.at));
  // The newest interaction is rebuilt from the file's interactions too, never taken from the file.
  return { ...file, contacts: file.contacts.map((c) => ({ ...c, lastInteractionAt: lastAt.get(c.id) ?? null })) };
}

/** One record per line: readable, diffable, and a JSON error's line number points at one record. */
export function serialiseExportFile(file: ExportFile): string {
  const { contacts, interactions, promises = [], invitations = [], ...head } = file;
  const list = (items: readonly unknown[]): string => (items.length ? `[\n${items.map((i) => JSON.stringify(i)).join(',\n')}\n]` : '[]');
  const header = JSON.stringify(head).slice(0, -1);
  return `${header},\n"contacts": ${list(contacts)},\n"interactions": ${list(interactions)},\n"promises": ${list(promises)},\n"invitations": ${list(invitations)}\n}\n`;
}
