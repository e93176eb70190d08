import type { Finding, RuleId } from '../rules/types';
import type { Card } from './panel';

/** Rules whose evidence is a phrase the user chose to write; the others point at the whole draft. */
const PHRASE_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'early-pitch', 'assumed-closeness', 'no-consent-signup', 'ask-without-give', 'unfilled-placeholder', 'link-in-first-contact',
]);
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * What "Ignore here" remembers: for a phrase rule the phrase itself (the same words elsewhere in the
 * draft stay ignored, other words are judged again), for the others the rule.
 */
export function ignoreKey(finding: Finding, draft: string): string {
  return PHRASE_RULES.has(finding.rule) ? `${finding.rule}\u0000${draft.slice(finding.start, finding.end).toLowerCase()}` : finding.rule;
}

/** The findings left once the user's "Ignore here" choices are taken out, most severe first, then in reading order. */
export function visibleFindings(all: readonly Finding[], draft: string, ignored: ReadonlySet<string>): Finding[] {
  return all
    .filter((f) => !ignored.has(ignoreKey(f, draft)))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start);
}

/** Findings that say the same thing (one rule, several places) make one card quoting each place. */
export function cardsOf(findings: readonly Finding[], draft: string): Card[] {
  const cards = new Map<string, Card>();
  for (const finding of findings) {
    const key = `${finding.rule}\u0000${finding.message}\u0000${finding.suggestion}`;
    let card = cards.get(key);
    if (card === undefined) {
      card = { findings: [], phrases: [] };
      cards.set(key, card);
    }
    card.findings.push(finding);
    const phrase = draft.slice(finding.start, finding.end).trim();
    if (PHRASE_RULES.has(finding.rule) && phrase !== '' && !card.phrases.includes(phrase)) card.phrases.push(phrase);
  }
  return [...cards.values()];
}

/** Whether the focus tracker (and so the badge) has anything new to hear: the same rules at the same severities. */
export function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((f, i) => f.rule === b[i]?.rule && f.severity === b[i]?.severity);
}
