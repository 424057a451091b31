import { defineConfig } from 'vitest/config';
import s39 from './vitest.mutation-s39.config.js';

/**
 * Session 40's mutation run of the session's own lines (stryker.s40.json): session 39's run (vitest.mutation-s39.config.ts)
 * and session 40's readings without the engine (test/lang/readings-s40.test.ts). The engine-asking tests
 * (test/answer/questions-s40.test.ts) stay out.
 */
export default defineConfig({
  test: {
    ...s39.test,
    include: [...(s39.test?.include ?? []), 'test/lang/readings-s40.test.ts', 'test/**/*.mutants-s40.test.ts'],
  },
});
