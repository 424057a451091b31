import { defineConfig } from 'vitest/config';
import s55 from './vitest.mutation-s55.config.js';

/**
 * Session 56's mutation run of the session's own lines (stryker.s56.json): session 55's run (vitest.mutation-s55.config.ts),
 * session 56's readings without the engine (test/lang/readings-s56.test.ts) and the session's survivor tests
 * (test/**\/*.mutants-s56.test.ts). The engine-asking tests of the real reports (test/answer/questions-s56.test.ts) stay out.
 */
export default defineConfig({
  test: {
    ...s55.test,
    include: [...(s55.test?.include ?? []), 'test/lang/readings-s56.test.ts', 'test/**/*.mutants-s56.test.ts'],
  },
});
