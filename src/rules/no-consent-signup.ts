import type { Category, Evidence, RuleInput, RuleMeta } from './types';

export const meta: RuleMeta = {
  id: 'no-consent-signup',
  defaultSeverity: 'warning',
  thresholds: [],
  phrases: true,
};

export const phraseCategory: Category = 'signup';

/**
 * Saying the contact was added, subscribed or registered ("I've added you to our newsletter",
 * "you'll now receive…", "unsubscribe anytime") while consent is not recorded. Asking first
 * ("Shall I add you to the list?") is exactly what the seeds recommend, so a sign-up inside a
 * question or next to a consent question does not count.
 */
export function check({ ctx, cues }: RuleInput): Evidence[] {
  if (ctx.consentToMailing === true) return [];
  const claims = [...cues.hits('signup'), ...cues.pairs('signupAct', 'signupThing', { maxGapWords: 5 })];
  return claims.filter((cue) => !cues.inQuestion(cue) && !cues.sentenceHas(cue, 'signupAsk'));
}
