import { afterEach, describe, expect, it } from 'vitest';
import { analyze, useModel } from '../../../src/rules/engine';
import { BUCKET_BITS } from '../../../src/rules/model/features';
import { Model, type RuleWeights } from '../../../src/rules/model/model';
import { encodeSparse } from '../../../src/rules/model/train';
import { ctx, established, evidenceOf } from './context';

const off: RuleWeights = { bias: 0, scale: 1, threshold: 1e9, count: 0, index: '', weights: '' };
// No weights, but a bias over the threshold: every message of twelve words or more scores over it.
const alwaysOn: RuleWeights = { bias: 5, scale: 1, threshold: 0, count: 0, index: '', weights: '' };

const model = (closeness: RuleWeights): Model => new Model({
  version: 1, bucketBits: BUCKET_BITS,
  rules: { 'early-pitch': off, 'assumed-closeness': closeness, 'no-consent-signup': off, 'ask-without-give': off },
});

const text = 'Lovely weather in Porto this week, the river walk was full of people and music.';

afterEach(() => useModel(null));

describe('a learned rule without weights', () => {
  it('is left off when its bias is under its threshold: it never fires and no text is scored for it', () => {
    const m = model(off);
    expect(m.mayFire('assumed-closeness')).toBe(false);
    useModel(m);
    expect(analyze(text, ctx())).toEqual([]);
  });

  it('with its bias over the threshold it fires on every long enough message, as its scores say', () => {
    const m = model(alwaysOn);
    expect(m.mayFire('assumed-closeness')).toBe(true);
    expect(m.mayFire('early-pitch')).toBe(false);
    useModel(m);
    expect(analyze(text, ctx()).map((f) => [f.rule, text.slice(f.start, f.end)])).toEqual([['assumed-closeness', text]]);
    expect(analyze('Lovely weather in Porto.', ctx())).toEqual([]);
  });
});

describe('early-pitch at even odds', () => {
  // Every message of twelve words or more scores about 0.5: it leans pitch, but stays far under the
  // threshold (one weight, so that the rule is live; a feature of one bucket barely moves a score).
  const leaning: RuleWeights = { bias: 0.5, scale: 0.001, threshold: 5, ...encodeSparse([{ index: 1, weight: 1 }]) };
  const leaningModel = (): Model => new Model({
    version: 1, bucketBits: BUCKET_BITS, rules: { 'early-pitch': leaning, 'assumed-closeness': off, 'no-consent-signup': off, 'ask-without-give': off },
  });
  const half = 'Hi Tom, I support whatever you decide about the meeting next week, truly and fully.';

  it('half a pitch (the writer and an offer act, no beneficiary) is one when the model leans that way', () => {
    expect(evidenceOf('early-pitch', half)).toEqual([]);
    useModel(leaningModel());
    expect(evidenceOf('early-pitch', half)).toEqual(['I support']);
  });

  it('without half a pitch, or to a long contact, a lean is not enough', () => {
    useModel(leaningModel());
    expect(evidenceOf('early-pitch', 'Hi Tom, it was lovely to see the pictures of the harbour festival last weekend, truly.')).toEqual([]);
    expect(evidenceOf('early-pitch', half, ctx(established))).toEqual([]);
  });
});

describe('early-pitch from the model alone', () => {
  // Every message of twelve words or more scores over the threshold.
  const sure: RuleWeights = { bias: 5, scale: 0.001, threshold: 1, ...encodeSparse([{ index: 1, weight: 1 }]) };
  const sureModel = (): Model => new Model({
    version: 1, bucketBits: BUCKET_BITS, rules: { 'early-pitch': sure, 'assumed-closeness': off, 'no-consent-signup': off, 'ask-without-give': off },
  });

  it('shows a sentence that holds some part of an offer, and nothing when its sentence holds none', () => {
    useModel(sureModel());
    const offer = 'Hi Tom, I keep thinking about how finance teams lose whole days to month-end reports.';
    expect(evidenceOf('early-pitch', offer)).toEqual([offer]);
    expect(evidenceOf('early-pitch', text)).toEqual([]);
  });
});
