// Mutation testing of src/rules alone: `npx stryker run stryker.rules.config.mjs` (or narrowed with
// `--mutate 'src/rules/copy-paste-blast.ts'`). Its vitest project (vitest.rules.config.ts) is the
// rules' unit tests without the corpus gate, so the score is what those tests notice on their own.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: 'vitest.rules.config.ts', related: false },
  mutate: ['src/rules/**/*.ts', '!src/**/*.test.ts'],
  incrementalFile: 'reports/mutation/rules.json',
  htmlReporter: { fileName: 'reports/mutation/rules.html' },
  jsonReporter: { fileName: 'reports/mutation/rules-mutation.json' },
};
