import { defineConfig } from 'vitest/config';
import s54 from './vitest.mutation-s54.config.js';

/**
 * Session 55's mutation run of the session's own lines (stryker.s55.json): session 54's run (vitest.mutation-s54.config.ts),
 * session 55's readings without the engine (test/lang/readings-s55.test.ts) and the session's survivor tests
 * (test/**\/*.mutants-s55.test.ts). The engine-asking tests of the real reports (test/answer/questions-s55.test.ts) stay out.
 */
export default defineConfig({
  test: {
    ...s54.test,
    include: [...(s54.test?.include ?? []), 'test/lang/readings-s55.test.ts', 'test/**/*.mutants-s55.test.ts'],
  },
});
