import { configDefaults, defineProject } from 'vitest/config';

// Under Stryker the CLI test's child process runs the mutated bundle without Stryker's hooks: it
// could never kill a mutant there, only fail the dry run and cost minutes. Instrumented code also
// runs slower.
const underStryker = process.env.STRYKER_MUTATOR_WORKER !== undefined;

/** The unit project on its own: vitest.config.ts lists it beside e2e, and Stryker (stryker.config.mjs) runs only this. */
export default defineProject({
  test: {
    name: 'unit',
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    exclude: underStryker ? [...configDefaults.exclude, 'tests/unit/cli/**'] : configDefaults.exclude,
    environment: 'node',
    // The engine scans nothing until its phrase lists are installed (a page reads them from storage).
    setupFiles: ['tests/unit/setup-lexicons.ts'],
    // Some tests start the CLI or ESLint: seconds on a loaded 2-core machine, and more under Stryker.
    testTimeout: 30_000,
  },
});
