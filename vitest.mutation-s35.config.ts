import { defineConfig } from 'vitest/config';
import s34 from './vitest.mutation-s34.config.js';

/**
 * Session 35's mutation run of the session's own lines (stryker.s35.json): session 34's run (vitest.mutation-s34.config.ts)
 * and session 35's readings without the engine (test/lang/readings-s35.test.ts). The engine-asking tests
 * (test/answer/questions-s35.test.ts) stay out.
 */
export default defineConfig({
  test: {
    ...s34.test,
    include: [...(s34.test?.include ?? []), 'test/lang/readings-s35.test.ts', 'test/**/*.mutants-s35.test.ts'],
  },
});
