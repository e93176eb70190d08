import { fold } from './normalize';
import type { Category, Evidence, RuleInput, RuleMeta } from './types';

export const meta: RuleMeta = {
  id: 'unfilled-placeholder',
  defaultSeverity: 'error',
  thresholds: [],
  phrases: true,
};

export const phraseCategory: Category = 'placeholderLiteral';

// Bounded, non-nested quantifiers: linear on any input.
const SLOT = /\{\{([^\n{}]{1,40})\}\}|\{([^\n{}]{1,40})\}|\[([^\n[\]]{1,40})\]|<([^\n<>]{1,40})>|%([\p{L}_][\p{L}\p{N}_]{1,30})%/gu;
const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_ .-]*$/u;
const SHOUTED = /^[\p{Lu}_][\p{Lu}\p{N}_ ]*$/u;

/**
 * Curly braces are template syntax whatever they hold; square and angle brackets and percent
 * signs also appear in ordinary writing ("[1]", "<3", "50% off"), so there the slot must be
 * shouted (`[NAME]`, `%FIRSTNAME%`) or a placeholder word in one of the seven languages (`[Naam]`).
 */
function isSlot(match: RegExpExecArray, isPlaceholderWord: (folded: string) => boolean): boolean {
  const [, double, single, square, angle, percent] = match;
  const curly = (double ?? single)?.trim();
  if (curly !== undefined) return IDENTIFIER.test(curly);
  const bracketed = (square ?? angle ?? percent ?? '').trim();
  if (bracketed.length < 2) return false;
  return SHOUTED.test(bracketed) || isPlaceholderWord(fold(bracketed)) || (percent !== undefined && percent.includes('_'));
}

export function check({ text, cues, isPlaceholderWord }: RuleInput): Evidence[] {
  const found: Evidence[] = [...cues.hits('placeholderLiteral')];
  for (const match of text.matchAll(SLOT)) {
    if (isSlot(match, isPlaceholderWord)) found.push({ start: match.index, end: match.index + match[0].length });
  }
  return found;
}
