// Mutation testing of the pure core and its shell (`npm run mutate`): does the unit suite notice
// when the code is wrong? Not part of `npm test`: a full run takes about an hour on two cores.
// Incremental: a later run re-tests only the mutants whose code or covering tests changed.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.unit.config.ts', related: false },
  // index.ts is the worker's wiring to the browser (webextension-polyfill, which refuses to load
  // outside an extension): the unit runner cannot import it; tests/e2e/service-worker and
  // worker-wiring exercise it. What it decides lives in the files it imports (badge.ts, ...).
  mutate: ['src/rules/**/*.ts', 'src/storage/**/*.ts', 'src/background/**/*.ts', '!src/background/index.ts', '!src/**/*.test.ts'],
  coverageAnalysis: 'perTest',
  // Mutants in module-level constants (rule metadata, lexicon tables) would need the whole suite
  // per mutant with a fresh module graph; the behaviour they feed is mutated in the code that reads them.
  ignoreStatic: true,
  concurrency: 1,
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  ignorePatterns: ['dist', 'dist-firefox', 'artifacts', 'docs', 'reports', 'tests/e2e', 'tests/bench'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 80, low: 60, break: null },
  timeoutMS: 5_000,
};
