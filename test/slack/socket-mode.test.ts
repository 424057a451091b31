import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogLevel } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlackApp, type SlackAppHandle } from '../../src/slack/app.js';
import { loadSlackConfig } from '../../src/slack/config.js';
import { RedactingLogger } from '../../src/slack/logger.js';
import { FakeEngine } from './fake-engine.js';
import { FAKE_BOT_USER_ID, FakeSlack, appMention, eventCallback, nextTs, waitFor } from './fake-slack.js';
import { APP_TOKEN, BOT_TOKEN } from './harness.js';

describe('Socket Mode', () => {
  let fake: FakeSlack;
  let bot: SlackAppHandle;
  const logs: string[] = [];

  beforeAll(async () => {
    fake = await FakeSlack.start();
    const config = loadSlackConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: APP_TOKEN,
      SLACK_API_URL: fake.apiUrl,
      FEEDBACK_LOG: join(mkdtempSync(join(tmpdir(), 'slack-socket-')), 'feedback.jsonl'),
    });
    if (config === null) throw new Error('config expected');
    expect(config.mode).toBe('socket');
    bot = await startSlackApp(new FakeEngine(), config, {
      logger: new RedactingLogger([BOT_TOKEN, APP_TOKEN], LogLevel.DEBUG, (l) => logs.push(l)),
    });
  });
  afterAll(async () => {
    await bot.stop();
    await fake.stop();
  });

  it('opens the connection with the app token and reports no port', async () => {
    const open = fake.callsTo('apps.connections.open')[0];
    expect(open?.token).toBe(APP_TOKEN);
    expect(bot.port).toBeUndefined();
    await waitFor(() => fake.callsTo('auth.test')[0], 'auth.test');
  });

  it('acks an events_api envelope and posts the threaded reply', async () => {
    const ts = nextTs();
    const body = JSON.parse(
      eventCallback(appMention({ channel: 'C900', user: 'U90', text: `<@${FAKE_BOT_USER_ID}> 钱塘区2024年GDP是多少？`, ts })),
    ) as Record<string, unknown>;
    const envelopeId = fake.sendEvent(body);

    await waitFor(() => fake.socketAcks.find((a) => a.envelope_id === envelopeId), 'ack over the socket');
    const reply = await waitFor(() => fake.callsTo('chat.postMessage').find((c) => c.params.thread_ts === ts), 'reply');
    expect(reply.params.channel).toBe('C900');
    expect(reply.token).toBe(BOT_TOKEN);
    expect(JSON.stringify(reply.params.blocks)).toContain('> 全区实现地区生产总值1180.6亿元');
  });

  it('answers a redelivered envelope (retry_attempt 1) once', async () => {
    const ts = nextTs();
    const body = JSON.parse(
      eventCallback(appMention({ channel: 'C901', user: 'U91', text: '钱塘区2024年GDP是多少？', ts }), 'EvSOCKETRETRY'),
    ) as Record<string, unknown>;
    const first = fake.sendEvent(body);
    const second = fake.sendEvent(body, undefined, 1);
    await waitFor(() => fake.socketAcks.find((a) => a.envelope_id === second), 'ack of the retry');
    await waitFor(() => fake.socketAcks.find((a) => a.envelope_id === first), 'ack of the original');
    const sentinel = nextTs();
    fake.sendEvent(
      JSON.parse(eventCallback(appMention({ channel: 'C901', user: 'U91', text: '钱塘区2024年GDP是多少？', ts: sentinel }))) as Record<
        string,
        unknown
      >,
    );
    await waitFor(() => fake.callsTo('chat.postMessage').find((c) => c.params.thread_ts === sentinel), 'sentinel');
    await waitFor(() => fake.callsTo('chat.postMessage').find((c) => c.params.thread_ts === ts), 'original');
    expect(fake.callsTo('chat.postMessage').filter((c) => c.params.thread_ts === ts)).toHaveLength(1);
  });

  it('never logs a token', () => {
    const all = logs.join('\n');
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(APP_TOKEN);
  });
});
