import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  cleanFlagged, f1, loadJsonl, loadPart, partExists, recall, relationshipRules, report, run, score, type Outcome,
} from './evaluate';

/**
 * `npm run eval:real [FILE]`: the engine on real messages people outside the project wrote
 * (../shared/corpus/real-dev.jsonl from the repository root by default). Other people's text: it is
 * read from where it lies, never copied into the project, never trained on.
 */
const realFloors = { microF1: 0.85, relationshipRecall: 0.75, perRuleRecall: 0.6, minRulePositives: 5, placeholderRecall: 0.95, cleanFlagged: 0.05, languageRecall: 0.7, minLanguagePositives: 8 };

function floors(outcomes: readonly Outcome[]): string[] {
  const lines: string[] = [];
  const check = (name: string, value: number, floor: number, atMost = false): void => {
    const ok = atMost ? value <= floor : value >= floor;
    lines.push(`${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(40)} ${value.toFixed(3)} ${atMost ? '≤' : '≥'} ${floor}`);
  };
  check('micro-F1', f1(score(outcomes)), realFloors.microF1);
  check('relationship rules recall', recall(score(outcomes, relationshipRules)), realFloors.relationshipRecall);
  for (const rule of relationshipRules) {
    const s = score(outcomes, [rule]);
    if (s.tp + s.fn >= realFloors.minRulePositives) check(`${rule} recall`, recall(s), realFloors.perRuleRecall);
  }
  check('unfilled-placeholder recall', recall(score(outcomes, ['unfilled-placeholder'])), realFloors.placeholderRecall);
  const fp = cleanFlagged(outcomes);
  check('clean flagged', fp.flagged / Math.max(1, fp.clean), realFloors.cleanFlagged, true);
  for (const lang of [...new Set(outcomes.map((o) => o.sample.lang))].sort()) {
    const s = score(outcomes.filter((o) => o.sample.lang === lang));
    if (s.tp + s.fn >= realFloors.minLanguagePositives) check(`recall ${lang}`, recall(s), realFloors.languageRecall);
  }
  return lines;
}

/** Each line the engine got wrong, with its context and text: for sets one may read (never the hold-out). */
export function misses(outcomes: readonly Outcome[]): string[] {
  const out: string[] = [];
  for (const { sample, predicted } of outcomes) {
    const missed = sample.labels.filter((l) => !predicted.includes(l));
    const extra = predicted.filter((p) => !sample.labels.includes(p));
    if (missed.length === 0 && extra.length === 0) continue;
    const ctx = sample.input.context;
    out.push(`${sample.id} [${sample.lang}] ${missed.map((m) => `missed ${m}`).concat(extra.map((e) => `false ${e}`)).join(', ')}`
      + `  (${ctx.surface}, connected ${ctx.connectedDaysAgo ?? '-'}, sent ${ctx.sent}, received ${ctx.received}, gave ${ctx.gave}, ${sample.input.text.length} chars)`);
    out.push(`    ${sample.input.text.replaceAll('\n', ' ⏎ ')}`);
  }
  return out;
}

export function main(argv: readonly string[]): number {
  const file = resolve(argv[0] ?? process.env.RAPPORT_REAL_DEV ?? '../shared/corpus/real-dev.jsonl');
  if (!existsSync(file)) {
    console.log(`eval:real: ${file} is not here; nothing to evaluate (it is not part of the project).`);
    return 0;
  }
  const real = run(loadJsonl(file, 'unknown'));
  console.log(report(real, `REAL-DEV (${file})`));
  console.log(`\n${floors(real).join('\n')}\n`);
  console.log(report(run(loadPart('train')), 'CORPUS TRAINING PART'));
  if (partExists('holdout')) console.log(`\n${report(run(loadPart('holdout')), 'CORPUS HELD-OUT PART')}`);
  console.log(`\nREAL-DEV MISSES\n${misses(real).join('\n')}`);
  return 0;
}
