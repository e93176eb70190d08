import { describe, expect, it } from 'vitest';
import { check } from '../../../src/rules/assumed-closeness';
import type { Category, Context, Cue, Cues, Evidence } from '../../../src/rules/types';
import { ctx, established } from './context';

const cue = (ns: number, ne: number): Cue => ({ ns, ne, start: ns, end: ne });

/** The rule's verdict over claims laid out by hand, with `ahead` what `near` composes of a claim and an exchange still ahead. */
function laid(hits: Partial<Record<Category, Cue[]>>, ahead: Cue[] = [], context: Context = ctx(), model: Cue | null = null): Evidence[] {
  const cues: Cues = {
    hits: (category) => hits[category] ?? [],
    has: (category) => (hits[category]?.length ?? 0) > 0,
    pairs: () => [],
    near: () => ahead,
    inQuestion: () => false,
    sentenceHas: () => false,
  };
  const text = 'x'.repeat(100);
  return check({ text, folded: text, ctx: context, thresholds: {}, cues, learned: () => model, isPlaceholderWord: () => false });
}

describe('assumed-closeness: claims and the exchanges still ahead', () => {
  it('drops only the claim an exchange ahead follows: another claim inside its reach stands', () => {
    const claim = cue(0, 10);
    const other = cue(12, 15);
    expect(laid({ closeness: [claim, other] }, [cue(0, 20)])).toEqual([other]);
  });

  it('keeps a claim whose exchange ahead lies inside it: nothing after it points forward', () => {
    const claim = cue(0, 20);
    expect(laid({ closeness: [claim] }, [cue(0, 20)])).toEqual([claim]);
  });
});

describe('assumed-closeness: no evidence at all', () => {
  it('from a contact who has written back', () => {
    expect(laid({ closeness: [cue(0, 10)] }, [], ctx(established))).toEqual([]);
  });

  it('when neither the cues nor the model find a claim', () => {
    expect(laid({})).toEqual([]);
    expect(laid({}, [], ctx(), cue(0, 30))).toEqual([cue(0, 30)]);
  });
});
