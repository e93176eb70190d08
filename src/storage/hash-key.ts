import { guarded } from './errors';
import type { RapportDb } from './open';
import type { HashKeyRecord } from './schema';
import { sipHash24 } from './siphash';
import { normaliseText } from './text';

/** Hashes a text (normalised first) with this install's key: a dedup key that only this install can recompute. */
export type TextHasher = (text: string) => string;

const HASH_KEY = 'hash-key';
const encoder = new TextEncoder();

export function hasherFor(secret: Uint8Array): TextHasher {
  // One buffer reused for every text's UTF-8 (an import hashes 50,000): at most 3 bytes per UTF-16 unit.
  let buffer = new Uint8Array(1024);
  return (text) => {
    const normalised = normaliseText(text);
    if (buffer.length < normalised.length * 3) buffer = new Uint8Array(normalised.length * 3);
    const { written } = encoder.encodeInto(normalised, buffer);
    return sipHash24(secret, buffer.subarray(0, written));
  };
}

function fromHex(hex: string): Uint8Array {
  // Stryker disable next-line ArrayDeclaration: called only on 32 hex digits (secretOf), which always match
  return Uint8Array.from(hex.match(/../gu) ?? [], (pair) => Number.parseInt(pair, 16));
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** One lookup per connection; concurrent first callers share it, so two keys are never made. */
const hashers = new WeakMap<RapportDb, Promise<TextHasher>>();

/**
 * The hasher of this install. Its 128-bit key is made at random the first time, kept in `meta`
 * and never exported: an export's hashes then confirm no guess of the texts they stand for, not
 * even for someone who holds the file. Interactions stored before the key existed carry an
 * unkeyed hash; in the transaction that makes the key they are re-hashed from their snippet (the
 * whole text was never stored), and one without a snippet keeps no hash at all.
 */
export function textHasher(db: RapportDb): Promise<TextHasher> {
  let hasher = hashers.get(db);
  if (!hasher) {
    hasher = loadOrCreate(db);
    hashers.set(db, hasher);
    hasher.catch(() => hashers.delete(db));
  }
  return hasher;
}

function secretOf(record: HashKeyRecord | undefined): Uint8Array | null {
  return record && /^[0-9a-f]{32}$/u.test(record.secret) ? fromHex(record.secret) : null;
}

function loadOrCreate(db: RapportDb): Promise<TextHasher> {
  return guarded(async () => {
    const stored = secretOf((await db.get('meta', HASH_KEY)) as HashKeyRecord | undefined);
    if (stored) return hasherFor(stored);
    const tx = db.transaction(['meta', 'interactions'], 'readwrite', { durability: 'strict' });
    const meta = tx.objectStore('meta');
    const raced = secretOf((await meta.get(HASH_KEY)) as HashKeyRecord | undefined);
    if (raced) {
      await tx.done;
      return hasherFor(raced);
    }
    const secret = crypto.getRandomValues(new Uint8Array(16));
    const hash = hasherFor(secret);
    const record: HashKeyRecord = { key: HASH_KEY, secret: toHex(secret) };
    await meta.put(record);
    let cursor = await tx.objectStore('interactions').openCursor();
    while (cursor) {
      const value = cursor.value;
      if (value.hash !== '') await cursor.update({ ...value, hash: value.snippet ? hash(value.snippet) : '' });
      cursor = await cursor.continue();
    }
    await tx.done;
    return hash;
  });
}
