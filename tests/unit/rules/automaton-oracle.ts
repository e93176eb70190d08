import type { Automaton } from '../../../src/rules/automaton';

/** What the automaton must find, by brute force: each distinct pattern's first index at every place it occurs. */
export function naive(patterns: readonly string[], text: string): string[] {
  const found: string[] = [];
  const first = new Map<string, number>();
  patterns.forEach((p, i) => { if (!first.has(p)) first.set(p, i); });
  for (const [p, i] of first) {
    if (p.length === 0 || [...p].some((c) => c.charCodeAt(0) > 127)) continue;
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) found.push(`${i}@${at}-${at + p.length}`);
  }
  return found.sort();
}

/** What the automaton finds, in the same shape. */
export function scan(automaton: Automaton, text: string): string[] {
  const found: string[] = [];
  automaton.scan(text, (pattern, start, end) => found.push(`${pattern}@${start}-${end}`));
  return found.sort();
}
