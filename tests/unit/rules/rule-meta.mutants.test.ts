import { beforeEach, describe, expect, it } from 'vitest';
import { ctx } from './context';
import { freshRuleModules, type Engine, type Settings } from './fresh-modules';

let settings: Settings;
let engine: Engine;
beforeEach(async () => {
  // The locale, severity and surface lists too are evaluated with their modules.
  ({ settings, engine } = await freshRuleModules());
});

// toStrictEqual where a rule has no thresholds: a threshold without a key would read as { undefined: undefined }.
describe('rule metadata: defaults the options page shows and the engine applies', () => {
  it('unfilled-placeholder: an error, no thresholds, phrases of its own', () => {
    expect(settings.defaultSettings().rules['unfilled-placeholder']).toStrictEqual({ enabled: true, severity: 'error', thresholds: {}, extraPhrases: [] });
  });

  it('invite-note-too-long: an error at 200 characters, 300 on premium', () => {
    expect(settings.defaultSettings().rules['invite-note-too-long']).toEqual({
      enabled: true, severity: 'error', thresholds: { freeLimit: 200, premiumLimit: 300 }, extraPhrases: [],
    });
  });

  it('link-in-first-contact: a hint, no thresholds', () => {
    expect(settings.defaultSettings().rules['link-in-first-contact']).toStrictEqual({ enabled: true, severity: 'info', thresholds: {}, extraPhrases: [] });
  });

  it('copy-paste-blast: a hint at 5 recent copies 70 % alike of 8 words or more within 30 days', () => {
    expect(settings.defaultSettings().rules['copy-paste-blast']).toEqual({
      enabled: true, severity: 'info', thresholds: { blastCount: 5, similarityPercent: 70, minWords: 8, blastWindowDays: 30 }, extraPhrases: [],
    });
  });

  it('takes each threshold within its bounds and refuses it past them', () => {
    const rules = {
      'invite-note-too-long': { thresholds: { freeLimit: 50, premiumLimit: 1000 } },
      'copy-paste-blast': { thresholds: { blastCount: 50, similarityPercent: 50, minWords: 100, blastWindowDays: 365 } },
    };
    const inside = settings.parseSettings({ rules });
    expect(inside.issues).toEqual([]);
    expect(inside.settings.rules['invite-note-too-long'].thresholds).toEqual({ freeLimit: 50, premiumLimit: 1000 });
    expect(inside.settings.rules['copy-paste-blast'].thresholds).toEqual({ blastCount: 50, similarityPercent: 50, minWords: 100, blastWindowDays: 365 });
    const outside = settings.parseSettings({ rules: {
      'invite-note-too-long': { thresholds: { freeLimit: 49, premiumLimit: 1001 } },
      'copy-paste-blast': { thresholds: { blastCount: 1, similarityPercent: 101, minWords: 2, blastWindowDays: 0 } },
    } });
    expect(outside.issues.map((issue) => issue.split(':')[0])).toEqual([
      'rules.invite-note-too-long.thresholds.freeLimit', 'rules.invite-note-too-long.thresholds.premiumLimit',
      'rules.copy-paste-blast.thresholds.blastCount', 'rules.copy-paste-blast.thresholds.similarityPercent',
      'rules.copy-paste-blast.thresholds.minWords', 'rules.copy-paste-blast.thresholds.blastWindowDays',
    ]);
  });

  it('the note, link and blast rules take no phrases; the placeholder rule does', () => {
    const rules = Object.fromEntries(['invite-note-too-long', 'link-in-first-contact', 'copy-paste-blast', 'unfilled-placeholder']
      .map((id) => [id, { extraPhrases: ['zorblax'] }]));
    const { settings: parsed, issues } = settings.parseSettings({ rules });
    expect(issues).toEqual([
      'rules.invite-note-too-long.extraPhrases: this rule takes no phrases; dropped',
      'rules.link-in-first-contact.extraPhrases: this rule takes no phrases; dropped',
      'rules.copy-paste-blast.extraPhrases: this rule takes no phrases; dropped',
    ]);
    expect(parsed.rules['unfilled-placeholder'].extraPhrases).toEqual(['zorblax']);
  });

  it('a phrase the user adds to the placeholder rule is flagged as a placeholder', () => {
    engine.useModel(null);
    engine.useLexicons({ en: { placeholder: ['name'] } });
    const chosen = settings.parseSettings({ rules: { 'unfilled-placeholder': { extraPhrases: ['zorblax'] } } }).settings;
    const found = engine.analyze('Hi ZORBLAX, hello.', ctx(), chosen).filter((f) => f.rule === 'unfilled-placeholder');
    expect(found.map((f) => [f.start, f.end, f.severity])).toEqual([[3, 10, 'error']]);
  });
});

describe('the locales, severities and surfaces a setting may name', () => {
  it('every coach language and severity is accepted, anything else refused', () => {
    for (const locale of ['en', 'nl', 'sv', 'ro', 'de', 'fr', 'es']) {
      expect(settings.parseSettings({ locale }), locale).toMatchObject({ settings: { locale }, issues: [] });
    }
    for (const severity of ['info', 'warning', 'error']) {
      expect(settings.parseSettings({ rules: { boundary: { severity } } }), severity).toMatchObject({ settings: { rules: { boundary: { severity } } }, issues: [] });
    }
    expect(settings.parseSettings({ locale: 'it', rules: { boundary: { severity: 'fatal' } } }).issues).toHaveLength(2);
  });

  it('each surface can be switched off', async () => {
    const app = await import('../../../src/shared/settings');
    expect(app.SURFACES).toEqual(['message', 'invite-note', 'inmail']);
    const { settings: parsed, issues } = app.parseAppSettings({ surfaces: { message: false, 'invite-note': false, inmail: false } });
    expect(issues).toEqual([]);
    expect(parsed.surfaces).toEqual({ message: false, 'invite-note': false, inmail: false });
  });

  it('the committed phrase lists hold the seven languages, in the order shared phrases are listed', async () => {
    const { defaultLexicons } = await import('../../../src/rules/lexicon/default');
    expect(Object.keys(defaultLexicons)).toEqual(['en', 'nl', 'sv', 'ro', 'de', 'fr', 'es']);
  });
});
