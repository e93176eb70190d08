import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseInput, type CheckInput } from '../../src/cli/input';
import { analyze, useLexicons, useModel } from '../../src/rules/engine';
import { defaultLexicons } from '../../src/rules/lexicon/default';
import { defaultModel } from '../../src/rules/model/default';
import { ruleCatalog } from '../../src/rules/settings';
import type { RuleId } from '../../src/rules/types';

useLexicons(defaultLexicons);

/**
 * Corpus v2 (corpus-spec): `train/<lang>.jsonl` is what cues and the model may learn from;
 * `holdout/<lang>.jsonl`, written by other hands and pinned in `holdout.pins`, is only ever
 * scored in aggregate. Nothing here prints a held-out line.
 */
export type Part = 'train' | 'holdout';

export interface Sample {
  id: string;
  file: string;
  line: number;
  lang: string;
  origin: string;
  pair: string | null;
  labels: RuleId[];
  input: CheckInput;
}

export const corpusDir = fileURLToPath(new URL('.', import.meta.url));
export const pinsFile = `${corpusDir}holdout.pins`;
const ruleIds = new Set<string>(ruleCatalog.map((meta) => meta.id));

interface RawLine { id?: unknown; origin?: unknown; lang?: unknown; pair?: unknown; labels?: unknown }

/** One JSON line to a sample; `where` names the line in errors (never its text). */
export function parseSample(json: string, where: { file: string; line: number; lang: string }): Sample {
  const raw = JSON.parse(json) as RawLine;
  const parsed = parseInput(raw);
  if (!parsed.ok) throw new Error(`${where.file}:${where.line}: ${parsed.error}`);
  const labels = Array.isArray(raw.labels) ? raw.labels.filter((l): l is RuleId => typeof l === 'string' && ruleIds.has(l)) : [];
  if (!Array.isArray(raw.labels) || labels.length !== raw.labels.length) throw new Error(`${where.file}:${where.line}: labels must be rule ids`);
  if (typeof raw.id !== 'string' || raw.id === '') throw new Error(`${where.file}:${where.line}: id must be a non-empty string`);
  return {
    id: raw.id,
    file: where.file,
    line: where.line,
    lang: typeof raw.lang === 'string' ? raw.lang : where.lang,
    origin: typeof raw.origin === 'string' ? raw.origin : 'unknown',
    pair: typeof raw.pair === 'string' || typeof raw.pair === 'number' ? String(raw.pair) : null,
    labels: [...new Set(labels)],
    input: parsed.input,
  };
}

export function loadJsonl(path: string, lang: string): Sample[] {
  const file = path.slice(path.lastIndexOf('/') + 1);
  return readFileSync(path, 'utf8').split('\n')
    .map((json, i) => ({ json, line: i + 1 }))
    .filter(({ json }) => json.trim() !== '')
    .map(({ json, line }) => parseSample(json, { file, line, lang }));
}

export function partExists(part: Part): boolean {
  return existsSync(`${corpusDir}${part}`);
}

/** Every `<lang>.jsonl` of one part, in file order; throws on a malformed line or a repeated id. */
export function loadPart(part: Part): Sample[] {
  const dir = `${corpusDir}${part}`;
  const samples = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()
    .flatMap((f) => loadJsonl(`${dir}/${f}`, f.slice(0, f.indexOf('.'))));
  const seen = new Set<string>();
  for (const s of samples) {
    if (seen.has(s.id)) throw new Error(`${part}/${s.file}:${s.line}: id ${s.id} repeated`);
    seen.add(s.id);
  }
  return samples;
}

export const textHash = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** `id<TAB>sha256(text)` per held-out line, sorted by id: what `npm run corpus:pin` writes. */
export function pinsOf(samples: readonly Sample[]): string {
  return `${samples.map((s) => `${s.id}\t${textHash(s.input.text)}`).sort().join('\n')}\n`;
}

/** What differs between the pins and the held-out lines: ids only, never text. */
export function pinProblems(samples: readonly Sample[], pins: string): string[] {
  const pinned = new Map<string, string>();
  for (const line of pins.split('\n').filter((l) => l.trim() !== '')) {
    const [id = '', hash = ''] = line.split('\t');
    pinned.set(id, hash);
  }
  const problems: string[] = [];
  const present = new Set<string>();
  for (const s of samples) {
    present.add(s.id);
    const hash = pinned.get(s.id);
    if (hash === undefined) problems.push(`${s.id}: not pinned`);
    else if (hash !== textHash(s.input.text)) problems.push(`${s.id}: text differs from its pin`);
  }
  for (const id of pinned.keys()) if (!present.has(id)) problems.push(`${id}: pinned but missing`);
  return problems;
}

export interface Outcome { sample: Sample; predicted: RuleId[] }

export type Analyzer = (input: CheckInput) => readonly { rule: RuleId }[];

/** The engine as shipped: cues and the committed model. */
const engine: Analyzer = (input) => {
  useModel(defaultModel());
  return analyze(input.text, input.context);
};

export function run(samples: readonly Sample[], analyzer: Analyzer = engine): Outcome[] {
  return samples.map((sample) => ({ sample, predicted: [...new Set(analyzer(sample.input).map((f) => f.rule))] }));
}

export interface Score { tp: number; fp: number; fn: number }

export const precision = (s: Score): number => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
export const recall = (s: Score): number => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));
export const f1 = (s: Score): number => (2 * s.tp === 0 ? (s.fp + s.fn === 0 ? 1 : 0) : (2 * s.tp) / (2 * s.tp + s.fp + s.fn));

export const relationshipRules: readonly RuleId[] = ['early-pitch', 'assumed-closeness', 'no-consent-signup', 'ask-without-give'];

export function score(outcomes: readonly Outcome[], rules: readonly RuleId[] = [...ruleIds] as RuleId[]): Score {
  const s: Score = { tp: 0, fp: 0, fn: 0 };
  for (const { sample, predicted } of outcomes) {
    for (const id of rules) {
      const want = sample.labels.includes(id);
      const got = predicted.includes(id);
      if (want && got) s.tp++;
      else if (got) s.fp++;
      else if (want) s.fn++;
    }
  }
  return s;
}

/** Share of clean messages (no labels) that got any finding at all. */
export function cleanFlagged(outcomes: readonly Outcome[]): { flagged: number; clean: number } {
  const clean = outcomes.filter((o) => o.sample.labels.length === 0);
  return { flagged: clean.filter((o) => o.predicted.length > 0).length, clean: clean.length };
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

/**
 * The pair each line belongs to, or null. Writers mark a pair either by giving both lines the same
 * `pair` value or by pointing one line's `pair` at the other's id; both are one group here.
 */
export function pairKeys(samples: readonly Sample[]): (sample: Sample) => string | null {
  const referenced = new Set(samples.map((s) => s.pair).filter((p): p is string => p !== null));
  return (s) => s.pair ?? (referenced.has(s.id) ? s.id : null);
}

/** Lines of one pair (same text, two contexts): a pair is right when every line gets exactly its labels. */
export function pairs(outcomes: readonly Outcome[]): { right: number; total: number } {
  const keyOf = pairKeys(outcomes.map((o) => o.sample));
  const groups = new Map<string, Outcome[]>();
  for (const o of outcomes) {
    const key = keyOf(o.sample);
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  let right = 0;
  let total = 0;
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    total++;
    if (group.every((o) => sameSet(o.predicted, o.sample.labels))) right++;
  }
  return { right, total };
}

/** The floors every scored set is held to (issue 10). */
export interface Floors { perRulePrecision: number; perRuleRecall: number; cleanFlagged: number; perLanguageRecall: number; minLanguagePositives: number }

export const holdoutFloors: Floors = { perRulePrecision: 0.9, perRuleRecall: 0.8, cleanFlagged: 0.05, perLanguageRecall: 0.7, minLanguagePositives: 1 };

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(7);

function row(name: string, s: Score): string {
  return `${name.padEnd(26)} ${String(s.tp + s.fn).padStart(4)} ${pct(precision(s))} ${pct(recall(s))} ${pct(f1(s))}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
}

/** Aggregate figures only: safe to print for the hold-out. */
export function report(outcomes: readonly Outcome[], title: string): string {
  const lines = [`${title}: ${outcomes.length} messages`, `${'rule / language'.padEnd(26)} ${'pos'.padStart(4)} ${'prec'.padStart(7)} ${'recall'.padStart(7)} ${'F1'.padStart(7)}`];
  for (const meta of ruleCatalog) lines.push(row(meta.id, score(outcomes, [meta.id])));
  lines.push(row('relationship rules', score(outcomes, relationshipRules)));
  for (const lang of [...new Set(outcomes.map((o) => o.sample.lang))].sort()) {
    lines.push(row(`lang ${lang}`, score(outcomes.filter((o) => o.sample.lang === lang))));
  }
  lines.push(row('all (micro)', score(outcomes)));
  const fp = cleanFlagged(outcomes);
  lines.push(`clean messages flagged: ${fp.flagged}/${fp.clean} = ${pct(fp.flagged / Math.max(1, fp.clean)).trim()}`);
  const p = pairs(outcomes);
  if (p.total > 0) lines.push(`pairs judged right: ${p.right}/${p.total} = ${pct(p.right / p.total).trim()}`);
  return lines.join('\n');
}

/**
 * The relationship rules and early-pitch per origin (writer), aggregates only: a hold-out pinned in
 * batches by different writers shows here when one batch falls while another hides it in the total.
 */
export function reportByOrigin(outcomes: readonly Outcome[]): string {
  const lines = ['per origin: relationship rules, then early-pitch'];
  for (const origin of [...new Set(outcomes.map((o) => o.sample.origin))].sort()) {
    const mine = outcomes.filter((o) => o.sample.origin === origin);
    const fp = cleanFlagged(mine);
    lines.push(row(origin, score(mine, relationshipRules)), row('  early-pitch', score(mine, ['early-pitch'])),
      `${'  clean flagged'.padEnd(26)} ${fp.flagged}/${fp.clean}`);
  }
  return lines.join('\n');
}

/** Lines per language, per label (clean counted as "clean") and per origin. */
export function counts(samples: readonly Sample[]): string {
  const tally = (keys: (s: Sample) => string[]): string => {
    const c = new Map<string, number>();
    for (const s of samples) for (const k of keys(s)) c.set(k, (c.get(k) ?? 0) + 1);
    return [...c].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k} ${n}`).join(', ');
  };
  return [
    `${samples.length} lines`,
    `per language: ${tally((s) => [s.lang])}`,
    `per label: ${tally((s) => (s.labels.length === 0 ? ['clean'] : s.labels))}`,
    `per origin: ${tally((s) => [s.origin])}`,
  ].join('\n');
}

/** The hold-out's gated figures, by name; rounded so that a file of them diffs cleanly. */
export interface HoldoutFigures { higherIsBetter: Record<string, number>; lowerIsBetter: Record<string, number> }

/** Where the hold-out's figures are recorded (`npm run corpus:pin`): the gate lets none of them fall. */
export const recordedFile = `${corpusDir}holdout.figures.json`;

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

export function holdoutFigures(outcomes: readonly Outcome[], languages: readonly string[]): HoldoutFigures {
  const higherIsBetter: Record<string, number> = {};
  for (const id of ruleIds as Set<RuleId>) {
    const s = score(outcomes, [id]);
    higherIsBetter[`${id} precision`] = round(precision(s));
    higherIsBetter[`${id} recall`] = round(recall(s));
  }
  for (const lang of languages) higherIsBetter[`${lang} recall`] = round(recall(score(outcomes.filter((o) => o.sample.lang === lang))));
  const p = pairs(outcomes);
  higherIsBetter['pairs right'] = round(p.right / Math.max(1, p.total));
  const fp = cleanFlagged(outcomes);
  return { higherIsBetter, lowerIsBetter: { 'clean flagged': round(fp.flagged / Math.max(1, fp.clean)) } };
}

/** The figures still short of issue 10's targets for the hold-out, each with its target. */
export function belowTargets(figures: HoldoutFigures, floors: Floors): string[] {
  const target = (key: string): number => {
    if (key === 'pairs right') return 0.9;
    if (key.endsWith(' precision')) return floors.perRulePrecision;
    return key.includes('-') ? floors.perRuleRecall : floors.perLanguageRecall;
  };
  const low = Object.entries(figures.higherIsBetter).filter(([key, value]) => value < target(key)).map(([key, value]) => `${key} ${value} (target ≥ ${target(key)})`);
  const high = Object.entries(figures.lowerIsBetter).filter(([, value]) => value > floors.cleanFlagged).map(([key, value]) => `${key} ${value} (target ≤ ${floors.cleanFlagged})`);
  return [...low, ...high];
}
