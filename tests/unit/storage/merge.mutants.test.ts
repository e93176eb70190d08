import { beforeEach, describe, expect, it } from 'vitest';
import { getContext } from '../../../src/storage/context';
import { newContact, upsertSeen } from '../../../src/storage/contacts';
import { recordInteraction } from '../../../src/storage/interactions';
import { atomically, joinContacts, learnAliases, mergeInto, mergeRecords, undoMerge } from '../../../src/storage/merge';
import type { RapportDb } from '../../../src/storage/open';
import { addPromises, openPromisesOf } from '../../../src/storage/promises';
import { freshDb } from './fresh-db';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 2, 12);
let db: RapportDb;

beforeEach(async () => {
  db = await freshDb();
});

async function sent(contactId: string, text: string, at: number): Promise<number> {
  const { id } = await recordInteraction(db, { contactId, kind: 'sent', text, at }, at);
  if (id === null) throw new Error('not recorded');
  return id;
}

describe('mergeRecords: dates', () => {
  it('of two connection dates the earlier stays, whichever record holds it', () => {
    const kept = newContact('ada-moss', NOW, { connectedOn: NOW - DAY });
    const gone = newContact('ACoAAadaMoss', NOW, { connectedOn: NOW - 9 * DAY });
    expect(mergeRecords(kept, gone, NOW).connectedOn).toBe(NOW - 9 * DAY);
    expect(mergeRecords(gone, kept, NOW).connectedOn).toBe(NOW - 9 * DAY);
  });
});

describe('mergeInto: what it moves', () => {
  it('names exactly the interactions it moved, not the ones it dropped as already known', async () => {
    await upsertSeen(db, { id: 'ada-moss', name: 'Ada Moss' }, NOW - DAY);
    await upsertSeen(db, { id: 'ada-import', name: 'Ada Moss' }, NOW - DAY);
    await sent('ada-moss', 'the same words', NOW - 2 * DAY);
    await sent('ada-import', 'the same words', NOW - 2 * DAY);
    const moved = await sent('ada-import', 'only here', NOW - 3 * DAY);
    const [kept, gone] = await Promise.all([db.get('contacts', 'ada-moss'), db.get('contacts', 'ada-import')]);
    if (!kept || !gone) throw new Error('not stored');
    const outcome = await atomically(db, (tx) => mergeInto(tx, kept, gone, NOW));
    expect(outcome.moved).toEqual([moved]);
    expect(outcome.dropped.map((r) => r.snippet)).toEqual(['the same words']);
  });

  it('moves the promises of the merged person only, not those of a person whose id sorts before', async () => {
    await upsertSeen(db, { id: 'aaron', name: 'Aaron' }, NOW - DAY);
    await upsertSeen(db, { id: 'carl', name: 'Carl' }, NOW - DAY);
    await upsertSeen(db, { id: 'carl-import', name: 'Carl' }, NOW - DAY);
    await addPromises(db, 'aaron', await sent('aaron', 'I will call you', NOW - DAY), [{ text: 'call you', due: '2026-12-05', dated: false }], NOW - DAY);
    await addPromises(db, 'carl-import', await sent('carl-import', 'I will write', NOW - DAY), [{ text: 'write', due: '2026-12-05', dated: false }], NOW - DAY);
    await joinContacts(db, 'carl', 'carl-import', NOW);
    expect((await openPromisesOf(db, 'aaron')).map((p) => p.snippet)).toEqual(['call you']);
    expect((await openPromisesOf(db, 'carl')).map((p) => p.snippet)).toEqual(['write']);
  });
});

describe('learnAliases: the cache of recent sends', () => {
  it('after a merge, a send to the merged record is no longer one to another person', async () => {
    await upsertSeen(db, { id: 'ada-moss', name: 'Ada Moss' }, NOW - DAY);
    await upsertSeen(db, { id: 'ACoAAadaMember', name: 'Ada Moss' }, NOW - DAY);
    await sent('ACoAAadaMember', 'hello from the member page', NOW - DAY);
    expect((await getContext(db, 'ada-moss', NOW)).recentSent).toEqual(['hello from the member page']);
    expect(await learnAliases(db, ['ada-moss', 'ACoAAadaMember'], NOW)).toMatchObject({ id: 'ada-moss', merged: true });
    expect((await getContext(db, 'ada-moss', NOW)).recentSent).toEqual([]);
  });
});

describe('undoMerge', () => {
  beforeEach(async () => {
    await upsertSeen(db, { id: 'ada-moss', name: 'Ada Moss' }, NOW - DAY);
    await upsertSeen(db, { id: 'ada-import', name: 'Ada Moss' }, NOW - 2 * DAY);
    await joinContacts(db, 'ada-moss', 'ada-import', NOW);
  });

  it('answers with the two records it gave back', async () => {
    const { kept, gone } = await undoMerge(db, 'ada-moss');
    expect([kept.id, kept.updatedAt, gone.id, gone.updatedAt]).toEqual(['ada-moss', NOW - DAY, 'ada-import', NOW - 2 * DAY]);
  });

  it('undoes only the merge of the contact it is asked for', async () => {
    await upsertSeen(db, { id: 'bob', name: 'Bob' }, NOW - DAY);
    await expect(undoMerge(db, 'bob')).rejects.toMatchObject({ code: 'not_found' });
    expect(await db.get('contacts', 'ada-import')).toBeUndefined();
    expect((await undoMerge(db, 'ada-moss')).gone.id).toBe('ada-import');
  });
});
