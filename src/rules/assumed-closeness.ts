import type { Category, Cue, Evidence, RuleInput, RuleMeta } from './types';

export const meta: RuleMeta = {
  id: 'assumed-closeness',
  defaultSeverity: 'warning',
  thresholds: [{ key: 'repliesNeeded', min: 0, max: 20, default: 1, step: 1 }],
  phrases: true,
};

export const phraseCategory: Category = 'closeness';

/**
 * Claims of shared history or intimacy ("as we discussed", "remember me?", "my friend") are fine
 * once the contact has actually written back; before that the history contradicts them. So does a
 * cold contact whatever was received: an invite note, or no connection at all (corpus-spec).
 * Besides whole phrases, a claim composes: a reference back to an exchange the two of them had
 * ("following | our call", "în urma | discuției noastre", "our chat | last week"), or to what the
 * reader said or knows ("as you | mentioned", "zoals u | al aangaf", "comme vous | l'aviez évoqué").
 * An exchange still ahead claims nothing: "after our call | next week", "nach unserem Gespräch |
 * nächste Woche", "după discuția noastră | de mâine".
 */
export function check({ ctx, thresholds, cues, learned }: RuleInput): Evidence[] {
  const cold = ctx.surface === 'invite-note' || ctx.connectedDaysAgo === null;
  if (!cold && ctx.received >= (thresholds.repliesNeeded ?? 1)) return [];
  const claims = [
    ...cues.hits('closeness'),
    ...cues.pairs('closenessRef', 'closenessEvent', { maxGapWords: 2, eitherOrder: true }),
    ...cues.pairs('closenessAs', 'closenessSaid', { maxGapWords: 3 }),
  ];
  const ahead = cues.near(claims, cues.hits('closenessAhead'), { maxGapWords: 1 });
  const past = claims.filter((c: Cue) => !ahead.some((a) => a.ns === c.ns && a.ne > c.ne));
  if (claims.length > 0) return past;
  const model = learned('assumed-closeness');
  return model ? [model] : [];
}
