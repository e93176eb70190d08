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
const ENDS_SENTENCE = new Set(['!', '?', ';', '\n']);

/**
 * Words of folded text, grouped in sentences. An apostrophe splits words ("i'll" is "i" + "ll",
 * "t'envoie" is "t" + "envoie"), so English contractions and French elisions split the same way in a
 * phrase list and in a message. A dot ends a sentence unless it sits inside a word
 * ("acme.io", "4.12.2026") or after a day number ("4. Dezember").
 */
function tokenize(folded: string, starts: ArrayLike<number>, ends: ArrayLike<number>): Sentence[] {
  // One loop with plain locals: closures sharing wordStart and gap cost a context access per character.
  const out: Sentence[] = [];
  let tokens: Token[] = [];
  let gap = '';
  let wordStart = -1;
  for (let i = 0; i < folded.length; i++) {
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
      const next = folded.charCodeAt(i + 1);
      const afterSpace = next === 32 ? folded.charCodeAt(i + 2) : NaN;
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
  if (wordStart >= 0) tokens.push({ word: folded.slice(wordStart), start: starts[wordStart] ?? 0, end: ends[folded.length - 1] ?? 0, gap });
  if (tokens.length > 0) out.push({ tokens, question: false });
  return out;
}

export function sentences(text: string): Sentence[] {
  const norm = normalize(text);
  return tokenize(norm.text, norm.starts, norm.ends);
}

/** The words of an already folded phrase, split exactly as a message's are. */
export function phraseWords(folded: string): string[] {
  const identity = Array.from({ length: folded.length }, (_, i) => i);
  return tokenize(folded, identity, identity.map((i) => i + 1)).flatMap((s) => s.tokens.map((t) => t.word));
}

export const isNumberWord = (word: string): boolean => word.length > 0 && [...word].every((c) => isDigit(c.charCodeAt(0)));
