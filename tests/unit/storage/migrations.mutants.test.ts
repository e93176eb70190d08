import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { newContact } from '../../../src/storage/contacts';
import { openRapportDb } from '../../../src/storage/open';
import { resetIndexedDb } from './fresh-db';

const NOW = Date.UTC(2026, 10, 23);

beforeEach(resetIndexedDb);

async function createAtVersion(version: number): Promise<void> {
  (await openRapportDb({ version, now: () => NOW - 1000 })).close();
}

describe('migrating odd old records', () => {
  it('v1 -> v2: an interaction whose text is not a string keeps no snippet and no hash; the newest of a contact’s interactions wins whatever their order', async () => {
    await createAtVersion(1);
    const v1 = await openDB('rapport', 1);
    await v1.put('contacts', { id: 'ada', name: 'Ada' });
    await v1.add('interactions', { contactId: 'ada', kind: 'sent', surface: null, text: 42, at: NOW - 10 });
    await v1.add('interactions', { contactId: 'ada', kind: 'sent', surface: null, text: 'later one', at: NOW - 5 });
    await v1.add('interactions', { contactId: 'ada', kind: 'sent', surface: null, text: 'earlier one', at: NOW - 50 });
    v1.close();
    const db = await openRapportDb({ version: 2 });
    expect((await db.getAll('interactions')).map((r) => [r.snippet, r.hash === ''])).toEqual([['', true], ['later one', false], ['earlier one', false]]);
    expect((await db.get('contacts', 'ada'))?.lastInteractionAt).toBe(NOW - 5);
    db.close();
  });

  it('v2 -> v3: wants and haves that are not lists, or hold other things than text, give keys of their text only', async () => {
    await createAtVersion(2);
    const v2 = await openDB('rapport', 2);
    await v2.put('contacts', { id: 'ada', wants: 'not a list', haves: ['Rust', 7, null, ' rust '] });
    v2.close();
    const db = await openRapportDb({ version: 3 });
    expect(await db.get('contacts', 'ada')).toMatchObject({ wantKeys: [], haveKeys: ['rust'] });
    db.close();
  });

  it('v3 -> v4: a name that is not text gets an empty name key', async () => {
    await createAtVersion(3);
    const v3 = await openDB('rapport', 3);
    await v3.put('contacts', { id: 'ada', name: 12 });
    await v3.put('contacts', { id: 'bob', name: 'Bób  Ray' });
    v3.close();
    const db = await openRapportDb({ version: 4 });
    expect((await db.getAll('contacts')).map((c) => [c.id, c.nameKey, c.aliases])).toEqual([['ada', '', []], ['bob', 'bob ray', []]]);
    db.close();
  });
});

describe('what the indexes guarantee', () => {
  it('a urn is stored once, and interactions get increasing ids', async () => {
    const db = await openRapportDb();
    const record = { contactId: 'ada', kind: 'sent' as const, surface: null, snippet: '', hash: '', at: NOW, urn: 'urn:1' };
    expect(await db.add('interactions', record)).toBe(1);
    await expect(db.add('interactions', { ...record, at: NOW + 1 })).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(await db.add('interactions', { ...record, urn: 'urn:2' })).toBeGreaterThan(1);
    db.close();
  });

  it('an alias belongs to one contact, and each of a contact’s wants and haves finds it', async () => {
    const db = await openRapportDb();
    await db.put('contacts', { ...newContact('ada', NOW, { wants: ['Hiring', 'Rust'], haves: ['Design'] }), aliases: ['ACoAAada'] });
    await expect(db.put('contacts', { ...newContact('bob', NOW), aliases: ['ACoAAada'] })).rejects.toMatchObject({ name: 'ConstraintError' });
    expect((await db.getAllFromIndex('contacts', 'wantKeys', 'rust')).map((c) => c.id)).toEqual(['ada']);
    expect((await db.getAllFromIndex('contacts', 'haveKeys', 'design')).map((c) => c.id)).toEqual(['ada']);
    expect((await db.getFromIndex('contacts', 'aliases', 'ACoAAada'))?.id).toBe('ada');
    db.close();
  });

  it('promises and invitations get increasing ids and are found by their indexes', async () => {
    const db = await openRapportDb();
    const promise = { contactId: 'ada', interactionId: 7, snippet: 'send the deck', due: '2026-12-01', dated: true, status: 'open' as const, madeAt: NOW, closedAt: null };
    expect(await db.add('promises', promise)).toBe(1);
    expect(await db.add('promises', { ...promise, status: 'done', closedAt: NOW })).toBe(2);
    expect((await db.getAllFromIndex('promises', 'contactId_status', ['ada', 'open'])).map((p) => p.id)).toEqual([1]);
    expect((await db.getAllFromIndex('promises', 'status_due', ['open', '2026-12-01'])).map((p) => p.id)).toEqual([1]);
    expect((await db.getAllFromIndex('promises', 'interactionId', 7)).map((p) => p.id)).toEqual([1, 2]);
    expect(await db.add('invitations', { contactId: 'ada', at: NOW, withNote: false })).toBe(1);
    expect(await db.countFromIndex('invitations', 'at', IDBKeyRange.bound(NOW - 1, NOW + 1))).toBe(1);
    await db.put('contacts', { ...newContact('ada', NOW), cadence: { every: '1m', since: NOW } });
    await db.put('contacts', newContact('bob', NOW));
    expect((await db.getAllFromIndex('contacts', 'cadence', '1m')).map((c) => c.id)).toEqual(['ada']);
    expect(await db.count('contacts')).toBe(2);
    db.close();
  });
});
