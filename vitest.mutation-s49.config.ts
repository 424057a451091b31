import { defineConfig } from 'vitest/config';
import s48 from './vitest.mutation-s48.config.js';

/**
 * Session 49's mutation run of the session's own lines (stryker.s49.json): session 48's run (vitest.mutation-s48.config.ts),
 * session 49's readings without the engine (test/lang/readings-s49.test.ts) and the session's survivor tests. The
 * engine-asking tests (test/answer/questions-s49.test.ts) stay out.
 */
export default defineConfig({
  test: {
    ...s48.test,
    include: [...(s48.test?.include ?? []), 'test/lang/readings-s49.test.ts', 'test/**/*.mutants-s49.test.ts'],
  },
});
