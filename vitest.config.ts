import { readdirSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/** Files in the folders below that start nothing and keep no state: plain unit files. */
const UNIT_AMONG_ISOLATED = new Set([
  'test/faults/bad-files.test.ts',
  'test/faults/concurrent-asks.test.ts',
  'test/faults/corrupt-index.test.ts',
  'test/live/live-engine.test.ts',
  'test/slack/add-report-request.test.ts',
  'test/slack/answer-gate.test.ts',
  'test/slack/answer-service.mutants.test.ts',
  'test/slack/assistant-context-store.test.ts',
  'test/slack/building-blocks.test.ts',
  'test/slack/burst-hold.test.ts',
  'test/slack/config.test.ts',
  'test/slack/env-example.test.ts',
  'test/slack/manifest.test.ts',
  'test/slack/question-content.test.ts',
  'test/slack/render-answer.test.ts',
]);

/**
 * Files that drive the real Bolt app in-process (fake Slack, fake or in-process engine) and start no
 * process: they share one forked process per worker without isolation, so Bolt, the Slack modules
 * and the engine load once per worker instead of once per file (test/slack: 124 → 84 s of CPU).
 * Each test closes its app and fake Slack; no file changes process-wide state. chart-upload stays
 * isolated: its worker-thread render timed out once in a full run under a load of 10 (not proven to
 * be the sharing, but the worker thread is what isolation protected before).
 */
const SHARED_APP = [
  'test/slack/add-report-failures.test.ts',
  'test/slack/add-report-runner.test.ts',
  'test/slack/add-report.test.ts',
  'test/slack/assistant.test.ts',
  'test/slack/behaviour.test.ts',
  'test/slack/early-ack.test.ts',
  'test/slack/edge-cases.test.ts',
  'test/slack/http-events.test.ts',
  'test/slack/interactivity.test.ts',
  'test/slack/message-budget.test.ts',
  'test/slack/socket-mode.test.ts',
  'test/slack/socket-unreachable.test.ts',
  'test/slack/thread-history.test.ts',
  'test/slack/web-api-policy.test.ts',
];

/**
 * Files that keep a process of their own per file (pool 'forks', isolated): they start processes or
 * worker threads, drive a Slack app, or watch folders. A new file in these folders is isolated until
 * listed above or in SHARED_APP. Everything else is a unit file and runs in the 'unit' project below.
 */
const ISOLATED = [
  ...['test/slack', 'test/faults', 'test/live'].flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.test.ts'))
      .map((name) => `${dir}/${name}`)
      .filter((file) => !UNIT_AMONG_ISOLATED.has(file) && !SHARED_APP.includes(file)),
  ),
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
          exclude: [...ISOLATED, ...SHARED_APP],
          // One module graph per worker, not one per file: the source modules (and the intent
          // classifier trained on import) load once. These files keep no state between them.
          pool: 'threads',
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'app', include: SHARED_APP, pool: 'forks', isolate: false },
      },
      {
        extends: true,
        test: { name: 'isolated', include: ISOLATED, pool: 'forks' },
      },
    ],
  },
});
