import { afterEach, describe, expect, it, vi } from 'vitest';
import { updateContact } from '../../../src/storage/contacts';
import { importLinkedInExport } from '../../../src/storage/linkedin-export/import';
import { learnAliases } from '../../../src/storage/merge';
import { freshDb } from './fresh-db';
import { buildLinkedInZip, generateExport } from './linkedin-export';

const NOW = Date.UTC(2026, 11, 1);

/**
 * Every single-record read an import could make: by key, by index, a key or a count per row;
 * `reads()` leaves out the import cursor that each batch queued behind another reads first
 * (one per batch, never per row), which `cursorChecks()` counts.
 */
function countReads(): { reads: () => number; cursorChecks: () => number } {
  const spies = [
    vi.spyOn(IDBObjectStore.prototype, 'get'),
    vi.spyOn(IDBObjectStore.prototype, 'getKey'),
    vi.spyOn(IDBIndex.prototype, 'get'),
    vi.spyOn(IDBIndex.prototype, 'getKey'),
  ];
  const cursorCheck = (spy: (typeof spies)[number], i: number): boolean => {
    const store = spy.mock.contexts[i];
    return store instanceof IDBObjectStore && store.name === 'meta' && store.transaction.mode === 'readwrite' && spy.mock.calls[i]?.[0] === 'linkedin-import';
  };
  const count = (checks: boolean) => spies.reduce((sum, spy) => sum + spy.mock.calls.filter((_, i) => cursorCheck(spy, i) === checks).length, 0);
  return { reads: () => count(false), cursorChecks: () => count(true) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

// Issue 11 item 6: an import at the speed of the database makes no request per row it can avoid.
describe('the LinkedIn import reads what is stored in pages, not per row', () => {
  it('a first import of 300 connections and 1,500 messages reads no record one by one', async () => {
    const db = await freshDb();
    const zip = buildLinkedInZip(generateExport(300, 1500));
    const { reads, cursorChecks } = countReads();
    const summary = await importLinkedInExport(db, zip, { now: NOW, batchSize: 100 });
    expect(summary.interactionsAdded).toBeGreaterThan(1500);
    // The hash key and the import cursor in meta: a handful of reads, whatever the size of the file.
    expect(reads()).toBeLessThanOrEqual(4);
    // Every batch but the first of each phase (3 connections, 1 invitations, 15 messages) waits behind another.
    expect(cursorChecks()).toBe(2 + 0 + 14);
    db.close();
  });

  it('an import into a full store reads again only the records it rewrites, and keeps what was typed meanwhile', async () => {
    const db = await freshDb();
    const data = generateExport(200, 600);
    await importLinkedInExport(db, buildLinkedInZip({ ...data, messages: [] }), { now: NOW });
    const someone = (await db.getAll('contacts', undefined, 1))[0];
    if (!someone) throw new Error('nothing imported');
    await updateContact(db, someone.id, { notes: 'met at the meetup' }, NOW);
    // The same person's member id, learned from a page: the export's slug must still find the record.
    await learnAliases(db, [someone.id, 'ACoAAsomeoneMember'], NOW);

    const { reads } = countReads();
    const summary = await importLinkedInExport(db, buildLinkedInZip(data), { now: NOW + 1000 });
    // Each person the messages reach gets a newer lastInteractionAt: at most one read each, plus meta.
    const people = new Set(data.messages.map((m) => m.senderUrl)).size + new Set(data.messages.map((m) => m.recipientUrls)).size;
    expect(reads()).toBeLessThanOrEqual(people + 4);
    expect(summary.contactsAdded).toBe(0);
    const after = await db.get('contacts', someone.id);
    expect(after?.notes).toBe('met at the meetup');
    expect(after?.aliases).toEqual(['ACoAAsomeoneMember']);
    expect(after?.lastInteractionAt).not.toBeNull();
    db.close();
  });
});
