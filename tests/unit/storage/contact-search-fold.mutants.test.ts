import { beforeEach, describe, expect, it } from 'vitest';
import { newContact, searchContacts } from '../../../src/storage/contacts';
import type { RapportDb } from '../../../src/storage/open';
import { freshDb } from './fresh-db';

// Searching contacts ignores case the way a person does: letters that have no one-letter other case match their spelling out.

const NOW = Date.UTC(2026, 10, 23);
let db: RapportDb;
beforeEach(async () => {
  db = await freshDb();
  await db.put('contacts', newContact('jonas-weiss', NOW, { name: 'Jonas Weiß', company: 'Straßenbau AG' }));
  await db.put('contacts', newContact('nikos-p', NOW, { name: 'Νίκος Παπαδόπουλος' }));
});

const names = async (query: string): Promise<string[]> => (await searchContacts(db, query, 10)).map((c) => c.name);

describe('a search', () => {
  it('finds ß spelled ss, and ss spelled ß, in any case', async () => {
    expect(await names('weiss')).toEqual(['Jonas Weiß']);
    expect(await names('STRASSENBAU')).toEqual(['Jonas Weiß']);
    expect(await names('Weiß')).toEqual(['Jonas Weiß']);
  });

  it('finds a Greek word ending in ς however its sigma is typed', async () => {
    expect(await names('νικοσ')).toEqual(['Νίκος Παπαδόπουλος']);
    expect(await names('ΝΙΚΟΣ')).toEqual(['Νίκος Παπαδόπουλος']);
  });
});
