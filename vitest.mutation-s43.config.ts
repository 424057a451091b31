import { defineConfig } from 'vitest/config';
import s42 from './vitest.mutation-s42.config.js';

/**
 * Session 43's mutation run of the session's own lines (stryker.s43.json): session 42's run (vitest.mutation-s42.config.ts)
 * and session 43's readings without the engine (test/lang/readings-s43.test.ts). The engine-asking tests
 * (test/answer/questions-s43.test.ts) stay out.
 */
export default defineConfig({
  test: {
    ...s42.test,
    include: [...(s42.test?.include ?? []), 'test/lang/readings-s43.test.ts', 'test/**/*.mutants-s43.test.ts'],
  },
});
