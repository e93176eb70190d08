import { describe, expect, it } from 'vitest';
import { BUCKET_BITS, MIN_WORDS, sentences } from '../../../src/rules/model/features';
import { Model, decodeIndex, learnedRules, type RuleWeights } from '../../../src/rules/model/model';
import { encodeSparse } from '../../../src/rules/model/train';

const off: RuleWeights = { bias: -5, scale: 1, threshold: 0, count: 0, index: '', weights: '' };

/** Every sentence as [its text, its word count]. */
function split(text: string): [string, number][] {
  const out: [string, number][] = [];
  sentences(text, (s) => out.push([text.slice(s.ns, s.ne), s.words]));
  return out;
}

function featuresOf(text: string): number[][] {
  const out: number[][] = [];
  sentences(text, (s) => out.push([...s.features]));
  return out;
}

/** A model whose early-pitch weighs every feature of `text` at `weight`, the other rules off. */
function modelOn(text: string, fields: Partial<RuleWeights> = {}, weight = 100): Model {
  const buckets = [...new Set(featuresOf(text).flat())].sort((a, b) => a - b);
  const pitch = { bias: -5, scale: 1, threshold: 0, ...encodeSparse(buckets.map((index) => ({ index, weight }))), ...fields };
  return new Model({ version: 1, bucketBits: BUCKET_BITS, rules: { 'early-pitch': pitch, 'assumed-closeness': off, 'no-consent-signup': off, 'ask-without-give': off } });
}

const long = 'we zork the flimflam for grommets overnight and every single weekend too';
const other = 'lovely weather in porto this week';

describe('features: sentences', () => {
  it('end at ? ! a line break, a full stop before a space or at the end, and the text\'s end', () => {
    expect(split('one two? three! four\nfive. six.seven. eight'))
      .toEqual([['one two?', 2], [' three!', 1], [' four\n', 1], ['five.', 1], [' six.seven.', 2], [' eight', 1]]);
  });

  it('a text of no words has no sentence; a trailing break adds none', () => {
    expect(split('?! ...')).toEqual([]);
    expect(split('hi there.')).toEqual([['hi there.', 2]]);
  });

  it('digits fold to one symbol; other words are features of their own', () => {
    expect(featuresOf('call for 15 min')).toEqual(featuresOf('call for 20 min'));
    expect(featuresOf('call for 15 min')).not.toEqual(featuresOf('call for ab min'));
    expect(featuresOf('zork flimflam')).not.toEqual(featuresOf('flimflam zork'));
  });

  it('a word brings its unigram, a bigram with the word before, and its grams of four', () => {
    // " ab " has one gram of four; " abcd " three; a second word adds a bigram.
    expect(featuresOf('ab')[0]).toHaveLength(2);
    expect(featuresOf('abcd')[0]).toHaveLength(4);
    expect(featuresOf('ab ab')[0]).toHaveLength(5);
    expect(featuresOf('ab. ab')).toEqual([featuresOf('ab')[0], featuresOf('ab')[0]]);
  });

  it('every feature is a bucket', () => {
    for (const f of featuresOf('Ünïcode words, 12345 and more words!').flat()) {
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(1 << BUCKET_BITS);
    }
  });
});

describe('the model', () => {
  it('decodes the bucket indices it was given, multi-byte deltas included', () => {
    const indices = [0, 5, 127, 128, 300, 20_000, (1 << BUCKET_BITS) - 1];
    const encoded = encodeSparse(indices.map((index) => ({ index, weight: 1 })));
    expect([...decodeIndex(encoded.index, encoded.count)]).toEqual(indices);
  });

  it('a rule may fire when it has weights, or when its bias alone reaches its threshold', () => {
    const file = (pitch: RuleWeights) => new Model({ version: 1, bucketBits: BUCKET_BITS, rules: { 'early-pitch': pitch, 'assumed-closeness': off, 'no-consent-signup': off, 'ask-without-give': off } });
    expect(file({ ...off, bias: -1, threshold: 0 }).mayFire('early-pitch')).toBe(false);
    expect(file({ ...off, bias: 0, threshold: 0 }).mayFire('early-pitch')).toBe(true);
    expect(modelOn(long).mayFire('early-pitch')).toBe(true);
    expect(modelOn(long).mayFire('ask-without-give')).toBe(false);
  });

  it('refuses weights for another bucket size or version', () => {
    expect(() => new Model({ version: 1, bucketBits: BUCKET_BITS - 1, rules: Object.fromEntries(learnedRules.map((r) => [r, off])) as never })).toThrow();
    expect(() => new Model({ version: 2 as 1, bucketBits: BUCKET_BITS, rules: Object.fromEntries(learnedRules.map((r) => [r, off])) as never })).toThrow();
  });

  it('scores the sentence its weights are on highest, and names where it is', () => {
    const text = `${other}. ${long}. ${other}.`;
    const [pitch] = modelOn(long).score(text);
    expect(text.slice(pitch?.ns, pitch?.ne)).toBe(` ${long}.`);
    expect(pitch?.threshold).toBe(0);
    expect(pitch?.logit).toBeGreaterThan(0);
  });

  it('a rule without weights scores its bias, and its threshold comes back as given', () => {
    const scored = modelOn(long).score(long);
    expect(scored[1]).toEqual({ logit: -5, sentence: -5, threshold: 0, ns: 0, ne: long.length });
  });

  it('the logit is the bias plus the scale times the weights, per feature', () => {
    const base = modelOn(long).score(long)[0];
    const shifted = modelOn(long, { bias: -3 }).score(long)[0];
    const doubled = modelOn(long, { scale: 2 }).score(long)[0];
    expect((shifted?.logit ?? 0) - (base?.logit ?? 0)).toBeCloseTo(2, 9);
    expect((shifted?.sentence ?? 0) - (base?.sentence ?? 0)).toBeCloseTo(2, 9);
    expect((doubled?.logit ?? 0) + 5).toBeCloseTo(2 * ((base?.logit ?? 0) + 5), 9);
    expect((doubled?.sentence ?? 0) + 5).toBeCloseTo(2 * ((base?.sentence ?? 0) + 5), 9);
  });

  it('negative weights push the score under the bias; a text of other words scores the bias', () => {
    expect(modelOn(long, {}, -100).score(long)[0]?.logit).toBeLessThan(-5);
    expect(modelOn(long).score(`${other} and then some more words here for length`)[0]?.logit).toBeLessThan(modelOn(long).score(long)[0]?.logit ?? 0);
  });

  it(`fewer than ${MIN_WORDS} words are too few to judge, a sentence is still scored`, () => {
    const short = 'we zork the flimflam';
    const [pitch] = modelOn(short).score(short);
    expect(pitch?.logit).toBe(-Infinity);
    expect(pitch?.sentence).toBeGreaterThan(0);
    const words = Array.from({ length: MIN_WORDS }, (_, i) => `w${String.fromCharCode(97 + i)}`).join(' ');
    expect(modelOn(words).score(words)[0]?.logit).toBeGreaterThan(0);
    const fewer = words.split(' ').slice(1).join(' ');
    expect(modelOn(fewer).score(fewer)[0]?.logit).toBe(-Infinity);
  });
});
