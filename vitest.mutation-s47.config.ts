import { defineConfig } from 'vitest/config';
import s46 from './vitest.mutation-s46.config.js';

/**
 * Session 47's mutation run of the session's own lines (stryker.s47.json): session 46's run (vitest.mutation-s46.config.ts),
 * session 47's readings without the engine (test/lang/readings-s47.test.ts) and the session's survivor tests. The
 * engine-asking tests (test/answer/questions-s47.test.ts) stay out.
 */
export default defineConfig({
  test: {
    ...s46.test,
    include: [...(s46.test?.include ?? []), 'test/lang/readings-s47.test.ts', 'test/**/*.mutants-s47.test.ts'],
  },
});
