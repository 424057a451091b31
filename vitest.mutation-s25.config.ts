import { defineConfig } from 'vitest/config';
import s24 from './vitest.mutation-s24.config.js';

/**
 * Session 25's mutation run of the session's own lines (stryker.s25.json): session 24's run (vitest.mutation-s24.config.ts),
 * session 25's hand-built tests (test/figures/figure-reading-s25 and test/lang/english-wording-s25 are in through their
 * folders) and the *.mutants-s25 tests written for this run. test/answer/questions-s25 asks an engine: it stays out.
 * Not narrowed: the whole set's dry run takes well under a minute.
 */
export default defineConfig({
  test: {
    ...s24.test,
    include: [...(s24.test?.include ?? []), 'test/**/*.mutants-s25.test.ts'],
  },
});
