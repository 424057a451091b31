import { vi } from 'vitest';

/**
 * Mutation runs only (vitest.mutation.config.ts): property tests run at most this many cases, so a
 * mutant that survives the unit tests is not held 12 s by a 100 000-case fuzz test. The full count
 * still runs in `npm test`.
 */
const MUTATION_FUZZ_RUNS = 1_000;

vi.mock('fast-check', async (importOriginal) => {
  const original = await importOriginal<typeof import('fast-check')>();
  type AssertParams = Parameters<typeof original.assert>[1];
  const assert = ((property: Parameters<typeof original.assert>[0], params?: AssertParams) =>
    original.assert(property, {
      ...params,
      numRuns: Math.min(params?.numRuns ?? MUTATION_FUZZ_RUNS, MUTATION_FUZZ_RUNS),
    } as AssertParams)) as typeof original.assert;
  const fc = { ...original, assert };
  return { ...fc, default: fc };
});
