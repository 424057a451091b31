import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_BOT_USER_ID, appMention, directMessage, nextTs, slashCommand, waitFor } from './fake-slack.js';
import { startHttpHarness, type Harness } from './harness.js';

describe('bot behaviour', () => {
  let h: Harness | undefined;

  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('rate-limits each user with an ephemeral notice, sent once per window, never a public thread reply', async () => {
    h = await startHttpHarness({ SLACK_RATE_LIMIT_PER_MINUTE: '2' });
    const harness = h;
    const tss = [nextTs(), nextTs(), nextTs(), nextTs()];
    for (const ts of tss) {
      await harness.sendEvent(appMention({ channel: 'C600', user: 'U60', text: `<@${FAKE_BOT_USER_ID}> 钱塘区2024年GDP是多少？`, ts }));
    }
    await waitFor(() => harness.logs.find((l) => l.includes('(already told)')), 'the fourth question refused silently');
    await waitFor(() => harness.fake.callsTo('chat.postMessage').filter((c) => c.params.channel === 'C600').length === 2, 'two answers');
    const publicReplies = harness.fake.callsTo('chat.postMessage').filter((c) => c.params.channel === 'C600');
    expect(publicReplies.map((c) => String(c.params.text))).toEqual([expect.stringContaining('1180.6'), expect.stringContaining('1180.6')]);
    // The notice is posted while the answers are computed: waited for, then counted (once, never more).
    await waitFor(() => harness.fake.callsTo('chat.postEphemeral').some((c) => c.params.channel === 'C600'), 'the notice');
    const notices = harness.fake.callsTo('chat.postEphemeral').filter((c) => c.params.channel === 'C600');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.params.user).toBe('U60');
    expect(String(notices[0]?.params.text)).toContain('请稍等一分钟');
    expect(tss).toContain(notices[0]?.params.thread_ts);
    expect(harness.engine.calls).toHaveLength(2);

    // Another user is not affected.
    const other = nextTs();
    await harness.sendEvent(appMention({ channel: 'C600', user: 'U61', text: '钱塘区2024年GDP是多少？', ts: other }));
    const reply = await waitFor(() => harness.fake.callsTo('chat.postMessage').find((c) => c.params.thread_ts === other), 'other user');
    expect(String(reply.params.text)).toContain('1180.6');
  });

  it.each([
    ['only markup and emoji', '<@U0OTHER> :smile: :+1:'],
    ['only punctuation', '？？？!!'],
    ['only an emoji and a channel', '🙂 <#C123|general>'],
  ])('asks for a question instead of answering %s', async (_name, text) => {
    h = await startHttpHarness();
    const harness = h;
    const ts = nextTs();
    await harness.sendEvent(appMention({ channel: 'C604', user: 'U66', text: `<@${FAKE_BOT_USER_ID}> ${text}`, ts }));
    const reply = await waitFor(() => harness.fake.callsTo('chat.postMessage').find((c) => c.params.thread_ts === ts), 'the notice');
    expect(String(reply.params.text)).toMatch(/请直接提问|Ask me a question/);
    expect(harness.engine.calls).toHaveLength(0);
  });

  it('answers only in allowed channels, and always in DMs', async () => {
    h = await startHttpHarness({ SLACK_ALLOWED_CHANNELS: 'C0ALLOWED' });
    const harness = h;
    const blocked = nextTs();
    await harness.sendEvent(appMention({ channel: 'C0OTHER', user: 'U62', text: '钱塘区2024年GDP是多少？', ts: blocked }));
    const notice = await waitFor(
      () => harness.fake.callsTo('chat.postEphemeral').find((c) => c.params.channel === 'C0OTHER'),
      'ephemeral notice',
    );
    expect(notice.params.user).toBe('U62');

    const cmd = await harness.sendForm(
      slashCommand({ text: '钱塘区2024年GDP是多少？', user: 'U62', channel: 'C0OTHER', responseUrl: harness.fake.responseUrl('blocked') }),
    );
    expect((JSON.parse(cmd.body) as { text: string }).text).toContain('没有开通');

    const allowed = nextTs();
    await harness.sendEvent(appMention({ channel: 'C0ALLOWED', user: 'U62', text: '钱塘区2024年GDP是多少？', ts: allowed }));
    await waitFor(() => harness.fake.callsTo('chat.postMessage').find((c) => c.params.thread_ts === allowed), 'allowed channel answer');
    await harness.sendEvent(directMessage({ channel: 'D600', user: 'U62', text: '钱塘区2024年GDP是多少？' }));
    await waitFor(() => harness.fake.callsTo('chat.postMessage').find((c) => c.params.channel === 'D600'), 'DM answer');
    expect(harness.fake.callsTo('chat.postMessage').filter((c) => c.params.channel === 'C0OTHER')).toHaveLength(0);
    expect(harness.engine.calls).toHaveLength(2);
  });

  it('keeps running when auth.test fails at start, and logs why', async () => {
    h = await startHttpHarness({}, {}, (fake) => fake.on('auth.test', () => ({ ok: false, error: 'invalid_auth' })));
    const harness = h;
    await waitFor(() => harness.logs.find((l) => l.includes('auth.test failed')), 'auth.test failure logged');
    const ts = nextTs();
    await harness.sendEvent(appMention({ channel: 'C601', user: 'U63', text: '<@UBOT> 钱塘区2024年GDP是多少？', ts }));
    const reply = await waitFor(
      () => harness.fake.callsTo('chat.postMessage').find((c) => c.params.thread_ts === ts),
      'answer without bot ids',
    );
    expect(String(reply.params.text)).toContain('1180.6');
    // The mention is stripped even without knowing the bot's user id.
    expect(harness.engine.calls[0]?.question).toBe('钱塘区2024年GDP是多少？');
  });

  it('stop() stops receiving, waits for the answer in flight, then returns', async () => {
    h = await startHttpHarness({}, { drainTimeoutMs: 60_000 });
    const harness = h;
    let release!: () => void;
    harness.engine.gate = new Promise<void>((r) => (release = r));
    const ts = nextTs();
    await harness.sendEvent(appMention({ channel: 'C602', user: 'U64', text: '钱塘区2024年GDP是多少？', ts }));
    await waitFor(() => harness.engine.calls.length === 1, 'engine busy');

    let stopped = false;
    const stopping = harness.bot.stop().then(() => {
      stopped = true;
    });
    // The receiver closes first: new deliveries are refused, so Slack redelivers them elsewhere.
    await waitFor(
      () =>
        fetch(harness.eventsUrl.replace('/slack/events', '/healthz')).then(
          () => false,
          () => true,
        ),
      'receiver closed',
    );
    expect(stopped).toBe(false);
    expect(harness.fake.callsTo('chat.postMessage')).toHaveLength(0);

    release();
    await stopping;
    expect(harness.fake.callsTo('chat.postMessage').filter((c) => c.params.thread_ts === ts)).toHaveLength(1);
    await harness.fake.stop();
    h = undefined;
  });

  it('can make the HTTP response wait for the answer when a test opts in (processBeforeResponse)', async () => {
    h = await startHttpHarness({}, { processBeforeResponse: true });
    const ts = nextTs();
    const res = await h.sendEvent(appMention({ channel: 'C603', user: 'U65', text: '钱塘区2024年GDP是多少？', ts }));
    expect(res.status).toBe(200);
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.params.thread_ts === ts)).toHaveLength(1);
  });
});
