import { describe, expect, it, vi } from 'vitest';
import { getMessageIn, localeNames, messagesOf } from './locale-messages';

const i18n = vi.hoisted(() => ({ asked: [] as string[], getMessage: (_key: string, _subs?: string[]): string => '' }));
vi.mock('webextension-polyfill', () => ({ default: { i18n } }));

/** A getMessage that remembers every key it was asked for, as Firefox's would (it logs the unknown ones). */
async function inLocale(locale: string) {
  const real = getMessageIn(locale);
  i18n.asked = [];
  i18n.getMessage = (key, subs) => {
    i18n.asked.push(key);
    return real(key, subs);
  };
  // plural() caches its Intl.PluralRules per page load: each locale gets a fresh module.
  vi.resetModules();
  return import('../../../src/ui/i18n');
}

const COUNTS = [0, 1, 2, 3, 4, 5, 11, 19, 20, 21, 101, 1_000_000];

describe('plural()', () => {
  it('asks getMessage only for keys the locale has, for every plural family and count (Firefox logs the others)', async () => {
    for (const locale of localeNames()) {
      const { plural } = await inLocale(locale);
      const families = new Set(Object.keys(messagesOf(locale)).flatMap((k) => /^(.+)_other$/u.exec(k)?.[1] ?? []));
      for (const base of families) for (const n of COUNTS) expect(plural(base, n), `${locale} ${base} ${n}`).not.toBe('');
      const messages = messagesOf(locale);
      expect(i18n.asked.filter((k) => k !== 'uiLocale' && !(k in messages)), locale).toEqual([]);
    }
  });

  it('lists exactly the `_n<count>` keys the locale files have, in every locale', async () => {
    const { EXACT_PLURALS } = await inLocale('en');
    const listed = Object.entries(EXACT_PLURALS).flatMap(([base, counts]) => counts.map((n) => `${base}_n${n}`)).sort();
    for (const locale of localeNames()) {
      expect(Object.keys(messagesOf(locale)).filter((k) => /_n\d+$/u.test(k)).sort(), locale).toEqual(listed);
    }
  });

  it('still says "twice" and "3 times"', async () => {
    const { plural } = await inLocale('en');
    expect([plural('uiTimes', 1), plural('uiTimes', 2), plural('uiTimes', 3)]).toEqual(['once', 'twice', '3 times']);
  });
});
