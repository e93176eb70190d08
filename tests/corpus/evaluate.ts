import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseInput, type CheckInput } from '../../src/cli/input';
import { analyze } from '../../src/rules/engine';
import { ruleCatalog } from '../../src/rules/settings';
import type { RuleId } from '../../src/rules/types';

export type Split = 'tune' | 'holdout';

export interface Sample { file: string; line: number; lang: string; split: Split; labels: RuleId[]; input: CheckInput }

const dir = fileURLToPath(new URL('.', import.meta.url));
const ruleIds = new Set<string>(ruleCatalog.map((meta) => meta.id));

/** Every third line of each file is held out; the rule is fixed here, not in the data. */
export function splitOf(line: number): Split {
  return line % 3 === 0 ? 'holdout' : 'tune';
}

export function loadCorpus(): Sample[] {
  const samples: Sample[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const lines = readFileSync(`${dir}/${file}`, 'utf8').split('\n').filter((l) => l.trim() !== '');
    lines.forEach((text, i) => {
      const raw = JSON.parse(text) as { labels?: unknown; split?: unknown };
      const parsed = parseInput(raw);
      if (!parsed.ok) throw new Error(`${file}:${i + 1}: ${parsed.error}`);
      const labels = Array.isArray(raw.labels) ? raw.labels.filter((l): l is RuleId => typeof l === 'string' && ruleIds.has(l)) : [];
      if (!Array.isArray(raw.labels) || labels.length !== raw.labels.length) throw new Error(`${file}:${i + 1}: labels must be rule ids`);
      const split = splitOf(i + 1);
      if (raw.split !== split) throw new Error(`${file}:${i + 1}: split must be "${split}" (every third line is held out)`);
      samples.push({ file, line: i + 1, lang: file.replace('.jsonl', ''), split, labels, input: parsed.input });
    });
  }
  return samples;
}

export interface Outcome { sample: Sample; predicted: RuleId[] }

export function run(samples: readonly Sample[]): Outcome[] {
  return samples.map((sample) => ({
    sample,
    predicted: [...new Set(analyze(sample.input.text, sample.input.context).map((f) => f.rule))],
  }));
}

export interface Score { tp: number; fp: number; fn: number }

export const precision = (s: Score): number => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
export const recall = (s: Score): number => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));

export function score(outcomes: readonly Outcome[], rule?: RuleId): Score {
  const s: Score = { tp: 0, fp: 0, fn: 0 };
  for (const { sample, predicted } of outcomes) {
    for (const id of ruleIds as Set<RuleId>) {
      if (rule && id !== rule) continue;
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
export function cleanFalsePositiveRate(outcomes: readonly Outcome[]): { flagged: number; clean: number } {
  const clean = outcomes.filter((o) => o.sample.labels.length === 0);
  return { flagged: clean.filter((o) => o.predicted.length > 0).length, clean: clean.length };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(7);

function row(name: string, s: Score): string {
  return `${name.padEnd(24)} ${String(s.tp + s.fn).padStart(4)} ${pct(precision(s))} ${pct(recall(s))}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
}

export function report(outcomes: readonly Outcome[], title: string): string {
  const lines = [`${title}: ${outcomes.length} messages`, `${'rule / language'.padEnd(24)} ${'pos'.padStart(4)} ${'prec'.padStart(7)} ${'recall'.padStart(7)}`];
  for (const meta of ruleCatalog) lines.push(row(meta.id, score(outcomes, meta.id)));
  for (const lang of [...new Set(outcomes.map((o) => o.sample.lang))]) {
    lines.push(row(`lang ${lang}`, score(outcomes.filter((o) => o.sample.lang === lang))));
  }
  lines.push(row('all', score(outcomes)));
  const fp = cleanFalsePositiveRate(outcomes);
  lines.push(`clean messages flagged: ${fp.flagged}/${fp.clean} = ${pct(fp.flagged / Math.max(1, fp.clean)).trim()}`);
  return lines.join('\n');
}
