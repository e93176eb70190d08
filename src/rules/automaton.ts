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

/** What a scan reads: built from the patterns, or read back from bytes (tables.ts). */
export interface AutomatonTables {
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

// The build yields after the trie, after numbering, and every this many states of the failure
// links, so a page can spread it over tasks of a few milliseconds (Matcher.build, prepareStep).
const STATES_PER_STEP = 4096;

function* buildSteps(patterns: readonly string[]): Generator<void, AutomatonTables> {
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
  yield;
  const bfs = new Int32Array(count);
  const id = new Int32Array(count);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const old = bfs[head] ?? 0;
    id[old] = head;
    for (let k = childCount[old] ?? 0; k < (childCount[old + 1] ?? 0); k++) bfs[tail++] = children[k] ?? 0;
  }

  yield;
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
    if (s > 0 && s % STATES_PER_STEP === 0) yield;
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

export class Automaton {
  readonly #t: AutomatonTables;

  /** Built from the patterns, or the tables of one built before (tables.ts reads them from bytes). */
  constructor(source: readonly string[] | AutomatonTables) {
    if ('symbolOf' in source) {
      this.#t = source;
      return;
    }
    const steps = buildSteps(source);
    let step = steps.next();
    while (!step.done) step = steps.next();
    this.#t = step.value;
  }

  /** The same automaton as the constructor's, built in steps of a few milliseconds. */
  static *build(patterns: readonly string[]): Generator<void, Automaton> {
    return new Automaton(yield* buildSteps(patterns));
  }

  get tables(): AutomatonTables {
    return this.#t;
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
