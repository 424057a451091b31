import { defineConfig } from 'vitest/config';
import s23 from './vitest.mutation-s23.config.js';

/**
 * Session 24's mutation run of the session's own lines (stryker.s24.json): session 23's run (vitest.mutation-s23.config.ts),
 * session 24's hand-built readings (test/figures/figure-reading-s24, in through its folder) and the *.mutants-s24 tests
 * written for this run. test/answer/questions-s24 asks an engine: it stays out. Not narrowed: the whole set's dry run takes
 * well under a minute.
 */
export default defineConfig({
  test: {
    ...s23.test,
    include: [...(s23.test?.include ?? []), 'test/**/*.mutants-s24.test.ts'],
  },
});
