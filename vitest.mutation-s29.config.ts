import { defineConfig } from 'vitest/config';
import s28 from './vitest.mutation-s28.config.js';

/**
 * Session 29's mutation run of the session's own lines (stryker.s29.json): session 28's run (vitest.mutation-s28.config.ts)
 * and session 29's hand-built readings. The engine-asking tests (test/answer/questions-s29, interchangeable-words-s29)
 * stay out.
 */
export default defineConfig({
  test: {
    ...s28.test,
    include: [
      ...(s28.test?.include ?? []),
      'test/lang/english-asks-s29.test.ts',
      'test/lang/interchangeable-words-s29.test.ts',
      'test/lang/sense-phrases-per-terms-s29.test.ts',
      'test/figures/attribute-kinds-s29.test.ts',
      'test/**/*.mutants-s29.test.ts',
    ],
  },
});
