import { defineConfig } from 'vitest/config';
import s44 from './vitest.mutation-s44.config.js';

/**
 * Session 45's mutation run of the session's own lines (stryker.s45.json): session 44's run (vitest.mutation-s44.config.ts),
 * session 45's readings without the engine (test/lang/readings-s45.test.ts) and the session's survivor tests. The
 * engine-asking tests (test/answer/questions-s45.test.ts) stay out.
 */
export default defineConfig({
  test: {
    ...s44.test,
    include: [...(s44.test?.include ?? []), 'test/lang/readings-s45.test.ts', 'test/**/*.mutants-s45.test.ts'],
  },
});
