import { defineConfig } from 'vitest/config';
import s22 from './vitest.mutation-s22.config.js';

/**
 * Session 23's mutation run of the session's own lines (stryker.s23.json): session 22's run (vitest.mutation-s22.config.ts),
 * session 23's hand-built tests (test/answer/several-subjects-s23, test/retrieve/query-s23; test/figures/figure-reading-s23
 * and test/understand/english-s23 are in through their folders) and the *.mutants-s23 tests written for this run.
 * test/answer/questions-s23 asks an engine: it stays out.
 */
export default defineConfig({
  test: {
    ...s22.test,
    include: [
      ...(s22.test?.include ?? []),
      'test/answer/several-subjects-s23.test.ts',
      'test/retrieve/query-s23.test.ts',
      'test/**/*.mutants-s23.test.ts',
    ],
  },
});
