import { fold, isWordCode } from './normalize';
import type { Evidence, RuleInput, RuleMeta } from './types';

export const meta: RuleMeta = {
  id: 'copy-paste-blast',
  defaultSeverity: 'info',
  thresholds: [
    { key: 'blastCount', min: 2, max: 50, default: 5, step: 1 },
    { key: 'similarityPercent', min: 50, max: 100, default: 70, step: 5 },
    { key: 'minWords', min: 3, max: 100, default: 8, step: 1 },
    // Read by whoever fills Context.recentSent: how far back "recently sent" reaches.
    { key: 'blastWindowDays', min: 1, max: 365, default: 30, step: 1 },
  ],
  phrases: false,
};

const CACHE_LIMIT = 1024;
const wordCache = new Map<string, Uint32Array>();

/**
 * The distinct words of a folded text as sorted 32-bit hashes. Sets, not sequences: a swapped
 * name or a reworded greeting barely moves them. Hashing in place avoids a string per word, and a
 * rare collision only nudges a similarity score.
 */
function wordsIn(folded: string): Uint32Array {
  const hashes: number[] = [];
  let hash = 0x811c9dc5;
  let inWord = false;
  // One step past the end, where charCodeAt gives NaN (no word character), ends the last word.
  for (let i = 0; i <= folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (isWordCode(c)) {
      hash = Math.imul(inWord ? hash ^ c : 0x811c9dc5 ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      hashes.push(hash >>> 0);
      inWord = false;
    }
  }
  const sorted = Uint32Array.from(hashes).sort();
  let unique = 0;
  // Stryker disable next-line ArithmeticOperator: keeping the last of equal neighbours instead of the first keeps the same set.
  for (let i = 0; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i] ?? 0;
  return sorted.subarray(0, unique);
}

/** Recently sent texts do not change between keystrokes: fold and hash each once. */
function recentWords(text: string): Uint32Array {
  const known = wordCache.get(text);
  // Stryker disable next-line ConditionalExpression: a cache; without it the same words are computed again.
  if (known) return known;
  const words = wordsIn(fold(text));
  // Stryker disable next-line ConditionalExpression,EqualityOperator: when the cache is emptied changes only its memory.
  if (wordCache.size >= CACHE_LIMIT) wordCache.clear();
  wordCache.set(text, words);
  return words;
}

const SKETCH = 32;

/**
 * A bottom-k estimate of the same similarity from the 32 smallest hashes of the union: cheap
 * enough to compare a draft with hundreds of recent messages on every keystroke. Only pairs it
 * cannot rule out get the exact merge.
 */
function roughSimilarity(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let seen = 0;
  let shared = 0;
  while (seen < SKETCH && i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) { shared++; i++; j++; } else if (x < y) i++; else j++;
    seen++;
  }
  return seen < SKETCH ? 1 : shared / seen;
}

/** Jaccard similarity of two sorted sets, by one merge. */
function similarity(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  // Stryker disable next-line EqualityOperator: one step past the end reads 0, a hash no word has in practice.
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    // Stryker disable next-line UpdateOperator,EqualityOperator: stepping back after a match re-reads a smaller hash and steps forward again; x <= y is x < y once x !== y.
    if (x === y) { shared++; i++; j++; } else if (x < y) i++; else j++;
  }
  return shared / (a.length + b.length - shared);
}

/** The same text sent to blastCount or more other people recently: a broadcast, not a relationship. */
export function check({ text, folded, ctx, thresholds }: RuleInput): Evidence[] {
  // Stryker disable next-line ArrayDeclaration: one recent text is under the lowest blastCount (2) either way.
  const recent = ctx.recentSent ?? [];
  const needed = thresholds.blastCount ?? 5;
  // Stryker disable next-line ConditionalExpression: the count below can never exceed the recent texts; this only skips the work.
  if (recent.length < needed) return [];
  // Near-duplicates have near-equal lengths; when too few recent texts do, skip the hashing.
  const comparable = recent.filter((other) => other.length * 2.5 >= text.length && other.length <= text.length * 2.5);
  // Stryker disable next-line ConditionalExpression: as above, for the comparable ones.
  if (comparable.length < needed) return [];
  const own = wordsIn(folded);
  if (own.length < (thresholds.minWords ?? 8)) return [];
  const floor = (thresholds.similarityPercent ?? 70) / 100;
  let count = 0;
  for (const other of comparable) {
    const words = recentWords(other);
    // Jaccard can never reach the floor when the sizes alone are too far apart (it is at most min / max): an exact skip.
    // Stryker disable next-line ConditionalExpression,MethodExpression,ArithmeticOperator: skipping fewer pairs changes no count.
    if (Math.min(words.length, own.length) < floor * Math.max(words.length, own.length)) continue;
    if (roughSimilarity(own, words) < floor - 0.25) continue;
    if (similarity(own, words) >= floor) count++;
  }
  if (count < needed) return [];
  const start = text.length - text.trimStart().length;
  return [{ start, end: text.trimEnd().length, params: { count } }];
}
