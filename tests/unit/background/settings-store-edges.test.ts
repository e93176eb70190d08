import { describe, expect, it } from 'vitest';
import { createSettingsStore } from '../../../src/background/settings-store';
import { defaultAppSettings, SETTINGS_KEY, syncedPart } from '../../../src/shared/settings';
import { FakeArea } from './fake-deps';

function store(t = 1000) {
  const local = new FakeArea();
  const sync = new FakeArea();
  const logs: string[] = [];
  return { local, sync, logs, settings: createSettingsStore(local, sync, () => t, (l) => logs.push(l)) };
}

describe('settings store: the edges', () => {
  it('stored settings with invalid fields are read with defaults there, and the count is logged; valid ones log nothing', async () => {
    const s = store();
    expect((await s.settings.get()).account).toBe('free');
    expect(s.logs).toEqual([]);
    await s.local.set({ [SETTINGS_KEY]: { ...defaultAppSettings(), account: 'gold', zeroFootprint: 'yes' } });
    expect(await s.settings.get()).toMatchObject({ account: 'free', zeroFootprint: false });
    expect(s.logs).toEqual(['stored settings had 2 invalid field(s); defaults used for those']);
    await s.local.set({ [SETTINGS_KEY]: { ...defaultAppSettings(), account: 'premium' } });
    expect((await s.settings.get()).account).toBe('premium');
    expect(s.logs).toHaveLength(1);
  });

  it('a save stamps the current time when it is later than the copy it replaces', async () => {
    const s = store(5000);
    const { settings } = await s.settings.set({ ...defaultAppSettings(), updatedAt: 10 });
    expect(settings.updatedAt).toBe(5000);
    expect(JSON.parse(s.local.data.get(SETTINGS_KEY) ?? '{}')).toMatchObject({ updatedAt: 5000 });
  });

  it('a refused sync copy is logged without its reason text', async () => {
    const s = store();
    s.sync.failWith = new Error('quota');
    await s.settings.set({ ...defaultAppSettings(), syncEnabled: true });
    expect(s.logs).toEqual(['storage.sync refused the settings copy']);
  });

  it('adopts nothing that is not an object, nothing as old as what it has, and logs an invalid copy', async () => {
    const s = store();
    const { settings } = await s.settings.set({ ...defaultAppSettings(), syncEnabled: true });
    for (const value of [null, undefined, 'settings', 42]) expect(await s.settings.adoptSynced(value)).toBe(false);
    const same = { ...syncedPart(settings), account: 'premium' };
    expect(await s.settings.adoptSynced(same)).toBe(false);
    expect(s.logs).toEqual([]);
    expect(await s.settings.adoptSynced({ ...same, account: 'gold', updatedAt: settings.updatedAt + 10 })).toBe(false);
    expect(s.logs).toEqual(['ignored synced settings with 1 invalid field(s)']);
    expect((await s.settings.get()).account).toBe('free');
  });

  it('an adopted copy keeps sync on, whatever the copy says about it', async () => {
    const s = store();
    const { settings } = await s.settings.set({ ...defaultAppSettings(), syncEnabled: true });
    expect(await s.settings.adoptSynced({ ...syncedPart(settings), syncEnabled: false, updatedAt: settings.updatedAt + 1 })).toBe(true);
    expect((await s.settings.get()).syncEnabled).toBe(true);
  });

  it('a browser language Rapport does not speak keeps the default coach language', async () => {
    const s = store();
    await s.settings.ensureInitialised('ja-JP');
    expect((await s.settings.get()).engine.locale).toBe(defaultAppSettings().engine.locale);
    expect(s.local.data.has(SETTINGS_KEY)).toBe(true);
  });
});
