import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/rules/settings';
import { ctx, evidenceOf } from './context';

const rule = 'ask-without-give';
const ask = 'Could you introduce me to your hiring manager?';

describe('ask-without-give', () => {
  it('reads givesNeeded from its settings: the ledger must show that many gives', () => {
    const two = defaultSettings();
    two.rules[rule].thresholds.givesNeeded = 2;
    expect(evidenceOf(rule, ask, ctx({ gave: 1 }), two)).toEqual(['Could you introduce me to']);
    expect(evidenceOf(rule, ask, ctx({ gave: 2 }), two)).toEqual([]);
    const none = defaultSettings();
    none.rules[rule].thresholds.givesNeeded = 0;
    expect(evidenceOf(rule, ask, ctx({ gave: 0 }), none)).toEqual([]);
  });

  it('a thank-you excuses only the ask in its own sentence', () => {
    expect(evidenceOf(rule, `Thanks for the talk. ${ask}`)).toEqual(['Could you introduce me to']);
    expect(evidenceOf(rule, 'Could you refer me? Thanks for your help with the intro.')).toEqual(['Could you refer me']);
  });
});
