import { defineConfig } from 'vitest/config';
import s45 from './vitest.mutation-s45.config.js';

/**
 * Session 46's mutation run of the session's own lines (stryker.s46.json): session 45's run (vitest.mutation-s45.config.ts),
 * session 46's readings without the engine (test/lang/readings-s46.test.ts, test/lang/counties-gazetteer-s46.test.ts) and
 * the session's survivor tests. The engine-asking tests (test/answer/questions-s46.test.ts) stay out.
 */
export default defineConfig({
  test: {
    ...s45.test,
    include: [
      ...(s45.test?.include ?? []),
      'test/lang/readings-s46.test.ts',
      'test/lang/counties-gazetteer-s46.test.ts',
      'test/**/*.mutants-s46.test.ts',
    ],
  },
});
