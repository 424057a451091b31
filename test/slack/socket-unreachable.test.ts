import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { startSlackApp } from '../../src/slack/app.js';
import { loadSlackConfig } from '../../src/slack/config.js';
import { RedactingLogger } from '../../src/slack/logger.js';
import { FakeEngine } from './fake-engine.js';
import { FakeSlack, waitFor } from './fake-slack.js';
import { APP_TOKEN, BOT_TOKEN } from './harness.js';

/** A port nothing listens on yet: one the OS just handed out and took back. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address !== null ? address.port : 0;
}

describe('Socket Mode while Slack cannot be reached', () => {
  it('logs the outage once, naming the host, keeps reconnecting quietly, and says when Slack answers again', async () => {
    const port = await freePort();
    const logs: string[] = [];
    const config = loadSlackConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: APP_TOKEN,
      SLACK_API_URL: `http://127.0.0.1:${port}/api/`,
      FEEDBACK_LOG: join(mkdtempSync(join(tmpdir(), 'slack-unreachable-')), 'feedback.jsonl'),
    });
    if (config === null) throw new Error('config expected');
    const starting = startSlackApp(new FakeEngine(), config, {
      logger: new RedactingLogger([BOT_TOKEN, APP_TOKEN], LogLevel.DEBUG, (l) => logs.push(l)),
      webApiPolicy: { sleep: async () => undefined },
    });
    // Several apps.connections.open attempts fail while nothing listens.
    await waitFor(() => logs.filter((l) => l.includes('still unreachable')).length >= 2, 'repeated attempts', 20_000);
    const fake = await FakeSlack.start(port);
    try {
      const bot = await starting;
      await waitFor(() => logs.some((l) => l.includes(`Slack reachable again at 127.0.0.1:${port}`)), 'recovery logged');
      const loud = logs.filter((l) => / (WARN|ERROR) /.test(l));
      expect(loud.filter((l) => l.includes('cannot reach Slack'))).toHaveLength(1);
      expect(loud.find((l) => l.includes('cannot reach Slack'))).toContain(`127.0.0.1:${port} (ECONNREFUSED)`);
      expect(loud.filter((l) => l.includes('fetch failed'))).toEqual([]);
      await bot.stop();
    } finally {
      await fake.stop();
    }
  }, 30_000);
});
