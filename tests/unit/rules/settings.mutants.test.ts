import { describe, expect, it } from 'vitest';
import { defaultSettings, MAX_PHRASES, parseSettings } from '../../../src/rules/settings';

describe('parseSettings names each fallback exactly', () => {
  it('unknown settings, rules, fields and thresholds are ignored, each named with what it is', () => {
    const { settings, issues } = parseSettings({
      theme: 'dark',
      rules: { 'no-such-rule': {}, boundary: { colour: 'red' }, 'copy-paste-blast': { thresholds: { bogus: 1 } } },
    });
    expect(settings).toEqual(defaultSettings());
    expect(issues).toEqual([
      'theme: unknown setting; ignored',
      'rules.no-such-rule: unknown rule; ignored',
      'rules.copy-paste-blast.thresholds.bogus: unknown threshold; ignored',
      'rules.boundary.colour: unknown field; ignored',
    ]);
  });

  it('an invalid value says what it falls back to', () => {
    const { issues } = parseSettings({ locale: 'tlh', rules: { boundary: { enabled: 1, severity: 'loud' }, 'copy-paste-blast': { thresholds: { blastCount: 1 } } } });
    expect(issues).toHaveLength(4);
    expect(issues[0]).toMatch(/^locale: .+; using "en"$/u);
    expect(issues[1]).toMatch(/^rules\.copy-paste-blast\.thresholds\.blastCount: .+; using 5$/u);
    expect(issues[2]).toMatch(/^rules\.boundary\.enabled: .+; using true$/u);
    expect(issues[3]).toMatch(/^rules\.boundary\.severity: .+; using "info"$/u);
  });

  it('a value of the wrong shape at each level falls back to defaults, and says so', () => {
    expect(parseSettings({ rules: 'all' })).toEqual({ settings: defaultSettings(), issues: ['rules: expected an object; using defaults'] });
    expect(parseSettings({ allowlist: 'as we discussed' })).toEqual({ settings: defaultSettings(), issues: ['allowlist: expected a list of phrases; using none'] });
    expect(parseSettings({ rules: { boundary: [true] } })).toEqual({ settings: defaultSettings(), issues: ['rules.boundary: expected an object; using defaults'] });
    const thresholds = parseSettings({ rules: { 'copy-paste-blast': { thresholds: 5 } } });
    expect(thresholds.settings).toEqual(defaultSettings());
    expect(thresholds.issues).toEqual(['rules.copy-paste-blast.thresholds: expected an object; using defaults']);
  });

  it('a threshold out of range falls back to its default while its neighbours keep their values', () => {
    const { settings } = parseSettings({ rules: { 'copy-paste-blast': { thresholds: { blastCount: 51, similarityPercent: 90, minWords: 3 } } } });
    expect(settings.rules['copy-paste-blast'].thresholds).toEqual({ blastCount: 5, similarityPercent: 90, minWords: 3, blastWindowDays: 30 });
    const edges = parseSettings({ rules: { 'copy-paste-blast': { thresholds: { blastCount: 50, similarityPercent: 50 } } } });
    expect(edges.issues).toEqual([]);
    expect(edges.settings.rules['copy-paste-blast'].thresholds).toMatchObject({ blastCount: 50, similarityPercent: 50 });
    expect(parseSettings({ rules: { 'copy-paste-blast': { thresholds: { blastCount: Infinity } } } }).settings.rules['copy-paste-blast'].thresholds.blastCount).toBe(5);
  });
});

describe('parseSettings: phrase lists', () => {
  const list = (n: number): string[] => Array.from({ length: n }, (_, i) => `phrase ${i}`);

  it(`keeps ${MAX_PHRASES} phrases and drops each one past them, by its position`, () => {
    expect(parseSettings({ allowlist: list(MAX_PHRASES) })).toEqual({ settings: { ...defaultSettings(), allowlist: list(MAX_PHRASES) }, issues: [] });
    const over = parseSettings({ allowlist: list(MAX_PHRASES + 2) });
    expect(over.settings.allowlist).toEqual(list(MAX_PHRASES));
    expect(over.issues).toEqual([
      `allowlist[${MAX_PHRASES}]: more than ${MAX_PHRASES} phrases; dropped`,
      `allowlist[${MAX_PHRASES + 1}]: more than ${MAX_PHRASES} phrases; dropped`,
    ]);
  });

  it('a repeated phrase is kept once, quietly; an invalid one is dropped by its position and reason', () => {
    const { settings, issues } = parseSettings({ allowlist: ['as we discussed', ' as we discussed ', '   ', 'x'.repeat(201)] });
    expect(settings.allowlist).toEqual(['as we discussed']);
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatch(/^allowlist\[2\]: .+; dropped$/u);
    expect(issues[1]).toMatch(/^allowlist\[3\]: .+; dropped$/u);
  });

  it('a rule that takes phrases keeps them; one that takes none drops them, and an empty list is no complaint', () => {
    const { settings, issues } = parseSettings({ rules: { 'unfilled-placeholder': { extraPhrases: ['XXX'] }, boundary: { extraPhrases: [] } } });
    expect(settings.rules['unfilled-placeholder'].extraPhrases).toEqual(['XXX']);
    expect(issues).toEqual([]);
    const refused = parseSettings({ rules: { boundary: { extraPhrases: ['away'] } } });
    expect(refused.settings.rules.boundary.extraPhrases).toEqual([]);
    expect(refused.issues).toEqual(['rules.boundary.extraPhrases: this rule takes no phrases; dropped']);
  });
});

describe('parseSettings reads own properties only', () => {
  it('a value inherited from a prototype is not a setting', () => {
    const inherited = Object.create({ locale: 'ro', allowlist: ['x'] }) as object;
    expect(parseSettings(inherited)).toEqual({ settings: defaultSettings(), issues: [] });
    const rule = Object.create({ enabled: false }) as object;
    expect(parseSettings({ rules: { boundary: rule } }).settings.rules.boundary.enabled).toBe(true);
  });
});
