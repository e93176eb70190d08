// `npm run train`: rebuilds src/rules/model/weights.json from tests/corpus/train only, and prints
// the k-fold cross-validated precision and recall per relationship rule.
import { writeFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { loadPart } = await import('../tests/corpus/evaluate.ts');
const { trainingSamples } = await import('../tests/corpus/training.ts');
const { serialise, train } = await import('../src/rules/model/train.ts');

const started = performance.now();
const samples = trainingSamples(loadPart('train'));
const { weights, cv } = train(samples);
const text = serialise(weights);
writeFileSync('src/rules/model/weights.json', text);
const pct = (x) => `${(100 * x).toFixed(1)}%`.padStart(7);
const p = (c) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
const r = (c) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));
console.log(`trained on ${samples.length} lines in ${((performance.now() - started) / 1000).toFixed(1)} s; weights ${(text.length / 1024).toFixed(1)} KB`);
console.log(`${cv.folds}-fold cross-validation (folds by pair / scenario group; thresholds from the same out-of-fold scores):`);
console.log(`${'rule'.padEnd(20)} ${'pos'.padStart(4)}   ${'cues P'.padStart(7)} ${'cues R'.padStart(7)}   ${'alone P'.padStart(7)} ${'alone R'.padStart(7)}   ${'both P'.padStart(7)} ${'both R'.padStart(7)}  weights`);
for (const rule of Object.keys(cv.model)) {
  const m = cv.model[rule];
  const c = cv.cues[rule];
  const b = cv.combined[rule];
  const w = weights.rules[rule];
  console.log(`${rule.padEnd(20)} ${String(b.tp + b.fn).padStart(4)}   ${pct(p(c))} ${pct(r(c))}   ${pct(p(m))} ${pct(r(m))}   ${pct(p(b))} ${pct(r(b))}  ${w.count} (threshold ${w.threshold.toFixed(2)})`);
}
