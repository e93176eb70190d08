import { openDB } from 'idb';
import { beforeEach, expect, it } from 'vitest';
import { nameMatch, upsertSeen } from '../../../src/storage/contacts';
import { openRapportDb } from '../../../src/storage/open';
import { resetIndexedDb } from './fresh-db';

const NOW = Date.UTC(2026, 11, 2);
const DAY = 86_400_000;

// A contact as v7 stored it, nameKey folded the old way (accents only).
const v7Contact = (id: string, name: string, nameKey: string) => ({
  id, aliases: [], name, headline: '', profileUrl: '', email: '', company: 'Nordlicht', position: '',
  connectedOn: NOW - DAY * 400, firstSeen: NOW - DAY * 500, degree: 1, consent: { value: null, at: null, note: '' },
  wants: [], haves: [], tags: [], notes: 'kept as typed', lastInteractionAt: null, cadence: null, wantKeys: [], haveKeys: [],
  nameKey, updatedAt: NOW - 1000,
});

beforeEach(resetIndexedDb);

it('v7 -> v8: every nameKey is rebuilt with the plain spellings, the rest of each record kept, so Weiß finds Weiss', async () => {
  (await openRapportDb({ version: 7, now: () => NOW - 1000 })).close();
  const v7 = await openDB('rapport', 7);
  const weiss = v7Contact('import.00000000000000aa', 'Anna Weiß', 'anna weiß');
  const soren = v7Contact('import.00000000000000bb', 'Søren Holm', 'søren holm');
  const plain = v7Contact('import.00000000000000cc', 'José Álvarez', 'jose alvarez');
  for (const c of [weiss, soren, plain]) await v7.put('contacts', c);
  v7.close();

  const db = await openRapportDb({ now: () => NOW });
  expect(db.version).toBe(8);
  expect(await db.get('meta', 'schema')).toMatchObject({ version: 8, history: [{ from: 0, to: 7 }, { from: 7, to: 8, at: NOW }] });
  expect(await db.get('contacts', weiss.id)).toEqual({ ...weiss, nameKey: 'anna weiss' });
  expect(await db.get('contacts', soren.id)).toEqual({ ...soren, nameKey: 'soren holm' });
  expect(await db.get('contacts', plain.id)).toEqual(plain);

  // The person on screen, spelled without ß, is offered the imported record as the same person.
  await upsertSeen(db, { id: 'anna-weiss', name: 'Anna Weiss' }, NOW);
  expect(await nameMatch(db, 'anna-weiss')).toMatchObject({ contact: { id: weiss.id, name: 'Anna Weiß' }, imported: true });
  db.close();
});
