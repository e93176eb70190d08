import * as v from 'valibot';
import { LIMITS } from './limits';
import type { Context, Surface } from '../rules/types';
import { CHANNEL_NOTE_MAX, DAY_PATTERN, type Boundaries } from './boundaries';
import { CADENCES, type Cadence, type CadenceSetting } from './cadence';
import type { AppSettings } from './settings';

/**
 * The typed messages between content scripts / extension pages and the background, which
 * validates every request against these schemas before doing anything. `v.object` builds a fresh
 * object holding only the listed keys, so extra keys — `__proto__`, `constructor` included — never
 * reach a handler.
 */

/** LinkedIn profile slug or ACoAA… id from /in/<id>/; kept in step with src/storage/ids.ts by a test. */
export const CONTACT_ID_PATTERN = /^[\w%.-]{1,100}$/u;

export { LIMITS } from './limits';

/** v.object alone lets an array through as an object with no keys: `patch: []` must not be a valid empty patch. */
const plain = <const E extends v.ObjectEntries>(entries: E) =>
  v.pipe(v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), 'expected an object'), v.object(entries));
const str = (max: number) => v.pipe(v.string(), v.maxLength(max, `at most ${max} characters`));
const ContactId = v.pipe(v.string(), v.regex(CONTACT_ID_PATTERN, 'not a LinkedIn profile id'));
const SurfaceSchema = v.picklist(['message', 'invite-note', 'inmail'] as const satisfies readonly Surface[]);
const Topics = v.pipe(v.array(str(LIMITS.topic)), v.maxLength(LIMITS.topics, `at most ${LIMITS.topics} entries`));
/** 2000-01-01 .. 2100-01-01: anything else is a bug or an attack, not a date. */
const Time = v.pipe(v.number(), v.integer(), v.minValue(946_684_800_000), v.maxValue(4_102_444_800_000));

export const INTERACTION_KINDS = ['sent', 'received', 'gave', 'asked', 'intro', 'note'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

const requestSchemas = {
  'contact.seen': v.object({
    type: v.literal('contact.seen'),
    contact: plain({
      id: ContactId,
      name: str(LIMITS.name),
      headline: v.optional(str(LIMITS.headline)),
      degree: v.optional(v.nullable(v.picklist([1, 2, 3]))),
    }),
  }),
  'context.get': v.object({ type: v.literal('context.get'), contactId: ContactId }),
  /**
   * Sent by the content script when a LinkedIn page shows two ids of one person at once (a profile's
   * slug and the member id of its Message link): the store joins them. Only the ids, never page text.
   */
  'alias.learn': v.pipe(
    v.object({ type: v.literal('alias.learn'), ids: v.pipe(v.array(ContactId), v.minLength(2, 'at least two ids'), v.maxLength(4, 'at most 4 ids')) }),
    v.check((r) => new Set(r.ids).size === r.ids.length, 'the ids must differ'),
  ),
  'interaction.record': v.object({
    type: v.literal('interaction.record'),
    contactId: ContactId,
    kind: v.picklist(INTERACTION_KINDS),
    surface: v.optional(SurfaceSchema),
    text: v.optional(str(LIMITS.text)),
    at: v.optional(Time),
    urn: v.optional(v.pipe(str(LIMITS.urn), v.regex(/^urn:li:[\w:(),.=+/-]+$/u, 'not a LinkedIn urn'))),
  }),
  'contact.get': v.object({ type: v.literal('contact.get'), contactId: ContactId }),
  'contact.update': v.object({
    type: v.literal('contact.update'),
    contactId: ContactId,
    patch: plain({
      notes: v.optional(str(LIMITS.notes)),
      wants: v.optional(Topics),
      haves: v.optional(Topics),
      tags: v.optional(Topics),
      consent: v.optional(plain({ value: v.nullable(v.boolean()), note: v.optional(str(LIMITS.note)) })),
      cadence: v.optional(v.nullable(v.picklist(CADENCES))),
      boundaries: v.optional(plain({
        noPitches: v.optional(v.boolean()),
        awayUntil: v.optional(v.nullable(v.pipe(v.string(), v.regex(DAY_PATTERN, 'not a YYYY-MM-DD day')))),
        otherChannel: v.optional(v.nullable(str(CHANNEL_NOTE_MAX))),
      })),
    }),
  }),
  'intro.record': v.pipe(
    v.object({ type: v.literal('intro.record'), a: ContactId, b: ContactId, note: v.optional(str(LIMITS.note)) }),
    v.check((r) => r.a !== r.b, 'an introduction needs two different people'),
  ),
  'contacts.search': v.object({
    type: v.literal('contacts.search'),
    query: str(LIMITS.query),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200))),
  }),
  'contacts.introSuggestions': v.object({ type: v.literal('contacts.introSuggestions'), contactId: ContactId }),
  'contacts.reconnect': v.object({ type: v.literal('contacts.reconnect') }),
  'contacts.nameMatch': v.object({ type: v.literal('contacts.nameMatch'), contactId: ContactId }),
  /** The user confirmed a name match: `otherId` is the person known on screen as `contactId`. */
  'contacts.join': v.pipe(
    v.object({ type: v.literal('contacts.join'), contactId: ContactId, otherId: ContactId }),
    v.check((r) => r.contactId !== r.otherId, 'a contact is already itself'),
  ),
  'contacts.undoJoin': v.object({ type: v.literal('contacts.undoJoin'), contactId: ContactId }),
  'contacts.keepInTouch': v.object({ type: v.literal('contacts.keepInTouch') }),
  'stats.month': v.object({ type: v.literal('stats.month') }),
  'settings.get': v.object({ type: v.literal('settings.get') }),
  // The settings value is checked field by field by parseAppSettings in the handler.
  'settings.set': v.object({ type: v.literal('settings.set'), settings: v.unknown() }),
  'allowlist.add': v.object({
    type: v.literal('allowlist.add'),
    phrase: v.pipe(v.string(), v.trim(), v.minLength(1, 'empty phrase'), v.maxLength(LIMITS.phrase)),
  }),
  'data.export': v.object({ type: v.literal('data.export') }),
  /** replace (the default): the file becomes the whole store; merge: it joins what is here, person by person. */
  'data.import': v.object({ type: v.literal('data.import'), json: str(LIMITS.importJson), mode: v.optional(v.picklist(['replace', 'merge'])) }),
  'data.deleteAll': v.object({ type: v.literal('data.deleteAll') }),
  /** focusedAt: when the frame's draft last took the focus; absent when the frame holds no draft (a count without it ranks below every draft that has one). */
  'badge.set': v.object({ type: v.literal('badge.set'), count: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9999)), focusedAt: v.optional(Time) }),
  /** "Send without a note" in the invite dialog (an invite with a note is counted from its interaction.record). */
  'invitation.record': v.object({ type: v.literal('invitation.record'), contactId: ContactId, at: v.optional(Time) }),
  'invitations.week': v.object({ type: v.literal('invitations.week') }),
  /** With contactId: that person's open promises; without: everyone's due and overdue ones. */
  'promises.list': v.object({ type: v.literal('promises.list'), contactId: v.optional(ContactId) }),
  'promise.close': v.object({
    type: v.literal('promise.close'),
    id: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER)),
    outcome: v.picklist(['done', 'not-needed']),
  }),
} as const;

export type RequestType = keyof typeof requestSchemas;
export const REQUEST_TYPES = Object.keys(requestSchemas) as RequestType[];
export type RequestOf<T extends RequestType> = v.InferOutput<(typeof requestSchemas)[T]>;
export type Request = { [T in RequestType]: RequestOf<T> }[RequestType];

/**
 * Who may send what. A LinkedIn page can be hostile (an XSS there runs beside our content script
 * and can post as it), so a content script gets exactly what src/content sends: the person on
 * screen (contact.seen, context.get), the messages it sees sent and received, an allowlist
 * phrase from the warning panel, and its tab's badge. Reading or editing other contacts, the
 * ledger, the settings and the data are for Rapport's own pages only.
 */
export type SenderKind = 'extension-page' | 'content-script';
export const ALLOWED_SENDERS: Record<RequestType, readonly SenderKind[]> = {
  'contact.seen': ['content-script', 'extension-page'],
  'context.get': ['content-script', 'extension-page'],
  // Only LinkedIn pages show both ids; no Rapport page has a reason to claim two ids are one person.
  'alias.learn': ['content-script'],
  'interaction.record': ['content-script', 'extension-page'],
  'contact.get': ['extension-page'],
  'contact.update': ['extension-page'],
  'intro.record': ['extension-page'],
  'contacts.search': ['extension-page'],
  'contacts.introSuggestions': ['extension-page'],
  'contacts.reconnect': ['extension-page'],
  'contacts.nameMatch': ['extension-page'],
  'contacts.join': ['extension-page'],
  'contacts.undoJoin': ['extension-page'],
  'contacts.keepInTouch': ['extension-page'],
  'stats.month': ['extension-page'],
  'settings.get': ['extension-page'],
  'settings.set': ['extension-page'],
  'allowlist.add': ['content-script', 'extension-page'],
  'data.export': ['extension-page'],
  'data.import': ['extension-page'],
  'data.deleteAll': ['extension-page'],
  'badge.set': ['content-script'],
  'invitation.record': ['content-script'],
  'invitations.week': ['content-script', 'extension-page'],
  'promises.list': ['extension-page'],
  'promise.close': ['extension-page'],
};

/** The kinds a content script records: what the page shows was sent or received. A give, an ask, an intro or a note is the user's own entry. */
export const CONTENT_SCRIPT_KINDS: readonly InteractionKind[] = ['sent', 'received'];

/** Why `sender` may not send this request, or null when it may. */
export function refusalFor(request: Request, sender: SenderKind): string | null {
  if (!ALLOWED_SENDERS[request.type].includes(sender)) return `${request.type} is not accepted from a ${sender}`;
  if (sender === 'content-script' && request.type === 'interaction.record' && !CONTENT_SCRIPT_KINDS.includes(request.kind)) {
    return `a ${request.kind} interaction is not accepted from a content-script`;
  }
  return null;
}

export function isRequestType(value: unknown): value is RequestType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(requestSchemas, value);
}

export type ParsedRequest = { ok: true; request: Request } | { ok: false; message: string };

/**
 * Messages for issues without a custom text. Valibot's defaults quote the received value, and a
 * rejection reason is logged: it must never carry the message's text.
 */
const withoutReceived = {
  message: (issue: v.BaseIssue<unknown>) => `invalid ${issue.kind === 'schema' ? 'type' : issue.type}${issue.expected ? `, expected ${issue.expected}` : ''}`,
};

/** Validates an untrusted message: known type, exact shapes, sizes, id formats. Never throws. */
export function parseRequest(input: unknown): ParsedRequest {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, message: 'a request must be an object' };
  const type: unknown = Object.prototype.hasOwnProperty.call(input, 'type') ? (input as { type: unknown }).type : undefined;
  if (!isRequestType(type)) return { ok: false, message: 'unknown request type' };
  const result = v.safeParse(requestSchemas[type], input, withoutReceived);
  if (result.success) return { ok: true, request: result.output as Request };
  const [issue] = result.issues;
  const path = (issue.path ?? []).map((p) => String(p.key)).join('.');
  return { ok: false, message: `${path || type}: ${issue.message}` };
}

// ---- responses -------------------------------------------------------------------------------

export interface Consent { value: boolean | null; at: number | null; note: string }

export interface Contact {
  /** Canonical id; `aliases` are the other ids LinkedIn shows for this person (slug, member id). */
  id: string;
  aliases: string[];
  name: string;
  headline: string;
  profileUrl: string;
  email: string;
  company: string;
  position: string;
  connectedOn: number | null;
  firstSeen: number;
  degree: 1 | 2 | 3 | null;
  consent: Consent;
  wants: string[];
  haves: string[];
  tags: string[];
  notes: string;
  lastInteractionAt: number | null;
  /** Keep in touch on this cadence; null: no reminder. */
  cadence: CadenceSetting | null;
  boundaries: Boundaries;
  updatedAt: number;
}

export interface ContactSummary {
  id: string;
  name: string;
  headline: string;
  profileUrl: string;
  connectedOn: number | null;
  lastInteractionAt: number | null;
  tags: string[];
}

export interface Interaction {
  id: number;
  kind: InteractionKind;
  surface: string | null;
  snippet: string;
  at: number;
}

export type Stage = 'new' | 'warming' | 'established';

/** What the store knows of the engine's Context for one contact; the page supplies the rest. */
export type StoredContext = Pick<Context, 'connectedDaysAgo' | 'sent' | 'received' | 'gave' | 'asked' | 'consentToMailing'> & {
  recentSent: string[];
  noPitches: boolean;
  awayUntil: string | null;
  otherChannel: string | null;
};

export interface ImportSummary {
  contacts: number;
  interactions: number;
  settingsImported: boolean;
  /** A merge keeps this browser's settings and says how the file joined what was here. */
  merged?: {
    contactsJoined: number; contactsAdded: number; interactionsAdded: number; interactionsKnown: number;
    promisesAdded: number; promisesKnown: number; invitationsAdded: number; invitationsKnown: number;
  };
}

/** Why a row of LinkedIn's export was not imported. */
export type SkipReason = 'noProfile' | 'memberUrn' | 'draft' | 'noDate' | 'noRecipient';

export interface LinkedInImportSummary {
  connections: number;
  invitations: number;
  messages: number;
  contactsAdded: number;
  contactsUpdated: number;
  interactionsAdded: number;
  /**
   * What was applied, by whether its person was already stored: a connection row or an interaction
   * (message, invitation note) that reached an existing contact was `joined`, one that created its
   * contact `added`. Rows an earlier import of the same file already applied count in neither.
   */
  joined: number;
  added: number;
  /** Connections without a profile link, imported by name: the popup offers to join them with the person on screen. */
  byName: number;
  /** All rows not imported, then by reason. */
  skippedRows: number;
  skipped: Record<SkipReason, number>;
  /** Text fields whose double-encoded UTF-8 was repaired. */
  repairedFields: number;
  /** Contact id taken to be the account owner (see me.ts). */
  me: string | null;
  /** Rows not re-applied because an interrupted import of the same file had already done them. */
  resumedRows: number;
}

/** Another contact with the same name as the person on screen, who is known by one id only. */
export interface NameMatch {
  contact: ContactSummary;
  company: string;
  position: string;
  /** Known only from an import that had no LinkedIn id for them. */
  imported: boolean;
}

/** The other person `has` a topic this contact wants, or `wants` one this contact has. */
export interface IntroSuggestion {
  contact: ContactSummary;
  reason: { kind: 'has' | 'wants'; topic: string };
}

/** A contact on a cadence who is due: the longest overdue first. want: a give-first topic, if they named one. */
export interface KeepInTouchItem {
  contact: ContactSummary;
  every: Cadence;
  dueAt: number;
  last: Interaction | null;
  want: string | null;
}

export type PromiseStatus = 'open' | 'done' | 'not-needed';

/** A promise the user made in a sent message. due: YYYY-MM-DD (UTC); dated: the message named the date. */
export interface PromiseItem {
  id: number;
  contactId: string;
  /** '' when the contact has no name yet. */
  contactName: string;
  snippet: string;
  due: string;
  dated: boolean;
  status: PromiseStatus;
  madeAt: number;
}

export interface ResponseData {
  'contact.seen': { contact: Contact };
  'context.get': StoredContext;
  /** id: the canonical id the ids now resolve to, null when none of them is stored yet. */
  'alias.learn': { id: string | null; merged: boolean };
  'interaction.record': { recorded: boolean };
  'contact.get': { contact: Contact; interactions: Interaction[]; balance: { gave: number; asked: number }; stage: Stage };
  'contact.update': { contact: Contact };
  'intro.record': { ok: true };
  'contacts.search': { contacts: ContactSummary[] };
  'contacts.introSuggestions': { suggestions: IntroSuggestion[] };
  'contacts.reconnect': { contacts: ContactSummary[] };
  'contacts.nameMatch': { match: NameMatch | null };
  'contacts.join': { contact: Contact };
  'contacts.undoJoin': Record<string, never>;
  /** scheduled: how many contacts have a cadence at all. */
  'contacts.keepInTouch': { due: KeepInTouchItem[]; scheduled: number };
  'stats.month': { gave: number; intros: number; asked: number; replies: number; sent: number };
  'settings.get': { settings: AppSettings };
  /** syncError: saved on this device, but storage.sync refused the copy (e.g. its 8 KB item quota). */
  'settings.set': { settings: AppSettings; syncError?: string };
  'allowlist.add': { settings: AppSettings; syncError?: string };
  'data.export': { json: string };
  'data.import': { summary: ImportSummary };
  'data.deleteAll': Record<string, never>;
  'badge.set': Record<string, never>;
  'invitation.record': { recorded: boolean };
  /** count: invitations in the last 7 days; warnAt and limit: the user's settings. */
  'invitations.week': { count: number; warnAt: number; limit: number };
  /** today: YYYY-MM-DD (UTC), what due dates are compared with. */
  'promises.list': { promises: PromiseItem[]; today: string };
  'promise.close': { promise: PromiseItem };
}

export type ErrorCode =
  | 'invalid_request'
  | 'forbidden_sender'
  | 'not_found'
  | 'quota_exceeded'
  | 'db_blocked'
  | 'db_unavailable'
  | 'invalid_import'
  | 'storage_failed'
  | 'disconnected'
  | 'internal';

export interface ResponseError {
  code: ErrorCode;
  message: string;
  /** For invalid_import: where in the file (JSON path and/or line and column). */
  path?: string;
  line?: number;
  column?: number;
}

export type ResponseOf<T extends RequestType> = { ok: true; data: ResponseData[T] } | { ok: false; error: ResponseError };
export type Response = ResponseOf<RequestType>;

// ---- Requests over a Port -----------------------------------------------------------------------

/**
 * A page that may close at any moment sends its requests here instead of through
 * runtime.sendMessage: the popup its writes, a LinkedIn content script everything (a tab is closed
 * while it records what it saw). A port's postMessage returns no promise, so none is left to settle
 * after the page is gone (Firefox logs each such promise as an add-on error). Each message is
 * `{ seq, request }`; the answer comes back on the port as `{ seq, response }`, and every request goes
 * through the same sender check, allowlist and schema as a runtime message from the port's sender.
 */
export { REQUEST_PORT } from './request-port-name';

// ---- LinkedIn export import over a Port --------------------------------------------------------

export const LINKEDIN_IMPORT_PORT = 'linkedin-import';
/** The basic LinkedIn export (CSV only) is a few MB; anything far larger is not one. */
export const LINKEDIN_IMPORT_MAX_BYTES = 256 * 1024 * 1024;

/** The refusal of a ZIP past that size: said by the options page before reading it, and by the worker if it gets one anyway. */
export function tooLargeForLinkedInExport(bytes: number | null): string {
  const mb = (n: number): string => `${Math.ceil(n / (1024 * 1024)).toLocaleString('en-US')} MB`;
  const size = bytes === null ? `over ${mb(LINKEDIN_IMPORT_MAX_BYTES)}` : `${mb(bytes)}; at most ${mb(LINKEDIN_IMPORT_MAX_BYTES)}`;
  return `This file is too large for a LinkedIn export (${size}).`;
}

export const ImportPortMessageSchema = v.variant('type', [
  v.object({ type: v.literal('chunk'), data: v.pipe(v.string(), v.maxLength(4 * 1024 * 1024), v.regex(/^[A-Za-z0-9+/]*={0,2}$/u, 'not base64')) }),
  v.object({ type: v.literal('end') }),
]);
export type ImportPortMessage = v.InferOutput<typeof ImportPortMessageSchema>;

export type ImportPhase = 'upload' | 'unzip' | 'connections' | 'invitations' | 'messages';
export type ImportPortReply =
  | { type: 'progress'; phase: ImportPhase; done: number; total: number }
  | { type: 'done'; summary: LinkedInImportSummary }
  | { type: 'error'; error: ResponseError };
