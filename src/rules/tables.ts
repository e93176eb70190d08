import { Automaton, type AutomatonTables } from './automaton';
import { Matcher, categoriesOf, type PhraseSource } from './matcher';

/**
 * The lexicons' matcher as bytes: built once by a build step (the CLI's bundle), read back in
 * every run as typed-array views on one buffer, no copy and no build. Every table is padded to 4
 * bytes so the views line up. A fingerprint of the phrases it was built from travels with it, so
 * tables written for other lexicons are never read as these. Kept out of automaton.ts and
 * matcher.ts so the content script, which builds its own, does not carry it.
 */
const AUTOMATON = 0x52415032; // "RAP2"
const MATCHER = 0x5241504d; // "RAPM"
const AUTOMATON_HEADER = 7; // magic, width, dense, states, patterns, 32-bit rows, byte length
const MATCHER_HEADER = 4; // magic, fingerprint, patterns, entries

const padded = (n: number): number => Math.ceil(n / 4) * 4;

/**
 * A hash of every category and phrase: their JSON as UTF-8, mixed four bytes at a time. It runs at
 * every CLI start, before anything is optimised, so it reads 32-bit words of a buffer the native
 * encoder filled rather than one character at a time.
 */
function fingerprint(sources: readonly PhraseSource[]): number {
  const utf8 = new TextEncoder().encode(JSON.stringify(sources.map((s) => [s.category, s.phrases])));
  const words = new Uint8Array(Math.ceil(utf8.length / 4) * 4);
  words.set(utf8);
  const view = new Uint32Array(words.buffer);
  let h = 0x811c9dc5 ^ utf8.length;
  for (let i = 0; i < view.length; i++) h = Math.imul(h ^ (view[i] ?? 0), 16777619) ^ (h >>> 15);
  return h >>> 0;
}

function concat(header: Int32Array | Uint32Array, parts: readonly ArrayBufferView[]): Uint8Array {
  const length = header.byteLength + parts.reduce((n, p) => n + padded(p.byteLength), 0);
  const out = new Uint8Array(length);
  out.set(new Uint8Array(header.buffer, header.byteOffset, header.byteLength));
  let at = header.byteLength;
  for (const p of parts) {
    out.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), at);
    at += padded(p.byteLength);
  }
  return out;
}

/** Views on `bytes`, in order; copied once first when the bytes do not start 4-aligned. */
function reader(bytes: Uint8Array): { buffer: ArrayBufferLike; at: () => number; next: (count: number, size: number) => number; end: number } {
  const data = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  let at = data.byteOffset;
  return {
    buffer: data.buffer,
    at: () => at,
    next: (count, size) => {
      const offset = at;
      at += padded(count * size);
      return offset;
    },
    end: data.byteOffset + data.byteLength,
  };
}

export function automatonToBytes(automaton: Automaton): Uint8Array {
  const t = automaton.tables;
  const length = AUTOMATON_HEADER * 4 + [t.symbolOf, t.rows, t.firstChild, t.via, t.fail, t.own, t.link, t.ends, t.lengths]
    .reduce((n, p) => n + padded(p.byteLength), 0);
  const header = Int32Array.of(AUTOMATON, t.width, t.dense, t.via.length, t.lengths.length, t.rows instanceof Uint32Array ? 1 : 0, length);
  return concat(header, [t.symbolOf, t.rows, t.firstChild, t.via, t.fail, t.own, t.link, t.ends, t.lengths]);
}

/** The automaton automatonToBytes() wrote, or null when the bytes are not one. */
export function automatonFromBytes(bytes: Uint8Array): Automaton | null {
  const r = reader(bytes);
  if (r.end - r.at() < AUTOMATON_HEADER * 4) return null;
  const [magic, width = 0, dense = 0, states = 0, patterns = 0, wide = 0, length = 0] = new Int32Array(r.buffer, r.next(AUTOMATON_HEADER, 4), AUTOMATON_HEADER);
  if (magic !== AUTOMATON || length !== bytes.byteLength) return null;
  const { buffer, next } = r;
  try {
    const symbolOf = new Uint8Array(buffer, next(128, 1), 128);
    const rows = wide ? new Uint32Array(buffer, next(dense * width, 4), dense * width) : new Uint16Array(buffer, next(dense * width, 2), dense * width);
    const tables: AutomatonTables = {
      symbolOf, width, rows, dense,
      firstChild: new Int32Array(buffer, next(states + 1, 4), states + 1),
      via: new Uint8Array(buffer, next(states, 1), states),
      fail: new Int32Array(buffer, next(states, 4), states),
      own: new Int32Array(buffer, next(states, 4), states),
      link: new Int32Array(buffer, next(states, 4), states),
      ends: new Uint32Array(buffer, next((states + 31) >>> 5, 4), (states + 31) >>> 5),
      lengths: new Int32Array(buffer, next(patterns, 4), patterns),
    };
    return r.at() === r.end ? new Automaton(tables) : null;
  } catch {
    return null; // a table past the end: not bytes automatonToBytes() wrote
  }
}

/** A matcher of one layer (Matcher.of or Matcher.build over `sources`) as bytes for matcherFromBytes(). */
export function matcherToBytes(matcher: Matcher, sources: readonly PhraseSource[]): Uint8Array {
  const [layer, ...more] = matcher.layers;
  if (!layer || more.length > 0) throw new Error('only a matcher of one layer is written');
  const automaton = automatonToBytes(layer.automaton);
  const header = Uint32Array.of(MATCHER, fingerprint(sources), layer.first.length - 1, layer.category.length);
  return concat(header, [layer.first, layer.category, layer.bounds, automaton]);
}

/** The matcher Matcher.of(sources) builds, from bytes matcherToBytes() wrote for the same sources; null otherwise. */
export function matcherFromBytes(bytes: Uint8Array, sources: readonly PhraseSource[]): Matcher | null {
  const r = reader(bytes);
  if (r.end - r.at() < MATCHER_HEADER * 4) return null;
  const [magic, print, patterns = 0, count = 0] = new Uint32Array(r.buffer, r.next(MATCHER_HEADER, 4), MATCHER_HEADER);
  if (magic !== MATCHER || print !== fingerprint(sources)) return null;
  try {
    const first = new Int32Array(r.buffer, r.next(patterns + 1, 4), patterns + 1);
    const category = new Uint8Array(r.buffer, r.next(count, 1), count);
    const bounds = new Uint8Array(r.buffer, r.next(count, 1), count);
    const automaton = automatonFromBytes(new Uint8Array(r.buffer, r.at(), r.end - r.at()));
    return automaton ? Matcher.ofLayer({ automaton, categories: categoriesOf(sources), first, category, bounds }) : null;
  } catch {
    return null;
  }
}
