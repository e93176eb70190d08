import { signal, type Signal } from '@preact/signals';
import browser from 'webextension-polyfill';
import { send } from '../shared/client';
import { parseAppSettings, SETTINGS_KEY, type AppSettings } from '../shared/settings';

/**
 * The settings as stored: storage.local is the source of truth and only the background writes
 * it, so the page reads it, follows storage.onChanged (another tab, sync, the background's own
 * validation) and asks the background for every change.
 */
export const appSettings: Signal<AppSettings | null> = signal(null);

export async function watchAppSettings(): Promise<void> {
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) appSettings.value = parseAppSettings(change.newValue).settings;
  });
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  appSettings.value = parseAppSettings(stored[SETTINGS_KEY]).settings;
}

/** `syncError`: kept on this device, but storage.sync refused the copy (its quota, say). */
export type SaveResult = { ok: true; syncError?: string } | { ok: false; message: string };

/** Shows the change at once; the stored (validated) value replaces it when the background answers. */
export async function saveAppSettings(next: AppSettings): Promise<SaveResult> {
  const before = appSettings.value;
  appSettings.value = next;
  const res = await send<'settings.set'>({ type: 'settings.set', settings: next });
  if (res.ok) {
    appSettings.value = res.data.settings;
    return { ok: true, syncError: res.data.syncError };
  }
  appSettings.value = before;
  return { ok: false, message: res.error.message };
}
