import { defineConfig } from 'vitest/config';
import base from './vitest.mutation.config.js';

/**
 * Session 21's mutation run of session 20's lines in query.ts and conversation.ts (stryker.s21.json): the mutation set's
 * tests of question understanding and conversation only (test/understand, test/retrieve and test/lang in the mutation
 * set, and the *.mutants-s21 tests). Every understandQuery and conversation test covers these lines, so with the whole
 * mutation set each mutant ran most of it (about 45 minutes in session 20); the figure, answer, store and ingest tests
 * of the set do not read a question.
 */
const include = (base.test?.include ?? []).filter((p) => /^test\/(understand|retrieve|lang)\//.test(p));
export default defineConfig({
  test: {
    ...base.test,
    include: [
      ...include,
      'test/retrieve/*.mutants*.test.ts',
      'test/understand/*.mutants*.test.ts',
      'test/lang/*.mutants*.test.ts',
      'test/**/*.mutants-s21.test.ts',
    ],
  },
});
