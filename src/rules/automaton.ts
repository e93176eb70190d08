/**
 * Aho–Corasick over folded text. Folding (normalize.ts) leaves only ASCII, so a state's
 * transitions can be an array indexed by character class: no allocation and a few array reads per
 * character. modern-ahocorasick segments graphemes and looks each one up in a Map, which measured
 * about ten times slower on the same lexicons and alone would have taken most of the per-keystroke
 * budget (tests/bench/engine.bench.ts).
 *
 * States near the root, where scanning spends nearly all its time, get a full row of transitions;
 * the long tails of phrases keep only their own edges and fall back along failure links. That keeps
 * the tables small (they are built in every LinkedIn frame that has a composer) and quick to build.
 */
const DENSE_DEPTH = 3;

export class Automaton {
  /** symbolOf[code] is the column for an ASCII code; 0 is "no pattern uses it". */
  readonly #symbolOf = new Uint8Array(128);
  readonly #width: number;
  /** Full rows for shallow states; rowOf[state] is the row, or -1 for a sparse state. */
  readonly #rows: Int32Array;
  readonly #rowOf: Int32Array;
  /** Sparse states' own edges: children of s are child[firstChild[s] .. firstChild[s + 1]). */
  readonly #firstChild: Int32Array;
  readonly #child: Int32Array;
  /** The symbol on the edge into each state. */
  readonly #via: Uint8Array;
  readonly #fail: Int32Array;
  /** The pattern ending at a state, or -1. */
  readonly #own: Int32Array;
  /** The nearest state down the failure chain that ends a pattern, or -1. */
  readonly #link: Int32Array;
  /** The first state whose pattern ends here: the state itself or its link; -1 for none. */
  readonly #first: Int32Array;
  readonly #lengths: Int32Array;
  readonly stateCount: number;

  constructor(patterns: readonly string[]) {
    let width = 1;
    for (const p of patterns) {
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        if (c < 128 && this.#symbolOf[c] === 0) this.#symbolOf[c] = width++;
      }
    }
    this.#width = width;

    // The trie, built from the patterns in sorted order: each shares its longest common prefix
    // with the one before, so the previous path is the only lookup needed.
    const order = patterns.map((_, i) => i).sort((a, b) => {
      const x = patterns[a] ?? '';
      const y = patterns[b] ?? '';
      return x < y ? -1 : x > y ? 1 : a - b;
    });
    const parent: number[] = [-1];
    const via: number[] = [0];
    const depth: number[] = [0];
    const own: number[] = [-1];
    const path: number[] = [0];
    let previous = '';
    for (const index of order) {
      const p = patterns[index] ?? '';
      let common = 0;
      while (common < p.length && common < previous.length && p.charCodeAt(common) === previous.charCodeAt(common)) common++;
      // The previous path may have stopped early at a character no folded text contains.
      common = Math.min(common, path.length - 1);
      let state = path[common] ?? 0;
      path.length = common + 1;
      let complete = true;
      for (let i = common; i < p.length; i++) {
        const code = p.charCodeAt(i);
        const symbol = code < 128 ? this.#symbolOf[code] ?? 0 : 0;
        if (symbol === 0) { complete = false; break; }
        const to = parent.length;
        parent.push(state);
        via.push(symbol);
        depth.push(i + 1);
        own.push(-1);
        path.push(to);
        state = to;
      }
      previous = p;
      if (complete && state !== 0 && own[state] === -1) own[state] = index;
    }

    const count = parent.length;
    this.stateCount = count;
    this.#via = Uint8Array.from(via);
    this.#own = Int32Array.from(own);
    this.#lengths = Int32Array.from(patterns, (p) => p.length);

    // Children of each state, contiguous, in compressed rows.
    const firstChild = new Int32Array(count + 1);
    for (let state = 1; state < count; state++) {
      const row = (parent[state] ?? 0) + 1;
      firstChild[row] = (firstChild[row] ?? 0) + 1;
    }
    for (let state = 0; state < count; state++) firstChild[state + 1] = (firstChild[state + 1] ?? 0) + (firstChild[state] ?? 0);
    const fill = firstChild.slice(0, count);
    const child = new Int32Array(Math.max(0, count - 1));
    for (let state = 1; state < count; state++) {
      const row = parent[state] ?? 0;
      const at = fill[row] ?? 0;
      child[at] = state;
      fill[row] = at + 1;
    }
    this.#firstChild = firstChild;
    this.#child = child;

    const rowOf = new Int32Array(count).fill(-1);
    let rowCount = 0;
    for (let state = 0; state < count; state++) if ((depth[state] ?? 0) <= DENSE_DEPTH) rowOf[state] = rowCount++;
    const rows = new Int32Array(rowCount * width);
    this.#rowOf = rowOf;
    this.#rows = rows;
    const fail = new Int32Array(count);
    const link = new Int32Array(count).fill(-1);
    this.#fail = fail;
    this.#link = link;

    // Breadth first: every state's failure target is shallower, hence complete, when it is needed.
    const queue = new Int32Array(count);
    let tail = 0;
    queue[tail++] = 0;
    for (let head = 0; head < tail; head++) {
      const state = queue[head] ?? 0;
      const f = fail[state] ?? 0;
      if (state !== 0) link[state] = (own[f] ?? -1) >= 0 ? f : link[f] ?? -1;
      const row = rowOf[state] ?? -1;
      if (row > 0) {
        // A shallow state's failure state is shallower still, so it has a full row to start from.
        const from = (rowOf[f] ?? 0) * width;
        rows.copyWithin(row * width, from, from + width);
      }
      for (let k = firstChild[state] ?? 0; k < (firstChild[state + 1] ?? 0); k++) {
        const to = child[k] ?? 0;
        const symbol = via[to] ?? 0;
        fail[to] = state === 0 ? 0 : this.#step(f, symbol);
        if (row >= 0) rows[row * width + symbol] = to;
        queue[tail++] = to;
      }
    }
    this.#first = Int32Array.from(own, (pattern, state) => (pattern >= 0 ? state : link[state] ?? -1));
  }

  get tableBytes(): number {
    return this.#rows.byteLength + this.#rowOf.byteLength + this.#firstChild.byteLength + this.#child.byteLength
      + this.#via.byteLength + this.#fail.byteLength + this.#own.byteLength + this.#link.byteLength
      + this.#first.byteLength + this.#lengths.byteLength;
  }

  #step(from: number, symbol: number): number {
    const rows = this.#rows;
    const rowOf = this.#rowOf;
    const firstChild = this.#firstChild;
    const child = this.#child;
    const via = this.#via;
    const fail = this.#fail;
    const width = this.#width;
    let state = from;
    for (;;) {
      const row = rowOf[state] ?? 0;
      if (row >= 0) return rows[row * width + symbol] ?? 0;
      const end = firstChild[state + 1] ?? 0;
      for (let k = firstChild[state] ?? 0; k < end; k++) {
        const to = child[k] ?? 0;
        if (via[to] === symbol) return to;
      }
      state = fail[state] ?? 0;
    }
  }

  /** Every occurrence of every pattern, overlapping ones included, in order of their end. */
  scan(text: string, onHit: (pattern: number, start: number, end: number) => void): void {
    const symbolOf = this.#symbolOf;
    const own = this.#own;
    const link = this.#link;
    const first = this.#first;
    const lengths = this.#lengths;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = this.#step(state, code < 128 ? symbolOf[code] ?? 0 : 0);
      let out = first[state] ?? -1;
      while (out >= 0) {
        const pattern = own[out] ?? -1;
        onHit(pattern, i + 1 - (lengths[pattern] ?? 0), i + 1);
        out = link[out] ?? -1;
      }
    }
  }
}
