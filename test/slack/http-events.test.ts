import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INJECTION_SENTENCE } from './fake-engine.js';
import {
  FAKE_BOT_USER_ID,
  appMention,
  directMessage,
  eventCallback,
  nextTs,
  postSigned,
  slackSignature,
  waitFor,
  type ApiCall,
} from './fake-slack.js';
import { BOT_TOKEN, SIGNING_SECRET, startHttpHarness, type Harness } from './harness.js';

function blocksText(call: ApiCall): string {
  return JSON.stringify(call.params.blocks);
}

function repliesIn(h: Harness, channel: string, threadTs?: string): ApiCall[] {
  return h.fake
    .callsTo('chat.postMessage')
    .filter((c) => c.params.channel === channel && (threadTs === undefined || c.params.thread_ts === threadTs));
}

describe('Slack bot over HTTP (Events API)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHttpHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('verifies the token once with auth.test after start', async () => {
    const call = await waitFor(() => h.fake.callsTo('auth.test')[0], 'auth.test');
    expect(call.token).toBe(BOT_TOKEN);
  });

  it('answers a mention in its thread, quoting the source sentence and showing the figure', async () => {
    const ts = nextTs();
    const res = await h.sendEvent(appMention({ channel: 'C100', user: 'U1', text: `<@${FAKE_BOT_USER_ID}> 钱塘区2024年GDP是多少？`, ts }));
    expect(res.status).toBe(200);

    const reply = await waitFor(() => repliesIn(h, 'C100', ts)[0], 'threaded reply');
    const blocks = blocksText(reply);
    expect(reply.params.thread_ts).toBe(ts);
    expect(reply.token).toBe(BOT_TOKEN);
    expect(blocks).toContain('> 全区实现地区生产总值1180.6亿元，按可比价格计算增长6.8%。');
    expect(blocks).toContain('2025年杭州市钱塘区人民政府工作报告');
    expect(blocks).toContain('*地区生产总值*');
    expect(blocks).toContain('*1180.6亿元* · 增长6.8% · 实际 · 2024年 · 钱塘区');
    expect(String(reply.params.text)).toContain('1180.6亿元');
    // The engine got the question without the mention markup.
    expect(h.engine.calls.some((c) => c.question === '钱塘区2024年GDP是多少？')).toBe(true);

    // ⏳ while working, ✅ when done.
    await waitFor(
      () => h.fake.callsTo('reactions.add').find((c) => c.params.timestamp === ts && c.params.name === 'white_check_mark'),
      'done reaction',
    );
    const reactions = h.fake.calls.filter((c) => c.method.startsWith('reactions.') && c.params.timestamp === ts);
    expect(reactions.map((c) => `${c.method}:${String(c.params.name)}`)).toEqual([
      'reactions.add:hourglass_flowing_sand',
      'reactions.remove:hourglass_flowing_sand',
      'reactions.add:white_check_mark',
    ]);
  });

  it('replies inside an existing thread when mentioned there', async () => {
    const root = nextTs();
    const ts = nextTs();
    await h.sendEvent(
      appMention({ channel: 'C101', user: 'U1', text: `<@${FAKE_BOT_USER_ID}> 钱塘区2024年GDP是多少？`, ts, thread_ts: root }),
    );
    const reply = await waitFor(() => repliesIn(h, 'C101')[0], 'reply');
    expect(reply.params.thread_ts).toBe(root);
  });

  it('rejects a forged signature and a 10-minute-old timestamp with 401 and posts nothing', async () => {
    const before = h.fake.callsTo('chat.postMessage').length;
    const forged = await h.sendEvent(appMention({ channel: 'C102', user: 'U1', text: '钱塘区2024年GDP是多少？' }), undefined, {
      signature: 'v0=0000000000000000000000000000000000000000000000000000000000000000',
    });
    expect(forged.status).toBe(401);

    const old = Math.floor(Date.now() / 1000) - 600;
    const body = eventCallback(appMention({ channel: 'C102', user: 'U1', text: '钱塘区2024年GDP是多少？' }));
    const stale = await postSigned(h.eventsUrl, SIGNING_SECRET, body, {
      timestamp: old,
      signature: slackSignature(SIGNING_SECRET, old, body),
    });
    expect(stale.status).toBe(401);

    // A valid request afterwards is answered, and it is the only new post.
    const ts = nextTs();
    await h.sendEvent(appMention({ channel: 'C103', user: 'U1', text: '钱塘区2024年GDP是多少？', ts }));
    await waitFor(() => repliesIn(h, 'C103', ts)[0], 'sentinel reply');
    expect(h.fake.callsTo('chat.postMessage').length).toBe(before + 1);
    expect(repliesIn(h, 'C102')).toHaveLength(0);
  });

  it('answers a retried event once', async () => {
    const ts = nextTs();
    const event = appMention({ channel: 'C104', user: 'U2', text: '钱塘区2024年GDP是多少？', ts });
    const eventId = 'EvRETRY0001';
    const first = await h.sendEvent(event, eventId);
    const retry = await h.sendEvent(event, eventId, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);

    const sentinel = nextTs();
    await h.sendEvent(appMention({ channel: 'C104', user: 'U2', text: '钱塘区2024年GDP是多少？', ts: sentinel }));
    await waitFor(() => repliesIn(h, 'C104', sentinel)[0], 'sentinel reply');
    await waitFor(() => repliesIn(h, 'C104', ts)[0], 'reply to the original');
    expect(repliesIn(h, 'C104', ts)).toHaveLength(1);
    expect(h.logs.some((l) => l.includes('EvRETRY0001') && l.includes('retry 1'))).toBe(true);
  });

  it('answers one message once even when it arrives as two different events', async () => {
    const ts = nextTs();
    await h.sendEvent(appMention({ channel: 'D200', user: 'U3', text: `<@${FAKE_BOT_USER_ID}> 钱塘区2024年GDP是多少？`, ts }));
    await h.sendEvent(directMessage({ channel: 'D200', user: 'U3', text: `<@${FAKE_BOT_USER_ID}> 钱塘区2024年GDP是多少？`, ts }));
    await waitFor(() => repliesIn(h, 'D200').find((c) => blocksText(c).includes('1180.6')), 'the answer');
    const sentinel = nextTs();
    await h.sendEvent(directMessage({ channel: 'D200', user: 'U3', text: '拱墅区呢？', ts: sentinel }));
    await waitFor(
      () => h.fake.callsTo('reactions.add').find((c) => c.params.timestamp === sentinel && c.params.name === 'white_check_mark'),
      'sentinel answered',
    );
    const answers = repliesIn(h, 'D200').filter((c) => blocksText(c).includes('1180.6'));
    expect(answers).toHaveLength(1);
  });

  it('answers a direct message top-level and ignores bot messages, edits and subtypes', async () => {
    await h.sendEvent(directMessage({ channel: 'D300', user: 'U4', text: 'from a bot', extra: { bot_id: 'B999' } }));
    await h.sendEvent(directMessage({ channel: 'D300', user: 'U4', text: 'edited', extra: { subtype: 'message_changed' } }));
    await h.sendEvent(directMessage({ channel: 'D300', user: 'U4', text: 'joined', extra: { subtype: 'channel_join' } }));
    await h.sendEvent(directMessage({ channel: 'D300', user: FAKE_BOT_USER_ID, text: 'my own message' }));
    const ts = nextTs();
    await h.sendEvent(directMessage({ channel: 'D300', user: 'U4', text: '钱塘区2024年GDP是多少？', ts }));

    const reply = await waitFor(() => repliesIn(h, 'D300')[0], 'DM reply');
    expect(reply.params.thread_ts).toBeUndefined();
    expect(blocksText(reply)).toContain('1180.6亿元');
    await waitFor(
      () => h.fake.callsTo('reactions.add').find((c) => c.params.timestamp === ts && c.params.name === 'white_check_mark'),
      'done',
    );
    expect(repliesIn(h, 'D300')).toHaveLength(1);
    expect(h.engine.calls.filter((c) => ['from a bot', 'edited', 'joined', 'my own message'].includes(c.question))).toHaveLength(0);
  });

  it('escapes Slack markup inside cited report text', async () => {
    const ts = nextTs();
    await h.sendEvent(appMention({ channel: 'C105', user: 'U5', text: `<@${FAKE_BOT_USER_ID}> 注入测试`, ts }));
    const reply = await waitFor(() => repliesIn(h, 'C105', ts)[0], 'reply');
    const blocks = blocksText(reply);
    expect(INJECTION_SENTENCE).toContain('<!channel>');
    expect(blocks).toContain('&lt;!channel&gt; &amp; &lt;http://x|y&gt;');
    expect(blocks).toContain('&lt;@U999&gt;');
    expect(blocks).not.toMatch(/<!channel>|<!here>|<@U999>|<http:\/\/x\|y>/);
    expect(String(reply.params.text)).not.toMatch(/<!here>/);
  });

  it('turns an engine failure into a polite threaded reply and keeps running', async () => {
    const ts = nextTs();
    await h.sendEvent(appMention({ channel: 'C106', user: 'U6', text: '这个问题会出错', ts }));
    const reply = await waitFor(() => repliesIn(h, 'C106', ts)[0], 'error reply');
    expect(String(reply.params.text)).toContain('抱歉');
    expect(h.logs.some((l) => l.includes('ERROR') && l.includes('index file missing'))).toBe(true);

    const next = nextTs();
    await h.sendEvent(appMention({ channel: 'C106', user: 'U6', text: '钱塘区2024年GDP是多少？', ts: next }));
    await waitFor(() => repliesIn(h, 'C106', next)[0], 'next reply');
  });

  it('inherits place and year in a thread through AskContext.history', async () => {
    const root = nextTs();
    await h.sendEvent(appMention({ channel: 'C107', user: 'U7', text: `<@${FAKE_BOT_USER_ID}> 拱墅区2024年GDP是多少？`, ts: root }));
    await waitFor(() => repliesIn(h, 'C107', root)[0], 'first reply');
    const follow = nextTs();
    await h.sendEvent(
      appMention({ channel: 'C107', user: 'U7', text: `<@${FAKE_BOT_USER_ID}> 那2025年的目标呢？`, ts: follow, thread_ts: root }),
    );
    await waitFor(() => repliesIn(h, 'C107', root)[1], 'follow-up reply');
    const call = h.engine.calls.find((c) => c.question === '那2025年的目标呢？');
    expect(call?.context?.history).toEqual(['拱墅区2024年GDP是多少？']);
  });

  it('never logs the bot token or the signing secret', () => {
    const all = h.logs.join('\n');
    expect(h.logs.length).toBeGreaterThan(0);
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SIGNING_SECRET);
  });

  it("answers Slack's url_verification challenge", async () => {
    const body = JSON.stringify({ token: 'x', challenge: 'challenge-abc', type: 'url_verification' });
    const res = await postSigned(h.eventsUrl, SIGNING_SECRET, body);
    expect(res.status).toBe(200);
    expect(res.body).toContain('challenge-abc');
  });

  it('answers health checks', async () => {
    const res = await fetch(h.eventsUrl.replace('/slack/events', '/healthz'));
    expect(res.status).toBe(200);
  });
});
