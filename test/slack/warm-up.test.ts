import { afterEach, describe, expect, it } from 'vitest';
import { loadSlackConfig } from '../../src/slack/config.js';
import { WARM_UP_EVENT_TYPE, warmUpReceivePath } from '../../src/slack/warm-up.js';
import { type Harness, BOT_TOKEN, SIGNING_SECRET, startHttpHarness } from './harness.js';
import { appMention, waitFor } from './fake-slack.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const REQUESTS = 60;

describe('start-up warm-up of the HTTP receive path', () => {
  it("runs signed events through the bot's own receiver and Bolt before start resolves, posting nothing", async () => {
    // A budget no loaded machine reaches: the test is about what the warm-up does, not how fast.
    harness = await startHttpHarness({}, { warmUp: { requests: REQUESTS, budgetMs: 120_000 } });
    const { bot, fake, logs } = harness;

    // Every warm-up request was answered 200 by the bot's receive path (early ack) on its own port.
    expect(bot.warmUp).toMatchObject({ sent: REQUESTS, acknowledged: REQUESTS });
    // Nothing reached the Web API but the start-up's own auth.test: no message, reaction or lookup.
    expect(fake.calls.map((c) => c.method)).toEqual(['auth.test']);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(0);
    expect(harness.engine.calls).toHaveLength(0);

    // Bolt took every warm-up event before start resolved: its dedupe middleware already holds their
    // ids, so a delivery with one of them is recognised as seen.
    await harness.sendEvent(
      { type: WARM_UP_EVENT_TYPE, user: 'U0WARMUP', channel: 'C0WARMUP', ts: '1.000001' },
      `Ev0WARMUP${REQUESTS - 1}`,
    );
    await waitFor(() => logs.find((l) => l.includes(`Ev0WARMUP${REQUESTS - 1} delivered again`)), 'the dedupe log line');
    expect(logs.some((l) => l.includes('receive path warmed up: 60 of 60 requests acknowledged'))).toBe(true);
    expect(logs.some((l) => l.includes(SIGNING_SECRET) || l.includes(BOT_TOKEN))).toBe(false);

    // A real mention after the warm-up is answered as always.
    const ts = '1700000000.000100';
    await harness.sendEvent(appMention({ channel: 'C1', user: 'U1', text: '<@UBOT> 钱塘区2024年GDP是多少？', ts }));
    await waitFor(() => fake.callsTo('chat.postMessage').find((c) => c.params.thread_ts === ts), 'the answer');
    expect(harness.engine.calls).toHaveLength(1);
  });

  it('sends nothing when asked for no requests, and is not run by default', async () => {
    harness = await startHttpHarness({}, { warmUp: { requests: 0 } });
    expect(harness.bot.warmUp).toBeUndefined();
    await harness.close();
    harness = await startHttpHarness();
    expect(harness.bot.warmUp).toBeUndefined();
    expect(harness.fake.calls.map((c) => c.method)).toEqual(['auth.test']);
  });

  it('stops at its time budget and reports what was acknowledged', async () => {
    harness = await startHttpHarness();
    const port = harness.bot.port ?? 0;
    const report = await warmUpReceivePath(port, SIGNING_SECRET, { requests: 5_000, budgetMs: 0 });
    expect(report.sent).toBeLessThan(5_000);
    expect(report.acknowledged).toBeLessThanOrEqual(report.sent);
  });

  it('never throws when nothing listens on the port: the path just stays cold', async () => {
    const report = await warmUpReceivePath(1, SIGNING_SECRET, { requests: 3 });
    expect(report).toMatchObject({ sent: 0, acknowledged: 0 });
  });

  it('is configured by SLACK_WARM_UP_REQUESTS in HTTP mode (default 400, 0 turns it off)', () => {
    const base = { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_MODE: 'http', SLACK_SIGNING_SECRET: SIGNING_SECRET };
    expect(loadSlackConfig(base)).toMatchObject({ warmUpRequests: 400 });
    expect(loadSlackConfig({ ...base, SLACK_WARM_UP_REQUESTS: '0' })).toMatchObject({ warmUpRequests: 0 });
    expect(() => loadSlackConfig({ ...base, SLACK_WARM_UP_REQUESTS: '-1' })).toThrow(/SLACK_WARM_UP_REQUESTS/);
  });
});
