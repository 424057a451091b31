import { defineConfig } from 'vitest/config';
import s35 from './vitest.mutation-s35.config.js';

/**
 * Session 36's mutation run of the session's own lines (stryker.s36.json): session 35's run (vitest.mutation-s35.config.ts)
 * and session 36's readings without the engine (test/lang/readings-s36.test.ts). The engine-asking tests
 * (test/answer/questions-s36.test.ts) stay out.
 */
export default defineConfig({
  test: {
    ...s35.test,
    include: [...(s35.test?.include ?? []), 'test/lang/readings-s36.test.ts', 'test/**/*.mutants-s36.test.ts'],
  },
});
