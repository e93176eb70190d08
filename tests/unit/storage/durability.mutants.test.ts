import { beforeEach, describe, expect, it, vi } from 'vitest';
import { newContact } from '../../../src/storage/contacts';
import { deleteAll, replaceAll } from '../../../src/storage/dump';
import { buildExportFile } from '../../../src/storage/export-file';
import { textHasher } from '../../../src/storage/hash-key';
import { forgetReceivedSnippets, recordInteraction, recordIntro } from '../../../src/storage/interactions';
import { joinContacts } from '../../../src/storage/merge';
import type { RapportDb } from '../../../src/storage/open';
import { addPromises, closePromise } from '../../../src/storage/promises';
import type { InteractionKind } from '../../../src/storage/schema';
import { freshDb } from './fresh-db';

// What must survive a crash right after the user saw it done is written in transactions the
// database flushes to disk before they complete ("strict"); what the coach records as it reads the
// page may be lost with the last second before a crash ("default", faster).

const NOW = Date.UTC(2026, 10, 23, 12);
let db: RapportDb;

beforeEach(async () => {
  db = await freshDb();
  await db.put('contacts', newContact('ada-l', NOW - 1, { name: 'Ada Lovelace' }));
  await db.put('contacts', newContact('bob-k', NOW - 1, { name: 'Bob Kay' }));
});

/** The options of every read-write transaction `run` opens. */
async function writes(run: () => Promise<unknown>): Promise<unknown[]> {
  const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
  try {
    await run();
    return transaction.mock.calls.filter((call) => call[1] === 'readwrite').map((call) => call[2]);
  } finally {
    transaction.mockRestore();
  }
}

const STRICT = { durability: 'strict' };

describe('durability', () => {
  it('the install’s hash key, made once, is written strictly', async () => {
    expect(await writes(() => textHasher(db))).toEqual([STRICT]);
  });

  it('a ledger entry (give, ask, intro, note) strictly; a message the coach saw, by default', async () => {
    await textHasher(db);
    const kinds: InteractionKind[] = ['gave', 'asked', 'intro', 'note', 'sent', 'received'];
    const made = [];
    for (const kind of kinds) made.push(await writes(() => recordInteraction(db, { contactId: 'ada-l', kind, text: `a ${kind}` }, NOW)));
    expect(made).toEqual([[STRICT], [STRICT], [STRICT], [STRICT], [{ durability: 'default' }], [{ durability: 'default' }]]);
  });

  it('an introduction, forgetting received snippets, and closing a promise, strictly', async () => {
    await textHasher(db);
    expect(await writes(() => recordIntro(db, 'ada-l', 'bob-k', 'you both build engines', NOW))).toEqual([STRICT]);
    expect(await writes(() => forgetReceivedSnippets(db))).toEqual([STRICT]);
    const { id } = await recordInteraction(db, { contactId: 'ada-l', kind: 'sent', text: 'I will send you the deck' }, NOW);
    const [promise] = await addPromises(db, 'ada-l', id ?? 0, [{ text: 'send you the deck', due: '2026-11-30', dated: false }], NOW);
    expect(await writes(() => closePromise(db, promise ?? 0, 'done', NOW))).toEqual([STRICT]);
  });

  it('joining two records, restoring a backup and deleting everything, strictly', async () => {
    expect(await writes(() => joinContacts(db, 'ada-l', 'bob-k', NOW))).toEqual([STRICT]);
    expect(await writes(() => replaceAll(db, buildExportFile({ exportedAt: NOW, settings: {}, contacts: [], interactions: [] })))).toEqual([STRICT]);
    expect(await writes(() => deleteAll(db))).toEqual([STRICT]);
  });
});
