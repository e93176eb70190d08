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
 * chrome.i18n has no plurals, so a plural message is a family of keys: `<base>_n<count>` for a
 * word a language has for one exact number ("twice"), else `<base>_<CLDR category>` for the
 * locale's category of `count` ("one", "few", "many", "other"), with `<base>_other` as the floor.
 */
export function plural(base: string, count: number, ...subs: (string | number)[]): string {
  rules ??= new Intl.PluralRules(uiLocale());
  const all = [count, ...subs];
  return t(`${base}_n${count}`, ...all) || t(`${base}_${rules.select(count)}`, ...all) || t(`${base}_other`, ...all);
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
