import { isWordCode } from './normalize';
import { firstAtOrAfter, MAX_WORD_LENGTH } from './matcher';
import type { Cue } from './types';

/**
 * An aside set off between the two halves of a pair: "we, a team that has spent ten years in
 * logistics, help…", "unser Büro (zwölf Leute in Köln) unterstützt…", "noi - o echipă mică - ajutăm…".
 * A clause break ends a pair's gap (matcher.ts), so the writer's own description of themselves
 * would hide the offer it leads to; a longer fixed gap would pair words across real clauses instead.
 * The aside must open right after the first half, close before the second, and hold no sentence
 * end; after it, the second half may be at most `maxGapWords` words on, as without an aside.
 */
const MAX_ASIDE_WORDS = 14;
const COMMA = 44;
const DASH = 45;
const OPEN = 40;
const CLOSE = 41;
const SPACE = 32;
const SENTENCE_END = new Set([46, 33, 63, 59, 10]); // . ! ? ; \n

// -1 past the end: a read out of bounds throws the caller's optimised code away (a deoptimisation and a recompile).
const codeAt = (text: string, i: number): number => (i < text.length ? text.charCodeAt(i) : -1);

/** Where the aside opening at `from` closes (the index after its closing mark), or -1. */
function asideEnd(text: string, from: number): number {
  let i = from;
  while (codeAt(text, i) === SPACE) i++;
  const open = codeAt(text, i);
  // A dash opens an aside only as a word of its own (" - "), never inside "e-commerce".
  if (open === DASH && codeAt(text, i + 1) !== SPACE) return -1;
  const close = open === OPEN ? CLOSE : open === COMMA || open === DASH ? open : -1;
  if (close < 0) return -1;
  let words = 0;
  let inWord = false;
  const stop = Math.min(text.length, i + 1 + MAX_ASIDE_WORDS * (MAX_WORD_LENGTH + 1));
  for (let j = i + 1; j < stop; j++) {
    const c = text.charCodeAt(j);
    if (c === close && words > 0 && (close !== DASH || text.charCodeAt(j - 1) === SPACE)) return j + 1;
    if (SENTENCE_END.has(c) || (c === COMMA && close !== COMMA)) return -1;
    const w: boolean = isWordCode(c) || (c === DASH && inWord);
    if (w && !inWord && ++words > MAX_ASIDE_WORDS) return -1;
    inWord = w;
  }
  return -1;
}

/** Words between `from` and `to`, or -1 when a clause break lies between them or they are too far apart. */
function wordsBetween(text: string, from: number, to: number, maxWords: number): number {
  if (to - from > (maxWords + 1) * MAX_WORD_LENGTH) return -1;
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (SENTENCE_END.has(c) || c === COMMA) return -1;
    const w: boolean = isWordCode(c) || (c === DASH && inWord);
    if (w && !inWord) words++;
    inWord = w;
  }
  return words;
}

/** Each `a` cue followed by an aside and then, within `maxGapWords`, a `b` cue: one cue from the `a` to the `b`. */
export function acrossAside(folded: string, a: readonly Cue[], b: readonly Cue[], maxGapWords: number): Cue[] {
  const out: Cue[] = [];
  if (b.length === 0) return out;
  for (const x of a) {
    const end = asideEnd(folded, x.ne);
    if (end < 0) continue;
    // The nearest `b` after the aside: if it is out of reach, every later one is too.
    const k = firstAtOrAfter(b, end);
    if (k >= b.length) continue;
    const y = b[k] as Cue;
    const words = wordsBetween(folded, end, y.ns, maxGapWords);
    if (words >= 0 && words <= maxGapWords) out.push({ ns: x.ns, ne: y.ne, start: x.start, end: y.end });
  }
  return out;
}
