import { beforeEach, describe, expect, it } from 'vitest';
import { newContact } from '../../../src/storage/contacts';
import { getContext } from '../../../src/storage/context';
import type { RapportDb } from '../../../src/storage/open';
import { freshDb } from './fresh-db';

const NOW = Date.UTC(2026, 10, 23, 12);
let db: RapportDb;

beforeEach(async () => {
  db = await freshDb();
});

describe('the boundaries the coach reads from a contact', () => {
  it('a record written before boundaries existed reads as none set', async () => {
    const { boundaries: _none, ...old } = newContact('ada-moss', NOW, { name: 'Ada Moss' });
    await db.put('contacts', old);
    expect(await getContext(db, 'ada-moss', NOW)).toMatchObject({ noPitches: false, awayUntil: null, otherChannel: null });
  });

  it('away until today still counts; a day that has passed does not', async () => {
    const contact = newContact('ada-moss', NOW, { name: 'Ada Moss' });
    await db.put('contacts', { ...contact, boundaries: { ...contact.boundaries, awayUntil: '2026-11-23', noPitches: true, otherChannel: 'email' } });
    expect(await getContext(db, 'ada-moss', NOW)).toMatchObject({ awayUntil: '2026-11-23', noPitches: true, otherChannel: 'email' });
    expect((await getContext(db, 'ada-moss', NOW + 86_400_000)).awayUntil).toBeNull();
  });
});
