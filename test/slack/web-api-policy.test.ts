import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_BOT_USER_ID, appMention, buttonClick, nextTs, slashCommand, waitFor } from './fake-slack.js';
import { startHttpHarness, type Harness } from './harness.js';
import { encodePassagesValue } from '../../src/slack/button-values.js';

const QUESTION = `<@${FAKE_BOT_USER_ID}> 钱塘区2024年GDP是多少？`;

describe('Web API call policy against a misbehaving Slack', () => {
  let h: Harness | undefined;
  const waits: number[] = [];
  const start = (timeoutMs = 10_000) => startHttpHarness({}, { webApiPolicy: { timeoutMs, sleep: async (ms) => void waits.push(ms) } });

  afterEach(async () => {
    await h?.close();
    h = undefined;
    waits.length = 0;
  });

  it('retries chat.postMessage after HTTP 429 and after ok:false ratelimited, waiting Retry-After', async () => {
    h = await start();
    h.fake.misbehave('chat.postMessage', { kind: 'http429', retryAfter: 3 });
    h.fake.misbehave('chat.postMessage', { kind: 'ratelimited', retryAfter: 2 });
    const ts = nextTs();
    await h.sendEvent(appMention({ channel: 'C900', user: 'U9', text: QUESTION, ts }));
    await waitFor(() => h?.logs.some((l) => l.includes('answered ')), 'answered');
    const posts = h.fake.callsTo('chat.postMessage').filter((c) => c.params.thread_ts === ts);
    expect(posts).toHaveLength(3);
    expect(waits).toEqual([3000, 2000]);
  });

  it('gives up on chat.postMessage after two retries and never retries one that timed out (it may have posted)', async () => {
    h = await start(300);
    h.fake.misbehave('chat.postMessage', { kind: 'ratelimited', retryAfter: 1 }, 3);
    const limited = nextTs();
    await h.sendEvent(appMention({ channel: 'C901', user: 'U9', text: QUESTION, ts: limited }));
    await waitFor(() => h?.logs.some((l) => l.includes('giving up')), 'gave up');
    // The answer was tried three times; the polite failure notice that may follow is another post.
    const tries = h.fake
      .callsTo('chat.postMessage')
      .filter((c) => c.params.thread_ts === limited && JSON.stringify(c.params.blocks).includes('1180.6'));
    expect(tries).toHaveLength(3);

    h.fake.misbehave('chat.postMessage', { kind: 'hang' });
    const hung = nextTs();
    await h.sendEvent(appMention({ channel: 'C902', user: 'U9', text: QUESTION, ts: hung }));
    await waitFor(() => h?.logs.some((l) => l.includes('no answer from Slack within 300 ms')), 'timeout logged');
    // The polite failure notice is a second, different post; the answer itself was sent once.
    const answers = h.fake
      .callsTo('chat.postMessage')
      .filter((c) => c.params.thread_ts === hung && JSON.stringify(c.params.blocks).includes('1180.6'));
    expect(answers).toHaveLength(1);
  });

  it('never retries views.open: its trigger_id expires in 3 s', async () => {
    h = await start();
    h.fake.misbehave('views.open', { kind: 'http429', retryAfter: 1 });
    const value = encodePassagesValue(['qiantang-2025#s1-p3-1'], 'zh') ?? '';
    const res = await h.sendForm(buttonClick({ actionId: 'show_passages', value, user: 'U9', channel: 'C903', messageTs: nextTs() }));
    expect(res.status).toBe(200);
    await waitFor(() => h?.logs.some((l) => l.includes('showing passages failed')), 'failure logged');
    expect(h.fake.callsTo('views.open')).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('a hanging reactions.add delays neither the answer nor the shutdown drain', async () => {
    h = await start(60_000);
    h.fake.misbehave('reactions.add', { kind: 'hang' });
    const ts = nextTs();
    await h.sendEvent(appMention({ channel: 'C904', user: 'U9', text: QUESTION, ts }));
    await waitFor(() => h?.fake.callsTo('chat.postMessage').find((c) => c.params.thread_ts === ts), 'answer posted while ⏳ hangs');
    await waitFor(() => h?.logs.some((l) => l.includes('answered ')), 'answer finished');
    await h.bot.stop();
    expect(h.logs.some((l) => l.includes('stopped waiting'))).toBe(false);
    // The ✅ waits behind the hanging ⏳, in the background.
    expect(h.fake.callsTo('reactions.add').filter((c) => c.params.name === 'white_check_mark')).toHaveLength(0);
  });

  it('logs a failing progress sign once, not once per answer', async () => {
    h = await start();
    h.fake.misbehave('reactions.add', { kind: 'error', error: 'missing_scope' }, 6);
    for (const channel of ['C905', 'C906', 'C907']) {
      const ts = nextTs();
      await h.sendEvent(appMention({ channel, user: `U${channel}`, text: QUESTION, ts }));
      await waitFor(() => h?.fake.callsTo('chat.postMessage').find((c) => c.params.thread_ts === ts), 'answer');
    }
    await waitFor(() => (h?.fake.callsTo('reactions.add').length ?? 0) >= 6, 'all reactions tried');
    const warnings = h.logs.filter((l) => l.includes('WARN') && l.includes('reactions.add failed'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('missing_scope');
  });
});

describe('Slack unreachable', () => {
  it('says so once, naming the host, instead of a line per failed request', async () => {
    const port = await closedPort();
    const h = await startHttpHarness(
      { SLACK_API_URL: `http://127.0.0.1:${port}/api/` },
      { webApiPolicy: { sleep: async () => undefined } },
    );
    try {
      for (let i = 0; i < 3; i += 1) {
        await h.sendEvent(appMention({ channel: 'C910', user: `U91${i}`, text: QUESTION, ts: nextTs() }));
      }
      await waitFor(() => h.logs.filter((l) => l.includes('failed')).length >= 3, 'answers tried');
      const unreachable = h.logs.filter((l) => l.includes('cannot reach Slack'));
      expect(unreachable).toHaveLength(1);
      expect(unreachable[0]).toContain(`127.0.0.1:${port} (ECONNREFUSED)`);
      expect(h.logs.filter((l) => /WARN.*http request failed/.test(l))).toEqual([]);
    } finally {
      await h.close();
    }
  });
});

/** A port nothing listens on: one the OS just handed out and took back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address !== null ? address.port : 0;
}

describe('response_url posts (slash command answers) share the policy', () => {
  it('a response_url POST that times out is not sent again', async () => {
    const h = await startHttpHarness({}, { webApiPolicy: { timeoutMs: 300, sleep: async () => undefined } });
    try {
      h.fake.misbehave('response_url', { kind: 'hang' });
      const res = await h.sendForm(
        slashCommand({ text: '钱塘区2024年GDP是多少？', user: 'U95', channel: 'C950', responseUrl: h.fake.responseUrl('slow') }),
      );
      expect(res.status).toBe(200);
      await waitFor(() => h.logs.some((l) => l.includes('failed')), 'failure logged');
      expect(h.fake.callsTo('response_url').filter((c) => c.responseId === 'slow' && c.params.response_type === 'in_channel')).toHaveLength(
        1,
      );
    } finally {
      await h.close();
    }
  });
});
