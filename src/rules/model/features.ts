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

function isBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 63 || c === 33 || c === 10 || (c === 46 && (i + 1 === text.length || text.charCodeAt(i + 1) === 32));
}

const scratch = new Int32Array(MAX_SENTENCE_FEATURES);

/** A character 4-gram's bucket (grams are four codes long): FNV-1a over its codes, mixed. */
function gram(a: number, b: number, c: number, d: number): number {
  let k = Math.imul(SEED_GRAM ^ a, 16777619);
  k = Math.imul(k ^ b, 16777619);
  k = Math.imul(k ^ c, 16777619);
  k = Math.imul(k ^ d, 16777619);
  return mix(k) & MASK;
}

/**
 * Calls `visit` once per sentence of the folded text, in order. One loop with plain locals: as
 * closures over a shared counter, every feature written went through a context object (a third
 * of the learned layer's time). A word's features are its unigram, its bigram with the word before,
 * then its grams of " word " in order; the grams are hashed as the word is read (the last three
 * codes in locals), into slots after the two kept for the unigram and bigram, which are known at
 * the word's end.
 */
export function sentences(text: string, visit: (sentence: Sentence) => void): void {
  const n = text.length;
  let start = 0;
  let count = 0;
  let words = 0;
  let prev = 0;
  let hasPrev = false;
  let from = -1;
  // The word being read: its hash so far, its slots, and the three padded codes before this one.
  let h = 0;
  let slot = 0;
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  let seen = 0;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : -1;
    if (isWordCode(code)) {
      if (from < 0) {
        from = i;
        h = SEED_WORD;
        slot = count;
        count += hasPrev ? 2 : 1;
        c3 = 32;
        seen = 1;
      }
      const c = code >= 48 && code <= 57 ? DIGIT : code;
      h = Math.imul(h ^ c, 16777619);
      if (seen >= 3 && count < MAX_SENTENCE_FEATURES) scratch[count] = gram(c1, c2, c3, c);
      if (seen >= 3) count++;
      c1 = c2; c2 = c3; c3 = c;
      seen++;
      continue;
    }
    // A word ends at i: its features, unless the sentence has no room left for them.
    if (from >= 0) {
      if (slot + (i - from) + 4 <= MAX_SENTENCE_FEATURES) {
        // The closing pad's gram: " word " ends in a space.
        if (seen >= 3) scratch[count++] = gram(c1, c2, c3, 32);
        const unigram = mix(h);
        words++;
        scratch[slot] = unigram & MASK;
        if (hasPrev) scratch[slot + 1] = mix(Math.imul(prev, 31) ^ unigram ^ BIGRAM_SALT) & MASK;
        prev = unigram;
        hasPrev = true;
      } else {
        count = slot;
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
