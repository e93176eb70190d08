// `npm run corpus:pin`: rewrites tests/corpus/holdout.pins (id, tab, sha256 of the text) from the
// held-out files. Prints counts only: the held-out lines are not for reading.
import { writeFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { loadPart, partExists, pinsFile, pinsOf } = await import('../tests/corpus/evaluate.ts');
if (!partExists('holdout')) {
  console.error('corpus:pin: tests/corpus/holdout/ is missing');
  process.exit(2);
}
const samples = loadPart('holdout');
writeFileSync(pinsFile, pinsOf(samples));
console.log(`corpus:pin: pinned ${samples.length} held-out lines`);
