import type { DBSchema } from 'idb';
import type { Boundaries } from '../shared/boundaries';
import type { CadenceSetting } from '../shared/cadence';

// Settings are deliberately NOT stored here: the source of truth is browser.storage.local key
// `settings` (team contract), because content scripts in every LinkedIn frame read it directly and
// IndexedDB opened from a content script would belong to linkedin.com's origin. This database holds
// the relationship history only, and only the background service worker opens it.

export const DB_NAME = 'rapport';

export type InteractionKind = 'sent' | 'received' | 'gave' | 'asked' | 'intro' | 'note';
export const INTERACTION_KINDS: readonly InteractionKind[] = ['sent', 'received', 'gave', 'asked', 'intro', 'note'];

export type InteractionSurface = 'message' | 'invite-note' | 'inmail' | 'import' | 'popup';
export type Degree = 1 | 2 | 3 | null;

export interface Consent {
  /** null = never asked. */
  value: boolean | null;
  at: number | null;
  note: string;
}

export interface ContactRecord {
  /** Canonical id: the LinkedIn profile slug or ACoAA… member id, as in /in/<id>/, first known. */
  id: string;
  /**
   * Other ids of the same person (slug, member id; since v4): LinkedIn names one person two ways, and
   * every read and write resolves an alias to `id` first (aliases.ts). Unique across contacts.
   */
  aliases: string[];
  name: string;
  headline: string;
  profileUrl: string;
  email: string;
  company: string;
  position: string;
  /** Epoch ms of the day the connection was made; null = not connected or unknown. */
  connectedOn: number | null;
  firstSeen: number;
  degree: Degree;
  consent: Consent;
  wants: string[];
  haves: string[];
  tags: string[];
  notes: string;
  /** Newest interaction of any kind; kept in the same transaction as the interaction (since v2). */
  lastInteractionAt: number | null;
  /** Keep in touch on this cadence; null or absent: no reminder (since v5). */
  cadence?: CadenceSetting | null;
  /** What they asked for: no pitches, away until a day, another channel (since v5; absent: none). */
  boundaries?: Boundaries;
  /** Lower-cased, trimmed wants/haves: multiEntry index keys for intro suggestions (since v3). */
  wantKeys: string[];
  haveKeys: string[];
  /** Case- and accent-folded name: the index behind "same person as …?" suggestions (since v4). */
  nameKey: string;
  updatedAt: number;
}

export interface InteractionRecord {
  id?: number;
  contactId: string;
  kind: InteractionKind;
  surface: InteractionSurface | null;
  /** Normalised text, at most 140 characters: enough to show and to spot copy-paste blasts. */
  snippet: string;
  /** The install's keyed hash (hash-key.ts) of the whole normalised text; '' when there was no text. */
  hash: string;
  at: number;
  /** LinkedIn message urn or a synthetic import key; absent when unknown. Unique. */
  urn?: string;
}

export type PromiseStatus = 'open' | 'done' | 'not-needed';
export const PROMISE_STATUSES: readonly PromiseStatus[] = ['open', 'done', 'not-needed'];

/** Something the user promised a contact in a sent message (since v5). */
export interface PromiseRecord {
  id?: number;
  contactId: string;
  /** The sent interaction that made the promise. */
  interactionId: number;
  /** The promise's own words, normalised, at most 140 characters. */
  snippet: string;
  /** YYYY-MM-DD (UTC): the date the text named, or three days after it was made. */
  due: string;
  /** Whether the text named the date. */
  dated: boolean;
  status: PromiseStatus;
  madeAt: number;
  closedAt: number | null;
}

/** A connection invitation the user sent, with a note or without (since v5): the weekly meter counts them. */
export interface InvitationRecord {
  id?: number;
  contactId: string;
  at: number;
  withNote: boolean;
}

export interface SchemaMeta {
  key: 'schema';
  version: number;
  history: { from: number; to: number; at: number }[];
}

export interface LinkedInImportCursor {
  key: 'linkedin-import';
  /** hashBytes() of the ZIP: a cursor only resumes the same file. */
  fileHash: string;
  phase: 'connections' | 'invitations' | 'messages' | 'done';
  /** Rows of `phase` already applied. */
  done: number;
  /** Profile URL decided to be the account owner's (see linkedin/me.ts). */
  me: string | null;
  updatedAt: number;
}

/** What one merge changed, kept until the next merge so the popup can undo it right after. */
export interface MergeUndo {
  key: 'merge-undo';
  /** The surviving record as it was before the merge. */
  kept: ContactRecord;
  /** `kept` did not exist: the merge made it for the id on screen. */
  created: boolean;
  /** The record that was folded into `kept`, as it was. */
  gone: ContactRecord;
  /** Interactions moved from `gone` to `kept` (ids), and `gone`'s duplicates that were dropped. */
  moved: number[];
  dropped: InteractionRecord[];
  at: number;
}

/** This install's key for interaction hashes (see hash-key.ts); never exported. */
export interface HashKeyRecord {
  key: 'hash-key';
  /** 16 random bytes as 32 hex digits. */
  secret: string;
}

export type MetaRecord = SchemaMeta | LinkedInImportCursor | MergeUndo | HashKeyRecord;

export interface RapportSchema extends DBSchema {
  contacts: {
    key: string;
    value: ContactRecord;
    indexes: { lastInteractionAt: number; wantKeys: string; haveKeys: string; aliases: string; nameKey: string; cadence: string };
  };
  interactions: {
    key: number;
    value: InteractionRecord;
    /**
     * Since v6 no `contactId`, `at` or `hash` index, and since v7 one [contactId, kind, at] instead
     * of [contactId, at] and [contactId, kind] (see migrations.ts): each index costs every write.
     */
    indexes: {
      urn: string;
      contactId_kind_at: [string, InteractionKind, number];
      kind_at: [InteractionKind, number];
    };
  };
  meta: { key: string; value: MetaRecord };
  invitations: {
    key: number;
    value: InvitationRecord;
    indexes: { at: number };
  };
  promises: {
    key: number;
    value: PromiseRecord;
    indexes: {
      contactId_status: [string, PromiseStatus];
      status_due: [PromiseStatus, string];
      interactionId: number;
    };
  };
}
