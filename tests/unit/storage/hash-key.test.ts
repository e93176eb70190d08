import { beforeEach, describe, expect, it } from 'vitest';
import { dumpAll } from '../../../src/storage/dump';
import { buildExportFile, serialiseExportFile } from '../../../src/storage/export-file';
import { hasherFor, textHasher } from '../../../src/storage/hash-key';
import { recordInteraction } from '../../../src/storage/interactions';
import type { RapportDb } from '../../../src/storage/open';
import type { HashKeyRecord } from '../../../src/storage/schema';
import { hashText, snippetOf } from '../../../src/storage/text';
import { freshDb } from './fresh-db';

const NOW = Date.UTC(2026, 10, 23);
const TEXT = 'Hi Ada, could you introduce me to your CFO? I would owe you one, and here is why it matters to me…';
let db: RapportDb;

beforeEach(async () => {
  db = await freshDb();
});

async function secretOf(database: RapportDb): Promise<string> {
  const record = (await database.get('meta', 'hash-key')) as HashKeyRecord | undefined;
  if (!record) throw new Error('no hash key');
  return record.secret;
}

describe('the keyed hash of message texts', () => {
  it('is not the public hash of the text, so a stored hash cannot confirm a guess without the key', async () => {
    await recordInteraction(db, { contactId: 'ada', kind: 'sent', text: TEXT }, NOW);
    const [record] = (await dumpAll(db)).interactions;
    expect(record?.hash).toMatch(/^[0-9a-f]{16}$/u);
    expect(record?.hash).not.toBe(hashText(TEXT));
    const secret = Uint8Array.from((await secretOf(db)).match(/../gu) ?? [], (h) => Number.parseInt(h, 16));
    expect(record?.hash).toBe(hasherFor(secret)(TEXT));
  });

  it('is keyed per install: two databases hash the same text differently, each one always the same', async () => {
    const other = await freshDb({ name: 'rapport-other' });
    const [a, b] = [await textHasher(db), await textHasher(other)];
    expect(a(TEXT)).not.toBe(b(TEXT));
    expect(a(TEXT)).toBe(a(`  ${TEXT}  `));
  });

  it('makes one key even when the first callers come at once', async () => {
    const [a, b] = await Promise.all([textHasher(db), textHasher(db)]);
    expect(a(TEXT)).toBe(b(TEXT));
    expect(await secretOf(db)).toMatch(/^[0-9a-f]{32}$/u);
  });

  it('leaves its key out of the export file', async () => {
    await recordInteraction(db, { contactId: 'ada', kind: 'sent', text: TEXT }, NOW);
    const { contacts, interactions } = await dumpAll(db);
    const file = serialiseExportFile(buildExportFile({ exportedAt: NOW, settings: {}, contacts, interactions }));
    expect(file).not.toContain(await secretOf(db));
    expect(file).not.toContain('hash-key');
  });

  it('re-hashes with the new key what was stored with the unkeyed hash before it existed', async () => {
    const old = { contactId: 'ada', kind: 'sent' as const, surface: 'message' as const, snippet: snippetOf(TEXT), hash: hashText(TEXT), at: NOW - 1000 };
    const noSnippet = { ...old, snippet: '', at: NOW - 2000 };
    await db.add('interactions', old);
    await db.add('interactions', noSnippet);
    await db.add('interactions', { ...old, hash: '', snippet: '', kind: 'gave', at: NOW - 3000 });
    const hash = await textHasher(db);
    const hashes = (await dumpAll(db)).interactions.map((r) => r.hash);
    expect(hashes).toEqual([hash(old.snippet), '', '']);
    expect(hashes).not.toContain(hashText(TEXT));
  });
});
