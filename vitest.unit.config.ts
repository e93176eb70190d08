import { defineProject } from 'vitest/config';

/** The unit project on its own: vitest.config.ts lists it beside e2e, and Stryker (stryker.config.mjs) runs only this. */
export default defineProject({
  test: {
    name: 'unit',
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
  },
});
