import { defineConfig } from 'vitest/config';
import s57 from './vitest.mutation-s57.config.js';

/**
 * Session 58's mutation run of the session's own lines (stryker.s58.json): session 57's run (vitest.mutation-s57.config.ts),
 * session 58's readings without the engine (test/lang/readings-s58.test.ts) and the session's survivor tests
 * (test/**\/*.mutants-s58.test.ts). The engine-asking tests of the real reports (test/answer/questions-s58.test.ts) stay out.
 */
export default defineConfig({
  test: {
    ...s57.test,
    include: [...(s57.test?.include ?? []), 'test/lang/readings-s58.test.ts', 'test/**/*.mutants-s58.test.ts'],
  },
});
