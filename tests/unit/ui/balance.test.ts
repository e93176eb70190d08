import { describe, expect, it, vi } from 'vitest';
import { getMessageIn } from './locale-messages';

const i18n = vi.hoisted(() => ({ getMessage: (_key: string, _subs?: string[]): string => '' }));
vi.mock('webextension-polyfill', () => ({ default: { i18n } }));

async function inLocale(locale: string) {
  i18n.getMessage = getMessageIn(locale);
  // plural() caches its Intl.PluralRules per page load: each locale gets a fresh module.
  vi.resetModules();
  return import('../../../src/popup/balance');
}

describe('the gives/asks balance in plain words', () => {
  it('says "asked twice and given nothing yet" in English, as the issue asks', async () => {
    const { balanceSentence } = await inLocale('en');
    expect(balanceSentence(0, 2)).toBe('You have asked twice and given nothing yet.');
    expect(balanceSentence(1, 0)).toBe('You have given once and asked nothing yet.');
    expect(balanceSentence(3, 1)).toBe('You have given 3 times and asked once.');
    expect(balanceSentence(0, 0)).toBe('Nothing given or asked yet.');
  });

  it('uses Romanian plural forms: "de 3 ori" but "de 21 de ori"', async () => {
    const { balanceSentence } = await inLocale('ro');
    expect(balanceSentence(0, 2)).toBe('Ai cerut ceva de două ori și nu ai dat încă nimic.');
    expect(balanceSentence(0, 3)).toBe('Ai cerut ceva de 3 ori și nu ai dat încă nimic.');
    expect(balanceSentence(0, 21)).toBe('Ai cerut ceva de 21 de ori și nu ai dat încă nimic.');
    expect(balanceSentence(1, 0)).toBe('Ai dat ceva o dată și nu ai cerut încă nimic.');
  });

  it('has a sentence for every count in every locale, with no placeholder left over', async () => {
    for (const locale of ['en', 'nl', 'sv', 'ro', 'de', 'fr', 'es']) {
      const { balanceSentence } = await inLocale(locale);
      for (const [gave, asked] of [[0, 0], [0, 1], [0, 2], [1, 0], [2, 5], [7, 0], [21, 1_000_000]] as const) {
        const sentence = balanceSentence(gave, asked);
        expect(sentence, `${locale} ${gave}/${asked}`).toMatch(/^\p{L}.*[.!]$/u);
        expect(sentence, `${locale} ${gave}/${asked}`).not.toMatch(/\$\d/u);
      }
    }
  });

  it('advises giving first only when the asks outnumber the gives', async () => {
    const { balanceAdvice } = await inLocale('en');
    expect(balanceAdvice(0, 1)).toMatch(/give something before you ask again/u);
    expect(balanceAdvice(1, 1)).toBeNull();
    expect(balanceAdvice(2, 0)).toBeNull();
  });
});
