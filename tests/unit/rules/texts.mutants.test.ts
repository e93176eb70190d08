import { describe, expect, it } from 'vitest';
import { fill, ruleText } from '../../../src/rules/texts';
import type { RuleId, UiLocale } from '../../../src/rules/types';

describe('ruleText falls back', () => {
  it('a variant no text has falls back to the rule\'s own text', () => {
    expect(ruleText('en', 'boundary', 'no-such-variant')).toEqual(ruleText('en', 'boundary'));
  });

  it('a locale it does not know speaks English, variants included', () => {
    expect(ruleText('tlh' as UiLocale, 'early-pitch')).toEqual(ruleText('en', 'early-pitch'));
    expect(ruleText('tlh' as UiLocale, 'boundary', 'both')).toEqual(ruleText('en', 'boundary', 'both'));
  });

  it('without a variant, each locale has the rule\'s own text', () => {
    expect(ruleText('sv', 'early-pitch').message).not.toBe(ruleText('en', 'early-pitch').message);
    expect(ruleText('sv', 'boundary').message).not.toBe(ruleText('en', 'boundary').message);
  });

  it('a variant is its own text, not the rule\'s', () => {
    expect(ruleText('de', 'boundary', 'channel')).not.toEqual(ruleText('en', 'boundary', 'channel'));
    expect(ruleText('de', 'boundary', 'channel')).not.toEqual(ruleText('de', 'boundary'));
  });

  it('a rule no text knows is named by its id, with no suggestion', () => {
    expect(ruleText('fr', 'no-such-rule' as RuleId)).toEqual({ message: 'no-such-rule', suggestion: '' });
  });
});

describe('fill', () => {
  it('without parameters leaves the template as it is', () => {
    expect(fill('over {limit} characters', undefined)).toBe('over {limit} characters');
  });

  it('fills zero and the empty string, which are values, not gaps', () => {
    expect(fill('{count} sent to {name}.', { count: 0, name: '' })).toBe('0 sent to .');
  });

  it('fills every slot, repeated ones included', () => {
    expect(fill('{a}, {b} and {a} again', { a: 1, b: 'two' })).toBe('1, two and 1 again');
  });
});
