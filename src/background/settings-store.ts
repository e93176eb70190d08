import { coachLocaleFor, parseAppSettings, SETTINGS_KEY, syncedPart, type AppSettings } from '../shared/settings';

/** The slice of browser.storage.local / .sync the store needs (so tests pass a Map-backed fake). */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface SettingsStore {
  get(): Promise<AppSettings>;
  /** Stamps updatedAt, writes storage.local, mirrors to storage.sync when enabled. */
  set(next: AppSettings): Promise<{ settings: AppSettings; syncError?: string }>;
  /** A newer copy from storage.sync wins (last change wins); returns whether it was adopted. */
  adoptSynced(value: unknown): Promise<boolean>;
  /**
   * Writes the defaults once, so content scripts always find settings to read; the coach speaks
   * the browser's language (`uiLanguage`, e.g. "nl-BE") when it is one of the seven.
   */
  ensureInitialised(uiLanguage: string): Promise<void>;
}

export function createSettingsStore(local: StorageAreaLike, sync: StorageAreaLike, now: () => number, log: (line: string) => void): SettingsStore {
  const read = async (): Promise<{ settings: AppSettings; stored: boolean }> => {
    const raw = (await local.get(SETTINGS_KEY))[SETTINGS_KEY];
    const { settings, issues } = parseAppSettings(raw);
    if (raw !== undefined && issues.length) log(`stored settings had ${issues.length} invalid field(s); defaults used for those`);
    return { settings, stored: raw !== undefined };
  };
  return {
    async get() {
      return (await read()).settings;
    },
    async set(next) {
      const settings = { ...next, updatedAt: Math.max(now(), next.updatedAt + 1) };
      await local.set({ [SETTINGS_KEY]: settings });
      if (!settings.syncEnabled) return { settings };
      try {
        await sync.set({ [SETTINGS_KEY]: syncedPart(settings) });
        return { settings };
      } catch (err) {
        const syncError = err instanceof Error ? err.message : String(err);
        log('storage.sync refused the settings copy');
        return { settings, syncError };
      }
    },
    async adoptSynced(value) {
      const current = await read();
      if (!current.settings.syncEnabled || typeof value !== 'object' || value === null) return false;
      const { settings, issues } = parseAppSettings({ ...(value as object), syncEnabled: true, receivedSnippets: current.settings.receivedSnippets });
      if (issues.length) {
        log(`ignored synced settings with ${issues.length} invalid field(s)`);
        return false;
      }
      if (settings.updatedAt <= current.settings.updatedAt) return false;
      await local.set({ [SETTINGS_KEY]: settings });
      return true;
    },
    async ensureInitialised(uiLanguage) {
      const current = await read();
      if (current.stored) return;
      const locale = coachLocaleFor(uiLanguage) ?? current.settings.engine.locale;
      await local.set({ [SETTINGS_KEY]: { ...current.settings, engine: { ...current.settings.engine, locale } } });
    },
  };
}
