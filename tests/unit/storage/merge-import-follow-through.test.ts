import { beforeEach, describe, expect, it } from 'vitest';
import { upsertSeen } from '../../../src/storage/contacts';
import { dumpAll } from '../../../src/storage/dump';
import { buildExportFile, parseExportFile, serialiseExportFile } from '../../../src/storage/export-file';
import { recordInteraction } from '../../../src/storage/interactions';
import { recordInvitation } from '../../../src/storage/invitations';
import { learnAliases } from '../../../src/storage/merge';
import { mergeAll, mergePromise } from '../../../src/storage/merge-import';
import type { RapportDb } from '../../../src/storage/open';
import { addPromises, closePromise, openPromisesOf } from '../../../src/storage/promises';
import type { PromiseRecord } from '../../../src/storage/schema';
import { freshDb } from './fresh-db';

const NOW = Date.UTC(2026, 11, 1, 12);
const DAY = 86_400_000;
const SLUG = 'noor-haddad-51c0';
const MEMBER = 'ACoAANoorHaddadMember7';
let db: RapportDb;

beforeEach(async () => {
  db = await freshDb();
});

/**
 * Another browser's backup: Noor by slug, a sent message with two promises (one of them kept
 * there), an invitation to Noor with a note and one to someone never stored as a contact.
 */
async function otherBrowsersBackup(): Promise<string> {
  const other = await freshDb();
  await upsertSeen(other, { id: SLUG, name: 'Noor Haddad', degree: 1 }, NOW - 40 * DAY);
  const sent = await recordInteraction(other, { contactId: SLUG, kind: 'sent', text: "I'll send the deck Friday and intro you to Sam", at: NOW - 3 * DAY, urn: 'urn:li:msg:deck' }, NOW);
  if (sent.id === null) throw new Error('not recorded');
  const [deck] = await addPromises(other, SLUG, sent.id, [
    { text: "I'll send the deck Friday", due: '2026-12-04', dated: true },
    { text: 'intro you to Sam', due: '2026-12-01', dated: false },
  ], NOW - 3 * DAY);
  if (deck === undefined) throw new Error('no promise');
  await closePromise(other, deck, 'done', NOW - DAY);
  await recordInvitation(other, SLUG, NOW - 40 * DAY, true);
  await recordInvitation(other, 'ACoAAStrangerInvited3', NOW - 2 * DAY, false);
  const { contacts, interactions, promises, invitations } = await dumpAll(other);
  other.close();
  return serialiseExportFile(buildExportFile({ exportedAt: NOW, settings: null, contacts, interactions, promises, invitations }));
}

describe('JSON import: merge carries promises and invitations', () => {
  it('a backup into an empty store brings every promise on its message and every invitation', async () => {
    const summary = await mergeAll(db, parseExportFile(await otherBrowsersBackup()), NOW);
    expect(summary).toMatchObject({ promisesAdded: 2, promisesKnown: 0, invitationsAdded: 2, invitationsKnown: 0 });
    const { interactions, promises, invitations } = await dumpAll(db);
    const [sent] = interactions;
    expect(promises.map((p) => [p.contactId, p.interactionId, p.snippet, p.status])).toEqual([
      [SLUG, sent?.id, "I'll send the deck Friday", 'done'],
      [SLUG, sent?.id, 'intro you to Sam', 'open'],
    ]);
    expect(invitations.map((i) => [i.contactId, i.withNote])).toEqual([[SLUG, true], ['ACoAAStrangerInvited3', false]]);
    expect((await openPromisesOf(db, SLUG)).map((p) => p.snippet)).toEqual(['intro you to Sam']);
  });

  it('follows the alias rules: the person known here by member id gets them, on the message already here, once', async () => {
    // This browser: Noor by member id, the same message (same urn), its promises still open, the same invitation seen without its note.
    const sent = await recordInteraction(db, { contactId: MEMBER, kind: 'sent', text: "I'll send the deck Friday and intro you to Sam", at: NOW - 3 * DAY, urn: 'urn:li:msg:deck' }, NOW);
    if (sent.id === null) throw new Error('not recorded');
    await addPromises(db, MEMBER, sent.id, [{ text: "I'll send the deck Friday", due: '2026-12-04', dated: true }], NOW - 3 * DAY);
    await upsertSeen(db, { id: MEMBER, name: 'Noor Haddad' }, NOW - 3 * DAY);
    await learnAliases(db, [MEMBER, SLUG], NOW - 2 * DAY);
    await recordInvitation(db, MEMBER, NOW - 40 * DAY + 30_000, false);

    const file = parseExportFile(await otherBrowsersBackup());
    const summary = await mergeAll(db, file, NOW);
    // The message is known; the give that keeping the deck promise recorded there is new here.
    expect(summary).toMatchObject({ interactionsKnown: 1, interactionsAdded: 1, promisesAdded: 1, promisesKnown: 1, invitationsAdded: 1, invitationsKnown: 1 });
    const { promises, invitations } = await dumpAll(db);
    // Kept in the other browser: kept here too. The second promise joins it on the same message.
    expect(promises.map((p) => [p.contactId, p.interactionId, p.snippet, p.status, p.closedAt])).toEqual([
      [MEMBER, sent.id, "I'll send the deck Friday", 'done', NOW - DAY],
      [MEMBER, sent.id, 'intro you to Sam', 'open', null],
    ]);
    expect(invitations.map((i) => [i.contactId, i.withNote])).toEqual([[MEMBER, true], ['ACoAAStrangerInvited3', false]]);

    // Idempotent: the same file again changes nothing.
    const once = await dumpAll(db);
    expect(await mergeAll(db, file, NOW)).toMatchObject({ promisesAdded: 0, promisesKnown: 2, invitationsAdded: 0, invitationsKnown: 2 });
    expect(await dumpAll(db)).toEqual(once);
  });

  it('is one transaction: an invitation that cannot be merged leaves the promises and everything else unwritten', async () => {
    const before = await dumpAll(db);
    const file = parseExportFile(await otherBrowsersBackup());
    // A file the validator let through whose invitation the store refuses (a key IndexedDB cannot take).
    const broken = { ...file, invitations: [{ id: 1, contactId: SLUG, at: Number.NaN, withNote: false }] };
    await expect(mergeAll(db, broken, NOW)).rejects.toBeTruthy();
    expect(await dumpAll(db)).toEqual(before);
  });

  it('a bad promise is refused before anything is written, with where it is', async () => {
    const text = await otherBrowsersBackup();
    const json = JSON.parse(text) as { promises: { interactionId: number }[] };
    const first = json.promises[0];
    if (!first) throw new Error('no promise');
    first.interactionId = 999;
    expect(() => parseExportFile(JSON.stringify(json))).toThrow('$.promises[0].interactionId: no interaction with id 999 in the file');
  });
});

describe('mergePromise: the law of one promise known twice', () => {
  const open: PromiseRecord = { id: 4, contactId: SLUG, interactionId: 9, snippet: 'send the deck', due: '2026-12-04', dated: true, status: 'open', madeAt: NOW, closedAt: null };
  it('a kept or let-go promise stays so, and of two answers the later wins', () => {
    expect(mergePromise(open, { ...open, status: 'done', closedAt: NOW + 5 })).toEqual({ ...open, status: 'done', closedAt: NOW + 5 });
    const done = { ...open, status: 'done' as const, closedAt: NOW + 5 };
    expect(mergePromise(done, open)).toBe(done);
    expect(mergePromise(done, { ...open, status: 'not-needed', closedAt: NOW + 1 })).toBe(done);
    expect(mergePromise(done, { ...open, status: 'not-needed', closedAt: NOW + 9 })).toEqual({ ...done, status: 'not-needed', closedAt: NOW + 9 });
  });
});
