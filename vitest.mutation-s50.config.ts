import { defineConfig } from 'vitest/config';
import s49 from './vitest.mutation-s49.config.js';

/**
 * Session 50's mutation run of the session's own lines (stryker.s50.json): session 49's run (vitest.mutation-s49.config.ts),
 * session 50's readings without the engine (test/lang/readings-s50.test.ts) and the session's survivor tests. The
 * engine-asking tests (test/answer/questions-s50.test.ts) stay out.
 */
export default defineConfig({
  test: {
    ...s49.test,
    include: [...(s49.test?.include ?? []), 'test/lang/readings-s50.test.ts', 'test/**/*.mutants-s50.test.ts'],
  },
});
