import type { Category, Evidence, RuleInput, RuleMeta } from './types';

export const meta: RuleMeta = {
  id: 'ask-without-give',
  defaultSeverity: 'warning',
  thresholds: [{ key: 'givesNeeded', min: 0, max: 20, default: 1, step: 1 }],
  phrases: true,
};

export const phraseCategory: Category = 'ask';

/**
 * A favour (intro, referral, recommendation, endorsement, feedback, a job, sharing a post) asked of
 * someone the ledger shows nothing given to. Givers gain: an offer in the message itself ("happy
 * to return the favour", "let me know how I can help") counts as giving first. Thanking someone
 * for a favour ("thanks for the intro") is not asking for one.
 */
export function check({ ctx, thresholds, cues, learned }: RuleInput): Evidence[] {
  if (ctx.gave >= (thresholds.givesNeeded ?? 1)) return [];
  if (cues.has('give')) return [];
  const asks = [...cues.hits('ask'), ...cues.pairs('askPolite', 'askThing', { maxGapWords: 8 })];
  const found = asks.filter((cue) => !cues.sentenceHas(cue, 'thanks'));
  if (asks.length > 0) return found;
  const model = learned('ask-without-give');
  return model && !cues.sentenceHas(model, 'thanks') ? [model] : [];
}
