import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Model, learnedRules, type RuleWeights, type WeightsFile } from '../../../src/rules/model/model';
import { parseModel } from '../../../src/rules/model/parse';
import { BUCKET_BITS } from '../../../src/rules/model/features';

const committed = JSON.parse(readFileSync(new URL('../../../src/rules/model/weights.json', import.meta.url), 'utf8')) as WeightsFile;

/** A file of empty weights (every rule off) with one field of one rule replaced. */
const off: RuleWeights = { bias: -5, scale: 1, threshold: 0, count: 0, index: '', weights: '' };
function withRule(fields: Record<string, unknown>, rule = learnedRules[1]): unknown {
  const rules = Object.fromEntries(learnedRules.map((r) => [r, r === rule ? { ...off, ...fields } : off]));
  return { version: 1, bucketBits: BUCKET_BITS, rules };
}

describe('parseModel: what it accepts', () => {
  it('empty weights for every rule are a model (one that never fires)', () => {
    const model = parseModel(withRule({}));
    expect(model).toBeInstanceOf(Model);
    expect(learnedRules.map((r) => model?.mayFire(r))).toEqual([false, false, false, false]);
  });

  it('the largest index and weights strings and the largest count still parse', () => {
    const max = 'A'.repeat(64 * 1024);
    expect(parseModel(withRule({ index: max, weights: max }))).toBeInstanceOf(Model);
    expect(parseModel(withRule({ count: 1 << 18, index: 'AA==', weights: 'AA==' }))).toBeInstanceOf(Model);
    expect(parseModel(withRule({ bias: 0, scale: 0, threshold: -1 }))).toBeInstanceOf(Model);
  });

  it('the committed weights parse into the same model as a direct load', () => {
    const text = 'We help agencies like yours grow their revenue with our platform, book a demo with me this week.';
    expect(parseModel(committed)?.score(text)).toEqual(new Model(committed).score(text));
  });
});

describe('parseModel: what it refuses', () => {
  it.each([
    ['bias not a number', { bias: '1' }],
    ['bias not finite', { bias: Number.NaN }],
    ['bias infinite', { bias: -Infinity }],
    ['scale not a number', { scale: null }],
    ['scale not finite', { scale: Infinity }],
    ['threshold not a number', { threshold: '0' }],
    ['count not a number', { count: '3' }],
    ['count a fraction', { count: 1.5 }],
    ['count negative', { count: -1 }],
    ['count too large', { count: (1 << 18) + 1 }],
    ['index not text', { index: 7 }],
    ['index too long', { index: 'A'.repeat(64 * 1024 + 4) }],
    ['weights not text', { weights: [] }],
    ['weights too long', { weights: 'A'.repeat(64 * 1024 + 4) }],
    ['an index that is not base64', { count: 1, index: '%%%%', weights: 'AA==' }],
  ])('%s', (_what, fields) => {
    expect(parseModel(withRule(fields))).toBeNull();
  });

  it('a rule whose weights are not an object, or a file whose rules are a list', () => {
    const good = withRule({}) as { rules: Record<string, unknown> };
    expect(parseModel({ ...good, rules: { ...good.rules, 'ask-without-give': [off] } })).toBeNull();
    expect(parseModel({ ...good, rules: { ...good.rules, 'ask-without-give': null } })).toBeNull();
    expect(parseModel({ ...good, rules: Object.values(good.rules) })).toBeNull();
    expect(parseModel({ ...good, rules: null })).toBeNull();
    expect(parseModel([good])).toBeNull();
    expect(parseModel(null)).toBeNull();
    expect(parseModel(undefined)).toBeNull();
    expect(parseModel('weights')).toBeNull();
    // A list carrying every field of the weights is still not weights.
    expect(parseModel({ ...good, rules: { ...good.rules, 'ask-without-give': Object.assign([], off) } })).toBeNull();
    expect(parseModel({ ...good, version: '1' })).toBeNull();
  });
});
