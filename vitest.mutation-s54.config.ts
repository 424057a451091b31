import { defineConfig } from 'vitest/config';
import s53 from './vitest.mutation-s53.config.js';

/**
 * Session 54's mutation run of the session's own lines (stryker.s54.json): session 53's run (vitest.mutation-s53.config.ts),
 * session 54's readings without the engine (test/lang/readings-s54.test.ts) and the session's survivor tests
 * (test/**\/*.mutants-s54.test.ts). The engine-asking tests of the real reports (test/answer/questions-s54.test.ts) stay out.
 */
export default defineConfig({
  test: {
    ...s53.test,
    include: [...(s53.test?.include ?? []), 'test/lang/readings-s54.test.ts', 'test/**/*.mutants-s54.test.ts'],
  },
});
