import * as v from 'valibot';
import { ruleCatalog } from './catalog';
import { once } from './once';
import { severities, uiLocales, type RuleId, type RuleMeta, type Severity, type ThresholdMeta, type UiLocale } from './types';

export { ruleCatalog } from './catalog';
export type { UiLocale } from './types';

export interface RuleSettings {
  enabled: boolean;
  severity: Severity;
  thresholds: Record<string, number>;
  extraPhrases: string[];
}

export interface Settings {
  locale: UiLocale;
  /** Phrases that never fire: a finding whose evidence lies inside one of them is dropped. */
  allowlist: string[];
  rules: Record<RuleId, RuleSettings>;
}

export const MAX_PHRASES = 500;
// Built on first use: the content script loads this module on every LinkedIn page.
const schemas = once(() => {
  const phrase = v.pipe(v.string(), v.trim(), v.minLength(1, 'empty phrase'), v.maxLength(200, 'phrase longer than 200 characters'));
  return {
    phrase,
    phraseList: v.pipe(v.array(phrase), v.maxLength(MAX_PHRASES)),
    locale: v.picklist(uiLocales),
    severity: v.picklist(severities),
    enabled: v.boolean(),
  };
});

function thresholdSchema(t: ThresholdMeta) {
  return v.pipe(v.number(), v.finite(), v.minValue(t.min), v.maxValue(t.max));
}

function ruleSchema(meta: RuleMeta) {
  const { enabled, severity, phraseList } = schemas();
  return v.object({
    enabled,
    severity,
    thresholds: v.object(Object.fromEntries(meta.thresholds.map((t) => [t.key, thresholdSchema(t)]))),
    extraPhrases: meta.phrases ? phraseList : v.pipe(v.array(v.string()), v.maxLength(0)),
  });
}

/** The exact shape of valid settings, for callers that validate whole objects (import, sync); built on the first call. */
export const settingsSchema = once(() => v.object({
  locale: schemas().locale,
  allowlist: schemas().phraseList,
  rules: v.object(Object.fromEntries(ruleCatalog.map((meta) => [meta.id, ruleSchema(meta)]))),
}));

function defaultRule(meta: RuleMeta): RuleSettings {
  return {
    enabled: true,
    severity: meta.defaultSeverity,
    thresholds: Object.fromEntries(meta.thresholds.map((t) => [t.key, t.default])),
    extraPhrases: [],
  };
}

export function defaultSettings(): Settings {
  return {
    locale: 'en',
    allowlist: [],
    rules: Object.fromEntries(ruleCatalog.map((meta) => [meta.id, defaultRule(meta)])) as Record<RuleId, RuleSettings>,
  };
}

type Issues = string[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own properties only, so "__proto__" or "constructor" keys in stored JSON stay inert. */
function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function reportUnknown(record: Record<string, unknown>, known: readonly string[], path: string, what: string, issues: Issues): void {
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) issues.push(`${path}${key}: unknown ${what}; ignored`);
  }
}

function field<T>(schema: v.GenericSchema<unknown, T>, value: unknown, fallback: T, path: string, issues: Issues): T {
  if (value === undefined) return fallback;
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  issues.push(`${path}: ${result.issues[0].message}; using ${JSON.stringify(fallback)}`);
  return fallback;
}

/** Keeps every valid phrase of a list and names each one dropped. */
function phrases(value: unknown, path: string, issues: Issues): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    issues.push(`${path}: expected a list of phrases; using none`);
    return [];
  }
  const kept: string[] = [];
  value.forEach((item: unknown, i) => {
    const result = v.safeParse(schemas().phrase, item);
    if (!result.success) issues.push(`${path}[${i}]: ${result.issues[0].message}; dropped`);
    else if (kept.length >= MAX_PHRASES) issues.push(`${path}[${i}]: more than ${MAX_PHRASES} phrases; dropped`);
    else if (!kept.includes(result.output)) kept.push(result.output);
  });
  return kept;
}

function parseRule(meta: RuleMeta, input: unknown, issues: Issues): RuleSettings {
  const path = `rules.${meta.id}`;
  const rule = defaultRule(meta);
  if (input === undefined) return rule;
  if (!isRecord(input)) {
    issues.push(`${path}: expected an object; using defaults`);
    return rule;
  }
  reportUnknown(input, ['enabled', 'severity', 'thresholds', 'extraPhrases'], `${path}.`, 'field', issues);
  rule.enabled = field(schemas().enabled, own(input, 'enabled'), rule.enabled, `${path}.enabled`, issues);
  rule.severity = field(schemas().severity, own(input, 'severity'), rule.severity, `${path}.severity`, issues);
  const thresholds = own(input, 'thresholds');
  if (isRecord(thresholds)) {
    reportUnknown(thresholds, meta.thresholds.map((t) => t.key), `${path}.thresholds.`, 'threshold', issues);
    for (const t of meta.thresholds) {
      rule.thresholds[t.key] = field(thresholdSchema(t), own(thresholds, t.key), t.default, `${path}.thresholds.${t.key}`, issues);
    }
  } else if (thresholds !== undefined) {
    issues.push(`${path}.thresholds: expected an object; using defaults`);
  }
  const extra = phrases(own(input, 'extraPhrases'), `${path}.extraPhrases`, issues);
  if (meta.phrases) rule.extraPhrases = extra;
  else if (extra.length > 0) issues.push(`${path}.extraPhrases: this rule takes no phrases; dropped`);
  return rule;
}

/** Never throws: each missing or invalid field falls back to its default, and each fallback is named. */
export function parseSettings(input: unknown): { settings: Settings; issues: string[] } {
  const issues: Issues = [];
  const settings = defaultSettings();
  if (input === undefined) return { settings, issues };
  if (!isRecord(input)) return { settings, issues: ['expected an object; using defaults'] };
  reportUnknown(input, ['locale', 'allowlist', 'rules'], '', 'setting', issues);
  settings.locale = field(schemas().locale, own(input, 'locale'), settings.locale, 'locale', issues);
  settings.allowlist = phrases(own(input, 'allowlist'), 'allowlist', issues);
  const rules = own(input, 'rules');
  if (isRecord(rules)) {
    reportUnknown(rules, ruleCatalog.map((meta) => meta.id), 'rules.', 'rule', issues);
    for (const meta of ruleCatalog) settings.rules[meta.id] = parseRule(meta, own(rules, meta.id), issues);
  } else if (rules !== undefined) {
    issues.push('rules: expected an object; using defaults');
  }
  return { settings, issues };
}
