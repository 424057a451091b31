import { defineConfig } from 'vitest/config';
import s33 from './vitest.mutation-s33.config.js';

/**
 * Session 34's mutation run of the session's own lines (stryker.s34.json): session 33's run (vitest.mutation-s33.config.ts)
 * and session 34's readings without the engine (test/lang/readings-s34.test.ts). The engine-asking tests
 * (test/answer/questions-s34.test.ts) stay out.
 */
export default defineConfig({
  test: {
    ...s33.test,
    include: [...(s33.test?.include ?? []), 'test/lang/readings-s34.test.ts', 'test/**/*.mutants-s34.test.ts'],
  },
});
