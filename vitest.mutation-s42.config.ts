import { defineConfig } from 'vitest/config';
import s41 from './vitest.mutation-s41.config.js';

/**
 * Session 42's mutation run of the session's own lines (stryker.s42.json): session 41's run (vitest.mutation-s41.config.ts)
 * and session 42's readings without the engine (test/lang/readings-s42.test.ts). The engine-asking tests
 * (test/answer/questions-s42.test.ts) stay out.
 */
export default defineConfig({
  test: {
    ...s41.test,
    include: [...(s41.test?.include ?? []), 'test/lang/readings-s42.test.ts', 'test/**/*.mutants-s42.test.ts'],
  },
});
