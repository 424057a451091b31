import { defineConfig } from 'vitest/config';
import s36 from './vitest.mutation-s36.config.js';

/**
 * Session 37's mutation run of the session's own lines (stryker.s37.json): session 36's run (vitest.mutation-s36.config.ts)
 * and session 37's readings without the engine (test/lang/readings-s37.test.ts). The engine-asking tests
 * (test/answer/questions-s37.test.ts) stay out.
 */
export default defineConfig({
  test: {
    ...s36.test,
    include: [...(s36.test?.include ?? []), 'test/lang/readings-s37.test.ts', 'test/**/*.mutants-s37.test.ts'],
  },
});
