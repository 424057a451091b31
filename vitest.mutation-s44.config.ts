import { defineConfig } from 'vitest/config';
import s43 from './vitest.mutation-s43.config.js';

/**
 * Session 44's mutation run of the session's own lines (stryker.s44.json): session 43's run (vitest.mutation-s43.config.ts),
 * session 44's readings without the engine (test/lang/readings-s44.test.ts), the review-period labels of ingest
 * (test/ingest/review-periods.test.ts) and the session's survivor tests. The engine-asking tests
 * (test/answer/questions-s44.test.ts) stay out.
 */
export default defineConfig({
  test: {
    ...s43.test,
    include: [
      ...(s43.test?.include ?? []),
      'test/lang/readings-s44.test.ts',
      'test/ingest/review-periods.test.ts',
      'test/**/*.mutants-s44.test.ts',
    ],
  },
});
