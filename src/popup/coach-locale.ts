import browser from 'webextension-polyfill';
import { uiLocales, type UiLocale } from '../rules/types';
import { SETTINGS_KEY } from '../shared/settings-key';

/**
 * The language the coach writes its findings in, straight from storage: the popup needs only this
 * one field, and parsing the whole settings would pull the engine's schemas into its first paint.
 */
export async function coachLocale(): Promise<UiLocale> {
  const { [SETTINGS_KEY]: settings } = await browser.storage.local.get(SETTINGS_KEY);
  const locale: unknown = (settings as { engine?: { locale?: unknown } } | undefined)?.engine?.locale;
  return uiLocales.find((l) => l === locale) ?? 'en';
}
