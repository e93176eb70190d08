import type { IDBPTransaction } from 'idb';
import { hashText, nameKey, snippetOf, topicKeys } from './text';

type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/** Migration N (index N-1) takes a database from version N-1 to N. Append only; never edit a shipped one. */
export type Migration = (tx: UpgradeTx) => Promise<void>;

/** The interaction as version 1 stored it: the (truncated) text itself, no hash. */
export interface InteractionV1 {
  id?: number;
  contactId: string;
  kind: string;
  surface: string | null;
  text: string;
  at: number;
  urn?: string;
}

const v1Initial: Migration = async (tx) => {
  const db = tx.db;
  db.createObjectStore('contacts', { keyPath: 'id' });
  const interactions = db.createObjectStore('interactions', { keyPath: 'id', autoIncrement: true });
  interactions.createIndex('contactId', 'contactId');
  interactions.createIndex('at', 'at');
  interactions.createIndex('urn', 'urn', { unique: true });
  db.createObjectStore('meta', { keyPath: 'key' });
};

// v2: context lookups must count by index, never scan (a contact's kinds, the last 30 days of
// sends); storing only a snippet + hash keeps whole message texts out of the database; and
// lastInteractionAt lets "reconnect" read one index instead of every interaction.
const v2SnippetHashAndCompoundIndexes: Migration = async (tx) => {
  const interactions = tx.objectStore('interactions');
  interactions.createIndex('hash', 'hash');
  interactions.createIndex('contactId_at', ['contactId', 'at']);
  interactions.createIndex('contactId_kind', ['contactId', 'kind']);
  interactions.createIndex('kind_at', ['kind', 'at']);

  const lastAt = new Map<string, number>();
  let cursor = await interactions.openCursor();
  while (cursor) {
    const { text, ...rest } = cursor.value as InteractionV1;
    const body = typeof text === 'string' ? text : '';
    await cursor.update({ ...rest, snippet: snippetOf(body), hash: body ? hashText(body) : '' });
    lastAt.set(rest.contactId, Math.max(lastAt.get(rest.contactId) ?? -Infinity, rest.at));
    cursor = await cursor.continue();
  }

  const contacts = tx.objectStore('contacts');
  contacts.createIndex('lastInteractionAt', 'lastInteractionAt');
  let contact = await contacts.openCursor();
  while (contact) {
    const value = contact.value as { id: string };
    await contact.update({ ...value, lastInteractionAt: lastAt.get(value.id) ?? null });
    contact = await contact.continue();
  }
};

// v3: "who has what this contact wants" is a multiEntry index lookup per topic, not a walk over
// every contact each time the popup opens.
const v3TopicIndexes: Migration = async (tx) => {
  const contacts = tx.objectStore('contacts');
  contacts.createIndex('wantKeys', 'wantKeys', { multiEntry: true });
  contacts.createIndex('haveKeys', 'haveKeys', { multiEntry: true });
  let cursor = await contacts.openCursor();
  while (cursor) {
    const value = cursor.value as { wants?: unknown; haves?: unknown };
    await cursor.update({ ...value, wantKeys: topicKeys(strings(value.wants)), haveKeys: topicKeys(strings(value.haves)) });
    cursor = await cursor.continue();
  }
};

// v4: one person, one record. LinkedIn names a person by vanity slug and by ACoAA… member id; a
// contact keeps the ids it is also known by, and a lookup by either finds it through this index.
// nameKey lets the popup find "same person?" candidates (imports without URLs) by index, not by scan.
const v4Aliases: Migration = async (tx) => {
  const contacts = tx.objectStore('contacts');
  contacts.createIndex('aliases', 'aliases', { multiEntry: true, unique: true });
  contacts.createIndex('nameKey', 'nameKey');
  let cursor = await contacts.openCursor();
  while (cursor) {
    const value = cursor.value as { name?: unknown };
    await cursor.update({ ...value, aliases: [], nameKey: nameKey(typeof value.name === 'string' ? value.name : '') });
    cursor = await cursor.continue();
  }
};

// v5, follow-through: promises made in sent messages, each a reminder until kept or let go (the
// popup reads a person's open ones and everyone's due ones, the badge counts overdue ones: one
// index each); the contacts on a keep-in-touch cadence, a sparse index (a contact without a
// cadence has no key), so "who is due" never walks every contact; and the invitations sent, whose
// rolling 7-day count is one range count on their time.
const v5FollowThrough: Migration = async (tx) => {
  const promises = tx.db.createObjectStore('promises', { keyPath: 'id', autoIncrement: true });
  promises.createIndex('contactId_status', ['contactId', 'status']);
  promises.createIndex('status_due', ['status', 'due']);
  promises.createIndex('interactionId', 'interactionId');
  tx.objectStore('contacts').createIndex('cadence', 'cadence.every');
  tx.db.createObjectStore('invitations', { keyPath: 'id', autoIncrement: true }).createIndex('at', 'at');
};

// v6, import at the speed of the database: every index is paid on every write, and an import
// writes 50,000 interactions at once. Three interaction indexes had a wider one that answers the
// same question: `contactId` is the prefix of `contactId_at` (a [id, -Infinity]..[id, Infinity]
// range), the duplicate check by `hash` reads a person's minute around the message through
// `contactId_at` instead, and nothing read `at` alone. Records are untouched.
const v6FewerIndexes: Migration = async (tx) => {
  const interactions = tx.objectStore('interactions');
  for (const name of ['contactId', 'at', 'hash']) interactions.deleteIndex(name);
};

// v7, import at the speed of the database again: a contact's interactions had two indexes,
// [contactId, at] (their history, the duplicate check, a merge) and [contactId, kind] (the counts
// behind every coaching context). One [contactId, kind, at] answers both: a count per kind is a
// range of it, the duplicate check a minute of one kind, the newest of a contact the newest of
// each kind merged (by-contact.ts), all of a contact its [id] prefix. One key fewer per write.
// The LinkedIn import now writes its messages in the order of their urns: the cursor of an
// import interrupted before counted rows in the file's order, so it is dropped, and the same file
// starts over (its urns keep what was applied from being added twice).
const v7OneContactIndex: Migration = async (tx) => {
  const interactions = tx.objectStore('interactions');
  interactions.createIndex('contactId_kind_at', ['contactId', 'kind', 'at']);
  for (const name of ['contactId_at', 'contactId_kind']) interactions.deleteIndex(name);
  await tx.objectStore('meta').delete('linkedin-import');
};

// v8: "same person?" folds the letters NFD leaves whole (ß, ø, æ, ł…), so "Anna Weiß" from a
// profile and "Anna Weiss" from an export meet; every stored nameKey is rebuilt with the new fold.
const v8NameKeyFolds: Migration = async (tx) => {
  const contacts = tx.objectStore('contacts');
  let cursor = await contacts.openCursor();
  while (cursor) {
    const value = cursor.value as { name?: unknown; nameKey?: unknown };
    const key = nameKey(typeof value.name === 'string' ? value.name : '');
    if (key !== value.nameKey) await cursor.update({ ...value, nameKey: key });
    cursor = await cursor.continue();
  }
};

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export const migrations: readonly Migration[] = [v1Initial, v2SnippetHashAndCompoundIndexes, v3TopicIndexes, v4Aliases, v5FollowThrough, v6FewerIndexes, v7OneContactIndex, v8NameKeyFolds];
export const DB_VERSION = migrations.length;
