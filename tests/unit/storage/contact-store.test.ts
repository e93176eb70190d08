import { beforeEach, describe, expect, it } from 'vitest';
import { getContact, introSuggestions, nameMatch, newContact, reconnectCandidates, searchContacts, updateContact, upsertSeen } from '../../../src/storage/contacts';
import { DORMANT_AFTER_MS } from '../../../src/storage/contacts';
import { recordInteraction } from '../../../src/storage/interactions';
import type { RapportDb } from '../../../src/storage/open';
import { freshDb } from './fresh-db';

const NOW = Date.UTC(2026, 10, 23, 12);
const DAY = 86_400_000;
let db: RapportDb;

beforeEach(async () => {
  db = await freshDb();
});

describe('a sighting of a person (upsertSeen)', () => {
  it('keeps the profile URL the page showed, and writes nothing when it tells nothing new', async () => {
    const first = await upsertSeen(db, { id: 'ada-moss', name: 'Ada Moss', headline: 'Analyst', profileUrl: 'https://www.linkedin.com/in/ada-moss/' }, NOW);
    expect(first.profileUrl).toBe('https://www.linkedin.com/in/ada-moss/');
    await upsertSeen(db, { id: 'ada-moss', name: 'Ada Moss', headline: 'Analyst' }, NOW + DAY);
    expect((await getContact(db, 'ada-moss'))?.updatedAt).toBe(NOW);
    await upsertSeen(db, { id: 'ada-moss', name: 'Ada Moss', headline: 'Lead analyst' }, NOW + 2 * DAY);
    expect(await getContact(db, 'ada-moss')).toMatchObject({ headline: 'Lead analyst', updatedAt: NOW + 2 * DAY });
  });
});

describe('updateContact and the cadence', () => {
  it('a patch without a cadence keeps it; null clears it', async () => {
    await upsertSeen(db, { id: 'ada-moss', name: 'Ada Moss' }, NOW);
    await updateContact(db, 'ada-moss', { cadence: '1m' }, NOW);
    expect((await updateContact(db, 'ada-moss', { notes: 'met at the meetup' }, NOW + DAY)).cadence).toEqual({ every: '1m', since: NOW });
    expect((await updateContact(db, 'ada-moss', { cadence: null }, NOW + 2 * DAY)).cadence).toBeNull();
    expect((await updateContact(db, 'ada-moss', { notes: 'again' }, NOW + 3 * DAY)).cadence).toBeNull();
  });

  it('an unknown person is not_found, naming the id', async () => {
    await expect(updateContact(db, 'nobody-here', { notes: 'x' }, NOW)).rejects.toMatchObject({ code: 'not_found', message: 'No contact with id nobody-here.' });
  });
});

describe('searchContacts', () => {
  it('an empty query lists everyone, the most recently active first and the never active last', async () => {
    await db.put('contacts', newContact('bo-lind', NOW, { name: 'Bo Lind', lastInteractionAt: NOW - DAY }));
    await db.put('contacts', newContact('ada-moss', NOW, { name: 'Ada Moss' }));
    await db.put('contacts', newContact('cy-park', NOW, { name: 'Cy Park', lastInteractionAt: NOW }));
    expect((await searchContacts(db, '  ', 10)).map((c) => c.id)).toEqual(['cy-park', 'bo-lind', 'ada-moss']);
  });

  it('finds by any field, accents and case aside, and never across two fields', async () => {
    await db.put('contacts', newContact('jose-ruiz', NOW, { name: 'José Ruiz', company: 'Brightwave' }));
    expect((await searchContacts(db, 'JOSE', 10)).map((c) => c.id)).toEqual(['jose-ruiz']);
    expect((await searchContacts(db, 'ruizbright', 10))).toEqual([]);
  });
});

describe('introSuggestions', () => {
  it('at most `limit` others, never the person themself', async () => {
    await db.put('contacts', newContact('ada-moss', NOW, { name: 'Ada Moss', wants: ['design help'], wantKeys: ['design help'] }));
    await db.put('contacts', newContact('self-too', NOW, { name: 'Self Too', wants: ['design help'], wantKeys: ['design help'], haves: ['design help'], haveKeys: ['design help'] }));
    expect((await introSuggestions(db, 'self-too', 10)).map((s) => s.contact.id)).not.toContain('self-too');
    for (let i = 0; i < 5; i++) {
      await db.put('contacts', newContact(`helper-${i}`, NOW, { name: `Helper ${i}`, haves: ['design help'], haveKeys: ['design help'] }));
    }
    const three = await introSuggestions(db, 'ada-moss', 3);
    expect(three).toHaveLength(3);
    expect(three.map((s) => s.contact.id)).not.toContain('ada-moss');
    expect((await introSuggestions(db, 'ada-moss', 10)).map((s) => s.contact.id).sort()).toEqual(['helper-0', 'helper-1', 'helper-2', 'helper-3', 'helper-4', 'self-too']);
  });
});

describe('reconnectCandidates', () => {
  it('a dormant tie is one that went both ways: only sent, or only received, is not', async () => {
    const long = NOW - DORMANT_AFTER_MS - 10 * DAY;
    for (const [id, kinds] of [['both-ways', ['sent', 'received']], ['only-sent', ['sent']], ['only-received', ['received']]] as const) {
      for (const kind of kinds) await recordInteraction(db, { contactId: id, kind, text: `${kind} to ${id}`, at: long }, long);
    }
    expect((await reconnectCandidates(db, NOW)).map((c) => c.id)).toEqual(['both-ways']);
  });
});

describe('nameMatch', () => {
  it('people without a name are no match for each other', async () => {
    await db.put('contacts', newContact('x-one', NOW));
    await db.put('contacts', newContact('x-two', NOW));
    expect(await nameMatch(db, 'x-one')).toBeNull();
  });
});
