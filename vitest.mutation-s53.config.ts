import { defineConfig } from 'vitest/config';
import s52 from './vitest.mutation-s52.config.js';

/**
 * Session 53's mutation run of the session's own lines (stryker.s53.json): session 52's run (vitest.mutation-s52.config.ts),
 * session 53's readings without the engine (test/lang/readings-s53.test.ts) and the session's survivor tests (hand-written
 * reports and the seed reports' one attainment row: test/**\/*.mutants-s53.test.ts). The engine-asking tests of the real
 * reports (test/answer/questions-s53.test.ts) stay out.
 */
export default defineConfig({
  test: {
    ...s52.test,
    include: [...(s52.test?.include ?? []), 'test/lang/readings-s53.test.ts', 'test/**/*.mutants-s53.test.ts'],
  },
});
