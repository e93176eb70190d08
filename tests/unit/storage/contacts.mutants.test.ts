import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_BOUNDARIES } from '../../../src/shared/boundaries';
import { getContact, introSuggestions, newContact, searchContacts, updateContact, upsertSeen } from '../../../src/storage/contacts';
import type { RapportDb } from '../../../src/storage/open';
import { freshDb } from './fresh-db';

const NOW = Date.UTC(2026, 10, 23, 12);
let db: RapportDb;

beforeEach(async () => {
  db = await freshDb();
});

describe('a person first seen on a page', () => {
  it('is stored with what the page showed and nothing else: no consent, topics, tags, notes or cadence', async () => {
    await upsertSeen(db, { id: 'ada-l', name: 'Ada Lovelace', headline: 'Analyst of engines' }, NOW);
    expect(await getContact(db, 'ada-l')).toEqual({
      id: 'ada-l', aliases: [], name: 'Ada Lovelace', headline: 'Analyst of engines', profileUrl: 'https://www.linkedin.com/in/ada-l/',
      email: '', company: '', position: '', connectedOn: null, firstSeen: NOW, degree: null,
      consent: { value: null, at: null, note: '' }, wants: [], haves: [], tags: [], notes: '',
      lastInteractionAt: null, cadence: null, boundaries: NO_BOUNDARIES,
      wantKeys: [], haveKeys: [], nameKey: 'ada lovelace', updatedAt: NOW,
    });
  });

  it('a new contact’s index keys come from its fields, whatever keys it is given', () => {
    const contact = newContact('ada-l', NOW, { name: 'Ada Lovelace', wants: ['Funding'], haves: ['Engines'], wantKeys: ['stale'], nameKey: 'stale' });
    expect(contact).toMatchObject({ wantKeys: ['funding'], haveKeys: ['engines'], nameKey: 'ada lovelace' });
  });
});

describe('introductions', () => {
  it('for someone unknown, says who', async () => {
    await expect(introSuggestions(db, 'nobody-here')).rejects.toMatchObject({ code: 'not_found', message: 'No contact with id nobody-here.' });
  });
});

describe('a person seen again', () => {
  it('under their own id, gets the profile link the page gave when the record had none', async () => {
    await db.put('contacts', newContact('ada-l', NOW - 1, { name: 'Ada Lovelace', profileUrl: '' }));
    await upsertSeen(db, { id: 'ada-l', name: 'Ada Lovelace', profileUrl: 'https://www.linkedin.com/in/ada-l/' }, NOW);
    expect((await getContact(db, 'ada-l'))?.profileUrl).toBe('https://www.linkedin.com/in/ada-l/');
  });
});

describe('what the user typed by hand', () => {
  it('is written in a transaction the database must flush to disk before it completes', async () => {
    await db.put('contacts', newContact('ada-l', NOW - 1, { name: 'Ada Lovelace' }));
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    try {
      await updateContact(db, 'ada-l', { notes: 'Met at the meetup' }, NOW);
      expect(transaction.mock.calls.map((call) => call.slice(1))).toEqual([['readwrite', { durability: 'strict' }]]);
    } finally {
      transaction.mockRestore();
    }
    expect((await getContact(db, 'ada-l'))?.notes).toBe('Met at the meetup');
  });
});

describe('search', () => {
  it('lists the most recently active first, then by name, and those never in touch last', async () => {
    const people: [string, string, number | null][] = [
      ['b-never', 'Bea Never', null], ['a-old', 'Al Old', 100], ['c-new', 'Cy New', 300],
      ['a-never', 'Ann Never', null], ['d-mid', 'Di Mid', 200], ['b-mid', 'Bo Mid', 200],
    ];
    for (const [id, name, at] of people) await db.put('contacts', { ...newContact(id, NOW, { name }), lastInteractionAt: at });
    expect((await searchContacts(db, '', 10)).map((c) => c.id)).toEqual(['c-new', 'b-mid', 'd-mid', 'a-old', 'a-never', 'b-never']);
    expect((await searchContacts(db, 'never', 10)).map((c) => c.id)).toEqual(['a-never', 'b-never']);
    expect((await searchContacts(db, '', 2)).map((c) => c.id)).toEqual(['c-new', 'b-mid']);
  });
});
