import { defaultSettings, parseSettings, type Settings } from '../rules/settings';
import { surfaces as engineSurfaces, uiLocales, type Surface, type UiLocale } from '../rules/types';

/**
 * App settings live in browser.storage.local under SETTINGS_KEY: every context (content scripts in
 * every LinkedIn frame, popup, options) reads them directly and watches storage.onChanged; only the
 * background writes them, after validating with parseAppSettings.
 */
export { SETTINGS_KEY } from './settings-key';
/** Phrases kept per list (allowlist, a rule's extra phrases); past it a list is full. */
export { MAX_PHRASES } from '../rules/settings';

export const SURFACES: readonly Surface[] = engineSurfaces;

/** The coach's language for a browser language tag ("nl-BE", "ro_RO"), or null if it has none. */
export function coachLocaleFor(uiLanguage: string): UiLocale | null {
  const language = uiLanguage.toLowerCase().split(/[-_]/)[0];
  return uiLocales.find((locale) => locale === language) ?? null;
}

export interface AppSettings {
  engine: Settings;
  surfaces: Record<Surface, boolean>;
  account: 'free' | 'premium';
  /** Findings only in the toolbar badge and popup; no LinkedIn DOM is touched. */
  zeroFootprint: boolean;
  syncEnabled: boolean;
  /**
   * Keep the opening (140 characters) of each message received, or only that one arrived and when.
   * Per device, like syncEnabled: it says what this browser stores.
   */
  receivedSnippets: boolean;
  /**
   * The invitation meter: LinkedIn restricts accounts that send too many connection invitations in
   * a week (about 100, users report). Rapport warns from warnAt; both are the user's to set.
   */
  invitations: { warnAt: number; limit: number };
  updatedAt: number;
}

export const INVITATION_BOUNDS = { min: 1, max: 1000 } as const;

/** What is mirrored to storage.sync when syncEnabled; syncEnabled and receivedSnippets stay per device. */
export type SyncedSettings = Pick<AppSettings, 'engine' | 'surfaces' | 'account' | 'zeroFootprint' | 'updatedAt'>;

export function defaultAppSettings(): AppSettings {
  return {
    engine: defaultSettings(),
    surfaces: { message: true, 'invite-note': true, inmail: true },
    account: 'free',
    zeroFootprint: false,
    syncEnabled: false,
    receivedSnippets: true,
    invitations: { warnAt: 80, limit: 100 },
    updatedAt: 0,
  };
}

function own(input: unknown, key: string): unknown {
  return typeof input === 'object' && input !== null && Object.prototype.hasOwnProperty.call(input, key)
    ? (input as Record<string, unknown>)[key]
    : undefined;
}

/**
 * Never throws: each field that is missing or wrong falls back to its default and is named in
 * `issues`. Only own properties are read, so `__proto__`/`constructor` keys in stored or imported
 * JSON are inert.
 */
export function parseAppSettings(input: unknown): { settings: AppSettings; issues: string[] } {
  const settings = defaultAppSettings();
  const issues: string[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { settings, issues: ['settings: expected an object'] };
  }
  const engine = parseSettings(own(input, 'engine'));
  settings.engine = engine.settings;
  issues.push(...engine.issues.map((issue) => `engine.${issue}`));

  const surfaces = own(input, 'surfaces');
  if (surfaces !== undefined) {
    if (typeof surfaces !== 'object' || surfaces === null) issues.push('surfaces: expected an object');
    else {
      for (const surface of SURFACES) {
        const on = own(surfaces, surface);
        if (typeof on === 'boolean') settings.surfaces[surface] = on;
        else if (on !== undefined) issues.push(`surfaces.${surface}: expected true or false`);
      }
    }
  }

  const account = own(input, 'account');
  if (account === 'free' || account === 'premium') settings.account = account;
  else if (account !== undefined) issues.push('account: expected "free" or "premium"');

  for (const key of ['zeroFootprint', 'syncEnabled', 'receivedSnippets'] as const) {
    const value = own(input, key);
    if (typeof value === 'boolean') settings[key] = value;
    else if (value !== undefined) issues.push(`${key}: expected true or false`);
  }

  const invitations = own(input, 'invitations');
  if (invitations !== undefined) {
    const whole = (key: 'warnAt' | 'limit'): number | undefined => {
      const value = own(invitations, key);
      if (value === undefined) return undefined;
      if (typeof value === 'number' && Number.isInteger(value) && value >= INVITATION_BOUNDS.min && value <= INVITATION_BOUNDS.max) return value;
      issues.push(`invitations.${key}: expected a whole number from ${INVITATION_BOUNDS.min} to ${INVITATION_BOUNDS.max}`);
      return undefined;
    };
    const limit = whole('limit') ?? settings.invitations.limit;
    const warnAt = whole('warnAt') ?? settings.invitations.warnAt;
    if (warnAt > limit) issues.push('invitations.warnAt: must not be above the limit');
    else settings.invitations = { warnAt, limit };
  }

  const updatedAt = own(input, 'updatedAt');
  if (typeof updatedAt === 'number' && Number.isFinite(updatedAt) && updatedAt >= 0) settings.updatedAt = updatedAt;
  else if (updatedAt !== undefined) issues.push('updatedAt: expected a time in milliseconds');

  return { settings, issues };
}

export function syncedPart(settings: AppSettings): SyncedSettings {
  const { engine, surfaces, account, zeroFootprint, updatedAt } = settings;
  return { engine, surfaces, account, zeroFootprint, updatedAt };
}
