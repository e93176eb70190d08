import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { serialise, train } from '../../../src/rules/model/train';
import { loadPart } from '../../corpus/evaluate';
import { trainingSamples } from '../../corpus/training';

const committed = readFileSync(new URL('../../../src/rules/model/weights.json', import.meta.url), 'utf8');

// A pin of the whole training corpus, like the corpus gate: it analyses every corpus line and trains
// on all of them (seconds), so the rules' mutation run leaves it out (vitest.rules.config.ts);
// model-train.mutants.test.ts tests training on a few made-up lines instead.
it('the committed weights are exactly what `npm run train` makes from tests/corpus/train', () => {
  const { weights } = train(trainingSamples(loadPart('train')));
  expect(serialise(weights)).toBe(committed);
}, 120_000);
