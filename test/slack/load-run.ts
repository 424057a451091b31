/**
 * Load run (not a vitest test): the HTTP bot against the fake Web API, a burst of signed mentions
 * fired at once, one per user by default. Prints a JSON report. Run with
 * `npx tsx test/slack/load-run.ts`: the bot as `npm start` runs it (src/main.ts in its own process,
 * the real engine in engine processes, on ./corpus and ./index), while this process plays Slack —
 * the load generator and the fake Web API — as the real Slack would, from elsewhere.
 * `LOAD_ENGINE=fake npx tsx test/slack/load-run.ts`: the bot in this process with the fake engine.
 *
 * Env: LOAD_ENGINE (real | fake, default real), LOAD_MENTIONS (default 300), LOAD_USERS (distinct
 * askers, default 300), LOAD_ENGINE_MS (fake engine's simulated time, default 150), LOAD_PROCESSES
 * (engine processes for the real engine; default as the bot: cores − 1, at least 1), LOAD_WARMUP
 * (mentions answered before the burst and left out of the report, default 3), LOAD_WARM_EVENTS
 * (ignored events sent as a burst before the measured one, default 300; 0 for a cold receive path), LOAD_RATE (events a
 * second; default 0: all written at once), LOAD_CONNECTION (close | keep-alive, default close), LOAD_BOT_NODE_ARGS (extra node flags for the bot, e.g.
 * `--cpu-prof`), LOAD_BOT_STDOUT (a file for the bot's stdout, e.g. with `--trace-gc`), LOAD_SAMPLES_OUT (a file
 * for every ack and reply latency of the run, which load-series.ts pools over runs).
 *
 * The load generator runs in a process of its own (burst-process.ts) on connections opened
 * beforehand. In fake mode the fake Slack and the bot share this process (and its event loop), so
 * the latencies are an upper bound for the bot alone.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { LogLevel } from '@slack/bolt';
import { defaultProcessCount } from '../../src/answer/worker-engine.js';
import { startSlackApp } from '../../src/slack/app.js';
import { loadSlackConfig } from '../../src/slack/config.js';
import { RedactingLogger } from '../../src/slack/logger.js';
import { FakeEngine } from './fake-engine.js';
import { FAKE_BOT_USER_ID, FakeSlack, appMention, eventCallback, nextTs, postSigned, waitFor } from './fake-slack.js';
import { percentile } from './percentile.js';
import type { BurstConnection, BurstResult } from './raw-burst.js';
import { BOT_TOKEN, SIGNING_SECRET } from './harness.js';

const ENGINE = process.env.LOAD_ENGINE === 'fake' ? 'fake' : 'real';
const MENTIONS = Number(process.env.LOAD_MENTIONS ?? 300);
const USERS = Number(process.env.LOAD_USERS ?? 300);
const ENGINE_MS = Number(process.env.LOAD_ENGINE_MS ?? 150);
const PROCESSES = Number(process.env.LOAD_PROCESSES ?? defaultProcessCount());
const WARMUP = Number(process.env.LOAD_WARMUP ?? 3);
/**
 * Events the bot acknowledges and ignores (reaction_added, no listener), sent as a burst before the
 * measured one, so the measured acks are those of a bot whose receive path has run before (as a bot
 * that has been up for a while has), not of its first requests' unoptimised code. 0: a cold burst.
 */
const WARM_EVENTS = Number(process.env.LOAD_WARM_EVENTS ?? 300);
/** Events per second; 0 (default) writes all of them at once. */
const RATE = Number(process.env.LOAD_RATE ?? 0);
/** How the generator's connections end after their response (see BurstConnection); default close. */
const CONNECTION: BurstConnection = process.env.LOAD_CONNECTION === 'keep-alive' ? 'keep-alive' : 'close';

const QUESTIONS = [
  '钱塘区2024年GDP是多少？',
  '总结拱墅区2025年工作重点',
  "What is Gongshu's 2025 GDP growth target?",
  '钱塘区2025年规上工业增加值目标是多少？',
  '拱墅区2024年财政总收入',
];

interface BotUnderLoad {
  eventsUrl: string;
  /** The bot's own start-up warm-up, as its ready line reports it (real mode; SLACK_WARM_UP_REQUESTS). */
  startUpWarmUp: string;
  /** The bot's process id when it runs as its own process (its CPU time over the burst is reported). */
  pid?: number;
  /** Engine calls so far, when the bot's engine is in reach (fake mode). */
  engineCalls(): number | null;
  /** Drains and stops the bot; resolves with its exit code when it ran as its own process. */
  stop(): Promise<number | null>;
  logs: string[];
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The bot as `npm start` runs it, in its own process, pointed at the fake Slack. */
async function startBotProcess(apiUrl: string, feedbackLog: string): Promise<BotUnderLoad> {
  const logs: string[] = [];
  const child: ChildProcess = spawn(
    process.execPath,
    [...(process.env.LOAD_BOT_NODE_ARGS ?? '').split(' ').filter(Boolean), '--import', 'tsx', 'src/main.ts'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        SLACK_MODE: 'http',
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: apiUrl,
        SLACK_LOG_LEVEL: 'warn',
        SLACK_ANSWER_PROCESSES: String(PROCESSES),
        PORT: '0',
        FEEDBACK_LOG: feedbackLog,
      },
      // LOAD_BOT_STDOUT=file keeps what node flags such as --trace-gc print.
      stdio: ['ignore', process.env.LOAD_BOT_STDOUT ? openSync(process.env.LOAD_BOT_STDOUT, 'w') : 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const port = await waitFor(() => /running in http mode on port (\d+)/.exec(stderr)?.[1], `the bot to start (${stderr})`, 300_000);
  return {
    eventsUrl: `http://127.0.0.1:${port}/slack/events`,
    pid: child.pid,
    startUpWarmUp: /receive path warmed up with (\d+ events in \d+ ms)/.exec(stderr)?.[1] ?? 'none',
    engineCalls: () => null,
    logs,
    stop: async () => {
      child.kill('SIGTERM');
      const code = await exited;
      logs.push(...stderr.split('\n').filter((l) => /warn|error/i.test(l)));
      return code;
    },
  };
}

/** The bot in this process with the in-process fake engine (answers take LOAD_ENGINE_MS, off-CPU). */
async function startBotInProcess(apiUrl: string, feedbackLog: string): Promise<BotUnderLoad> {
  const engine = new FakeEngine();
  engine.delayMs = ENGINE_MS;
  const config = loadSlackConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_MODE: 'http',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    PORT: '0',
    SLACK_API_URL: apiUrl,
    FEEDBACK_LOG: feedbackLog,
  });
  if (config === null) throw new Error('config expected');
  const logs: string[] = [];
  const logger = new RedactingLogger([BOT_TOKEN, SIGNING_SECRET], LogLevel.WARN, (line) => logs.push(line));
  const bot = await startSlackApp(engine, config, { logger, drainTimeoutMs: 120_000 });
  return {
    eventsUrl: `http://127.0.0.1:${bot.port}/slack/events`,
    startUpWarmUp: 'none',
    engineCalls: () => engine.calls.length,
    logs,
    stop: async () => {
      await bot.stop();
      return null;
    },
  };
}

/** Runs burst-process.ts: the generator's own event loop then reads the acks, not this busy one. */
async function burstFromAnotherProcess(
  url: string,
  bodies: string[],
  intervalMs: number,
  cpuPid?: number,
): Promise<{ results: BurstResult[]; cpuMs: number | null }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'burst-process.ts')], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.stdin?.end(JSON.stringify({ url, secret: SIGNING_SECRET, bodies, intervalMs, connection: CONNECTION, cpuPid }));
  if ((await exited) !== 0) throw new Error('the load generator failed');
  return JSON.parse(out) as { results: BurstResult[]; cpuMs: number | null };
}

async function main(): Promise<void> {
  const loadBefore = loadavg()[0];
  const fake = await FakeSlack.start();
  const feedbackLog = path.join(mkdtempSync(path.join(tmpdir(), 'load-run-')), 'feedback.jsonl');
  const bot = ENGINE === 'real' ? await startBotProcess(fake.apiUrl, feedbackLog) : await startBotInProcess(fake.apiUrl, feedbackLog);
  const { eventsUrl } = bot;

  for (let i = 0; i < WARMUP; i += 1) {
    const ts = nextTs();
    const text = QUESTIONS[i % QUESTIONS.length] ?? '';
    await postSigned(eventsUrl, SIGNING_SECRET, eventCallback(appMention({ channel: 'CWARM', user: `UW${i}`, text, ts })));
    await waitFor(() => fake.callsTo('chat.postMessage').some((c) => c.params.thread_ts === ts), 'warm-up reply', 60_000);
  }
  if (WARM_EVENTS > 0) {
    const ignored = Array.from({ length: WARM_EVENTS }, (_, i) =>
      eventCallback({
        type: 'reaction_added',
        user: `UR${i}`,
        reaction: 'eyes',
        item: { type: 'message', channel: 'CWARM', ts: nextTs() },
      }),
    );
    await burstFromAnotherProcess(eventsUrl, ignored, 0);
    // Bolt's work on them (held during their burst) done before the measured burst starts.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  const callsBefore = bot.engineCalls();

  const mentions = Array.from({ length: MENTIONS }, (_, i) => {
    const ts = nextTs();
    const text = `<@${FAKE_BOT_USER_ID}> ${QUESTIONS[i % QUESTIONS.length]}`;
    return { ts, body: eventCallback(appMention({ channel: 'CLOAD', user: `U${String(i % USERS).padStart(5, '0')}`, text, ts })) };
  });

  const { results: burst, cpuMs: botCpuMs } = await burstFromAnotherProcess(
    eventsUrl,
    mentions.map((m) => m.body),
    RATE > 0 ? 1000 / RATE : 0,
    bot.pid,
  );
  const sentAt = new Map(mentions.map((m, i) => [m.ts, burst[i]?.sentAt ?? Date.now()]));
  const acks = burst;
  const acked = acks.filter((a) => a.status === 200);
  if (process.env.LOAD_TRACE) process.stderr.write(`ack ms in sending order: ${acks.map((a) => Math.round(a.ms)).join(' ')}\n`);
  const ackMs = acked.map((a) => a.ms);

  const tss = new Set(mentions.map((m) => m.ts));
  const repliedThreads = () =>
    new Set(
      [...fake.callsTo('chat.postMessage'), ...fake.callsTo('chat.postEphemeral')]
        .map((c) => String(c.params.thread_ts))
        .filter((t) => tss.has(t)),
    );
  let timedOut = false;
  await waitFor(() => repliedThreads().size >= MENTIONS, 'all replies', 300_000).catch(() => {
    timedOut = true;
  });
  // stop() drains answers still in flight, so the counts below are final.
  const exitCode = await bot.stop();

  const replies = fake.callsTo('chat.postMessage').filter((c) => tss.has(String(c.params.thread_ts)));
  const ephemeral = fake.callsTo('chat.postEphemeral').filter((c) => tss.has(String(c.params.thread_ts)));
  const perThread = new Map<string, number>();
  for (const r of [...replies, ...ephemeral])
    perThread.set(String(r.params.thread_ts), (perThread.get(String(r.params.thread_ts)) ?? 0) + 1);
  const firstReplyAt = new Map<string, number>();
  for (const r of replies) {
    const ts = String(r.params.thread_ts);
    if (!firstReplyAt.has(ts)) firstReplyAt.set(ts, r.at);
  }
  const replyLatencies = [...firstReplyAt].map(([ts, at]) => at - (sentAt.get(ts) ?? at));
  const failedNotices = replies.filter((r) => /出了点问题|went wrong/.test(String(r.params.text))).length;
  const engineCalls = bot.engineCalls();

  const report = {
    engine: ENGINE === 'real' ? `real, bot process + ${PROCESSES} engine process(es)` : `fake in-process, ${ENGINE_MS} ms`,
    cores: availableParallelism(),
    loadAverageBefore: Math.round((loadBefore ?? 0) * 100) / 100,
    sent: MENTIONS,
    sentPerSecond: RATE > 0 ? RATE : 'all at once',
    connection: CONNECTION,
    users: USERS,
    acked: acked.length,
    ackP50Ms: percentile(ackMs, 50),
    ackP95Ms: percentile(ackMs, 95),
    ackP99Ms: percentile(ackMs, 99),
    ackMaxMs: percentile(ackMs, 100),
    /** The bot's main-thread CPU time from the generator's first connection to its last ack (real mode on Linux). */
    botCpuMsDuringBurst: botCpuMs ?? undefined,
    answers: replies.length,
    busyNotices: ephemeral.length,
    failedNotices,
    duplicates: [...perThread.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0),
    lost: MENTIONS - perThread.size,
    replyP50Ms: percentile(replyLatencies, 50),
    replyP95Ms: percentile(replyLatencies, 95),
    replyMaxMs: percentile(replyLatencies, 100),
    engineCalls: engineCalls === null || callsBefore === null ? undefined : engineCalls - callsBefore,
    warmup: WARMUP,
    receivePathWarmedWith: WARM_EVENTS,
    startUpWarmUp: bot.startUpWarmUp,
    warningsLogged: bot.logs.length,
    botExitCodeAfterSigterm: exitCode ?? undefined,
    timedOut,
  };
  await fake.stop();
  if (process.env.LOAD_SAMPLES_OUT) writeFileSync(process.env.LOAD_SAMPLES_OUT, JSON.stringify({ ackMs, replyMs: replyLatencies }));
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  if (report.lost > 0 || report.duplicates > 0 || report.acked < MENTIONS) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`load run failed: ${String(error)}\n`);
  process.exitCode = 1;
});
