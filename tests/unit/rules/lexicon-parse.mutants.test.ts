import { describe, expect, it } from 'vitest';
import { parseLexicons } from '../../../src/rules/lexicon/parse';

const phrases = (n: number, prefix = 'p'): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const languages = (n: number): Record<string, { pitch: string[] }> =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`${String.fromCharCode(97 + (i >> 2))}${String.fromCharCode(97 + (i & 3))}`, { pitch: ['we help'] }]));

describe('parseLexicons at its bounds', () => {
  it('accepts 16 languages, one phrase of 200 characters, and 100,000 phrases in all', () => {
    expect(Object.keys(parseLexicons(languages(16)) ?? {})).toHaveLength(16);
    expect(parseLexicons({ en: { pitch: ['x'.repeat(200), 'y'] } })).toEqual({ en: { pitch: ['x'.repeat(200), 'y'] } });
    const full = { en: { pitch: phrases(60_000) }, nl: { ask: phrases(40_000) } };
    expect(parseLexicons(full)).toEqual(full);
  });

  it('counts phrases across languages and categories, not per list', () => {
    expect(parseLexicons({ en: { pitch: phrases(60_000) }, nl: { ask: phrases(40_001) } })).toBeNull();
    expect(parseLexicons({ en: { pitch: phrases(50_000), ask: phrases(50_001) } })).toBeNull();
  });

  it('a one-character phrase is a phrase; the placeholder vocabulary and empty lists are allowed', () => {
    const files = { sv: { placeholder: ['namn'], pitch: [] as string[], give: ['x'] } };
    expect(parseLexicons(files)).toEqual(files);
  });

  it('refuses a language code that is not two lower-case letters, and a file that is null', () => {
    for (const lang of ['EN', 'eng', 'e', 'e1', ' en', 'en ']) expect(parseLexicons({ [lang]: { pitch: ['we help'] } }), lang).toBeNull();
    expect(parseLexicons({ en: null })).toBeNull();
    expect(parseLexicons({ en: [] })).toBeNull();
    expect(parseLexicons({ en: { pitch: [['we help']] } })).toBeNull();
    expect(parseLexicons({ en: 'we help' })).toBeNull();
    expect(parseLexicons({ en: 7 })).toBeNull();
    expect(parseLexicons(null)).toBeNull();
  });

  it('refuses the whole value when any one language is bad, even after good ones', () => {
    expect(parseLexicons({ en: { pitch: ['we help'] }, nl: { pitch: [42] } })).toBeNull();
    expect(parseLexicons({ en: { pitch: ['we help'] }, nl: { script: ['x'] } })).toBeNull();
  });

  it('keeps each language and category it accepted, and nothing else', () => {
    expect(parseLexicons({ en: { pitch: ['we help'], ask: ['refer me'] }, nl: {} })).toEqual({ en: { pitch: ['we help'], ask: ['refer me'] }, nl: {} });
  });
});
