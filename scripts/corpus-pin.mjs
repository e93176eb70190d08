// `npm run corpus:pin`: rewrites tests/corpus/holdout.pins (id, tab, sha256 of the text) from the
// held-out files, and records the hold-out's figures the gate then lets none fall below
// (tests/corpus/holdout.figures.json). Prints counts only: the held-out lines are not for reading.
import { writeFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { holdoutFigures, loadPart, partExists, pinsFile, pinsOf, recordedFile, run } = await import('../tests/corpus/evaluate.ts');
if (!partExists('holdout')) {
  console.error('corpus:pin: tests/corpus/holdout/ is missing');
  process.exit(2);
}
const samples = loadPart('holdout');
writeFileSync(pinsFile, pinsOf(samples));
const languages = [...new Set(samples.map((s) => s.lang))].sort();
writeFileSync(recordedFile, `${JSON.stringify(holdoutFigures(run(samples), languages), null, 2)}\n`);
console.log(`corpus:pin: pinned ${samples.length} held-out lines and recorded their figures`);
