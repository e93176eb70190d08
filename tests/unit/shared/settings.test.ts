import { describe, expect, it } from 'vitest';
import { defaultAppSettings, parseAppSettings } from '../../../src/shared/settings';

describe('app settings', () => {
  it('defaults parse back to themselves with no issues', () => {
    expect(parseAppSettings(JSON.parse(JSON.stringify(defaultAppSettings())))).toEqual({ settings: defaultAppSettings(), issues: [] });
  });

  it('each bad field falls back to its default and is named; good fields are kept', () => {
    const { settings, issues } = parseAppSettings({ account: 'gold', zeroFootprint: true, surfaces: { inmail: false, message: 'yes' }, updatedAt: -5 });
    expect(settings).toMatchObject({ account: 'free', zeroFootprint: true, surfaces: { message: true, 'invite-note': true, inmail: false }, updatedAt: 0 });
    expect(issues).toEqual(['surfaces.message: expected true or false', 'account: expected "free" or "premium"', 'updatedAt: expected a time in milliseconds']);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [null, undefined, 5, 'x', [], [1], Object.create(null), JSON.parse('{"__proto__":{"account":"premium"}}')]) {
      const { settings, issues } = parseAppSettings(input);
      expect(settings.account).toBe('free');
      expect(Array.isArray(issues)).toBe(true);
    }
  });

  it('engine issues are reported under engine.', () => {
    expect(parseAppSettings({ engine: { locale: 'xx' } }).issues[0]).toMatch(/^engine\.locale/u);
  });
});
