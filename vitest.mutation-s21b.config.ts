import { defineConfig } from 'vitest/config';
import base from './vitest.mutation.config.js';

/**
 * The mutation set (vitest.mutation.config.ts) and session 21's *.mutants-s21 tests, for the incremental re-run of session
 * 20's mutants (stryker.s21b.json, stryker.s20b.json's mutants and state file) in session 21.
 */
export default defineConfig({
  test: { ...base.test, include: [...(base.test?.include ?? []), 'test/**/*.mutants-s21.test.ts'] },
});
