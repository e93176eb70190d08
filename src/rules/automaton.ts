/**
 * Aho–Corasick over folded text. Folding (normalize.ts) leaves only ASCII, so a state's
 * transitions can be an array indexed by character class: no allocation and a few array reads per
 * character. modern-ahocorasick segments graphemes and looks each one up in a Map, which measured
 * about ten times slower on the same lexicons and alone would have taken most of the per-keystroke
 * budget (tests/bench/engine.bench.ts).
 *
 * States are numbered breadth first, so the shallow ones, where scanning spends nearly all its
 * time, come first and get a full row of transitions; the long tails of phrases keep only their own
 * edges and fall back along failure links. That keeps the tables small (they are built in every
 * LinkedIn frame that has a composer) and quick to build.
 */
// Depth 6 keeps about a fifth of the states dense (a few hundred kilobytes).
const DENSE_DEPTH = 6;

/** What a scan reads: built from the patterns, or read back from bytes written by toBytes(). */
interface Tables {
  /** symbolOf[code] is the column for an ASCII code; 0 is "no pattern uses it". */
  symbolOf: Uint8Array;
  width: number;
  /** States below `dense` have a full row here. */
  rows: Uint16Array | Uint32Array;
  dense: number;
  /** Breadth-first numbering makes each state's children a contiguous range: firstChild[s] .. firstChild[s + 1]. */
  firstChild: Int32Array;
  /** The symbol on the edge into each state. */
  via: Uint8Array;
  fail: Int32Array;
  /** The pattern ending at a state, or -1. */
  own: Int32Array;
  /** The nearest state down the failure chain that ends a pattern, or -1. */
  link: Int32Array;
  /** The first state whose pattern ends here: the state itself or its link; -1 for none. */
  first: Int32Array;
  /**
   * One bit per state: whether any pattern ends there (first is not -1). Most characters end
   * none, and these few kilobytes answer that from cache instead of a read from `first`.
   */
  ends: Uint32Array;
  lengths: Int32Array;
}

function build(patterns: readonly string[]): Tables {
  const symbolOf = new Uint8Array(128);
  let width = 1;
  for (const p of patterns) {
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (c < 128 && symbolOf[c] === 0) symbolOf[c] = width++;
    }
  }

  // The trie, built from the patterns in sorted order: each shares its longest common prefix
  // with the one before, so the previous path is the only lookup needed. The default sort is
  // native; a comparator function would dominate the (cold, once per page) build.
  const indexOf = new Map<string, number>();
  patterns.forEach((p, i) => { if (!indexOf.has(p)) indexOf.set(p, i); });
  const sorted = [...indexOf.keys()].sort();
  let capacity = 1;
  for (const p of sorted) capacity += p.length;
  const parent = new Int32Array(capacity);
  const symbols = new Uint8Array(capacity);
  const depths = new Int32Array(capacity);
  const ends = new Int32Array(capacity).fill(-1);
  parent[0] = -1;
  let count = 1;
  const path: number[] = [0];
  let previous = '';
  for (const p of sorted) {
    let common = 0;
    while (common < p.length && common < previous.length && p.charCodeAt(common) === previous.charCodeAt(common)) common++;
    // The previous path may have stopped early at a character no folded text contains.
    common = Math.min(common, path.length - 1);
    let state = path[common] ?? 0;
    path.length = common + 1;
    let complete = true;
    for (let i = common; i < p.length; i++) {
      const code = p.charCodeAt(i);
      const symbol = code < 128 ? symbolOf[code] ?? 0 : 0;
      if (symbol === 0) { complete = false; break; }
      const to = count++;
      parent[to] = state;
      symbols[to] = symbol;
      depths[to] = i + 1;
      path.push(to);
      state = to;
    }
    previous = p;
    if (complete && state !== 0) ends[state] = indexOf.get(p) ?? -1;
  }

  // Number the states breadth first: a state's children are then a contiguous range.
  
  const childCount = new Int32Array(count + 1);
  for (let s = 1; s < count; s++) {
    const row = (parent[s] ?? 0) + 1;
    childCount[row] = (childCount[row] ?? 0) + 1;
  }
  for (let s = 0; s < count; s++) childCount[s + 1] = (childCount[s + 1] ?? 0) + (childCount[s] ?? 0);
  const children = new Int32Array(Math.max(0, count - 1));
  const fill = childCount.slice(0, count);
  for (let s = 1; s < count; s++) {
    const row = parent[s] ?? 0;
    const at = fill[row] ?? 0;
    children[at] = s;
    fill[row] = at + 1;
  }
  const bfs = new Int32Array(count);
  const id = new Int32Array(count);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const old = bfs[head] ?? 0;
    id[old] = head;
    for (let k = childCount[old] ?? 0; k < (childCount[old + 1] ?? 0); k++) bfs[tail++] = children[k] ?? 0;
  }

  const via = new Uint8Array(count);
  const own = new Int32Array(count);
  const firstChild = new Int32Array(count + 1);
  let dense = 0;
  let nextChild = 1;
  for (let s = 0; s < count; s++) {
    const old = bfs[s] ?? 0;
    via[s] = symbols[old] ?? 0;
    own[s] = ends[old] ?? -1;
    if ((depths[old] ?? 0) <= DENSE_DEPTH) dense = s + 1;
    firstChild[s] = nextChild;
    nextChild += (childCount[old + 1] ?? 0) - (childCount[old] ?? 0);
  }
  firstChild[count] = nextChild;

  const rows = count < 0x10000 ? new Uint16Array(dense * width) : new Uint32Array(dense * width);
  const fail = new Int32Array(count);
  const link = new Int32Array(count).fill(-1);
  // The transition from a state of the tables built so far (failure targets are always shallower).
  const step = (from: number, symbol: number): number => {
    let state = from;
    for (;;) {
      if (state < dense) return rows[state * width + symbol] ?? 0;
      const end = firstChild[state + 1] ?? 0;
      for (let c = firstChild[state] ?? 0; c < end; c++) if (via[c] === symbol) return c;
      state = fail[state] ?? 0;
    }
  };
  // In breadth-first order every state's failure target is shallower, hence already complete.
  for (let s = 0; s < count; s++) {
    const f = fail[s] ?? 0;
    if (s !== 0) link[s] = (own[f] ?? -1) >= 0 ? f : link[f] ?? -1;
    if (s > 0 && s < dense) rows.copyWithin(s * width, f * width, f * width + width);
    for (let c = firstChild[s] ?? 0; c < (firstChild[s + 1] ?? 0); c++) {
      const symbol = via[c] ?? 0;
      fail[c] = s === 0 ? 0 : step(f, symbol);
      if (s < dense) rows[s * width + symbol] = c;
    }
  }
  const first = new Int32Array(count);
  const ending = new Uint32Array((count + 31) >>> 5);
  for (let s = 0; s < count; s++) {
    first[s] = (own[s] ?? -1) >= 0 ? s : link[s] ?? -1;
    if ((first[s] ?? -1) >= 0) ending[s >>> 5] = (ending[s >>> 5] ?? 0) | (1 << (s & 31));
  }
  return { symbolOf, width, rows, dense, firstChild, via, fail, own, link, first, ends: ending, lengths: Int32Array.from(patterns, (p) => p.length) };
}

// toBytes(): a header of int32s, then each table in a fixed order, each padded to 4 bytes, so a
// file read back is views on one buffer, no copy and no build.
const MAGIC = 0x52415031; // "RAP1"
const HEADER = 7; // magic, width, dense, states, patterns, rows are 32-bit, byte length

export class Automaton {
  readonly #t: Tables;

  /** Built from the patterns, or (fromBytes) the tables a build wrote. */
  constructor(source: readonly string[] | Tables) {
    this.#t = 'symbolOf' in source ? source : build(source);
  }

  /** The automaton toBytes() wrote, or null when the bytes are not one. */
  static fromBytes(bytes: Uint8Array): Automaton | null {
    const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
    if (aligned.byteLength < HEADER * 4) return null;
    const [magic, width = 0, dense = 0, states = 0, patterns = 0, wide = 0, length = 0] = new Int32Array(aligned.buffer, aligned.byteOffset, HEADER);
    if (magic !== MAGIC || length !== aligned.byteLength) return null;
    const { buffer } = aligned;
    let at = aligned.byteOffset + HEADER * 4;
    const next = (count: number, size: number): number => {
      const offset = at;
      at += Math.ceil((count * size) / 4) * 4;
      return offset;
    };
    try {
      const symbolOf = new Uint8Array(buffer, next(128, 1), 128);
      const rows = wide ? new Uint32Array(buffer, next(dense * width, 4), dense * width) : new Uint16Array(buffer, next(dense * width, 2), dense * width);
      const tables: Tables = {
        symbolOf, width, rows, dense,
        firstChild: new Int32Array(buffer, next(states + 1, 4), states + 1),
        via: new Uint8Array(buffer, next(states, 1), states),
        fail: new Int32Array(buffer, next(states, 4), states),
        own: new Int32Array(buffer, next(states, 4), states),
        link: new Int32Array(buffer, next(states, 4), states),
        first: new Int32Array(buffer, next(states, 4), states),
        ends: new Uint32Array(buffer, next((states + 31) >>> 5, 4), (states + 31) >>> 5),
        lengths: new Int32Array(buffer, next(patterns, 4), patterns),
      };
      return at === aligned.byteOffset + length ? new Automaton(tables) : null;
    } catch {
      return null; // a table past the end: not bytes toBytes() wrote
    }
  }

  /** The tables as one buffer that fromBytes() reads back as they are. */
  toBytes(): Uint8Array {
    const t = this.#t;
    const parts: ArrayBufferView[] = [t.symbolOf, t.rows, t.firstChild, t.via, t.fail, t.own, t.link, t.first, t.ends, t.lengths];
    const padded = (n: number): number => Math.ceil(n / 4) * 4;
    const length = HEADER * 4 + parts.reduce((n, p) => n + padded(p.byteLength), 0);
    const out = new Uint8Array(length);
    out.set(new Uint8Array(Int32Array.of(MAGIC, t.width, t.dense, this.stateCount, t.lengths.length, t.rows instanceof Uint32Array ? 1 : 0, length).buffer));
    let at = HEADER * 4;
    for (const p of parts) {
      out.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), at);
      at += padded(p.byteLength);
    }
    return out;
  }

  get stateCount(): number {
    return this.#t.via.length;
  }

  get tableBytes(): number {
    const t = this.#t;
    return t.rows.byteLength + t.firstChild.byteLength + t.via.byteLength + t.fail.byteLength
      + t.own.byteLength + t.link.byteLength + t.first.byteLength + t.ends.byteLength + t.lengths.byteLength;
  }

  /** Every occurrence of every pattern, overlapping ones included, in order of their end. */
  scan(text: string, onHit: (pattern: number, start: number, end: number) => void): void {
    const { symbolOf, rows, dense, width, firstChild, via, fail, own, link, first, ends, lengths } = this.#t;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const symbol = code < 128 ? symbolOf[code] ?? 0 : 0;
      // The transition, inlined: this loop runs once per character of every draft.
      for (;;) {
        if (state < dense) { state = rows[state * width + symbol] ?? 0; break; }
        const end = firstChild[state + 1] ?? 0;
        let to = -1;
        for (let c = firstChild[state] ?? 0; c < end; c++) if (via[c] === symbol) { to = c; break; }
        if (to >= 0) { state = to; break; }
        state = fail[state] ?? 0;
      }
      if (((ends[state >>> 5] ?? 0) & (1 << (state & 31))) === 0) continue;
      let out = first[state] ?? -1;
      while (out >= 0) {
        const pattern = own[out] ?? -1;
        onHit(pattern, i + 1 - (lengths[pattern] ?? 0), i + 1);
        out = link[out] ?? -1;
      }
    }
  }
}
