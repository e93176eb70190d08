import { resolve } from 'node:path';
import { analyze, useModel } from '../../src/rules/engine';
import { defaultModel } from '../../src/rules/model/default';
import { learnedRules, Model } from '../../src/rules/model/model';
import { hashGroup, FOLDS, train } from '../../src/rules/model/train';
import { normalize } from '../../src/rules/normalize';
import type { RuleId } from '../../src/rules/types';
import { loadJsonl, loadPart, report, type Outcome, type Sample } from './evaluate';
import { misses } from './real';
import { trainingSamples } from './training';

/**
 * `npm run oof [-- FILE…] [--lines] [--misses]`: the whole engine out of fold. Each of train.ts's folds is scored
 * by the engine with a model trained (thresholds and all) on the other four, so every learned path
 * (the model alone, a half pitch at even odds) is measured on lines it never saw; with FILEs, those
 * files are scored by the committed model instead (fresh lines). Each early-pitch finding is put down
 * to its source: the cues alone, the model alone, or the half-pitch path; `--lines` lists the false
 * ones with their evidence, and `--misses` every line judged wrong by any rule (what the training
 * part's folds miss is what to generalise from), to read (training lines and fresh files only, never
 * the hold-out).
 */
type Source = 'cues' | 'model' | 'half';

interface Judged { outcome: Outcome; source: Source | null; evidence: string }

function judge(sample: Sample, model: Model): Judged {
  useModel(null);
  const cued = analyze(sample.input.text, sample.input.context).some((f) => f.rule === 'early-pitch');
  useModel(model);
  const findings = analyze(sample.input.text, sample.input.context);
  const predicted = [...new Set(findings.map((f) => f.rule))] as RuleId[];
  const pitch = findings.filter((f) => f.rule === 'early-pitch');
  let source: Source | null = null;
  if (pitch.length > 0) {
    const s = model.score(normalize(sample.input.text).text)[learnedRules.indexOf('early-pitch')];
    source = cued ? 'cues' : s && s.logit >= s.threshold && s.sentence >= s.threshold ? 'model' : 'half';
  }
  return { outcome: { sample, predicted }, source, evidence: pitch.map((f) => sample.input.text.slice(f.start, f.end)).join(' | ') };
}

function outOfFold(samples: readonly Sample[]): Judged[] {
  const train_ = trainingSamples(samples);
  const fold = train_.map((s) => hashGroup(s.group) % FOLDS);
  const judged: Judged[] = new Array<Judged>(samples.length);
  for (let k = 0; k < FOLDS; k++) {
    const model = new Model(train(train_.filter((_, i) => fold[i] !== k)).weights);
    samples.forEach((s, i) => { if (fold[i] === k) judged[i] = judge(s, model); });
  }
  return judged;
}

function breakdown(judged: readonly Judged[], lines: boolean): string {
  const out: string[] = [];
  const by = new Map<Source, { tp: number; fp: number }>();
  for (const j of judged) {
    if (!j.source) continue;
    const c = by.get(j.source) ?? { tp: 0, fp: 0 };
    if (j.outcome.sample.labels.includes('early-pitch')) c.tp++; else c.fp++;
    by.set(j.source, c);
  }
  for (const [source, c] of [...by].sort()) out.push(`early-pitch by ${source.padEnd(6)} tp ${String(c.tp).padStart(4)}  fp ${String(c.fp).padStart(3)}`);
  if (lines) {
    for (const j of judged) {
      if (!j.source || j.outcome.sample.labels.includes('early-pitch')) continue;
      const { sample } = j.outcome;
      const ctx = sample.input.context;
      out.push(`FP ${j.source} ${sample.id} [${sample.labels.join(',') || 'clean'}] (${ctx.surface}, c ${ctx.connectedDaysAgo ?? '-'}, r ${ctx.received}, g ${ctx.gave})  «${j.evidence}»`);
      out.push(`    ${sample.input.text.replaceAll('\n', ' ⏎ ')}`);
    }
  }
  return out.join('\n');
}

export function main(argv: readonly string[]): number {
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.some((f) => resolve(f).includes('/tests/corpus/holdout/'))) {
    console.error('oof: the hold-out is scored only by the corpus gate');
    return 2;
  }
  const lines = argv.includes('--lines');
  const judged = files.length === 0
    ? outOfFold(loadPart('train'))
    : files.flatMap((f) => loadJsonl(resolve(f), f.slice(f.lastIndexOf('/') + 1, f.lastIndexOf('/') + 3))).map((s) => judge(s, defaultModel()));
  console.log(report(judged.map((j) => j.outcome), files.length === 0 ? 'TRAINING, OUT OF FOLD' : `FILES (${files.length}), COMMITTED MODEL`));
  console.log(breakdown(judged, lines));
  if (argv.includes('--misses')) console.log(`\nMISSES\n${misses(judged.map((j) => j.outcome)).join('\n')}`);
  return 0;
}
