import { defineConfig } from 'vitest/config';
import s56 from './vitest.mutation-s56.config.js';

/**
 * Session 57's mutation run of the session's own lines (stryker.s57.json): session 56's run (vitest.mutation-s56.config.ts),
 * session 57's readings without the engine (test/lang/readings-s57.test.ts) and the session's survivor tests
 * (test/**\/*.mutants-s57.test.ts). The engine-asking tests of the real reports (test/answer/questions-s57.test.ts) stay out.
 */
export default defineConfig({
  test: {
    ...s56.test,
    include: [...(s56.test?.include ?? []), 'test/lang/readings-s57.test.ts', 'test/**/*.mutants-s57.test.ts'],
  },
});
