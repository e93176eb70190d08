import { fold } from './normalize';
import type { Category, Evidence, RuleInput, RuleMeta, Span } from './types';

export const meta: RuleMeta = {
  id: 'unfilled-placeholder',
  defaultSeverity: 'error',
  thresholds: [],
  phrases: true,
};

export const phraseCategory: Category = 'placeholderLiteral';

// Bounded, non-nested quantifiers: linear on any input.
const SLOT = /\{\{([^\n{}]{1,40})\}\}|\{([^\n{}]{1,40})\}|\[([^\n[\]]{1,40})\]|<([^\n<>]{1,40})>|%([\p{L}_][\p{L}\p{N}_]{1,30})%|\(([^\n()]{1,30})\)|_{3,40}|\*\|[\p{L}_][\p{L}\p{N}_]{0,30}\|\*|[$#]([\p{Lu}_][\p{Lu}\p{N}_]{1,30})(?:#|(?![\p{L}\p{N}_]))/gu;
const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_ .-]*$/u;
// A shouted slot may offer two fields: "[BRANSCH/FÖRETAGSTYP]", "[NAME/COMPANY]".
const SHOUTED = /^[\p{Lu}_][\p{Lu}\p{N}_ /]*$/u;
const DIGIT = /\p{N}/u;
const ASIDE = /[:;!?=]/u;
const MAX_SLOT_WORDS = 4;

/**
 * Whether a slot's words name a template field: all of them ("[Naam]", "%VORNAME%"), or a short
 * phrase that starts or ends with one ("[type d'entreprise similaire]", "[lien Calendly]"; a
 * percent slot holds one word). A sentence in brackets ("[edit: fixed]") is an aside.
 */
function namesField(inside: string, isPlaceholderWord: (folded: string) => boolean): boolean {
  const folded = fold(inside);
  if (isPlaceholderWord(folded)) return true;
  if (ASIDE.test(folded)) return false;
  const words = folded.split(/[\s-]/u).filter((w) => w !== '');
  // Stryker disable next-line StringLiteral: words is empty only in a slot of spaces and hyphens ("[- -]"), and isPlaceholderWord is false for '' as for any fallback.
  return words.length <= MAX_SLOT_WORDS && (isPlaceholderWord(words[0] ?? '') || isPlaceholderWord(words[words.length - 1] ?? ''));
}

/**
 * Curly braces are template syntax whatever they hold; square and angle brackets and percent
 * signs also appear in ordinary writing ("[1]", "<3", "50% off"), so there the slot must be
 * shouted (`[NAME]`, `%FIRSTNAME%`) or name a field in one of the seven languages (`[Naam]`).
 * Round brackets are mostly asides: only a field name alone makes one a slot. A run of three or
 * more underscores is a blank left to fill in; `*|FNAME|*` is a mail-merge tag; `$FIRSTNAME` and
 * `#PRENOM#` count when they shout a field name.
 */
function isSlot(match: RegExpExecArray, isPlaceholderWord: (folded: string) => boolean): boolean {
  const [whole, double, single, square, angle, percent, round, variable] = match;
  // A blank left to fill in, or a mail-merge tag ("*|FNAME|*"): nothing else is written that way.
  if (whole.startsWith('_') || whole.startsWith('*|')) return true;
  // "$FIRSTNAME", "#PRENOM#": a shouted field name, not a price ("$USD") or a hashtag ("#AI").
  if (variable !== undefined) return (whole.startsWith('$') || whole.endsWith('#')) && (variable.includes('_') || isPlaceholderWord(fold(variable)));
  const curly = (double ?? single)?.trim();
  if (curly !== undefined) return IDENTIFIER.test(curly);
  if (round !== undefined) return round.trim().length >= 2 && isPlaceholderWord(fold(round));
  // Stryker disable next-line StringLiteral: every other kind has returned above, so one of the three is set.
  const bracketed = (square ?? angle ?? percent ?? '').trim();
  if (bracketed.length < 2) return false;
  // A shouted slot may hold digits beside an underscore ("[NAME_2]"); a room "[B2]" is not a slot.
  const shouted = SHOUTED.test(bracketed) && (!DIGIT.test(bracketed) || bracketed.includes('_'));
  return shouted || namesField(bracketed, isPlaceholderWord) || (percent !== undefined && percent.includes('_'));
}

/** Every template slot left in the text. */
export function slots(text: string, isPlaceholderWord: (folded: string) => boolean): Span[] {
  const found: Span[] = [];
  for (const match of text.matchAll(SLOT)) {
    if (isSlot(match, isPlaceholderWord)) found.push({ start: match.index, end: match.index + match[0].length });
  }
  return found;
}

export function check({ text, cues, isPlaceholderWord }: RuleInput): Evidence[] {
  return [...cues.hits('placeholderLiteral'), ...slots(text, isPlaceholderWord)];
}
