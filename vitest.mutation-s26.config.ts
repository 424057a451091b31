import { defineConfig } from 'vitest/config';
import s25 from './vitest.mutation-s25.config.js';

/**
 * Session 26's mutation run of the session's own lines (stryker.s26.json): session 25's run (vitest.mutation-s25.config.ts),
 * session 26's hand-built tests (test/figures/figure-reading-s26 and test/lang/english-wording-s26 are in through their
 * folders, if the earlier sets take those folders) and the *.mutants-s26 tests written for this run.
 */
export default defineConfig({
  test: {
    ...s25.test,
    include: [
      ...(s25.test?.include ?? []),
      'test/figures/figure-reading-s26.test.ts',
      'test/lang/english-wording-s26.test.ts',
      'test/answer/verdict-words-s26.test.ts',
      'test/**/*.mutants-s26.test.ts',
    ],
  },
});
