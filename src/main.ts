import path from 'node:path';
import { WorkerEngine } from './answer/worker-engine.js';
import { runChat } from './cli/chat.js';
import { openEngineFromFlags } from './cli/open-engine.js';
import { AnswerGate, DEFAULT_ANSWER_CONCURRENCY } from './slack/answer-gate.js';
import { loadAnswerPoolConfig } from './slack/answer-pool-config.js';
import { loadSlackConfig, type SlackConfig, SlackConfigError, startSlackApp } from './slack/index.js';

/** Longest a SIGTERM waits for the engine processes after the Slack answers in flight are posted. */
const ENGINE_CLOSE_MS = 2_000;

/**
 * `npm start`: the Slack bot when Slack tokens are set, otherwise a terminal chat. Either way the
 * index is built on first run.
 */
async function main(): Promise<void> {
  try {
    process.loadEnvFile('.env');
  } catch {
    // No .env: the environment is used as it is.
  }
  let slack: SlackConfig | null;
  try {
    slack = loadSlackConfig(process.env);
  } catch (error) {
    if (error instanceof SlackConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
  if (!slack) {
    // The terminal chat answers one person at a time: the engine stays in this process.
    await runChat(await openEngineFromFlags({ progress: true }));
    return;
  }
  // Answers are computed in engine processes so the Slack receiver acknowledges every event at once.
  const pool = loadAnswerPoolConfig(process.env);
  const engine = await WorkerEngine.start({
    engineModule: new URL(`./slack/index-engine-module${path.extname(import.meta.url)}`, import.meta.url),
    engineOptions: {},
    processes: pool.processes,
    answerTimeoutMs: pool.answerTimeoutMs,
  });
  const running = await startSlackApp(engine, slack, { answerGate: new AnswerGate(DEFAULT_ANSWER_CONCURRENCY, pool.maxQueued) });
  process.stderr.write(
    `slack: running in ${slack.mode} mode${running.port ? ` on port ${running.port}` : ''}, ` +
      `${pool.processes} engine process(es), up to ${pool.maxQueued} questions queued\n`,
  );
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    // Once: a second signal during the drain takes the default action and ends the process at once.
    process.once(signal, () => {
      process.stderr.write(`slack: ${signal}, draining\n`);
      void (async () => {
        // Stops receiving and waits (bounded) for every answer in flight to be posted.
        await running.stop();
        await engine.close(ENGINE_CLOSE_MS);
        process.stderr.write('slack: stopped\n');
      })().finally(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
