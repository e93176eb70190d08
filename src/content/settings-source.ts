import type { Storage } from 'webextension-polyfill';
import { extensionApi as browser } from '../shared/extension-api';
import { parseAppSettings, SETTINGS_KEY, type AppSettings } from '../shared/settings';
import { listenUntil } from './lifetime';

/**
 * The app settings, read straight from storage.local (the background is their only writer) and
 * followed through storage.onChanged. Resolves null when the extension context is already gone.
 */
export async function watchSettings(signal: AbortSignal, onChange: (settings: AppSettings) => void): Promise<AppSettings | null> {
  const listener = (changes: Record<string, Storage.StorageChange>, area: string) => {
    const change = changes[SETTINGS_KEY];
    // Only the background writes the settings and it never removes them: a key that vanished is
    // Firefox clearing an uninstalled add-on's storage under a script about to be destroyed, which must
    // not start asking the background (already gone) for anything.
    if (area !== 'local' || change === undefined || change.newValue === undefined || signal.aborted) return;
    onChange(parseAppSettings(change.newValue).settings);
  };
  try {
    listenUntil(browser.storage.onChanged, listener, signal);
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return parseAppSettings(stored[SETTINGS_KEY]).settings;
  } catch {
    return null;
  }
}
