import { beforeEach, describe, expect, it } from 'vitest';
import { ofContact, ofKind } from '../../../src/storage/by-contact';
import { listInteractions } from '../../../src/storage/interactions';
import type { RapportDb } from '../../../src/storage/open';
import type { InteractionKind, InteractionRecord } from '../../../src/storage/schema';
import { freshDb } from './fresh-db';

const AT = Date.UTC(2026, 10, 23, 12);
let db: RapportDb;

beforeEach(async () => {
  db = await freshDb();
});

const stored = (kind: InteractionKind, at: number, snippet: string): InteractionRecord => ({ contactId: 'ada', kind, surface: null, snippet, hash: '', at });

describe('a contact’s newest interactions', () => {
  it('at one instant, the later recorded comes first, whatever the kinds', async () => {
    // Recorded in this order, all at the same instant: each kind is read by itself, then merged.
    for (const [kind, snippet] of [['sent', 'first'], ['received', 'second'], ['note', 'third'], ['gave', 'fourth'], ['sent', 'fifth'], ['asked', 'sixth']] as const) {
      await db.add('interactions', stored(kind, AT, snippet));
    }
    await db.add('interactions', stored('received', AT - 1, 'older'));
    expect((await listInteractions(db, 'ada')).map((r) => r.snippet)).toEqual(['sixth', 'fifth', 'fourth', 'third', 'second', 'first', 'older']);
    expect((await listInteractions(db, 'ada', 3)).map((r) => r.snippet)).toEqual(['sixth', 'fifth', 'fourth']);
  });
});

describe('the key ranges', () => {
  it('one kind between two times takes both ends unless told to leave them out', () => {
    const closed = ofKind('ada', 'sent', 10, 20);
    expect([9, 10, 20, 21].map((at) => closed.includes(['ada', 'sent', at]))).toEqual([false, true, true, false]);
    const open = ofKind('ada', 'sent', 10, 20, true);
    expect([10, 11, 19, 20].map((at) => open.includes(['ada', 'sent', at]))).toEqual([false, true, true, false]);
    expect(ofKind('ada', 'sent').includes(['ada', 'received', 15])).toBe(false);
  });

  it('a contact’s range holds every kind of theirs and nobody else’s', () => {
    const range = ofContact('ada');
    expect(['sent', 'received', 'note', 'zzz'].every((kind) => range.includes(['ada', kind, 1]))).toBe(true);
    expect(range.includes(['adam', 'sent', 1])).toBe(false);
    expect(range.includes(['ad', 'sent', 1])).toBe(false);
  });
});
