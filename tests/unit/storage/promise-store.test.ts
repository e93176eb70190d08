import { beforeEach, describe, expect, it } from 'vitest';
import { upsertSeen } from '../../../src/storage/contacts';
import { recordInteraction } from '../../../src/storage/interactions';
import type { RapportDb } from '../../../src/storage/open';
import { addPromises, closePromise, countOverdue, duePromises, openPromisesOf } from '../../../src/storage/promises';
import { freshDb } from './fresh-db';

const NOW = Date.UTC(2026, 10, 23, 12);
const HOUR = 3_600_000;
let db: RapportDb;

beforeEach(async () => {
  db = await freshDb();
});

/** A sent message to `contactId` that promised `text`, due on `due`, made at `madeAt`. */
async function promised(contactId: string, text: string, due: string, madeAt = NOW): Promise<number> {
  const { id } = await recordInteraction(db, { contactId, kind: 'sent', text: `${text} (${madeAt})`, at: madeAt }, madeAt);
  if (id === null) throw new Error('not recorded');
  const [promiseId] = await addPromises(db, contactId, id, [{ text, due, dated: true }], madeAt);
  if (promiseId === undefined) throw new Error('no promise stored');
  return promiseId;
}

const snippets = (list: { snippet: string }[]) => list.map((p) => p.snippet);

describe('the promise store', () => {
  it('a message without promises stores none', async () => {
    const { id } = await recordInteraction(db, { contactId: 'ada-moss', kind: 'sent', text: 'Thanks!', at: NOW }, NOW);
    expect(await addPromises(db, 'ada-moss', id ?? 0, [], NOW)).toEqual([]);
    expect(await db.count('promises')).toBe(0);
  });

  it('one person\'s open promises come soonest due first, then in the order they were made', async () => {
    await promised('ada-moss', 'send the slides', '2026-11-30', NOW);
    await promised('ada-moss', 'share the notes', '2026-11-25', NOW + 2 * HOUR);
    await promised('ada-moss', 'intro to Bo', '2026-11-25', NOW + HOUR);
    expect(snippets(await openPromisesOf(db, 'ada-moss'))).toEqual(['intro to Bo', 'share the notes', 'send the slides']);
  });

  it('everyone\'s due promises: the most overdue first, ties by when they were made, closed ones left out', async () => {
    await promised('bo-lind', 'call back', '2026-11-20', NOW + 2 * HOUR);
    await promised('ada-moss', 'send the slides', '2026-11-23', NOW);
    await promised('cy-park', 'review the draft', '2026-11-20', NOW + HOUR);
    const closed = await promised('cy-park', 'book a room', '2026-11-19', NOW);
    await promised('cy-park', 'later', '2026-11-24', NOW);
    await closePromise(db, closed, 'not-needed', NOW);
    expect(snippets(await duePromises(db, '2026-11-23'))).toEqual(['review the draft', 'call back', 'send the slides']);
  });

  it('overdue means due before today: not today, and not once closed', async () => {
    await promised('ada-moss', 'send the slides', '2026-11-23');
    expect(await countOverdue(db, '2026-11-23')).toBe(0);
    const late = await promised('bo-lind', 'call back', '2026-11-22');
    expect(await countOverdue(db, '2026-11-23')).toBe(1);
    await closePromise(db, late, 'done', NOW);
    expect(await countOverdue(db, '2026-11-23')).toBe(0);
  });

  it('keeping a promise records a give that names it and touches the person, known or not', async () => {
    await upsertSeen(db, { id: 'ada-moss', name: 'Ada Moss' }, NOW - 10 * HOUR);
    const kept = await promised('ada-moss', 'send the slides', '2026-11-25', NOW - 5 * HOUR);
    await closePromise(db, kept, 'done', NOW);
    const gives = (await db.getAll('interactions')).filter((i) => i.kind === 'gave');
    expect(gives.map((g) => g.snippet)).toEqual(['Kept a promise: send the slides']);
    const ada = await db.get('contacts', 'ada-moss');
    expect([ada?.name, ada?.lastInteractionAt]).toEqual(['Ada Moss', NOW]);
  });

  it('keeping a promise never moves the person\'s last interaction back', async () => {
    const kept = await promised('ada-moss', 'send the slides', '2026-11-25', NOW + 5 * HOUR);
    await closePromise(db, kept, 'done', NOW);
    expect((await db.get('contacts', 'ada-moss'))?.lastInteractionAt).toBe(NOW + 5 * HOUR);
  });

  it('an unknown promise is not_found, naming its id', async () => {
    await expect(closePromise(db, 404, 'done', NOW)).rejects.toMatchObject({ code: 'not_found', message: 'No promise with id 404.' });
  });
});
