import { defineConfig } from 'vitest/config';

/**
 * Files that keep a process of their own per file (pool 'forks', isolated): they start processes or
 * worker threads, drive a Slack app, stub the environment or timers, or watch folders. Everything
 * else is a unit file and runs in the 'unit' project below.
 */
const ISOLATED = [
  'test/slack/**/*.test.ts',
  'test/faults/**/*.test.ts',
  'test/live/**/*.test.ts',
  // Its renderer's worker thread (a TypeScript entry) times out when started from a thread worker.
  'test/chart/off-thread-renderer.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two at once on a 2-core machine (vitest's default is cores − 1): many files wait on child
    // processes, sockets or timers, and the unit worker and an isolated file overlap.
    maxWorkers: 2,
    // The seed and seed + work-report indexes, built once per run (test/support/suite-indexes.ts).
    globalSetup: ['test/support/suite-indexes.ts'],
    // Each file's temporary folders, removed when it ends (test/support/temp-dirs.ts).
    setupFiles: ['test/support/temp-dirs.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ISOLATED,
          // One module graph per worker, not one per file: the source modules (and the intent
          // classifier trained on import) load once. These files keep no state between them.
          pool: 'threads',
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'isolated', include: ISOLATED, pool: 'forks' },
      },
    ],
  },
});
