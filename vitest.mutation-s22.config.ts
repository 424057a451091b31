import { defineConfig } from 'vitest/config';
import s21c from './vitest.mutation-s21c.config.js';

/**
 * Session 22's mutation run of the session's own lines (stryker.s22.json): session 21's run (vitest.mutation-s21c.config.ts)
 * and session 22's hand-built tests (test/answer/figure-lead-s22; the test/understand and test/lang ones are in through their
 * folders) and the *.mutants-s22 tests written for this run. test/lang/english-senses-engine-s21en2 asks the global setup's
 * engine (the dry run would fail on it) and test/answer/questions-s22 asks an engine: they stay out.
 */
export default defineConfig({
  test: {
    ...s21c.test,
    include: [...(s21c.test?.include ?? []), 'test/answer/figure-lead-s22.test.ts', 'test/**/*.mutants-s22.test.ts'],
    exclude: [...(s21c.test?.exclude ?? []), 'test/lang/english-senses-engine-s21en2.test.ts'],
  },
});
