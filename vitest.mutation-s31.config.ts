import { defineConfig } from 'vitest/config';
import s30 from './vitest.mutation-s30.config.js';

/**
 * Session 31's mutation run of the session's own lines (stryker.s31.json): session 30's run (vitest.mutation-s30.config.ts)
 * and session 31's readings without the engine (test/lang/readings-s31.test.ts). The engine-asking tests
 * (test/answer/questions-s31.test.ts) stay out.
 */
export default defineConfig({
  test: {
    ...s30.test,
    include: [...(s30.test?.include ?? []), 'test/lang/readings-s31.test.ts', 'test/**/*.mutants-s31.test.ts'],
  },
});
