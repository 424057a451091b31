import { defineConfig } from 'vitest/config';
import s38 from './vitest.mutation-s38.config.js';

/**
 * Session 39's mutation run of the session's own lines (stryker.s39.json): session 38's run (vitest.mutation-s38.config.ts)
 * and session 39's readings without the engine (test/lang/readings-s39.test.ts). The engine-asking tests
 * (test/answer/questions-s39.test.ts) stay out.
 */
export default defineConfig({
  test: {
    ...s38.test,
    include: [...(s38.test?.include ?? []), 'test/lang/readings-s39.test.ts', 'test/**/*.mutants-s39.test.ts'],
  },
});
