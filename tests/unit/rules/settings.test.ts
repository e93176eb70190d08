import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings, ruleCatalog, settingsSchema } from '../../../src/rules/settings';

describe('ruleCatalog', () => {
  it('lists the nine rules with sane threshold metadata', () => {
    expect(ruleCatalog.map((m) => m.id)).toEqual([
      'early-pitch', 'assumed-closeness', 'no-consent-signup', 'ask-without-give',
      'unfilled-placeholder', 'invite-note-too-long', 'link-in-first-contact', 'copy-paste-blast', 'boundary',
    ]);
    for (const meta of ruleCatalog) {
      for (const t of meta.thresholds) {
        expect(t.min).toBeLessThanOrEqual(t.default);
        expect(t.default).toBeLessThanOrEqual(t.max);
        expect(t.step).toBeGreaterThan(0);
      }
    }
  });

  it('carries the agreed defaults', () => {
    const th = (id: string, key: string): number | undefined =>
      ruleCatalog.find((m) => m.id === id)?.thresholds.find((t) => t.key === key)?.default;
    expect(th('early-pitch', 'youngDays')).toBe(30);
    expect(th('early-pitch', 'repliesNeeded')).toBe(2);
    expect(th('copy-paste-blast', 'blastCount')).toBe(5);
    expect(th('copy-paste-blast', 'blastWindowDays')).toBe(30);
    expect(th('invite-note-too-long', 'freeLimit')).toBe(200);
    expect(th('invite-note-too-long', 'premiumLimit')).toBe(300);
  });
});

describe('parseSettings', () => {
  it('accepts the defaults unchanged and without complaint', () => {
    expect(parseSettings(defaultSettings())).toEqual({ settings: defaultSettings(), issues: [] });
    expect(v.is(settingsSchema(), defaultSettings())).toBe(true);
  });

  it('falls back per field and names each reason', () => {
    const { settings, issues } = parseSettings({
      locale: 'tlh',
      allowlist: ['fine', '', 42, 'fine'],
      rules: {
        'early-pitch': { enabled: 'yes', severity: 'fatal', thresholds: { youngDays: 9999, repliesNeeded: 3, bogus: 1 }, extraPhrases: 'demo' },
        'invite-note-too-long': { extraPhrases: ['x'] },
        'no-such-rule': {},
      },
      theme: 'dark',
    });
    expect(settings.locale).toBe('en');
    expect(settings.allowlist).toEqual(['fine']);
    expect(settings.rules['early-pitch']).toEqual({ enabled: true, severity: 'warning', thresholds: { youngDays: 30, repliesNeeded: 3 }, extraPhrases: [] });
    expect(settings.rules['invite-note-too-long'].extraPhrases).toEqual([]);
    const reasons = issues.join('\n');
    for (const path of ['theme', 'locale', 'allowlist[1]', 'allowlist[2]', 'rules.no-such-rule', 'rules.early-pitch.enabled',
      'rules.early-pitch.severity', 'rules.early-pitch.thresholds.youngDays', 'rules.early-pitch.thresholds.bogus',
      'rules.early-pitch.extraPhrases', 'rules.invite-note-too-long.extraPhrases']) {
      expect(reasons).toContain(`${path}:`);
    }
  });

  it('keeps valid user choices', () => {
    const { settings, issues } = parseSettings({ locale: 'ro', allowlist: ['  as we discussed  '], rules: { 'copy-paste-blast': { severity: 'warning', thresholds: { blastCount: 3 } } } });
    expect(issues).toEqual([]);
    expect(settings.locale).toBe('ro');
    expect(settings.allowlist).toEqual(['as we discussed']);
    expect(settings.rules['copy-paste-blast'].severity).toBe('warning');
    expect(settings.rules['copy-paste-blast'].thresholds.blastCount).toBe(3);
    expect(settings.rules['copy-paste-blast'].thresholds.similarityPercent).toBe(70);
  });

  it('never throws, whatever it is given', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "rules": {"__proto__": {"enabled": false}, "early-pitch": null}}') as unknown;
    for (const input of [null, 42, 'x', [], hostile, { rules: [] }, { rules: { 'early-pitch': { thresholds: [] } } }, Symbol('s'), () => 1]) {
      expect(() => parseSettings(input)).not.toThrow();
    }
    expect(parseSettings(hostile).settings).toEqual(defaultSettings());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parseSettings(null).issues).toEqual(['expected an object; using defaults']);
    expect(parseSettings(undefined).issues).toEqual([]);
  });
});
