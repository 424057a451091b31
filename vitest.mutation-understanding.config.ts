import { defineConfig } from 'vitest/config';

/**
 * The fast tests of question understanding, for mutation testing the understanding files
 * (stryker.understanding.json): no index is built, so a mutant is judged in seconds.
 */
export default defineConfig({
  test: {
    include: ['test/understand/**/*.test.ts', 'test/lang/**/*.test.ts', 'test/answer/results-first.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
