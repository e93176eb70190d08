import browser from 'webextension-polyfill';
import { uiLocales, type UiLocale } from '../rules/types';

/** A message from _locales in the browser's language; `$1`… in the message take `subs`. */
export function t(key: string, ...subs: (string | number)[]): string {
  return browser.i18n.getMessage(key, subs.map(String));
}

/**
 * The locale whose messages.json the browser picked (it falls back to `en` for other languages),
 * so dates, numbers and plural forms agree with the words around them.
 */
export function uiLocale(): UiLocale {
  const code = browser.i18n.getMessage('uiLocale');
  return uiLocales.find((l) => l === code) ?? 'en';
}

let rules: Intl.PluralRules | undefined;

/**
 * The counts that have a word of their own ("once", "twice") in every locale, as `<base>_n<count>`
 * keys. Listed rather than probed: Firefox logs "Unknown localization message" for every key asked
 * for that does not exist (tests/unit/ui/plural.test.ts keeps this list and the files in step).
 */
export const EXACT_PLURALS: Readonly<Record<string, readonly number[]>> = { uiTimes: [1, 2] };

/**
 * chrome.i18n has no plurals, so a plural message is a family of keys: `<base>_n<count>` for a
 * word a language has for one exact number, else `<base>_<CLDR category>` for the locale's category
 * of `count` ("one", "few", "many", "other"), which every locale has for each category its
 * Intl.PluralRules can return.
 */
export function plural(base: string, count: number, ...subs: (string | number)[]): string {
  rules ??= new Intl.PluralRules(uiLocale());
  const all = [count, ...subs];
  const exact = EXACT_PLURALS[base]?.includes(count) === true;
  return t(exact ? `${base}_n${count}` : `${base}_${rules.select(count)}`, ...all);
}

export function formatDate(epochMs: number): string {
  return new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium' }).format(epochMs);
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(uiLocale()).format(n);
}

/** Names the page in the browser's language and tells assistive tech which language it reads. */
export function localiseDocument(titleKey: string): void {
  document.documentElement.lang = uiLocale();
  document.title = t(titleKey);
}
