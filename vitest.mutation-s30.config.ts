import { defineConfig } from 'vitest/config';
import s29 from './vitest.mutation-s29.config.js';

/**
 * Session 30's mutation run of the session's own lines (stryker.s30.json): session 29's run (vitest.mutation-s29.config.ts)
 * and session 30's hand-built readings. The engine-asking tests (test/answer/*-s30) stay out.
 */
export default defineConfig({
  test: {
    ...s29.test,
    include: [...(s29.test?.include ?? []), 'test/figures/name-shapes-s30.test.ts', 'test/**/*.mutants-s30.test.ts'],
  },
});
