import { defineConfig } from 'vitest/config';
import s31 from './vitest.mutation-s31.config.js';

/**
 * Session 32's mutation run of the session's own lines (stryker.s32.json): session 31's run (vitest.mutation-s31.config.ts)
 * and session 32's readings without the engine (test/lang/readings-s32.test.ts). The engine-asking tests
 * (test/answer/questions-s32.test.ts) stay out.
 */
export default defineConfig({
  test: {
    ...s31.test,
    include: [...(s31.test?.include ?? []), 'test/lang/readings-s32.test.ts', 'test/**/*.mutants-s32.test.ts'],
  },
});
