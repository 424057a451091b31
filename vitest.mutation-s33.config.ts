import { defineConfig } from 'vitest/config';
import s32 from './vitest.mutation-s32.config.js';

/**
 * Session 33's mutation run of the session's own lines (stryker.s33.json): session 32's run (vitest.mutation-s32.config.ts)
 * and session 33's readings without the engine (test/lang/readings-s33.test.ts). The engine-asking tests
 * (test/answer/questions-s33.test.ts) stay out.
 */
export default defineConfig({
  test: {
    ...s32.test,
    include: [...(s32.test?.include ?? []), 'test/lang/readings-s33.test.ts', 'test/**/*.mutants-s33.test.ts'],
  },
});
