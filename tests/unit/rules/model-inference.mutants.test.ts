import { describe, expect, it } from 'vitest';
import { BUCKET_BITS, sentences } from '../../../src/rules/model/features';
import { Model, decodeIndex, learnedRules, type RuleWeights } from '../../../src/rules/model/model';
import { encodeSparse } from '../../../src/rules/model/train';
import { fold } from '../../../src/rules/normalize';

interface Seen { ns: number; ne: number; words: number; features: number[] }
function visits(text: string): Seen[] {
  const out: Seen[] = [];
  sentences(text, (s) => out.push({ ns: s.ns, ne: s.ne, words: s.words, features: [...s.features] }));
  return out;
}
const featuresOf = (text: string): number[][] => visits(text).map((s) => s.features);

describe('features: what a sentence\'s features are', () => {
  it('every digit folds to one symbol, 9 too; a letter outside ASCII is no digit', () => {
    expect(featuresOf('call in 19 min')).toEqual(featuresOf('call in 15 min'));
    expect(featuresOf(fold('звоните завтра'))).not.toEqual(featuresOf(fold('1234567 123456')));
  });

  it('a word of one letter has no gram of four ("  a " is three codes long)', () => {
    expect(featuresOf('a')[0]).toHaveLength(1);
    expect(featuresOf('a b')[0]).toHaveLength(3);
  });

  it('two words share the grams of the letters they share, and no others', () => {
    const [a = []] = featuresOf('abcdef');
    const [b = []] = featuresOf('abcdxy');
    expect(a).toHaveLength(6);
    expect(a.filter((f) => b.includes(f))).toHaveLength(2);
  });

  it('a sentence\'s features do not depend on the sentences before it', () => {
    const alone = featuresOf('abc cd')[0];
    for (const before of ['mmmm nnnn', 'pppp qqqq rrrr', 'x', 'zorkle flimflam grommet overnight']) {
      expect(featuresOf(`${before}. abc cd`)[1], before).toEqual(alone);
    }
  });

  it('a sentence keeps the words whose features fit in its 4,096, each word whole, and the next sentence starts afresh', () => {
    const big = Array.from({ length: 1000 }, () => 'abcd').join(' ');
    const [first, next] = visits(`${big}. ab`);
    // "abcd" brings its unigram, three grams and (after the first) a bigram.
    expect(first?.words).toBeLessThan(1000);
    expect(first?.features).toHaveLength(4 + 5 * ((first?.words ?? 0) - 1));
    expect(first?.features.length).toBeLessThanOrEqual(4096);
    expect(first?.features.length).toBeGreaterThan(4096 - 10);
    expect(next?.features).toEqual(featuresOf('ab')[0]);
  });
});

describe('the model: every rule scored from its own weights', () => {
  // Two sentences (twelve words in all), four rules each weighing its own buckets at its own weights.
  const text = 'we zork the flimflam for grommets overnight. And every single weekend too!';
  const seen = visits(text);
  const buckets = new Set<number>([0]);
  // Each feature's bucket and its three neighbours: several weighed buckets share a word of the filter.
  for (const f of seen.flatMap((s) => s.features)) for (let k = 0; k < 4; k++) buckets.add((f & ~3) + k);
  const sorted = [...buckets].sort((a, b) => a - b);
  const weighs = [(x: number) => x >= 0, (x: number) => x % 3 !== 0, (x: number) => x % 2 === 0, (x: number) => x % 5 !== 1];
  const weightOf = (r: number, x: number): number => (weighs[r]?.(x) ? ((x * 7 + r * 13) % 251) - 125 : 0);
  const bias = [-1, -2, 0.5, 3];
  const scale = [0.01, 0.02, 0.03, 0.05];
  const threshold = [0.1, 0.2, 0.3, 0.4];
  const rule = (r: number): RuleWeights => ({
    bias: bias[r] ?? 0,
    scale: scale[r] ?? 0,
    threshold: threshold[r] ?? 0,
    ...encodeSparse(sorted.filter((x) => weightOf(r, x) !== 0).map((index) => ({ index, weight: weightOf(r, index) }))),
  });
  // Built inside each test: a mutant is switched on per test, after the describe block has run.
  const model = (): Model => new Model({
    version: 1,
    bucketBits: BUCKET_BITS,
    rules: { 'early-pitch': rule(0), 'assumed-closeness': rule(1), 'no-consent-signup': rule(2), 'ask-without-give': rule(3) },
  });

  it('the text logit is the bias plus the scale times the sum of the weights of every feature, over the root of their number', () => {
    const scored = model().score(text);
    const features = seen.reduce((n, s) => n + s.features.length, 0);
    learnedRules.forEach((name, r) => {
      const sum = seen.reduce((t, s) => t + s.features.reduce((u, f) => u + weightOf(r, f), 0), 0);
      expect(scored[r]?.logit, name).toBeCloseTo((bias[r] ?? 0) + ((scale[r] ?? 0) * sum) / Math.sqrt(features), 9);
      expect(scored[r]?.threshold, name).toBe(threshold[r]);
    });
  });

  it('each rule\'s best sentence is the one whose own logit is highest, and says where it is', () => {
    const scored = model().score(text);
    learnedRules.forEach((name, r) => {
      const logits = seen.map((s) => (bias[r] ?? 0) + ((scale[r] ?? 0) * s.features.reduce((u, f) => u + weightOf(r, f), 0)) / Math.sqrt(s.features.length));
      const at = logits.indexOf(Math.max(...logits));
      expect(scored[r]?.sentence, name).toBeCloseTo(logits[at] ?? NaN, 9);
      expect([scored[r]?.ns, scored[r]?.ne], name).toEqual([seen[at]?.ns, seen[at]?.ne]);
    });
  });

  it('the rules differ, so each one was read from its own weights', () => {
    const logits = model().score(text).map((s) => s.logit);
    expect(new Set(logits).size).toBe(4);
  });

  it('of two sentences that score the same, the first is the best', () => {
    const twice = 'we zork the flimflam for grommets. we zork the flimflam for grommets.';
    const [first, second] = visits(twice);
    const scored = model().score(twice);
    expect(first?.features).toEqual(second?.features);
    learnedRules.forEach((name, r) => expect([scored[r]?.ns, scored[r]?.ne], name).toEqual([first?.ns, first?.ne]));
  });

  it('refuses weights for another engine, and says so', () => {
    const off: RuleWeights = { bias: -5, scale: 1, threshold: 0, count: 0, index: '', weights: '' };
    const rules = { 'early-pitch': off, 'assumed-closeness': off, 'no-consent-signup': off, 'ask-without-give': off };
    expect(() => new Model({ version: 1, bucketBits: BUCKET_BITS + 1, rules })).toThrow('model weights do not match this engine');
  });
});

describe('decodeIndex', () => {
  it('a delta whose low seven bits are all zero still carries on to its next byte', () => {
    const indices = [128, 256, 16_640, 16_641];
    const encoded = encodeSparse(indices.map((index) => ({ index, weight: 1 })));
    expect([...decodeIndex(encoded.index, encoded.count)]).toEqual(indices);
  });
});
