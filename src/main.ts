import { openEngineFromFlags } from './cli/open-engine.js';
import { runChat } from './cli/chat.js';

/**
 * `npm start`: the Slack bot when Slack tokens are set, otherwise a terminal chat. Either way the
 * index is built on first run.
 */
async function main(): Promise<void> {
  const { loadSlackConfig, startSlackApp } = await import('./slack/index.js');
  const slack = loadSlackConfig(process.env);
  const engine = await openEngineFromFlags({ progress: true });
  if (!slack) {
    await runChat(engine);
    return;
  }
  const running = await startSlackApp(engine, slack);
  process.stderr.write(`slack: running in ${slack.mode} mode${running.port ? ` on port ${running.port}` : ''}\n`);
  const stop = async (signal: string) => {
    process.stderr.write(`slack: ${signal}, draining\n`);
    await running.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
