import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Model, learnedRules, type LearnedRule } from '../../../src/rules/model/model';
import { encodeSparse, hashGroup, serialise, train, type TrainSample } from '../../../src/rules/model/train';
import { normalize } from '../../../src/rules/normalize';

// Training on a few made-up lines: a pitch vocabulary against small talk, fourteen words a line.
const pitchWords = ['we', 'sell', 'zork', 'flimflam', 'grommets', 'platform', 'pricing', 'demo', 'discount', 'offer'];
const talkWords = ['lovely', 'weather', 'porto', 'river', 'walk', 'music', 'harbour', 'festival', 'boats', 'lights'];
const line = (words: readonly string[], i: number): string =>
  `${Array.from({ length: 14 }, (_, k) => words[(i * 3 + k * 7) % words.length]).join(' ')}.`;

type PerRule = Record<LearnedRule, boolean>;
const every = (value: boolean): PerRule => ({ 'early-pitch': value, 'assumed-closeness': value, 'no-consent-signup': value, 'ask-without-give': value });

function sample(text: string, labels: LearnedRule[], group: string, fields: Partial<TrainSample> = {}): TrainSample {
  return { text, folded: normalize(text).text, labels, open: every(true), cued: every(false), group, ...fields };
}

const samples: TrainSample[] = [
  // Pitches, labelled early-pitch and (as learnable, but withheld) assumed-closeness; the cues catch the first ten.
  ...Array.from({ length: 40 }, (_, i) => sample(line(pitchWords, i), ['early-pitch', 'assumed-closeness'], `p${i}`, i < 10 ? { cued: { ...every(false), 'early-pitch': true } } : {})),
  ...Array.from({ length: 40 }, (_, i) => sample(line(talkWords, i), [], `t${i}`)),
  // Small talk the cues wrongly call a pitch.
  ...Array.from({ length: 5 }, (_, i) => sample(line(talkWords, i), [], `c${i}`, { cued: { ...every(false), 'early-pitch': true } })),
  // Too short for the model to judge alone.
  ...Array.from({ length: 3 }, (_, i) => sample('we sell zork flimflam grommets.', ['early-pitch'], `s${i}`)),
];

// Each test trains for itself (a second or two): the mutation run credits a mutant's coverage to the
// test that ran the code, so a result shared between tests would leave the others unasked.
const scoreOf = (model: Model, text: string, rule: LearnedRule): { logit: number; threshold: number } => {
  const s = model.score(normalize(text).text)[learnedRules.indexOf(rule)];
  return { logit: s?.logit ?? Number.NaN, threshold: s?.threshold ?? Number.NaN };
};

// The first 16 hex digits of the SHA-256 of the weights trained on `samples`.
const PINNED = '34f9352edcdef13a';

describe('training the learned layer', () => {
  it('learns the rule\'s messages apart from the others in int8 weights, withholds the rules it must, and cross-validates', () => {
    const { weights, cv } = train(samples);
    const model = new Model(weights);
    const pitch = scoreOf(model, line(pitchWords, 77), 'early-pitch');
    const talk = scoreOf(model, line(talkWords, 77), 'early-pitch');
    expect(pitch.logit).toBeGreaterThan(pitch.threshold);
    expect(talk.logit).toBeLessThan(talk.threshold);
    expect(model.mayFire('early-pitch')).toBe(true);

    // int8 weights over one scale: the largest weighs 127 either way, and none is zero.
    const bytes = Uint8Array.from(atob(weights.rules['early-pitch'].weights), (c) => c.charCodeAt(0));
    expect(bytes.length).toBeGreaterThan(0);
    expect(bytes).toHaveLength(weights.rules['early-pitch'].count);
    expect(Math.max(...[...bytes].map((b) => Math.abs(b << 24 >> 24)))).toBe(127);
    expect([...bytes].every((b) => b !== 0)).toBe(true);

    // A withheld rule, or one with nothing to learn, ships no model and never fires.
    for (const rule of ['assumed-closeness', 'no-consent-signup', 'ask-without-give'] as const) {
      expect(weights.rules[rule]).toEqual({ bias: 0, scale: 1, threshold: 1e9, count: 0, index: '', weights: '' });
      expect(model.mayFire(rule)).toBe(false);
    }
    // assumed-closeness was as learnable as early-pitch out of fold.
    expect(cv.model['assumed-closeness']).toEqual({ tp: 40, fp: 0, fn: 0 });

    // The model alone at even odds, the cues alone, and both; the three short pitches are too short for the model.
    expect(cv.folds).toBe(5);
    expect(cv.model['early-pitch']).toEqual({ tp: 40, fp: 0, fn: 3 });
    expect(cv.cues['early-pitch']).toEqual({ tp: 10, fp: 5, fn: 33 });
    expect(cv.combined['early-pitch'].tp).toBe(40);
    expect(cv.combined['early-pitch'].fn).toBe(3);
    expect(cv.combined['early-pitch'].fp).toBeGreaterThanOrEqual(5);
    expect(cv.cues['no-consent-signup']).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(cv.combined['early-pitch'].fp).toBe(5);

    // Same lines, same weights, byte for byte: the seeded order, Adagrad's steps, the pruning and the
    // int8 scale all show in these numbers (features.ts's hashing too: a change there re-pins them).
    expect(weights.rules['early-pitch']).toMatchObject({ bias: -0.0332882442, scale: 0.0140814106, threshold: 0.0828117365, count: 140 });
    expect(createHash('sha256').update(JSON.stringify(weights)).digest('hex').slice(0, 16)).toBe(PINNED);
  });

  it('learns only from messages whose context leaves the rule open', () => {
    const closed = samples.map((s) => ({ ...s, open: { ...s.open, 'early-pitch': false } }));
    const { weights, cv } = train(closed);
    expect(weights.rules['early-pitch'].count).toBe(0);
    expect(weights.rules['early-pitch'].threshold).toBe(1e9);
    expect(cv.model['early-pitch']).toEqual({ tp: 0, fp: 0, fn: 43 });
  });

  it('writes its file as the weights, one rule per line', () => {
    const { weights } = train(samples);
    const file = serialise(weights);
    expect(JSON.parse(file)).toEqual(weights);
    const lines = file.split('\n');
    expect(lines.slice(0, 4)).toEqual(['{', '  "version": 1,', '  "bucketBits": 18,', '  "rules": {']);
    expect(lines.slice(4, 8).map((l) => l.trim().split('"')[1])).toEqual([...learnedRules]);
    expect(lines.slice(4, 7).every((l) => l.endsWith(','))).toBe(true);
    expect(lines.slice(7)).toEqual([expect.not.stringMatching(/,$/u), '  }', '}', '']);
  });
});

describe('training: the groups and the sparse form', () => {
  it('puts a group in the fold of its 32-bit FNV-1a hash', () => {
    expect([hashGroup(''), hashGroup('a'), hashGroup('foobar')]).toEqual([0x811c9dc5, 0xe40c292c, 0xbf9cf968]);
  });

  it('writes bucket indices as delta varints of 7 bits and weights as bytes', () => {
    const encoded = encodeSparse([{ index: 0, weight: 1 }, { index: 127, weight: -1 }, { index: 255, weight: 5 }, { index: 255 + 16384, weight: -128 }]);
    expect(encoded.count).toBe(4);
    const bytes = (b64: string): number[] => [...atob(b64)].map((c) => c.charCodeAt(0));
    expect(bytes(encoded.index)).toEqual([0, 0x7f, 0x80, 0x01, 0x80, 0x80, 0x01]);
    expect(bytes(encoded.weights)).toEqual([1, 0xff, 5, 0x80]);
  });
});
