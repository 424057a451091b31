import { defineConfig } from 'vitest/config';
import s50 from './vitest.mutation-s50.config.js';

/**
 * Session 51's mutation run of the session's own lines (stryker.s51.json): session 50's run (vitest.mutation-s50.config.ts),
 * session 51's readings without the engine (test/lang/readings-s51.test.ts) and the session's survivor tests. The
 * engine-asking tests of the real reports (test/answer/questions-s51.test.ts) stay out.
 */
export default defineConfig({
  test: {
    ...s50.test,
    include: [...(s50.test?.include ?? []), 'test/lang/readings-s51.test.ts', 'test/**/*.mutants-s51.test.ts'],
  },
});
