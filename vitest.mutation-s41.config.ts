import { defineConfig } from 'vitest/config';
import s40 from './vitest.mutation-s40.config.js';

/**
 * Session 41's mutation run of the session's own lines (stryker.s41.json): session 40's run (vitest.mutation-s40.config.ts)
 * and session 41's readings without the engine (test/lang/readings-s41.test.ts, test/figures/attribute-kinds-s41.test.ts).
 * The engine-asking tests (test/answer/questions-s41.test.ts) stay out.
 */
export default defineConfig({
  test: {
    ...s40.test,
    include: [
      ...(s40.test?.include ?? []),
      'test/lang/readings-s41.test.ts',
      'test/figures/attribute-kinds-s41.test.ts',
      'test/**/*.mutants-s41.test.ts',
    ],
  },
});
