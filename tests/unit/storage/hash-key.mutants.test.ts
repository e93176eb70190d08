import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hasherFor, textHasher } from '../../../src/storage/hash-key';
import { openRapportDb, type RapportDb } from '../../../src/storage/open';
import type { HashKeyRecord } from '../../../src/storage/schema';
import { freshDb } from './fresh-db';

const TEXT = 'Thanks for the intro to your CFO, I owe you one.';
const COUNTING = Uint8Array.from({ length: 16 }, (_, i) => i);
const COUNTING_HEX = '000102030405060708090a0b0c0d0e0f';
let db: RapportDb;

beforeEach(async () => {
  db = await freshDb({ name: 'hash-key-mutants' });
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function storedSecret(database: RapportDb): Promise<string | undefined> {
  return ((await database.get('meta', 'hash-key')) as HashKeyRecord | undefined)?.secret;
}

describe('the install’s hash key', () => {
  it('is written as 32 hex digits, two per byte, small bytes included', async () => {
    vi.spyOn(crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
      if (array instanceof Uint8Array) array.set(COUNTING);
      return array;
    });
    const hash = await textHasher(db);
    expect(await storedSecret(db)).toBe(COUNTING_HEX);
    expect(hash(TEXT)).toBe(hasherFor(COUNTING)(TEXT));
  });

  it('is read back byte for byte by the next connection', async () => {
    await db.put('meta', { key: 'hash-key', secret: COUNTING_HEX });
    const again = await openRapportDb({ name: 'hash-key-mutants' });
    expect((await textHasher(again))(TEXT)).toBe(hasherFor(COUNTING)(TEXT));
    again.close();
  });

  it('a stored key that is not 32 lower-case hex digits is replaced by a new one', async () => {
    for (const bad of ['', COUNTING_HEX.toUpperCase(), `${COUNTING_HEX}00`, COUNTING_HEX.slice(2), `x${COUNTING_HEX.slice(1)}`]) {
      const database = await freshDb({ name: `bad-key-${bad.length}-${bad.slice(0, 2)}` });
      await database.put('meta', { key: 'hash-key', secret: bad });
      const hash = await textHasher(database);
      const secret = await storedSecret(database);
      expect(secret).toMatch(/^[0-9a-f]{32}$/u);
      expect(secret).not.toBe(bad.toLowerCase());
      expect(hash(TEXT)).not.toBe(hasherFor(COUNTING)(TEXT));
      database.close();
    }
  });

  it('is asked for once per connection, and asked again after a failure', async () => {
    expect(textHasher(db)).toBe(textHasher(db));
    // A connection whose first read fails and whose second finds the key.
    const get = vi.fn().mockRejectedValueOnce(new DOMException('gone', 'InvalidStateError')).mockResolvedValue({ key: 'hash-key', secret: COUNTING_HEX });
    const flaky = { get } as unknown as RapportDb;
    await expect(textHasher(flaky)).rejects.toMatchObject({ name: 'StorageError', message: 'InvalidStateError: gone' });
    await Promise.resolve();
    expect((await textHasher(flaky))(TEXT)).toBe(hasherFor(COUNTING)(TEXT));
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('is one key when two connections (the worker and a page) make it at once: the later one adopts the key the first stored', async () => {
    const page = await openRapportDb({ name: 'hash-key-mutants' });
    const [worker, other] = await Promise.all([textHasher(db), textHasher(page)]);
    expect(worker(TEXT)).toBe(other(TEXT));
    expect(await storedSecret(page)).toBe(await storedSecret(db));
    page.close();
  });
});
