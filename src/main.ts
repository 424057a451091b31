import path from 'node:path';
import { runChat } from './cli/chat.js';
import { ChatNotices } from './cli/chat-notices.js';
import { resolvePaths } from './config.js';
import { inProcessEngines } from './serve/in-process-engines.js';
import { loadLiveConfig } from './serve/live-config.js';
import { poolEngines } from './serve/pool-engines.js';
import { serveLive } from './serve/serve-live.js';
import { AnswerGate, DEFAULT_ANSWER_CONCURRENCY } from './slack/answer-gate.js';
import { loadAnswerPoolConfig } from './slack/answer-pool-config.js';
import { loadSlackConfig, type SlackConfig, SlackConfigError, startSlackApp } from './slack/index.js';

/** Longest a SIGTERM waits for the engine processes after the Slack answers in flight are posted. */
const ENGINE_CLOSE_MS = 2_000;

const log = (message: string) => process.stderr.write(`${message}\n`);

/**
 * `npm start`: the Slack bot when Slack tokens are set, otherwise a terminal chat. Either way the
 * index is built on first run, and (unless WATCH_CORPUS=0) rebuilt in the background when the
 * corpus folder changes, the new index swapped in while questions keep being answered.
 */
async function main(): Promise<void> {
  try {
    process.loadEnvFile('.env');
  } catch {
    // No .env: the environment is used as it is.
  }
  let slack: SlackConfig | null;
  let watch: boolean;
  try {
    slack = loadSlackConfig(process.env);
    watch = loadLiveConfig(process.env).watchCorpus;
  } catch (error) {
    if (error instanceof SlackConfigError || (error instanceof Error && error.message.startsWith('configuration:'))) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
  const { corpusDir } = resolvePaths({});
  if (!slack) {
    // The terminal chat answers one person at a time: the engine stays in this process (its
    // rebuilds run in a child process).
    // Once the chat runs, the rebuilds' log lines go above its prompt, not after it.
    const notices = new ChatNotices(process.stdout);
    const live = serveLive(await inProcessEngines({}, log), { corpusDir, watch, log: notices.post });
    try {
      await runChat(live.engine, process.stdin, process.stdout, notices);
    } finally {
      await live.stop();
    }
    return;
  }
  // Answers are computed in engine processes so the Slack receiver acknowledges every event at once.
  const pool = loadAnswerPoolConfig(process.env);
  const source = await poolEngines({
    flags: {},
    pool: {
      engineModule: new URL(`./slack/index-engine-module${path.extname(import.meta.url)}`, import.meta.url),
      processes: pool.processes,
      answerTimeoutMs: pool.answerTimeoutMs,
    },
    closeMs: ENGINE_CLOSE_MS,
    log,
  });
  const live = serveLive(source, { corpusDir, watch, log });
  // A report an admin shares in Slack is written into the corpus, then the live engine rebuilds;
  // the thread is told only once the next question is answered from it (or that the build failed).
  const corpus = {
    dir: corpusDir,
    refresh: async (reason: string) => {
      const outcome = await live.engine.refresh(reason);
      if (outcome.status === 'failed') throw new Error(`index build failed: ${outcome.error}`);
    },
  };
  const running = await startSlackApp(live.engine, slack, {
    answerGate: new AnswerGate(DEFAULT_ANSWER_CONCURRENCY, pool.maxQueued),
    corpus,
    // Before "running" is reported: the first real burst meets a receive path that has run before.
    warmUp: slack.mode === 'http' ? { requests: slack.warmUpRequests } : undefined,
  });
  process.stderr.write(
    `slack: running in ${slack.mode} mode${running.port ? ` on port ${running.port}` : ''}, ` +
      `${pool.processes} engine process(es), up to ${pool.maxQueued} questions queued` +
      `${running.warmUp ? `, receive path warmed up with ${running.warmUp.acknowledged} events in ${running.warmUp.ms} ms` : ''}` +
      `${watch ? `, watching ${corpusDir} for changes` : ''}\n`,
  );
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    // Once: a second signal during the drain takes the default action and ends the process at once.
    process.once(signal, () => {
      process.stderr.write(`slack: ${signal}, draining\n`);
      void (async () => {
        // Stops receiving and waits (bounded) for every answer in flight to be posted.
        await running.stop();
        await live.stop();
        process.stderr.write('slack: stopped\n');
      })().finally(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
