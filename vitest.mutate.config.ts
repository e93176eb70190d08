import { configDefaults, mergeConfig } from 'vitest/config';
import unit from './vitest.unit.config';

// The unit project as stryker.storage.config.mjs runs it, without linkedin-limits.test.ts: its ZIP
// bombs and 50 MB field measure memory and time, which Stryker's instrumentation (a counter per
// statement the CSV parser runs, per character) stretches from seconds to minutes, past the
// test's own timeout. The limits' logic is tested with small limits in linkedin-zip.mutants.test.ts.
// The other import tests (thousands of rows) get more than the unit timeout for the same reason.
export default mergeConfig(unit, {
  test: {
    exclude: [...configDefaults.exclude, 'tests/unit/cli/**', 'tests/unit/storage/linkedin-limits.test.ts'],
    testTimeout: 300_000,
  },
});
