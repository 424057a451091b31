import { defineConfig } from 'vitest/config';
import s27 from './vitest.mutation-s27.config.js';

/**
 * Session 28's mutation run of the session's own lines (stryker.s28.json): session 27's run (vitest.mutation-s27.config.ts),
 * session 28's hand-built readings (test/figures/attribute-numbers, test/lang/asked-units-s28) and the *.mutants-s28 tests
 * written for this run. test/answer/questions-s28 asks an engine: it stays out.
 */
export default defineConfig({
  test: {
    ...s27.test,
    include: [
      ...(s27.test?.include ?? []),
      'test/figures/attribute-numbers.test.ts',
      'test/lang/asked-units-s28.test.ts',
      'test/**/*.mutants-s28.test.ts',
    ],
  },
});
