import { Automaton } from './automaton';
import { isWordCode, fold, type Normalized } from './normalize';
import type { Category, Cue, Cues, PairOptions } from './types';

export interface PhraseSource { category: Category; phrases: readonly string[] }

/**
 * A phrase may start or end with `*` to drop the word boundary on that side, for inflections and
 * compounds: "abonn*" matches "abonneren", "*rabatt" matches "Frühjahrsrabatt".
 */
const LEFT = 1;
const RIGHT = 2;

// A gap between the two halves of a pair may not cross a clause.
const CLAUSE_BREAK = new Set([46, 33, 63, 59, 44, 10]); // . ! ? ; , \n

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/**
 * A full stop inside a number ("2.5x", "10.30") or after a day's ordinal ("am 27. August", "den 3.
 * mars") ends nothing: German, Dutch and the Nordic languages write dates that way.
 */
function isNumberStop(text: string, i: number): boolean {
  if (!isDigitCode(codeAt(text, i - 1))) return false;
  if (isDigitCode(codeAt(text, i + 1))) return true;
  const ordinal = !isDigitCode(codeAt(text, i - 3)) && codeAt(text, i + 1) === 32 && isWordCode(codeAt(text, i + 2));
  return ordinal && !isDigitCode(codeAt(text, i + 2));
}

// -1 outside the text: a read out of bounds would throw the caller's optimised code away once per site.
const codeAt = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);

const QUOTE = 34; // every double quote, « and » fold to '"'

/** Whether the mark at i is the last of a quotation that the sentence goes on after: '"Ready?" on 18 April'. */
function closesQuote(text: string, i: number): boolean {
  const q = codeAt(text, i + 1) === QUOTE ? i + 1 : codeAt(text, i + 1) === 32 && codeAt(text, i + 2) === QUOTE ? i + 2 : -1;
  if (q < 0) return false;
  // Only if the sentence goes on after the quote: a quote that ends the message or its line ends the sentence too.
  const next = codeAt(text, q + 1) === 32 ? codeAt(text, q + 2) : codeAt(text, q + 1);
  return isWordCode(next) || next === 44;
}

const isBreakAt = (text: string, i: number, c: number): boolean => CLAUSE_BREAK.has(c) && !(c === 46 && isNumberStop(text, i));
/** The longest word a gap is walked for: bounds every walk, so a pasted run of one letter stays linear. */
export const MAX_WORD_LENGTH = 24;

/**
 * One automaton and, per pattern, what its hits mean: pattern p's entries are
 * first[p] .. first[p + 1] of `category` (an index into `categories`) and `bounds` (LEFT, RIGHT:
 * which sides need a word boundary). Typed arrays, so a layer is written to bytes and read back.
 */
export interface Layer { automaton: Automaton; categories: readonly Category[]; first: Int32Array; category: Uint8Array; bounds: Uint8Array }

export const categoriesOf = (sources: readonly PhraseSource[]): Category[] => [...new Set(sources.map((s) => s.category))];

/**
 * A layer's patterns as its build collects them: each distinct folded pattern once, in the order
 * first met, and its entries (category index * 4 + bounds) as a chain through `entry` and `after`,
 * in the order met too. Flat arrays, not an array per pattern: thousands of small arrays made the
 * cold build collect garbage.
 */
interface Collected { index: Map<string, number>; head: number[]; tail: number[]; entry: number[]; after: number[] }

/** One category's phrases into `into`; a plain function, as V8 does not optimise a loop inside a running generator. */
function collect(into: Collected, c: number, phrases: readonly string[]): void {
  const { index, head, tail, entry, after } = into;
  // Indexed, not for-of: an iterator's loop is compiled inside a try block, a graph several times larger.
  for (let i = 0; i < phrases.length; i++) {
    const raw = phrases[i] ?? '';
    const left = !raw.startsWith('*');
    const right = !raw.endsWith('*');
    const pattern = fold(raw.slice(left ? 0 : 1, right ? raw.length : -1));
    if (pattern.length === 0) continue;
    const code = c * 4 + (left && isWordCode(pattern.charCodeAt(0)) ? LEFT : 0) + (right && isWordCode(pattern.charCodeAt(pattern.length - 1)) ? RIGHT : 0);
    const slot = index.get(pattern);
    if (slot === undefined) {
      index.set(pattern, head.length);
      head.push(entry.length);
      tail.push(entry.length);
    } else {
      let k = head[slot] ?? -1;
      while (k >= 0 && entry[k] !== code) k = after[k] ?? -1;
      if (k >= 0) continue;
      after[tail[slot] ?? 0] = entry.length;
      tail[slot] = entry.length;
    }
    entry.push(code);
    after.push(-1);
  }
}

/** Pattern p's entries as first[p] .. first[p + 1] of category and bounds. */
function entriesOf(collected: Collected): Pick<Layer, 'first' | 'category' | 'bounds'> {
  const { head, entry, after } = collected;
  const first = new Int32Array(head.length + 1);
  const category = new Uint8Array(entry.length);
  const bounds = new Uint8Array(entry.length);
  let at = 0;
  for (let p = 0; p < head.length; p++) {
    for (let k = head[p] ?? -1; k >= 0; k = after[k] ?? -1) {
      const e = entry[k] ?? 0;
      category[at] = e >> 2;
      bounds[at] = e & 3;
      at++;
    }
    first[p + 1] = at;
  }
  return { first, category, bounds };
}

/** Builds a layer one phrase category per step, then the automaton over them all in steps of its own. */
function* layerSteps(sources: readonly PhraseSource[]): Generator<void, Layer> {
  const collected: Collected = { index: new Map(), head: [], tail: [], entry: [], after: [] };
  const categories = categoriesOf(sources);
  for (const { category, phrases } of sources) {
    collect(collected, categories.indexOf(category), phrases);
    yield;
  }
  return { automaton: yield* Automaton.build([...collected.index.keys()]), categories, ...entriesOf(collected) };
}

function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Scans folded text with one or more automata. The lexicons' automaton is large and costly to
 * build, the user's phrases and allowlist are few and change while the user works: `extend`
 * puts those in a small layer of their own and shares the large one.
 */
export class Matcher {
  readonly #layers: readonly Layer[];

  private constructor(layers: readonly Layer[]) {
    this.#layers = layers;
  }

  static of(sources: readonly PhraseSource[]): Matcher {
    return finish(Matcher.build(sources));
  }

  /** The same matcher as `of`, built in steps of one phrase category, for callers that must not block for long. */
  static *build(sources: readonly PhraseSource[]): Generator<void, Matcher> {
    return new Matcher([yield* layerSteps(sources)]);
  }

  /** A matcher of one layer built before (tables.ts reads one from bytes). */
  static ofLayer(layer: Layer): Matcher {
    return new Matcher([layer]);
  }

  get layers(): readonly Layer[] { return this.#layers; }

  /** This matcher plus `sources`, sharing this one's automata; itself when there is nothing to add. */
  extend(sources: readonly PhraseSource[]): Matcher {
    return sources.some((s) => s.phrases.length > 0) ? new Matcher([...this.#layers, finish(layerSteps(sources))]) : this;
  }

  get patternCount(): number { return this.#layers.reduce((n, layer) => n + layer.first.length - 1, 0); }

  get tableBytes(): number { return this.#layers.reduce((n, layer) => n + layer.automaton.tableBytes, 0); }

  scan(norm: Normalized): Cues {
    const text = norm.text;
    const buckets = new Map<Category, Cue[]>();
    for (const { automaton, categories, first, category, bounds } of this.#layers) automaton.scan(text, (pattern, start, end) => {
      const from = first[pattern] ?? 0;
      const to = first[pattern + 1] ?? 0;
      const leftOk = start === 0 || !isWordCode(text.charCodeAt(start - 1));
      const rightOk = end === text.length || !isWordCode(text.charCodeAt(end));
      for (let k = from; k < to; k++) {
        const b = bounds[k] ?? 0;
        if (((b & LEFT) !== 0 && !leftOk) || ((b & RIGHT) !== 0 && !rightOk)) continue;
        const name = categories[category[k] ?? 0] ?? 'neutral';
        let bucket = buckets.get(name);
        if (!bucket) { bucket = []; buckets.set(name, bucket); }
        // A wildcard hit ("*rabatt") stands for the whole word it sits in ("Frühjahrsrabatt").
        const ns = (b & LEFT) !== 0 ? start : wordStart(text, start);
        const ne = (b & RIGHT) !== 0 ? end : wordEnd(text, end);
        bucket.push(cueAt(norm, ns, ne));
      }
    });
    // Hits arrive in order of their end, which is nearly always the order of their start too.
    for (const bucket of buckets.values()) if (!inOrder(bucket)) bucket.sort(byPosition);
    dropNeutralised(buckets);
    dropInSlots(text, buckets);
    return new ScannedCues(norm, buckets);
  }
}

const byPosition = (a: Cue, b: Cue): number => a.ns - b.ns || a.ne - b.ne;

function inOrder(cues: readonly Cue[]): boolean {
  for (let i = 1; i < cues.length; i++) if (byPosition(cues[i - 1] as Cue, cues[i] as Cue) > 0) return false;
  return true;
}

// Bounds the walk to a word's edge, so wildcard hits stay linear on a run of one letter.
const MAX_WILDCARD_REACH = 40;

function wordStart(text: string, from: number): number {
  let i = from;
  while (i > 0 && from - i < MAX_WILDCARD_REACH && isWordCode(text.charCodeAt(i - 1))) i--;
  return i;
}

function wordEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && i - from < MAX_WILDCARD_REACH && isWordCode(text.charCodeAt(i))) i++;
  return i;
}

function cueAt(norm: Normalized, ns: number, ne: number): Cue {
  return { ns, ne, start: norm.starts[ns] ?? 0, end: norm.ends[ne - 1] ?? 0 };
}

// Neutral phrases only defuse evidence; cues that excuse a message (an offer, a consent
// question, a request from the contact) stay whatever surrounds them.
const DEFUSABLE: ReadonlySet<Category> = new Set<Category>([
  'pitch', 'pitchOwn', 'pitchOffer', 'pitchTerms', 'pitchFree', 'pitchService', 'closeness', 'closenessRef', 'closenessEvent', 'closenessAs', 'closenessSaid',
  'signup', 'signupAct', 'signupThing', 'signupYou', 'signupDone', 'signupState', 'signupSent', 'ask', 'askPolite', 'askThing', 'askRoute',
  'self', 'offerAct', 'offerActFinal', 'selfOffer', 'target', 'meeting', 'duration', 'meetingAsk', 'offerAsk', 'booking',
]);

/** A cue inside a neutral phrase ("product manager", "demo day") is not a cue. */
function dropNeutralised(buckets: Map<Category, Cue[]>): void {
  const neutral = buckets.get('neutral');
  if (!neutral || neutral.length === 0) return;
  // Sorted by start, so the furthest end seen so far tells whether any neutral hit covers a cue.
  const starts = neutral.map((n) => n.ns);
  const reach: number[] = [];
  let far = -1;
  for (const n of neutral) { far = Math.max(far, n.ne); reach.push(far); }
  for (const [category, bucket] of buckets) {
    if (!DEFUSABLE.has(category)) continue;
    buckets.set(category, bucket.filter((cue) => {
      const i = lastAtOrBefore(starts, cue.ns);
      return i < 0 || (reach[i] ?? -1) < cue.ne;
    }));
  }
}

// A template slot's words name what goes there ("{Unternehmen}", "[company name]"); they say nothing.
const SLOT_CLOSER: Readonly<Record<number, number>> = { 123: 125, 91: 93, 60: 62, 37: 37 }; // { [ < %
const SLOT_OPENERS = Object.keys(SLOT_CLOSER).map((code) => String.fromCharCode(Number(code)));
const MAX_SLOT_REACH = 40;
const inSlotCode = (c: number): boolean => isWordCode(c) || c === 32 || c === 95 || c === 45 || c === 124 || c === 58; // space _ - | :

/** Whether text[ns, ne) sits inside a bracketed slot of a few plain words: "{{ company | default }}". */
function inSlot(text: string, ns: number, ne: number): boolean {
  let i = ns - 1;
  while (i >= 0 && ns - i < MAX_SLOT_REACH && inSlotCode(text.charCodeAt(i))) i--;
  const closer = SLOT_CLOSER[codeAt(text, i)];
  if (closer === undefined) return false;
  let j = ne;
  while (j < text.length && j - ne < MAX_SLOT_REACH && inSlotCode(text.charCodeAt(j))) j++;
  return codeAt(text, j) === closer;
}

/**
 * Where a slot may open: inSlot() walks back over slot characters only, and no opener is one, so a
 * cue is in a slot only when an opener sits at most MAX_SLOT_REACH units before it. Most drafts
 * have none, and then no cue needs the walk.
 */
function slotOpeners(text: string): number[] {
  const out: number[] = [];
  // indexOf is native and skips ahead fast; openers are few.
  for (const opener of SLOT_OPENERS) for (let i = text.indexOf(opener); i >= 0; i = text.indexOf(opener, i + 1)) out.push(i);
  return out.sort((a, b) => a - b);
}

function dropInSlots(text: string, buckets: Map<Category, Cue[]>): void {
  const openers = slotOpeners(text);
  if (openers.length === 0) return;
  const maybe = (cue: Cue): boolean => {
    const before = openers[lastAtOrBefore(openers, cue.ns - 1)] ?? -Infinity;
    return cue.ns - before <= MAX_SLOT_REACH && inSlot(text, cue.ns, cue.ne);
  };
  for (const [category, bucket] of buckets) {
    if (!DEFUSABLE.has(category) || !bucket.some(maybe)) continue;
    buckets.set(category, bucket.filter((cue) => !maybe(cue)));
  }
}

function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) <= value) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** The index of the first cue (sorted by start) starting at or after `ns`. */
export function firstAtOrAfter(cues: readonly Cue[], ns: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cues[mid]?.ns ?? 0) < ns) lo = mid + 1; else hi = mid;
  }
  return lo;
}

class ScannedCues implements Cues {
  readonly #norm: Normalized;
  readonly #buckets: Map<Category, Cue[]>;
  #breaks: number[] | undefined;

  constructor(norm: Normalized, buckets: Map<Category, Cue[]>) {
    this.#norm = norm;
    this.#buckets = buckets;
  }

  hits(category: Category): readonly Cue[] {
    return this.#buckets.get(category) ?? [];
  }

  has(category: Category): boolean {
    return this.hits(category).length > 0;
  }

  pairs(first: Category, second: Category, options: PairOptions): Cue[] {
    return this.near(this.hits(first), this.hits(second), options);
  }

  near(a: readonly Cue[], b: readonly Cue[], options: PairOptions): Cue[] {
    if (a.length === 0 || b.length === 0) return [];
    const out = this.#ordered(a, b, options.maxGapWords);
    if (options.eitherOrder) out.push(...this.#ordered(b, a, options.maxGapWords));
    // Verb-final clauses put the partner between the halves: "dass wir Mittelständler unterstützen".
    for (const x of a) {
      const k = firstAtOrAfter(b, x.ns);
      const y = b[k];
      if (y && y.ne <= x.ne && !(y.ns === x.ns && y.ne === x.ne)) out.push(x);
    }
    return out.sort((p, q) => p.ns - q.ns);
  }

  inQuestion(cue: Cue): boolean {
    const end = this.#endOf(cue);
    return end < this.#norm.text.length && this.#norm.text.charCodeAt(end) === 63;
  }

  sentenceHas(cue: Cue, category: Category): boolean {
    const from = this.#sentenceStart(cue.ns);
    const to = this.#endOf(cue);
    const hits = this.hits(category);
    const i = firstAtOrAfter(hits, from);
    const hit = hits[i];
    return hit !== undefined && hit.ne <= to;
  }

  #ordered(a: readonly Cue[], b: readonly Cue[], maxGapWords: number): Cue[] {
    const out: Cue[] = [];
    for (const x of a) {
      // The evidence runs to the last partner within reach: "added you to our monthly newsletter".
      let k = firstAtOrAfter(b, x.ne);
      let end = -1;
      for (let y = b[k]; y && this.#gapFits(x.ne, y.ns, maxGapWords); y = b[++k]) end = Math.max(end, y.ne);
      if (end >= 0) out.push(cueAt(this.#norm, x.ns, end));
    }
    return out;
  }

  #gapFits(from: number, to: number, maxWords: number): boolean {
    if (to - from > (maxWords + 1) * MAX_WORD_LENGTH) return false;
    const text = this.#norm.text;
    let words = 0;
    let inWord = false;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (isBreakAt(text, i, c)) return false;
      // "AI-powered" is one word, not two.
      const w: boolean = isWordCode(c) || (c === 45 && inWord);
      if (w && !inWord) words++;
      inWord = w;
    }
    return words <= maxWords;
  }

  /**
   * Sentence ends: ? ! newline, and a full stop followed by a space or the end (but not a date's
   * "27. "). A ? or ! that closes a quoted title ends nothing: "our webinar « Êtes-vous prêts ? » du
   * 18 avril" is one sentence, and no question.
   */
  #sentenceBreaks(): number[] {
    if (this.#breaks) return this.#breaks;
    const text = this.#norm.text;
    const breaks: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if ((c === 63 || c === 33) && closesQuote(text, i)) continue;
      if (c === 63 || c === 33 || c === 10 || (c === 46 && (i + 1 === text.length || text.charCodeAt(i + 1) === 32) && !isNumberStop(text, i))) breaks.push(i);
    }
    this.#breaks = breaks;
    return breaks;
  }

  #sentenceStart(ns: number): number {
    const breaks = this.#sentenceBreaks();
    const i = lastAtOrBefore(breaks, ns - 1);
    return i < 0 ? 0 : (breaks[i] ?? -1) + 1;
  }

  /**
   * Where the sentence holding the cue ends, read from the cue's last unit: a cue that ends with its
   * sentence's own "?" or "." (the learned layer's sentence) is in that sentence, not the one after it.
   */
  #endOf(cue: Cue): number {
    return this.#sentenceEnd(cue.ne - 1);
  }

  #sentenceEnd(ne: number): number {
    const breaks = this.#sentenceBreaks();
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((breaks[mid] ?? 0) < ne) lo = mid + 1; else hi = mid;
    }
    return breaks[lo] ?? this.#norm.text.length;
  }
}
