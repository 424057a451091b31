import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The seed and seed + work-report indexes, built once per run (test/support/suite-indexes.ts).
    globalSetup: ['test/support/suite-indexes.ts'],
    // Each file's temporary folders, removed when it ends (test/support/temp-dirs.ts).
    setupFiles: ['test/support/temp-dirs.ts'],
  },
});
