import { defineConfig } from 'vitest/config';
import s26 from './vitest.mutation-s26.config.js';

/**
 * Session 27's mutation run of the session's own lines (stryker.s27.json): session 26's run (vitest.mutation-s26.config.ts),
 * session 27's hand-built readings (test/figures/figure-reading-s27) and the *.mutants-s27 tests written for this run.
 * test/answer/questions-s27 asks an engine: it stays out.
 */
export default defineConfig({
  test: {
    ...s26.test,
    include: [...(s26.test?.include ?? []), 'test/figures/figure-reading-s27.test.ts', 'test/**/*.mutants-s27.test.ts'],
  },
});
