import { defineConfig } from 'vitest/config';
import base from './vitest.mutation.config.js';

/**
 * Session 21's mutation run of the session's own lines (stryker.s21c.json): the mutation set (vitest.mutation.config.ts),
 * session 21's *.mutants-s21 tests and its hand-built readings (test/figures/figure-reading-s21 and the test/understand and
 * test/lang ones, in through their folders), and the *.mutants-s21c tests written for this run. test/lang/english-senses-engine-s21
 * asks the global setup's engine (the dry run would fail on it) and test/answer/questions-s21 asks an engine: both stay out.
 */
export default defineConfig({
  test: {
    ...base.test,
    include: [
      ...(base.test?.include ?? []),
      'test/**/*.mutants-s21.test.ts',
      'test/**/*.mutants-s21c.test.ts',
      'test/figures/figure-reading-s21.test.ts',
    ],
    exclude: [...(base.test?.exclude ?? []), 'test/lang/english-senses-engine-s21.test.ts'],
  },
});
