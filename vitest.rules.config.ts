import { configDefaults, defineProject } from 'vitest/config';

/**
 * The unit tests of src/rules alone, for its mutation run (stryker.rules.config.mjs). The corpus
 * gate, the pins and the committed-weights pin are left out: they score the engine in aggregate and take seconds per mutant,
 * so a mutant in src/rules counts as killed only when a test that asserts the behaviour notices.
 * RULES_TESTS (comma-separated globs) narrows the files further: every test file that calls the
 * engine builds the lexicons again, so a mutant on the path of every analysis costs seconds per
 * file on a loaded machine. Fewer test files can only kill fewer mutants: a narrowed score is a
 * lower bound.
 */
const narrowed = process.env.RULES_TESTS?.split(',').filter((glob) => glob !== '');

export default defineProject({
  test: {
    name: 'rules',
    include: narrowed?.length ? narrowed : ['tests/unit/rules/**/*.test.ts'],
    exclude: [
      ...configDefaults.exclude,
      'tests/unit/rules/corpus.test.ts',
      'tests/unit/rules/corpus-pins.test.ts',
      // Trains on the whole corpus after analysing every line of it (20 s): it covers every mutant in
      // src/rules, and vitest runs the slowest file first, so each mutant would pay it.
      'tests/unit/rules/model-weights.test.ts',
      // A megabyte through the instrumented folding and automaton: minutes per run.
      'tests/unit/rules/engine-scale.test.ts',
    ],
    environment: 'node',
    setupFiles: ['tests/unit/setup-lexicons.ts'],
    // Stryker's instrumentation (a counter per statement) slows the tests that build the lexicons' automaton several times over.
    testTimeout: 120_000,
  },
});
