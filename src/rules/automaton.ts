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
// Depth 6 keeps about a sixth of the lexicons' states dense: a megabyte of 16-bit rows, as a dense
// row only names states at most one deeper than its own, and those number far fewer than 65,536.
const DENSE_DEPTH = 6;

/** What a scan reads: built from the patterns, or read back from bytes (tables.ts). */
export interface AutomatonTables {
  /** symbolOf[code] is the column for an ASCII code; 0 is "no pattern uses it". */
  symbolOf: Uint8Array;
  width: number;
  /** States below `dense` have a full row here: 16-bit whenever every state a row names fits. */
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
  /**
   * One bit per state: whether any pattern ends there (its own or one down its links). Most
   * characters end none, and these few kilobytes answer that from cache.
   */
  ends: Uint32Array;
  lengths: Int32Array;
}

// The build yields after the trie, after numbering, and every this many states of the failure
// links, so a page can spread it over tasks of a few milliseconds (Matcher.build, prepareStep).
const STATES_PER_STEP = 4096;

/** The sorted patterns' trie, counted: each pattern's path and how many states each depth has. */
interface Trie {
  symbolOf: Uint8Array;
  width: number;
  longest: number;
  lengths: Int32Array;
  sorted: string[];
  /** The first index of each distinct pattern. */
  indexOf: Map<string, number>;
  /** A pattern's path runs up to its first character no folded text contains. */
  reach: Int32Array;
  /** How many states of its path a pattern shares with the one sorted before it. */
  shared: Int32Array;
  /** next[d]: the number of the first state at depth d (the breadth-first numbering). */
  next: Int32Array;
}

/*
 * The phases below are plain functions, not the generator's own loops: V8 does not optimise a loop
 * in a generator while it runs, and the build runs once, cold. Out here each one is compiled
 * optimised part way through its first run. Each long loop is a function of its own, with nothing
 * after it: code after a loop that was optimised mid-run has never run, so it has no type feedback,
 * and reaching it threw the optimised code away (a deoptimisation and a second compile per phase).
 */

/**
 * A column for each ASCII code the patterns use, in order of first use: found by the native
 * indexOf over the patterns joined, not by reading each of their characters in the build's code.
 */
function symbolsOf(all: string, symbolOf: Uint8Array): number {
  const firstUse: number[] = [];
  for (let c = 0; c < 128; c++) {
    const at = all.indexOf(String.fromCharCode(c));
    if (at >= 0) firstUse.push(at * 128 + c);
  }
  firstUse.sort((a, b) => a - b);
  firstUse.forEach((key, i) => { symbolOf[key % 128] = i + 1; });
  return firstUse.length + 1;
}

function trieOf(patterns: readonly string[]): Trie {
  const symbolOf = new Uint8Array(128);
  const lengths = new Int32Array(patterns.length);
  const all = patterns.join('');
  const width = symbolsOf(all, symbolOf);
  // Lengths in the pass that indexes the patterns: a loop of its own was one more compile.
  let longest = 0;
  const indexOf = new Map<string, number>();
  patterns.forEach((p, i) => {
    lengths[i] = p.length;
    longest = Math.max(longest, p.length);
    if (!indexOf.has(p)) indexOf.set(p, i);
  });
  // The default sort is native; a comparator function would dominate the build.
  const sorted = [...indexOf.keys()].sort();
  const n = sorted.length;
  const reach = new Int32Array(n);
  const shared = new Int32Array(n);
  // The states at depth d are the patterns that reach d without sharing it: each pattern opens a
  // run of depths and closes it, counted here, and summed over the depths below.
  const opened = new Int32Array(longest + 2);
  // Folded text is ASCII (normalize.ts), so a lexicon's patterns reach their end; one native test says so.
  prefixes(sorted, !NOT_ASCII.test(all), reach, shared, opened);
  // Breadth first, a depth's states are its distinct prefixes in sorted order, which is the order
  // the sorted patterns meet them in: so each state's number is known the moment it is made, and a
  // state's children are a contiguous range.
  const next = new Int32Array(longest + 2);
  next[1] = 1;
  let atDepth = 0;
  for (let d = 1; d <= longest; d++) {
    atDepth += opened[d] ?? 0;
    next[d + 1] = (next[d] ?? 0) + atDepth;
  }
  return { symbolOf, width, longest, lengths, sorted, indexOf, reach, shared, next };
}

const NOT_ASCII = /[^\0-\x7f]/;

/**
 * How far each sorted pattern's path reaches, how much of it the one before shares, and where its
 * own states start and stop: opened[d] goes up at the first depth a pattern adds and down after its last.
 */
function prefixes(sorted: readonly string[], ascii: boolean, reach: Int32Array, shared: Int32Array, opened: Int32Array): void {
  const n = sorted.length;
  let previous = '';
  let previousReach = 0;
  for (let i = 0; i < n; i++) {
    const p = sorted[i] ?? '';
    let r = ascii ? p.length : 0;
    while (r < p.length && p.charCodeAt(r) < 128) r++;
    let common = 0;
    const most = Math.min(r, previousReach);
    while (common < most && p.charCodeAt(common) === previous.charCodeAt(common)) common++;
    reach[i] = r;
    shared[i] = common;
    if (r > common) {
      opened[common + 1] = (opened[common + 1] ?? 0) + 1;
      opened[r + 1] = (opened[r + 1] ?? 0) - 1;
    }
    previous = p;
    previousReach = r;
  }
}

/** The tables with every state numbered and linked to its children; rows, fail and link still empty. */
function numbered(trie: Trie): AutomatonTables {
  const { symbolOf, width, longest } = trie;
  const next = trie.next.slice();
  const count = next[longest + 1] ?? 1;
  const dense = next[Math.min(DENSE_DEPTH, longest) + 1] ?? 1;
  // A dense row holds states at most one deeper than its own: they decide the width of its cells.
  const rowLimit = next[Math.min(DENSE_DEPTH + 1, longest) + 1] ?? 1;
  const via = new Uint8Array(count);
  const own = new Int32Array(count).fill(-1);
  // Each state's child count first, turned into where its children start.
  const firstChild = new Int32Array(count + 1);
  edges(trie, next, via, own, firstChild);
  childRanges(firstChild);
  return {
    symbolOf, width, dense, firstChild, via, own,
    rows: rowLimit <= 0x10000 ? new Uint16Array(dense * width) : new Uint32Array(dense * width),
    fail: new Int32Array(count),
    link: new Int32Array(count).fill(-1),
    ends: new Uint32Array((count + 31) >>> 5),
    lengths: trie.lengths,
  };
}

/** Every state's symbol and pattern, and its parent's child count, numbered as the sorted patterns meet them. */
function edges(trie: Trie, next: Int32Array, via: Uint8Array, own: Int32Array, firstChild: Int32Array): void {
  const { symbolOf, longest, sorted, indexOf, reach, shared } = trie;
  const path = new Int32Array(longest + 1);
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i] ?? '';
    const r = reach[i] ?? 0;
    for (let d = (shared[i] ?? 0) + 1; d <= r; d++) {
      const to = next[d] ?? 0;
      next[d] = to + 1;
      via[to] = symbolOf[p.charCodeAt(d - 1)] ?? 0;
      const from = path[d - 1] ?? 0;
      firstChild[from] = (firstChild[from] ?? 0) + 1;
      path[d] = to;
    }
    if (r === p.length && r > 0) own[path[r] ?? 0] = indexOf.get(p) ?? -1;
  }
}

/** Child counts into where each state's children start (the root's at 1). */
function childRanges(firstChild: Int32Array): void {
  let nextChild = 1;
  for (let s = 0; s < firstChild.length; s++) {
    const children = firstChild[s] ?? 0;
    firstChild[s] = nextChild;
    nextChild += children;
  }
}

/**
 * Failure links, output links, end bits and dense rows of states from .. to. In breadth-first
 * order every state's failure target is shallower, hence already complete.
 */
function linkStates(t: AutomatonTables, from: number, to: number): void {
  const { rows, dense, width, firstChild, via, fail, own, link, ends } = t;
  for (let s = from; s < to; s++) {
    const f = fail[s] ?? 0;
    if (s !== 0) link[s] = (own[f] ?? -1) >= 0 ? f : link[f] ?? -1;
    if ((own[s] ?? -1) >= 0 || (link[s] ?? -1) >= 0) ends[s >>> 5] = (ends[s >>> 5] ?? 0) | (1 << (s & 31));
    if (s > 0 && s < dense) rows.copyWithin(s * width, f * width, f * width + width);
    const last = firstChild[s + 1] ?? 0;
    for (let c = firstChild[s] ?? 0; c < last; c++) {
      const symbol = via[c] ?? 0;
      if (s < dense) rows[s * width + symbol] = c;
      if (s === 0) continue;
      // The transition from f on the symbol, in the tables built so far. A dense state's own
      // children are looked up like a sparse one's, and its failure read before its row: so the
      // first states, all dense, run every read the deep ones need, and the code optimised while
      // linking them is not thrown away at the first sparse state for want of type feedback.
      let state = f;
      for (;;) {
        const end = firstChild[state + 1] ?? 0;
        let child = -1;
        for (let k = firstChild[state] ?? 0; k < end; k++) if (via[k] === symbol) { child = k; break; }
        if (child >= 0) { state = child; break; }
        const up = fail[state] ?? 0;
        if (state < dense) { state = rows[state * width + symbol] ?? 0; break; }
        state = up;
      }
      fail[c] = state;
    }
  }
}

function* buildSteps(patterns: readonly string[]): Generator<void, AutomatonTables> {
  const trie = trieOf(patterns);
  yield;
  const t = numbered(trie);
  yield;
  const count = t.via.length;
  for (let s = 0; s < count; s += STATES_PER_STEP) {
    if (s > 0) yield;
    linkStates(t, s, Math.min(count, s + STATES_PER_STEP));
  }
  return t;
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
      + t.own.byteLength + t.link.byteLength + t.ends.byteLength + t.lengths.byteLength;
  }

  /** Every occurrence of every pattern, overlapping ones included, in order of their end. */
  scan(text: string, onHit: (pattern: number, start: number, end: number) => void): void {
    const { symbolOf, rows, dense, width, firstChild, via, fail, own, link, ends, lengths } = this.#t;
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
      let out = (own[state] ?? -1) >= 0 ? state : link[state] ?? -1;
      while (out >= 0) {
        const pattern = own[out] ?? -1;
        onHit(pattern, i + 1 - (lengths[pattern] ?? 0), i + 1);
        out = link[out] ?? -1;
      }
    }
  }
}
