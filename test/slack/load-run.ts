/**
 * Load run (not a vitest test): the HTTP bot with a fake engine against the fake Web API, 200 signed
 * mentions fired at once. Prints a JSON report. Run with `npx tsx test/slack/load-run.ts`.
 *
 * Env: LOAD_MENTIONS (default 200), LOAD_ENGINE_MS (simulated engine time, default 150),
 * LOAD_USERS (distinct askers, default 50), LOAD_WARMUP (mentions answered before the burst and
 * left out of the report, default 0 = a cold start).
 *
 * Load generator, fake Slack and bot share one process (and its event loop), so the latencies are
 * an upper bound for the bot alone.
 */
import { FAKE_BOT_USER_ID, appMention, eventCallback, nextTs, postSigned, waitFor } from './fake-slack.js';
import { SIGNING_SECRET, startHttpHarness } from './harness.js';

const MENTIONS = Number(process.env.LOAD_MENTIONS ?? 200);
const ENGINE_MS = Number(process.env.LOAD_ENGINE_MS ?? 150);
const USERS = Number(process.env.LOAD_USERS ?? 50);
const WARMUP = Number(process.env.LOAD_WARMUP ?? 0);

function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, index)] ?? 0) * 10) / 10;
}

async function main(): Promise<void> {
  // Each user stays under the default 10/min limit, so every mention should get a real answer.
  const h = await startHttpHarness({ SLACK_LOG_LEVEL: 'warn' });
  h.engine.delayMs = ENGINE_MS;

  for (let i = 0; i < WARMUP; i += 1) {
    const ts = nextTs();
    await postSigned(
      h.eventsUrl,
      SIGNING_SECRET,
      eventCallback(appMention({ channel: 'CWARM', user: `UW${i}`, text: '钱塘区2024年GDP是多少？', ts })),
    );
    await waitFor(() => h.fake.callsTo('chat.postMessage').some((c) => c.params.thread_ts === ts), 'warm-up reply');
  }
  const engineCallsBefore = h.engine.calls.length;

  const mentions = Array.from({ length: MENTIONS }, (_, i) => {
    const ts = nextTs();
    const body = eventCallback(
      appMention({
        channel: 'CLOAD',
        user: `U${String(i % USERS).padStart(5, '0')}`,
        text: `<@${FAKE_BOT_USER_ID}> 钱塘区2024年GDP是多少？`,
        ts,
      }),
    );
    return { ts, body };
  });

  const sentAt = new Map<string, number>();
  const acks = await Promise.all(
    mentions.map(async ({ ts, body }) => {
      sentAt.set(ts, Date.now());
      try {
        return await postSigned(h.eventsUrl, SIGNING_SECRET, body);
      } catch (error) {
        return { status: 0, body: String(error), ms: Number.NaN };
      }
    }),
  );
  const acked = acks.filter((a) => a.status === 200);

  const tss = new Set(mentions.map((m) => m.ts));
  const answered = () =>
    new Set(
      h.fake
        .callsTo('chat.postMessage')
        .map((c) => String(c.params.thread_ts))
        .filter((t) => tss.has(t)),
    );
  let timedOut = false;
  await waitFor(() => answered().size >= MENTIONS, 'all replies', 60_000).catch(() => {
    timedOut = true;
  });
  // stop() drains answers still in flight, so the counts below are final.
  await h.bot.stop();

  const replies = h.fake.callsTo('chat.postMessage').filter((c) => tss.has(String(c.params.thread_ts)));
  const perThread = new Map<string, number>();
  for (const r of replies) perThread.set(String(r.params.thread_ts), (perThread.get(String(r.params.thread_ts)) ?? 0) + 1);
  const firstReplyAt = new Map<string, number>();
  for (const r of replies) {
    const ts = String(r.params.thread_ts);
    if (!firstReplyAt.has(ts)) firstReplyAt.set(ts, r.at);
  }
  const replyLatencies = [...firstReplyAt].map(([ts, at]) => at - (sentAt.get(ts) ?? at));
  const politeRefusals = replies.filter((r) => !JSON.stringify(r.params.blocks ?? '').includes('1180.6')).length;

  const report = {
    sent: MENTIONS,
    acked: acked.length,
    ackP50Ms: percentile(
      acked.map((a) => a.ms),
      50,
    ),
    ackP95Ms: percentile(
      acked.map((a) => a.ms),
      95,
    ),
    ackMaxMs: percentile(
      acked.map((a) => a.ms),
      100,
    ),
    replies: replies.length,
    answeredThreads: perThread.size,
    duplicates: [...perThread.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0),
    lost: MENTIONS - perThread.size,
    notAnswers: politeRefusals,
    replyP50Ms: percentile(replyLatencies, 50),
    replyP95Ms: percentile(replyLatencies, 95),
    engineCalls: h.engine.calls.length - engineCallsBefore,
    warmup: WARMUP,
    engineDelayMs: ENGINE_MS,
    users: USERS,
    webApiCalls: h.fake.calls.filter((c) => c.params.channel === 'CLOAD').length,
    warningsLogged: h.logs.length,
    timedOut,
  };
  await h.fake.stop();
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  if (report.lost > 0 || report.duplicates > 0 || report.acked < MENTIONS) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`load run failed: ${String(error)}\n`);
  process.exitCode = 1;
});
