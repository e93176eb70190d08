import { beforeEach, describe, expect, it } from 'vitest';
import { dumpAll } from '../../../src/storage/dump';
import { textHasher } from '../../../src/storage/hash-key';
import type { RapportDb } from '../../../src/storage/open';
import { hashText } from '../../../src/storage/text';
import { freshDb } from './fresh-db';

const NOW = Date.UTC(2026, 10, 23);
let db: RapportDb;

beforeEach(async () => {
  db = await freshDb();
});

describe('making the install’s key', () => {
  it('re-hashes only the records that had a hash: one stored without keeps none, whatever its snippet', async () => {
    await db.add('interactions', { contactId: 'ada', kind: 'sent', surface: 'message', snippet: 'Hello Ada', hash: hashText('Hello Ada'), at: NOW - 2000 });
    await db.add('interactions', { contactId: 'ada', kind: 'gave', surface: 'popup', snippet: 'Sent her the deck', hash: '', at: NOW - 1000 });
    const hash = await textHasher(db);
    expect((await dumpAll(db)).interactions.map((r) => [r.snippet, r.hash])).toEqual([['Hello Ada', hash('Hello Ada')], ['Sent her the deck', '']]);
  });
});
