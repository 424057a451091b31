import { defineConfig } from 'vitest/config';
import s47 from './vitest.mutation-s47.config.js';

/**
 * Session 48's mutation run of the session's own lines (stryker.s48.json): session 47's run (vitest.mutation-s47.config.ts),
 * session 48's readings without the engine (test/lang/readings-s48.test.ts) and the session's survivor tests. The
 * engine-asking tests (test/answer/questions-s48.test.ts) stay out.
 */
export default defineConfig({
  test: {
    ...s47.test,
    include: [...(s47.test?.include ?? []), 'test/lang/readings-s48.test.ts', 'test/**/*.mutants-s48.test.ts'],
  },
});
