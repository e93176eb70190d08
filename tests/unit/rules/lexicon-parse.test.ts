import { describe, expect, it } from 'vitest';
import { defaultLexicons } from '../../../src/rules/lexicon/default';
import { parseLexicons } from '../../../src/rules/lexicon/parse';

describe('parseLexicons (what a page accepts from storage.local)', () => {
  it('accepts the committed lists as they come back from storage (a structured clone)', () => {
    const stored: unknown = structuredClone(defaultLexicons);
    expect(parseLexicons(stored)).toEqual(defaultLexicons);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'lexicons'],
    ['an array', [defaultLexicons.en]],
    ['no language', {}],
    ['a language that is not a code', { english: { pitch: ['we help'] } }],
    ['a file that is a list', { en: ['we help'] }],
    ['an unknown category', { en: { pitch: ['we help'], script: ['x'] } }],
    ['phrases that are not a list', { en: { pitch: 'we help' } }],
    ['a phrase that is not text', { en: { pitch: ['we help', 7] } }],
    ['an empty phrase', { en: { pitch: [''] } }],
    ['an overlong phrase', { en: { pitch: ['x'.repeat(201)] } }],
    ['too many phrases', { en: { pitch: Array.from({ length: 100_001 }, (_, i) => `p${i}`) } }],
    ['too many languages', Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`${String.fromCharCode(97 + i)}x`, { pitch: ['we help'] }]))],
  ])('refuses %s', (_, value) => {
    expect(parseLexicons(value)).toBeNull();
  });
});
