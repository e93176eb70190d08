import { isWordCode } from '../normalize';

/**
 * The learned layer's features, read straight off the folded text (normalize.ts: lower case, ASCII,
 * accents gone), with no strings built: word unigrams and bigrams, and the character 4-grams of
 * each word padded with spaces, so "hjälper", "hjalper" and "hjälpte" share most of their grams.
 * Digits fold to one symbol ("15 min" and "20 min" are one feature). Every feature is hashed into
 * BUCKETS slots; a sentence is the unit, so a bigram never spans two sentences.
 */
export const BUCKET_BITS = 18;
const MASK = (1 << BUCKET_BITS) - 1;
const GRAM = 4;
const SEED_WORD = 0x811c9dc5;
const SEED_GRAM = 0x01000193;
const BIGRAM_SALT = 0x9e3779b9;
const MAX_SENTENCE_FEATURES = 4096;
const DIGIT = 35; // '#'

/** One sentence: folded offsets and the hashed features in it (repeats kept: they are counts), valid during the visit only. */
export interface Sentence { ns: number; ne: number; words: number; features: Int32Array }

/** Fewer words than this is too little to judge by weights alone: a greeting, a thank-you. */
export const MIN_WORDS = 12;

function mix(h: number): number {
  let x = h;
  x ^= x >>> 16; x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13; x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x;
}

const codeAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57 ? DIGIT : c;
};

function isBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 63 || c === 33 || c === 10 || (c === 46 && (i + 1 === text.length || text.charCodeAt(i + 1) === 32));
}

const scratch = new Int32Array(MAX_SENTENCE_FEATURES);
// A word longer than the features left in its sentence is skipped, so this always has room.
const padCodes = new Int32Array(MAX_SENTENCE_FEATURES + 2);

/**
 * Calls `visit` once per sentence of the folded text, in order. One loop with plain locals: as
 * closures over a shared counter, every feature written went through a context object (a third
 * of the learned layer's time).
 */
export function sentences(text: string, visit: (sentence: Sentence) => void): void {
  const n = text.length;
  let start = 0;
  let count = 0;
  let words = 0;
  let prev = 0;
  let hasPrev = false;
  let from = -1;
  for (let i = 0; i <= n; i++) {
    if (i < n && isWordCode(text.charCodeAt(i))) {
      if (from < 0) from = i;
      continue;
    }
    // A word ends at i: its features, unless the sentence has no room left for them.
    if (from >= 0 && count + (i - from) + 4 <= MAX_SENTENCE_FEATURES) {
      // " word " as codes, read once: the padding marks where a word starts and ends.
      const padded = i - from + 2;
      let h = SEED_WORD;
      padCodes[0] = 32;
      for (let k = from; k < i; k++) {
        const c = codeAt(text, k);
        padCodes[k - from + 1] = c;
        h = Math.imul(h ^ c, 16777619);
      }
      padCodes[padded - 1] = 32;
      const unigram = mix(h);
      words++;
      scratch[count++] = unigram & MASK;
      if (hasPrev) scratch[count++] = mix(Math.imul(prev, 31) ^ unigram ^ BIGRAM_SALT) & MASK;
      prev = unigram;
      hasPrev = true;
      // The word's grams of four (GRAM), unrolled.
      for (let g = 0; g + GRAM <= padded; g++) {
        let k = Math.imul(SEED_GRAM ^ (padCodes[g] ?? 0), 16777619);
        k = Math.imul(k ^ (padCodes[g + 1] ?? 0), 16777619);
        k = Math.imul(k ^ (padCodes[g + 2] ?? 0), 16777619);
        k = Math.imul(k ^ (padCodes[g + 3] ?? 0), 16777619);
        scratch[count++] = mix(k) & MASK;
      }
    }
    from = -1;
    if (i === n || isBreak(text, i)) {
      const end = i === n ? n : i + 1;
      // A view, not a copy: the visitor reads it before the next sentence reuses the buffer.
      if (count > 0) visit({ ns: start, ne: end, words, features: scratch.subarray(0, count) });
      count = 0;
      words = 0;
      hasPrev = false;
      start = end;
    }
  }
}
