import { defineConfig } from 'vitest/config';
import base from './vitest.mutation.config.js';

/**
 * Session 22's mutation run of the session's own lines (stryker.s22.json): the mutation set (vitest.mutation.config.ts),
 * the *.mutants-s21 / *.mutants-s21c tests and test/figures/figure-reading-s21 (as vitest.mutation-s21c.config.ts),
 * session 22's hand-built tests (test/answer/figure-lead-s22; the test/understand and test/lang ones are in through their
 * folders) and the *.mutants-s22 tests written for this run. test/lang/english-senses-engine-s21 and -s21en2 ask the global
 * setup's engine (the dry run would fail on them) and test/answer/questions-s22 asks an engine: they stay out.
 */
export default defineConfig({
  test: {
    ...base.test,
    include: [
      ...(base.test?.include ?? []),
      'test/**/*.mutants-s21.test.ts',
      'test/**/*.mutants-s21c.test.ts',
      'test/figures/figure-reading-s21.test.ts',
      'test/answer/figure-lead-s22.test.ts',
      'test/**/*.mutants-s22.test.ts',
    ],
    exclude: [
      ...(base.test?.exclude ?? []),
      'test/lang/english-senses-engine-s21.test.ts',
      'test/lang/english-senses-engine-s21en2.test.ts',
    ],
  },
});
