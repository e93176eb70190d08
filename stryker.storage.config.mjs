import base from './stryker.config.mjs';

// `npx stryker run stryker.storage.config.mjs`: src/storage and src/background, whose import tests
// (a 50 MB field, ZIP bombs) outlast the unit timeout under Stryker's instrumentation.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { ...base.vitest, configFile: 'vitest.mutate.config.ts' },
  mutate: ['src/storage/**/*.ts', 'src/background/**/*.ts', '!src/background/index.ts', '!src/**/*.test.ts'],
  // Its first full run of the unit suite takes minutes on a loaded machine (Stryker's default allows 5).
  dryRunTimeoutMinutes: 30,
  incrementalFile: 'reports/mutation/storage-background.json',
  htmlReporter: { fileName: 'reports/mutation/storage-background.html' },
  jsonReporter: { fileName: 'reports/mutation/storage-background-report.json' },
};
