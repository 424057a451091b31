import { openEngineFromFlags } from './cli/open-engine.js';
import { runChat } from './cli/chat.js';
import { loadSlackConfig, type SlackConfig, SlackConfigError, startSlackApp } from './slack/index.js';

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
  const engine = await openEngineFromFlags({ progress: true });
  if (!slack) {
    await runChat(engine);
    return;
  }
  const running = await startSlackApp(engine, slack);
  process.stderr.write(`slack: running in ${slack.mode} mode${running.port ? ` on port ${running.port}` : ''}\n`);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      process.stderr.write(`slack: ${signal}, draining\n`);
      void running.stop().finally(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
