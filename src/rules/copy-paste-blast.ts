import { isWordCode, normalize } from './normalize';
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
const wordCache = new Map<string, ReadonlySet<string>>();

/** Distinct folded words. Sets, not sequences: a swapped name or a reworded greeting barely moves it. */
function wordsOf(text: string): ReadonlySet<string> {
  const known = wordCache.get(text);
  if (known) return known;
  const folded = normalize(text).text;
  const words = new Set<string>();
  let from = -1;
  for (let i = 0; i <= folded.length; i++) {
    const inWord = i < folded.length && isWordCode(folded.charCodeAt(i));
    if (inWord && from < 0) from = i;
    if (!inWord && from >= 0) { words.add(folded.slice(from, i)); from = -1; }
  }
  if (wordCache.size >= CACHE_LIMIT) wordCache.clear();
  wordCache.set(text, words);
  return words;
}

function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The same text sent to blastCount or more other people recently: a broadcast, not a relationship. */
export function check({ text, ctx, thresholds }: RuleInput): Evidence[] {
  const recent = ctx.recentSent ?? [];
  const needed = thresholds.blastCount ?? 5;
  if (recent.length < needed) return [];
  const own = wordsOf(text);
  if (own.size < (thresholds.minWords ?? 8)) return [];
  const floor = (thresholds.similarityPercent ?? 70) / 100;
  let count = 0;
  for (const other of recent) {
    const words = wordsOf(other);
    // Jaccard can never reach the floor when the sizes alone are too far apart.
    if (Math.min(words.size, own.size) < floor * Math.max(words.size, own.size)) continue;
    if (similarity(own, words) >= floor) count++;
  }
  if (count < needed) return [];
  const start = text.length - text.trimStart().length;
  return [{ start, end: text.trimEnd().length, params: { count } }];
}
