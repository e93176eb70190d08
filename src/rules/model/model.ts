import type { LearnedRuleId } from '../types';
import { BUCKET_BITS, MIN_WORDS, sentences } from './features';

/** The relationship rules the learned layer scores; the other four are exact checks. */
export type LearnedRule = LearnedRuleId;
export const learnedRules: readonly LearnedRule[] = ['early-pitch', 'assumed-closeness', 'no-consent-signup', 'ask-without-give'];

/**
 * One rule's weights as data: a logistic model over hashed features, quantised to int8 with one
 * scale, stored sparse (base64 of delta-coded bucket indices as varints, and of the int8 weights).
 * `threshold` is the logit above which a message the cues missed is reported.
 */
export interface RuleWeights { bias: number; scale: number; threshold: number; count: number; index: string; weights: string }
export interface WeightsFile { version: 1; bucketBits: number; rules: Record<LearnedRule, RuleWeights> }

/** The best-scoring sentence of one rule (its folded offsets and its own logit), and the whole message's logit. */
export interface Scored { logit: number; sentence: number; threshold: number; ns: number; ne: number }

// Four rules: one byte each of a packed int32 (Model).
const RULES = learnedRules.length;

/**
 * The browser's own base64 decoder where it has one (Chrome 140, Firefox 133): every page decodes
 * the weights once, cold, and this loop was a third of the iterations. Node 20 has none.
 */
const fromBase64 = (Uint8Array as { fromBase64?: (text: string) => Uint8Array }).fromBase64?.bind(Uint8Array);

function bytes(base64: string): Uint8Array {
  if (fromBase64) return fromBase64(base64);
  const raw = atob(base64);
  const out = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

/** Delta-coded varints back to bucket indices. */
export function decodeIndex(base64: string, count: number): Int32Array {
  const data = bytes(base64);
  const out = new Int32Array(count);
  let at = 0;
  let last = 0;
  for (let n = 0; n < count; n++) {
    let value = 0;
    let shift = 0;
    for (;;) {
      const b = data[at++] ?? 0;
      value |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    last += value;
    out[n] = last;
  }
  return out;
}

/** The set bits of a 32-bit word. */
function popcount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

function markPresent(present: Uint32Array, buckets: Int32Array): void {
  for (let i = 0; i < buckets.length; i++) {
    const bucket = buckets[i] ?? 0;
    present[bucket >>> 5] = (present[bucket >>> 5] ?? 0) | (1 << (bucket & 31));
  }
}

/**
 * Fills `before` from `present` and packs every rule's weights by rank. Plain functions, not the
 * constructor's own loops: they run once, cold, on every page and CLI start, and out here V8
 * optimises them part way through.
 */
function pack(present: Uint32Array, before: Int32Array, rules: readonly { index: Int32Array; values: Uint8Array }[]): Int32Array {
  let weighed = 0;
  for (let word = 0; word < present.length; word++) {
    before[word] = weighed;
    weighed += popcount(present[word] ?? 0);
  }
  const packed = new Int32Array(weighed);
  for (let r = 0; r < rules.length; r++) {
    const { index, values } = rules[r] ?? { index: new Int32Array(0), values: new Uint8Array(0) };
    for (let i = 0; i < index.length; i++) {
      const bucket = index[i] ?? 0;
      const at = (before[bucket >>> 5] ?? 0) + popcount((present[bucket >>> 5] ?? 0) & ~(-1 << (bucket & 31)));
      packed[at] = (packed[at] ?? 0) | (((values[i] ?? 0) & 0xff) << (8 * r));
    }
  }
  return packed;
}

export class Model {
  /**
   * Every rule's int8 weight of one weighed bucket packed in one int32 (rule r in bits 8r..8r+7),
   * in bucket order: the buckets some rule weighs are a few percent of them, and a table of those
   * alone (about 100 KB) stays in cache where a table of every bucket (a megabyte) missed on each read.
   */
  readonly #packed: Int32Array;
  /**
   * One bit per bucket: whether any rule weighs it. Most features of a message weigh nothing, and
   * this 32 KB filter answers them from cache; with #before it also says where a weighed bucket's
   * weights sit in #packed (its rank among the weighed buckets).
   */
  readonly #present: Uint32Array;
  /** Per word of #present: how many weighed buckets come before it. */
  readonly #before: Int32Array;
  readonly #bias: Float64Array;
  readonly #scale: Float64Array;
  readonly #threshold: Float64Array;
  /** Per rule: whether any score can reach its threshold (mayFire). */
  readonly #live: boolean[];

  constructor(file: WeightsFile) {
    if (file.version !== 1 || file.bucketBits !== BUCKET_BITS) throw new Error('model weights do not match this engine');
    if (RULES !== 4) throw new Error('the packed weights hold four rules');
    this.#present = new Uint32Array((1 << BUCKET_BITS) >>> 5);
    this.#before = new Int32Array(this.#present.length);
    this.#bias = new Float64Array(RULES);
    this.#scale = new Float64Array(RULES);
    this.#threshold = new Float64Array(RULES);
    // A rule without weights scores its bias on every text (or -Infinity), so one whose bias is
    // under its threshold (train.ts leaves a rule off that way) never fires, whatever the text.
    this.#live = learnedRules.map((rule) => file.rules[rule].count > 0 || file.rules[rule].bias >= file.rules[rule].threshold);
    const decoded = learnedRules.map((rule, r) => {
      const w = file.rules[rule];
      this.#bias[r] = w.bias;
      this.#scale[r] = w.scale;
      this.#threshold[r] = w.threshold;
      const index = decodeIndex(w.index, w.count);
      markPresent(this.#present, index);
      return { index, values: bytes(w.weights) };
    });
    this.#packed = pack(this.#present, this.#before, decoded);
  }

  /** False when no text can score over this rule's threshold: then nothing needs scoring for it. */
  mayFire(rule: LearnedRule): boolean {
    return this.#live[learnedRules.indexOf(rule)] ?? false;
  }

  /** Every learned rule's logit for the whole folded text, and its best sentence. */
  score(folded: string): Scored[] {
    const total = new Float64Array(RULES);
    const best = learnedRules.map((): Scored => ({ logit: -Infinity, sentence: -Infinity, threshold: 0, ns: 0, ne: 0 }));
    let features = 0;
    let words = 0;
    const packed = this.#packed;
    const present = this.#present;
    const before = this.#before;
    const sums = new Float64Array(RULES);
    sentences(folded, ({ ns, ne, words: w, features: f }) => {
      words += w;
      // Weights are whole numbers (int8), so these sums are exact whatever the order of adding.
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let i = 0; i < f.length; i++) {
        const bucket = f[i] ?? 0;
        const bits = present[bucket >>> 5] ?? 0;
        const bit = bucket & 31;
        if ((bits & (1 << bit)) === 0) continue;
        const v = packed[(before[bucket >>> 5] ?? 0) + popcount(bits & ~(-1 << bit))] ?? 0;
        s0 += (v << 24) >> 24;
        s1 += (v << 16) >> 24;
        s2 += (v << 8) >> 24;
        s3 += v >> 24;
      }
      sums[0] = s0;
      sums[1] = s1;
      sums[2] = s2;
      sums[3] = s3;
      features += f.length;
      const norm = 1 / Math.sqrt(f.length);
      for (let r = 0; r < RULES; r++) {
        total[r] = (total[r] ?? 0) + (sums[r] ?? 0);
        const logit = (this.#bias[r] ?? 0) + (this.#scale[r] ?? 0) * (sums[r] ?? 0) * norm;
        const b = best[r];
        if (b && logit > b.sentence) { b.sentence = logit; b.ns = ns; b.ne = ne; }
      }
    });
    return best.map((b, r) => ({
      ...b,
      logit: words < MIN_WORDS ? -Infinity : (this.#bias[r] ?? 0) + (this.#scale[r] ?? 0) * (total[r] ?? 0) / Math.sqrt(features),
      threshold: this.#threshold[r] ?? Infinity,
    }));
  }
}
