import { describe, expect, it } from 'vitest';
import { createSettingsStore } from '../../../src/background/settings-store';
import { defaultAppSettings, SETTINGS_KEY, syncedPart } from '../../../src/shared/settings';
import { FakeArea } from './fake-deps';

function store(now = { t: 1000 }) {
  const local = new FakeArea();
  const sync = new FakeArea();
  const logs: string[] = [];
  return { local, sync, logs, now, settings: createSettingsStore(local, sync, () => now.t, (l) => logs.push(l)) };
}

describe('settings store', () => {
  it('writes defaults once so every context finds settings to read', async () => {
    const s = store();
    await s.settings.ensureInitialised('en-US');
    expect(JSON.parse(s.local.data.get(SETTINGS_KEY) ?? 'null')).toEqual(defaultAppSettings());
    await s.settings.set({ ...defaultAppSettings(), account: 'premium' });
    await s.settings.ensureInitialised('en-US');
    expect((await s.settings.get()).account).toBe('premium');
  });

  it('a new install coaches in the browser\'s language when it is one of the seven, else English', async () => {
    for (const [ui, locale] of [['nl-BE', 'nl'], ['sv', 'sv'], ['ro_RO', 'ro'], ['pt-BR', 'en']] as const) {
      const s = store();
      await s.settings.ensureInitialised(ui);
      expect((await s.settings.get()).engine.locale, ui).toBe(locale);
    }
    const chosen = store();
    await chosen.settings.set({ ...defaultAppSettings(), engine: { ...defaultAppSettings().engine, locale: 'de' } });
    await chosen.settings.ensureInitialised('fr-FR');
    expect((await chosen.settings.get()).engine.locale).toBe('de');
  });

  it('mirrors to storage.sync only when sync is on, without the per-device syncEnabled', async () => {
    const s = store();
    await s.settings.set({ ...defaultAppSettings(), zeroFootprint: true });
    expect(s.sync.data.size).toBe(0);
    const { settings } = await s.settings.set({ ...defaultAppSettings(), syncEnabled: true, account: 'premium' });
    expect(JSON.parse(s.sync.data.get(SETTINGS_KEY) ?? 'null')).toEqual(syncedPart(settings));
    expect(JSON.parse(s.sync.data.get(SETTINGS_KEY) ?? '{}')).not.toHaveProperty('syncEnabled');
  });

  it('adopts a newer synced copy (last change wins) and ignores an older or invalid one', async () => {
    const s = store();
    await s.settings.set({ ...defaultAppSettings(), syncEnabled: true });
    const newer = { ...syncedPart(defaultAppSettings()), account: 'premium', updatedAt: 5000 };
    expect(await s.settings.adoptSynced(newer)).toBe(true);
    expect(await s.settings.get()).toMatchObject({ account: 'premium', syncEnabled: true, updatedAt: 5000 });
    expect(await s.settings.adoptSynced({ ...newer, account: 'free', updatedAt: 4000 })).toBe(false);
    expect(await s.settings.adoptSynced({ ...newer, account: 'gold', updatedAt: 9000 })).toBe(false);
    expect((await s.settings.get()).account).toBe('premium');
  });

  it('with sync off, nothing from storage.sync is adopted', async () => {
    const s = store();
    await s.settings.set(defaultAppSettings());
    expect(await s.settings.adoptSynced({ ...syncedPart(defaultAppSettings()), account: 'premium', updatedAt: 1e12 })).toBe(false);
  });

  it('a sync quota failure keeps the local save and is reported, not swallowed', async () => {
    const s = store();
    s.sync.failWith = new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    const result = await s.settings.set({ ...defaultAppSettings(), syncEnabled: true, account: 'premium' });
    expect(result.syncError).toMatch(/QUOTA_BYTES_PER_ITEM/u);
    expect((await s.settings.get()).account).toBe('premium');
  });

  it('every save moves updatedAt forward, even within one millisecond', async () => {
    const s = store({ t: 1000 });
    const a = await s.settings.set(defaultAppSettings());
    const b = await s.settings.set(a.settings);
    expect(b.settings.updatedAt).toBeGreaterThan(a.settings.updatedAt);
  });
});
