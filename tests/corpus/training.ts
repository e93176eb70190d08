import { analyze, useLexicons, useModel } from '../../src/rules/engine';
import { defaultLexicons } from '../../src/rules/lexicon/default';
import { learnedRules, type LearnedRule } from '../../src/rules/model/model';
import type { TrainSample } from '../../src/rules/model/train';
import { normalize } from '../../src/rules/normalize';
import { isYoung } from '../../src/rules/relationship';
import type { Context } from '../../src/rules/types';
import { pairKeys, type Sample } from './evaluate';

useLexicons(defaultLexicons);

/** Whether each relationship rule's context lets it fire at the default thresholds (the rules' own gates). */
function openFor(ctx: Context): Record<LearnedRule, boolean> {
  return {
    'early-pitch': isYoung(ctx, 30, 2),
    'assumed-closeness': ctx.received < 1 || ctx.surface === 'invite-note' || ctx.connectedDaysAgo === null,
    'no-consent-signup': ctx.consentToMailing !== true,
    'ask-without-give': ctx.gave < 1,
  };
}

/** The v1 corpus is one scenario in seven languages ("en-05" … "sv-05"): one group, one fold. */
function groupOf(s: Sample, pairOf: (sample: Sample) => string | null): string {
  const pair = pairOf(s);
  if (pair !== null) return `pair:${pair}`;
  if (s.origin === 'hand:v1-team') return `v1:${s.id.slice(s.id.indexOf('-') + 1)}`;
  return s.id;
}

/** Training samples from corpus lines: the cues' own verdict is taken with no model installed. */
export function trainingSamples(samples: readonly Sample[]): TrainSample[] {
  useModel(null);
  const pairOf = pairKeys(samples);
  return samples.map((s) => {
    const fired = new Set(analyze(s.input.text, s.input.context).map((f) => f.rule));
    return {
      text: s.input.text,
      folded: normalize(s.input.text).text,
      labels: s.labels,
      open: openFor(s.input.context),
      cued: Object.fromEntries(learnedRules.map((r) => [r, fired.has(r)])) as Record<LearnedRule, boolean>,
      group: groupOf(s, pairOf),
    };
  });
}
