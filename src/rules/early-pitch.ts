import { isYoung } from './relationship';
import type { Category, Evidence, RuleInput, RuleMeta } from './types';

export const meta: RuleMeta = {
  id: 'early-pitch',
  defaultSeverity: 'warning',
  thresholds: [
    { key: 'youngDays', min: 0, max: 365, default: 30, step: 1 },
    { key: 'repliesNeeded', min: 0, max: 20, default: 2, step: 1 },
  ],
  phrases: true,
};

export const phraseCategory: Category = 'pitch';

/**
 * A pitch is a self-offer ("we help…", "book a demo", "our pricing", "our" next to an offer noun,
 * a free audit or trial), never a topic word alone: "your demo day talk" is not a pitch. An offer the contact asked
 * for ("since you asked about our pricing") answers a need, which is what the seeds tell you to wait for.
 */
export function check({ ctx, thresholds, cues }: RuleInput): Evidence[] {
  if (!isYoung(ctx, thresholds.youngDays ?? 30, thresholds.repliesNeeded ?? 2)) return [];
  if (cues.has('pitchInvited')) return [];
  return [
    ...cues.hits('pitch'),
    ...cues.pairs('pitchOwn', 'pitchOffer', { maxGapWords: 2, eitherOrder: true }),
    // "a free audit", "un diagnostic gratuit", "einen kostenlosen IT-Sicherheitscheck"
    ...cues.pairs('pitchFree', 'pitchService', { maxGapWords: 1, eitherOrder: true }),
  ];
}
