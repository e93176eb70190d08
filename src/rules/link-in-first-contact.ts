import { isFirstContact } from './relationship';
import type { Evidence, RuleInput, RuleMeta } from './types';

export const meta: RuleMeta = {
  id: 'link-in-first-contact',
  defaultSeverity: 'info',
  thresholds: [],
  phrases: false,
};

const RUN = /[^\s"<>]+/gu;
const OPENERS = /^[("'[]*/u;
// Anchored at the start of one whitespace-free run, so scanning stays linear in the text. A bare
// domain counts only with a common top-level domain and a path, so "Node.js/Deno" is no link.
const LINK = /^(?:https?:\/\/|www\.)\S|^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|io|co|ai|app|dev|me|ly|gl|gd|to|nl|se|ro|de|fr|es|eu|uk|be|at|ch|it|pt|pl|dk|no|fi|us|ca|info|biz|page|site|link|xyz|studio|tech|agency|online|store|shop|cc|tv|fm|gg)\//iu;
const CLOSERS = new Set([...').,;:!?\'"]']);

/** Before any trust exists a link reads as a pitch or as spam; once they have replied it is fine. */
export function check({ text, ctx }: RuleInput): Evidence[] {
  if (!isFirstContact(ctx)) return [];
  const found: Evidence[] = [];
  for (const run of text.matchAll(RUN)) {
    const lead = OPENERS.exec(run[0])?.[0].length ?? 0;
    const token = run[0].slice(lead);
    if (!LINK.test(token)) continue;
    let end = run.index + run[0].length;
    while (end > run.index + lead && CLOSERS.has(text.charAt(end - 1))) end--;
    found.push({ start: run.index + lead, end });
  }
  return found;
}
