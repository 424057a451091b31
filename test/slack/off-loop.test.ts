import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LogLevel } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkerEngine } from '../../src/answer/worker-engine.js';
import { type SlackAppHandle, startSlackApp } from '../../src/slack/app.js';
import { loadSlackConfig } from '../../src/slack/config.js';
import { RedactingLogger } from '../../src/slack/logger.js';
import { appMention, eventCallback, FAKE_BOT_USER_ID, FakeSlack, nextTs, postSigned, waitFor } from './fake-slack.js';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET } from './harness.js';

/**
 * The bot with its engine in an engine process whose answers block that process (see
 * blocking-engine-module.ts): while an answer is being computed, the bot still acknowledges events.
 */
describe('answers computed off the event loop', () => {
  let fake: FakeSlack | undefined;
  let engine: WorkerEngine | undefined;
  let bot: SlackAppHandle | undefined;

  afterEach(async () => {
    await bot?.stop();
    await engine?.close(0);
    await fake?.stop();
    bot = engine = fake = undefined;
  });

  async function start(maxQueued: number, mode: 'http' | 'socket' = 'http') {
    const dir = mkdtempSync(path.join(tmpdir(), 'blocking-engine-'));
    fake = await FakeSlack.start();
    engine = await WorkerEngine.start({
      engineModule: new URL('./blocking-engine-module.ts', import.meta.url),
      engineOptions: { dir },
      processes: 1,
      maxQueued,
    });
    const config = loadSlackConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_MODE: mode,
      ...(mode === 'socket' ? { SLACK_APP_TOKEN: APP_TOKEN } : {}),
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      PORT: '0',
      SLACK_API_URL: fake.apiUrl,
      FEEDBACK_LOG: path.join(dir, 'feedback.jsonl'),
    });
    if (config === null) throw new Error('config expected');
    const logs: string[] = [];
    const logger = new RedactingLogger([BOT_TOKEN, SIGNING_SECRET, APP_TOKEN], LogLevel.DEBUG, (line) => logs.push(line));
    bot = await startSlackApp(engine, config, { logger, drainTimeoutMs: 40_000 });
    const eventsUrl = `http://127.0.0.1:${bot.port}/slack/events`;
    const mention = (user: string, ts: string) =>
      postSigned(
        eventsUrl,
        SIGNING_SECRET,
        eventCallback(appMention({ channel: 'C700', user, text: `<@${FAKE_BOT_USER_ID}> 钱塘区GDP`, ts })),
      );
    return { dir, fake, engine, eventsUrl, mention, logs };
  }

  it('acknowledges url_verification and other events while an answer blocks its engine process', async () => {
    const s = await start(10);
    const first = nextTs();
    expect((await s.mention('U701', first)).status).toBe(200);
    await waitFor(() => existsSync(path.join(s.dir, 'started-1')), 'the engine busy with the first question');

    const challenge = await postSigned(
      s.eventsUrl,
      SIGNING_SECRET,
      JSON.stringify({ token: 'x', challenge: 'still-here', type: 'url_verification' }),
    );
    expect(challenge.status).toBe(200);
    expect(challenge.body).toContain('still-here');
    const second = nextTs();
    expect((await s.mention('U702', second)).status).toBe(200);
    await waitFor(() => s.engine.queued === 1, 'the second question queued');
    // Both were acknowledged while the first answer was still blocked (it cannot finish before release).
    expect(s.fake.callsTo('chat.postMessage')).toHaveLength(0);

    writeFileSync(path.join(s.dir, 'release'), '');
    const replies = await waitFor(() => {
      const posted = s.fake.callsTo('chat.postMessage');
      return posted.length >= 2 ? posted : undefined;
    }, 'both answers');
    expect(replies.map((r) => r.params.thread_ts).sort()).toEqual([first, second].sort());
    expect(String(replies[0]?.params.text)).toContain('slow answer');
  });

  it('acknowledges Socket Mode envelopes while an answer blocks its engine process', async () => {
    const s = await start(10, 'socket');
    const envelope = (user: string, ts: string) =>
      JSON.parse(eventCallback(appMention({ channel: 'C701', user, text: `<@${FAKE_BOT_USER_ID}> 钱塘区GDP`, ts }))) as Record<
        string,
        unknown
      >;
    const [first, second] = [nextTs(), nextTs()];
    await waitFor(() => s.fake.sockets.length > 0, 'the Socket Mode connection');
    const firstEnvelope = s.fake.sendEvent(envelope('U703', first));
    await waitFor(() => existsSync(path.join(s.dir, 'started-1')), 'the engine busy with the first question');
    const secondEnvelope = s.fake.sendEvent(envelope('U704', second));
    await waitFor(() => s.fake.socketAcks.find((a) => a.envelope_id === secondEnvelope), 'the second envelope acknowledged');
    expect(s.fake.socketAcks.some((a) => a.envelope_id === firstEnvelope)).toBe(true);
    expect(s.fake.callsTo('chat.postMessage')).toHaveLength(0);

    writeFileSync(path.join(s.dir, 'release'), '');
    await waitFor(() => s.fake.callsTo('chat.postMessage').length === 2, 'both answers');
  });

  it('tells the asker privately to try again when the queue is full, and still answers the others', async () => {
    const s = await start(1);
    const [running, waiting, refused] = [nextTs(), nextTs(), nextTs()];
    await s.mention('U711', running);
    await waitFor(() => existsSync(path.join(s.dir, 'started-1')), 'the first question running');
    await s.mention('U712', waiting);
    await waitFor(() => s.engine.queued === 1, 'the second question queued');
    await s.mention('U713', refused);
    const busy = await waitFor(() => s.fake.callsTo('chat.postEphemeral')[0], 'the busy notice');
    expect(busy.params).toMatchObject({ channel: 'C700', user: 'U713', thread_ts: refused });
    expect(String(busy.params.text)).toContain('请过一会儿再问');

    writeFileSync(path.join(s.dir, 'release'), '');
    await waitFor(() => s.fake.callsTo('chat.postMessage').length === 2, 'the two accepted questions answered');
    const threads = s.fake.callsTo('chat.postMessage').map((c) => c.params.thread_ts);
    expect(threads.sort()).toEqual([running, waiting].sort());
    expect(s.logs.some((l) => l.includes('busy:'))).toBe(true);
  });
});
