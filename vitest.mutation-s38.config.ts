import { defineConfig } from 'vitest/config';
import s37 from './vitest.mutation-s37.config.js';

/**
 * Session 38's mutation run of the session's own lines (stryker.s38.json): session 37's run (vitest.mutation-s37.config.ts)
 * and session 38's readings without the engine (test/lang/readings-s38.test.ts). The engine-asking tests
 * (test/answer/questions-s38.test.ts) stay out.
 */
export default defineConfig({
  test: {
    ...s37.test,
    include: [...(s37.test?.include ?? []), 'test/lang/readings-s38.test.ts', 'test/**/*.mutants-s38.test.ts'],
  },
});
