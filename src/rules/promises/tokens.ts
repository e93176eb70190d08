import { isWordCode, normalize } from '../normalize';

/** A word of the folded text, with its UTF-16 range in the original text. */
export interface Token {
  word: string;
  start: number;
  end: number;
  /** The punctuation between the previous token of the sentence and this one ("," "/" "-" "."), spaces left out. */
  gap: string;
}

export interface Sentence {
  tokens: Token[];
  question: boolean;
}

const APOSTROPHE = 39;
const DOT = 46;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;
// -1 past the end: a read out of bounds would throw the loop's optimised code away once per site.
const codeAt = (text: string, i: number): number => (i < text.length ? text.charCodeAt(i) : -1);
// ! ? ; and a line break; sentencesWhere() tests the same codes.
const ENDS_SENTENCE = new Set(['!', '?', ';', '\n']);

/**
 * Words of folded text, grouped in sentences. An apostrophe splits words ("i'll" is "i" + "ll",
 * "t'envoie" is "t" + "envoie"), so English contractions and French elisions split the same way in a
 * phrase list and in a message. A dot ends a sentence unless it sits inside a word
 * ("acme.io", "4.12.2026") or after a day number ("4. Dezember").
 */
function tokenize(folded: string, starts: ArrayLike<number>, ends: ArrayLike<number>, from = 0, to = folded.length): Sentence[] {
  // One loop with plain locals: closures sharing wordStart and gap cost a context access per character.
  const out: Sentence[] = [];
  let tokens: Token[] = [];
  let gap = '';
  let wordStart = -1;
  for (let i = from; i < to; i++) {
    const code = folded.charCodeAt(i);
    if (isWordCode(code)) {
      if (wordStart < 0) wordStart = i;
      continue;
    }
    if (wordStart >= 0) {
      tokens.push({ word: folded.slice(wordStart, i), start: starts[wordStart] ?? 0, end: ends[i - 1] ?? 0, gap });
      gap = '';
      wordStart = -1;
      if (code === APOSTROPHE) continue;
    }
    const ch = folded[i] ?? '';
    let breaks = ENDS_SENTENCE.has(ch);
    if (!breaks && code === DOT) {
      const next = codeAt(folded, i + 1);
      const afterSpace = next === 32 ? codeAt(folded, i + 2) : -1;
      const last = tokens[tokens.length - 1];
      const dayNumber = last !== undefined && last.end === starts[i] && /^\d{1,2}$/u.test(last.word);
      if (isWordCode(next) || (dayNumber && isWordCode(afterSpace))) gap += '.';
      else breaks = true;
    } else if (!breaks && code !== 32) {
      gap += ch;
    }
    if (breaks) {
      if (tokens.length > 0) out.push({ tokens, question: ch === '?' });
      tokens = [];
      gap = '';
    }
  }
  if (wordStart >= 0) tokens.push({ word: folded.slice(wordStart, to), start: starts[wordStart] ?? 0, end: ends[to - 1] ?? 0, gap });
  if (tokens.length > 0) out.push({ tokens, question: false });
  return out;
}

/** A word's hash, as wordHashes() computes it over the folded text: equal words hash equal. */
export function wordHash(word: string): number {
  let h = FNV_SEED;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

const FNV_SEED = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
let hashes: Int32Array = new Int32Array(256);

/**
 * The sentences of the text that `worth` accepts, split and tokenized exactly as tokenize() splits
 * the whole text; the others are only walked. `worth` sees the hashes of a sentence's words
 * (wordHash), hashes[0, count): most sentences hold no promise phrase, and reading their words as
 * strings and objects was most of the promise detector's time.
 */
export function sentencesWhere(text: string, worth: (hashes: Int32Array, count: number) => boolean): Sentence[] {
  const { text: folded, starts, ends } = normalize(text);
  const out: Sentence[] = [];
  const n = folded.length;
  let sentenceStart = 0;
  let count = 0;
  let h = FNV_SEED;
  let wordStart = -1;
  // The sentence's last word, for a day number before a dot ("4. Dezember"), as tokenize() reads it.
  let lastStart = -1;
  let lastEnd = -1;
  for (let i = 0; i < n; i++) {
    const code = folded.charCodeAt(i);
    if (isWordCode(code)) {
      if (wordStart < 0) { wordStart = i; h = FNV_SEED; }
      h = Math.imul(h ^ code, FNV_PRIME);
      continue;
    }
    if (wordStart >= 0) {
      if (count === hashes.length) hashes = growHashes(hashes);
      hashes[count++] = h;
      lastStart = wordStart;
      lastEnd = i;
      wordStart = -1;
      if (code === APOSTROPHE) continue;
    }
    let breaks = code === 33 || code === 63 || code === 59 || code === 10; // ! ? ; newline
    if (!breaks && code === DOT) {
      const next = codeAt(folded, i + 1);
      const afterSpace = next === 32 ? codeAt(folded, i + 2) : -1;
      const dayNumber = lastStart >= 0 && ends[lastEnd - 1] === starts[i] && isDayDigits(folded, lastStart, lastEnd);
      breaks = !(isWordCode(next) || (dayNumber && isWordCode(afterSpace)));
    }
    if (breaks) {
      if (count > 0 && worth(hashes, count)) out.push(...tokenize(folded, starts, ends, sentenceStart, i + 1));
      sentenceStart = i + 1;
      count = 0;
      lastStart = -1;
    }
  }
  if (wordStart >= 0) {
    if (count === hashes.length) hashes = growHashes(hashes);
    hashes[count++] = h;
  }
  if (count > 0 && worth(hashes, count)) out.push(...tokenize(folded, starts, ends, sentenceStart, n));
  return out;
}

function growHashes(old: Int32Array): Int32Array {
  const grown = new Int32Array(old.length * 2);
  grown.set(old);
  return grown;
}

/** /^\d{1,2}$/ on folded[from, to), without the slice. */
function isDayDigits(folded: string, from: number, to: number): boolean {
  if (to - from > 2) return false;
  for (let i = from; i < to; i++) if (!isDigit(folded.charCodeAt(i))) return false;
  return true;
}

/** The words of an already folded phrase, split exactly as a message's are. */
export function phraseWords(folded: string): string[] {
  // tokenize()'s words are the runs of word codes, whatever ends them, sentence breaks included.
  const words: string[] = [];
  let from = -1;
  for (let i = 0; i <= folded.length; i++) {
    if (i < folded.length && isWordCode(folded.charCodeAt(i))) {
      if (from < 0) from = i;
    } else if (from >= 0) {
      words.push(folded.slice(from, i));
      from = -1;
    }
  }
  return words;
}

export const isNumberWord = (word: string): boolean => word.length > 0 && [...word].every((c) => isDigit(c.charCodeAt(0)));
