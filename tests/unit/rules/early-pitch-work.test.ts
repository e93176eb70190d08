import { describe, expect, it } from 'vitest';
import { check } from '../../../src/rules/early-pitch';
import { matcherFor } from '../../../src/rules/engine';
import { normalize } from '../../../src/rules/normalize';
import { defaultSettings } from '../../../src/rules/settings';
import type { Category, Cue, Cues } from '../../../src/rules/types';
import { ctx } from './context';

/**
 * The real cues of `text`, with every read of a cue out of a list `hits()` returns counted: how
 * much of the lists the rule walks. A check that walks all of one list per cue of another reads
 * four times as much for twice the sentences; one that sorts or searches, about twice as much.
 */
function counted(text: string): { cues: Cues; reads: () => number } {
  const real = matcherFor(defaultSettings()).scan(normalize(text));
  let reads = 0;
  const watch = (list: readonly Cue[]): readonly Cue[] => new Proxy(list, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/u.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  const cues: Cues = {
    hits: (category: Category) => watch(real.hits(category)),
    has: (category) => real.has(category),
    pairs: (first, second, options) => real.pairs(first, second, options),
    near: (a, b, options) => real.near(a, b, options),
    inQuestion: (cue) => real.inQuestion(cue),
    sentenceHas: (cue, category) => real.sentenceHas(cue, category),
  };
  return { cues, reads: () => reads };
}

function readsFor(sentence: string, times: number): { reads: number; found: number } {
  const text = sentence.repeat(times);
  const { cues, reads } = counted(text);
  const found = check({ text, folded: normalize(text).text, ctx: ctx(), thresholds: {}, cues, learned: () => null, isPlaceholderWord: () => false }).length;
  return { reads: reads(), found };
}

// Adversarial texts of the bench (tests/bench/engine.bench.ts), where each phrase's check against the
// offers or sign-ups around it once scanned all of them.
describe('early-pitch reads its cue lists in near-linear work', () => {
  it.each([
    // Every "our" + offer pair is checked against the sign-ups; "our platform" in the sentence that signs
    // the reader up is what the newsletter is about, the sign-up rule's, so nothing is found.
    ['a sign-up naming the offer in every sentence', 'I added you to our webinar and our newsletter about our platform and our webinar. ', 0],
    // A pitch phrase on what the favour is about is the ask rule's.
    ['a pitch phrase in every favour asked', 'Could you review it, book a demo of the demo tool and share our demo software? ', 0],
  ])('%s', (_, sentence, perSentence) => {
    const once = readsFor(sentence, 60);
    const twice = readsFor(sentence, 120);
    expect(once.found).toBe(60 * perSentence);
    expect(twice.found).toBe(120 * perSentence);
    expect(twice.reads).toBeLessThan(2.5 * once.reads);
  });
});
