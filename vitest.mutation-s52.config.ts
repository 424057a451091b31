import { defineConfig } from 'vitest/config';
import s51 from './vitest.mutation-s51.config.js';

/**
 * Session 52's mutation run of the session's own lines (stryker.s52.json): session 51's run (vitest.mutation-s51.config.ts),
 * session 52's readings without the engine (test/lang/readings-s52.test.ts) and the session's survivor tests (hand-written
 * reports: test/answer/session-52.mutants-s52.test.ts). The engine-asking tests of the real reports
 * (test/answer/questions-s52.test.ts) stay out.
 */
export default defineConfig({
  test: {
    ...s51.test,
    include: [...(s51.test?.include ?? []), 'test/lang/readings-s52.test.ts', 'test/**/*.mutants-s52.test.ts'],
  },
});
