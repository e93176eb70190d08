import { beforeEach, describe, expect, it } from 'vitest';
import { ctx } from './context';
import { freshRuleModules, type Engine, type Settings } from './fresh-modules';

describe('early-pitch: what the options page and the engine read of it', () => {
  let settings: Settings;
  let engine: Engine;
  beforeEach(async () => {
    ({ settings, engine } = await freshRuleModules());
  });

  it('warns by default, young for 30 days or until 2 replies, and takes phrases of its own', () => {
    expect(settings.defaultSettings().rules['early-pitch']).toEqual({
      enabled: true, severity: 'warning', thresholds: { youngDays: 30, repliesNeeded: 2 }, extraPhrases: [],
    });
    const { settings: parsed, issues } = settings.parseSettings({
      rules: { 'early-pitch': { thresholds: { youngDays: 365, repliesNeeded: 20 }, extraPhrases: ['zorblax widgets'] } },
    });
    expect(issues).toEqual([]);
    expect(parsed.rules['early-pitch']).toMatchObject({ thresholds: { youngDays: 365, repliesNeeded: 20 }, extraPhrases: ['zorblax widgets'] });
  });

  it('refuses a young period past a year and more than 20 replies, naming each', () => {
    const { settings: parsed, issues } = settings.parseSettings({ rules: { 'early-pitch': { thresholds: { youngDays: 366, repliesNeeded: 21 } } } });
    expect(parsed.rules['early-pitch'].thresholds).toEqual({ youngDays: 30, repliesNeeded: 2 });
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatch(/^rules\.early-pitch\.thresholds\.youngDays: .*; using 30$/u);
    expect(issues[1]).toMatch(/^rules\.early-pitch\.thresholds\.repliesNeeded: .*; using 2$/u);
  });

  it('flags a phrase the user added as a pitch', () => {
    engine.useModel(null);
    engine.useLexicons({ en: { pitch: ['quux gadgets'] } });
    const chosen = settings.parseSettings({ rules: { 'early-pitch': { extraPhrases: ['zorblax widgets'] } } }).settings;
    const found = engine.analyze('Zorblax widgets for your team.', ctx({ connectedDaysAgo: 2 }), chosen).filter((f) => f.rule === 'early-pitch');
    expect(found.map((f) => [f.start, f.end, f.severity])).toEqual([[0, 15, 'warning']]);
  });
});
