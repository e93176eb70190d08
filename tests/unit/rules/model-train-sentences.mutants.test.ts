import { describe, expect, it } from 'vitest';
import { Model, learnedRules, type LearnedRule } from '../../../src/rules/model/model';
import { train, type TrainSample } from '../../../src/rules/model/train';
import { normalize } from '../../../src/rules/normalize';

// Made-up messages of two sentences: what tells a pitch from small talk is only in the first; every
// message ends with the same sentence, a longer one (the features of each sentence are read from one
// buffer, which the next sentence writes over).
const pitchWords = ['we', 'sell', 'zork', 'flimflam', 'grommets', 'platform', 'pricing', 'demo', 'discount', 'offer'];
const talkWords = ['lovely', 'weather', 'porto', 'river', 'walk', 'music', 'harbour', 'festival', 'boats', 'lights'];
const line = (words: readonly string[], i: number): string =>
  `${Array.from({ length: 14 }, (_, k) => words[(i * 3 + k * 7) % words.length]).join(' ')}.`;
const closing = 'Hope the week treats you kindly, the trains run on time for once, the coffee stays warm until noon and the weekend brings long quiet walks by the sea with old friends.';
const message = (words: readonly string[], i: number): string => `${line(words, i)} ${closing}`;

type PerRule = Record<LearnedRule, boolean>;
const every = (value: boolean): PerRule => ({ 'early-pitch': value, 'assumed-closeness': value, 'no-consent-signup': value, 'ask-without-give': value });
const sample = (text: string, labels: LearnedRule[], group: string): TrainSample =>
  ({ text, folded: normalize(text).text, labels, open: every(true), cued: every(false), group });

describe('training the learned layer on messages of several sentences', () => {
  it('learns from every sentence of a message, not only its last', () => {
    const { weights, cv } = train([
      ...Array.from({ length: 30 }, (_, i) => sample(message(pitchWords, i), ['early-pitch'], `p${i}`)),
      ...Array.from({ length: 30 }, (_, i) => sample(message(talkWords, i), [], `t${i}`)),
    ]);
    expect(cv.model['early-pitch']).toEqual({ tp: 30, fp: 0, fn: 0 });
    const model = new Model(weights);
    const score = (text: string): { logit: number; threshold: number } => {
      const s = model.score(normalize(text).text)[learnedRules.indexOf('early-pitch')];
      return { logit: s?.logit ?? Number.NaN, threshold: s?.threshold ?? Number.NaN };
    };
    const pitch = score(message(pitchWords, 77));
    const talk = score(message(talkWords, 77));
    expect(pitch.logit).toBeGreaterThan(pitch.threshold);
    expect(talk.logit).toBeLessThan(talk.threshold);
  });
});
