import type { Server } from 'node:http';
import { App, HTTPReceiver, type Logger, webApi } from '@slack/bolt';
import type { AskEngine } from '../answer/schema.js';
import type { AnswerGate } from './answer-gate.js';
import { AnswerService } from './answer-service.js';
import { describeError } from './describe-error.js';
import { BotIdentity } from './bot-identity.js';
import { slackSecrets, type SlackConfig } from './config.js';
import { FeedbackLog } from './feedback-log.js';
import { InFlight } from './in-flight.js';
import { registerAskCommand } from './listeners/ask-command.js';
import { createAssistant } from './listeners/assistant-threads.js';
import type { ListenerDeps } from './listeners/deps.js';
import { registerDirectMessages } from './listeners/direct-messages.js';
import { eventDedupe } from './listeners/event-dedupe.js';
import { registerFeedbackButtons } from './listeners/feedback-buttons.js';
import { registerMentions } from './listeners/mentions.js';
import { registerPassagesButton } from './listeners/passages-button.js';
import { RedactingLogger, quietPerAttemptFailures, toLogLevel } from './logger.js';
import { OnceLog } from './progress.js';
import { acknowledgeEventsEarly, type EarlyAckListener } from './early-ack.js';
import { refuseFutureTimestamps } from './request-freshness.js';
import { ThreadMemory } from './thread-memory.js';
import { TokenBuckets } from './token-bucket.js';
import { TtlSet } from './ttl-set.js';
import { policyFetch, type WebApiPolicyOptions } from './web-api-policy.js';
import { registerUnknownActions } from './listeners/unknown-actions.js';
import { AnswerFiles } from './answer-files.js';
import { type ChartPngRenderer, OffThreadChartRenderer } from '../chart/off-thread-renderer.js';
import { addReportMiddleware } from './add-report.js';
import { tokenHosts } from './add-report-download.js';
import { ReportAdder } from './add-report-runner.js';
import { type WarmUpOptions, type WarmUpReport, warmUpReceivePath } from './warm-up.js';

export interface StartSlackOptions {
  /** Where logs go; defaults to a secret-redacting logger on stderr at SLACK_LOG_LEVEL. */
  logger?: Logger;
  /**
   * Tests only: the HTTP response waits for the listeners. Never in production, where Slack wants
   * the ack within 3 s and answers take longer.
   */
  processBeforeResponse?: boolean;
  /** Web API client tuning; timeouts and retries are the policy's (webApiPolicy). */
  clientOptions?: Pick<webApi.WebClientOptions, 'maxRequestConcurrency'>;
  /** The Web API call policy's timings (tests shorten them); see web-api-policy.ts. */
  webApiPolicy?: Pick<WebApiPolicyOptions, 'timeoutMs' | 'maxRetryAfterMs' | 'sleep'>;
  /** Longest stop() waits for answers in flight; default 10 s. */
  drainTimeoutMs?: number;
  /** Bounds on questions answered at once and waiting (default: AnswerService's). */
  answerGate?: AnswerGate;
  /** Clock for the rate limiter and dedupe caches. */
  now?: () => number;
  /** Renders charts for upload; default: a worker thread (OffThreadChartRenderer), never the event loop. */
  renderChart?: ChartPngRenderer;
  /**
   * Lets the admins of SLACK_ADMIN_USERS add reports from a DM: the file is written into `dir`,
   * then `refresh` is awaited, which must rebuild the index and make `engine` answer from it.
   * Without it an admin's report is declined with a note that adding is not enabled.
   */
  corpus?: { dir: string; refresh(reason: string): Promise<void> };
  /**
   * HTTP mode: signed events no listener acts on, sent to the bot's own port before start resolves,
   * so the first real burst meets a receive path that has run before (see warm-up.ts). Default: none
   * (tests); `npm start` sends SLACK_WARM_UP_REQUESTS.
   */
  warmUp?: WarmUpOptions;
}

export interface SlackAppHandle {
  /** The HTTP port actually listened on (HTTP mode only). */
  port?: number;
  /** Stops receiving, waits (bounded) for answers in flight, then returns. Safe to call twice. */
  stop(): Promise<void>;
  /** What the start-up warm-up did (HTTP mode with `warmUp` only). */
  warmUp?: WarmUpReport;
}

/** Slack retries a delivery for up to about an hour; remembering ids that long catches every retry. */
const EVENT_TTL_MS = 60 * 60 * 1000;
const MAX_REMEMBERED_EVENTS = 20_000;

/**
 * Starts the Slack bot in Socket Mode or HTTP mode per `config`, answering mentions, DMs, `/ask`
 * and Assistant threads with `engine`.
 */
export async function startSlackApp(engine: AskEngine, config: SlackConfig, options: StartSlackOptions = {}): Promise<SlackAppHandle> {
  /** The HTTP receiver's early acknowledgement, flushed at shutdown. */
  let earlyAcks: EarlyAckListener | undefined;
  const logger = quietPerAttemptFailures(options.logger ?? new RedactingLogger(slackSecrets(config), toLogLevel(config.logLevel)));
  const now = options.now ?? Date.now;
  const apiUrl = config.apiUrl === undefined ? {} : { slackApiUrl: config.apiUrl };
  // One policy for every Web API call (timeouts, safe retries, rate limits): the transport's.
  const transport = { fetch: policyFetch({ logger, ...options.webApiPolicy }), retryConfig: { retries: 0 }, rejectRateLimitedCalls: true };
  const clientOptions: webApi.WebClientOptions = { ...apiUrl, ...options.clientOptions, ...transport };

  const identity = new BotIdentity(new webApi.WebClient(undefined, { ...apiUrl, logger, ...transport }), config.botToken, logger);
  const inFlight = new InFlight();
  let chartRenderer: OffThreadChartRenderer | undefined;
  const memory = new ThreadMemory();
  const service = new AnswerService({
    engine,
    logger,
    limiter: new TokenBuckets(config.rateLimitPerMinute, now),
    memory,
    inFlight,
    answeredMessages: new TtlSet(EVENT_TTL_MS, MAX_REMEMBERED_EVENTS, now),
    gate: options.answerGate,
  });
  const deps: ListenerDeps = {
    engine,
    service,
    identity,
    logger,
    allowedChannels: config.allowedChannels,
    feedbackLog: new FeedbackLog(config.feedbackLogPath),
    inFlight,
    memory,
    progressFailures: new OnceLog(logger),
    answerFiles: new AnswerFiles(options.renderChart ?? (chartRenderer = new OffThreadChartRenderer()).render, logger),
  };

  // `authorize` instead of `token`: see BotIdentity for why Bolt's own auth.test handling is avoided.
  const common = {
    authorize: identity.authorize,
    logger,
    // Bolt resets a given logger to INFO unless told the level.
    logLevel: logger.getLevel(),
    clientOptions,
    convoStore: false as const,
  };
  const app =
    config.mode === 'socket'
      ? new App({
          ...common,
          appToken: config.appToken,
          socketMode: true,
          // apps.connections.open goes through this client; a separate object because the
          // Socket Mode client writes its own retry policy into it.
          installerOptions: { clientOptions: { ...apiUrl, fetch: transport.fetch } },
        })
      : new App({ ...common, receiver: httpReceiver(config.signingSecret) });

  function httpReceiver(signingSecret: string): HTTPReceiver {
    const processBeforeResponse = options.processBeforeResponse ?? false;
    const receiver = new HTTPReceiver({
      signingSecret,
      logger,
      processBeforeResponse,
      customRoutes: [
        {
          path: '/healthz',
          method: ['GET'],
          handler: (_req, res) => {
            res.writeHead(inFlight.isClosed ? 503 : 200, { 'content-type': 'text/plain' });
            res.end(inFlight.isClosed ? 'stopping' : 'ok');
          },
        },
      ],
    });
    // A FaaS-style deployment (processBeforeResponse) must finish before it responds.
    earlyAcks = processBeforeResponse ? undefined : acknowledgeEventsEarly(receiver.requestListener, signingSecret, now);
    const listener = earlyAcks ?? receiver.requestListener;
    receiver.requestListener = refuseFutureTimestamps(listener, logger, now);
    return receiver;
  }

  app.error(async (error) => {
    // Logged, not rethrown: one bad event must not take the process down.
    logger.error(`unhandled error in a Slack listener: ${describeError(error)}`);
  });

  app.use(eventDedupe(new TtlSet(EVENT_TTL_MS, MAX_REMEMBERED_EVENTS, now), logger));
  // Before the Assistant and the DM listener: a shared report is not a question.
  const adder = options.corpus === undefined ? undefined : new ReportAdder({ corpusDir: options.corpus.dir });
  const corpusOption = options.corpus;
  app.use(
    addReportMiddleware({
      adminUsers: new Set(config.adminUsers),
      corpus: adder === undefined || corpusOption === undefined ? undefined : { adder, refresh: (reason) => corpusOption.refresh(reason) },
      token: config.botToken,
      mayReceiveToken: tokenHosts(config.apiUrl),
      logger,
      inFlight,
      botUserId: () => identity.botUserId,
    }),
  );
  app.assistant(createAssistant(deps));
  registerMentions(app, deps);
  registerDirectMessages(app, deps);
  registerAskCommand(app, deps);
  registerPassagesButton(app, deps);
  registerFeedbackButtons(app, deps);
  registerUnknownActions(app, deps);

  let server: Server | undefined;
  let port: number | undefined;
  if (config.mode === 'http') {
    server = await app.start(config.port);
    const address = server.address();
    port = typeof address === 'object' && address !== null ? address.port : config.port;
    logger.info(`Slack bot listening on port ${port} (HTTP mode, events at /slack/events)`);
  } else {
    await app.start();
    logger.info('Slack bot connected (Socket Mode)');
  }
  await identity.verify();
  let warmUp: WarmUpReport | undefined;
  if (port !== undefined && config.mode === 'http' && options.warmUp !== undefined && options.warmUp.requests > 0) {
    warmUp = await warmUpReceivePath(port, config.signingSecret, options.warmUp);
    // Bolt's share of the warm-up (held while its burst arrived) done now, not under the first real burst.
    await earlyAcks?.flush();
    logger.info(`receive path warmed up: ${warmUp.acknowledged} of ${warmUp.sent} requests acknowledged in ${warmUp.ms} ms`);
  }

  const drainTimeoutMs = options.drainTimeoutMs ?? 10_000;
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      // Events acknowledged but still held back from Bolt (a burst in progress) are answered too:
      // Slack will not send them again.
      await earlyAcks?.flush();
      inFlight.close();
      // Receiver first: an event that arrives now stays unacknowledged, so Slack redelivers it
      // (to the next instance) instead of it being acked here and dropped.
      const receiverStopped = app.stop().then(
        () => undefined,
        (error: unknown) => logger.warn(`stopping the Slack receiver: ${describeError(error)}`),
      );
      const drained = await inFlight.drain(drainTimeoutMs);
      if (!drained) logger.warn(`stopped waiting for ${inFlight.size} answer(s) still in flight`);
      // Keep-alive sockets can hold the HTTP server open; after the drain they may be cut.
      server?.closeAllConnections();
      await receiverStopped;
      await chartRenderer?.close();
      await adder?.close();
      logger.info('Slack bot stopped');
    })());

  return { port, stop, warmUp };
}
