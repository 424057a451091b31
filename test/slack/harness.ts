import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogLevel } from '@slack/bolt';
import type { AskEngine } from '../../src/answer/schema.js';
import { loadSlackConfig, type SlackConfig } from '../../src/slack/config.js';
import { startSlackApp, type SlackAppHandle, type StartSlackOptions } from '../../src/slack/app.js';
import { RedactingLogger, toLogLevel } from '../../src/slack/logger.js';
import { FakeEngine } from './fake-engine.js';
import { FakeSlack, eventCallback, postSigned, type SignedPostOptions, type SignedPostResult } from './fake-slack.js';

export const BOT_TOKEN = 'xoxb-1234-5678-SECRETBOTTOKEN';
export const APP_TOKEN = 'xapp-1-A0FAKE-SECRETAPPTOKEN';
export const SIGNING_SECRET = 'fake-signing-secret-0123456789';

export interface Harness<E extends AskEngine = FakeEngine> {
  fake: FakeSlack;
  engine: E;
  bot: SlackAppHandle;
  config: SlackConfig;
  /** Every log line the bot wrote (debug and up). */
  logs: string[];
  feedbackPath: string;
  eventsUrl: string;
  /** Posts a signed Events API callback for `event`. */
  sendEvent(event: Record<string, unknown>, eventId?: string, options?: SignedPostOptions): Promise<SignedPostResult>;
  /** Posts a signed form body (slash command, interactivity). */
  sendForm(body: string, options?: SignedPostOptions): Promise<SignedPostResult>;
  close(): Promise<void>;
}

/** Fake Slack + fake engine + the real bot in HTTP mode, wired together on 127.0.0.1. */
export async function startHttpHarness(
  env: Record<string, string> = {},
  options: StartSlackOptions = {},
  prepareFake: (fake: FakeSlack) => void = () => undefined,
): Promise<Harness> {
  return startHttpHarnessWith(new FakeEngine(), env, options, prepareFake);
}

/** The same, over the engine given (a real one, for answers read from the corpus). */
export async function startHttpHarnessWith<E extends AskEngine>(
  engine: E,
  env: Record<string, string> = {},
  options: StartSlackOptions = {},
  prepareFake: (fake: FakeSlack) => void = () => undefined,
): Promise<Harness<E>> {
  const fake = await FakeSlack.start();
  prepareFake(fake);
  const feedbackPath = join(mkdtempSync(join(tmpdir(), 'slack-feedback-')), 'feedback.jsonl');
  const config = loadSlackConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_MODE: 'http',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    PORT: '0',
    SLACK_API_URL: fake.apiUrl,
    FEEDBACK_LOG: feedbackPath,
    ...env,
  });
  if (config === null) throw new Error('config expected');
  const logs: string[] = [];
  // Debug by default so tests can check that nothing, at any level, prints a secret.
  const level = env.SLACK_LOG_LEVEL === undefined ? LogLevel.DEBUG : toLogLevel(config.logLevel);
  const logger = new RedactingLogger([BOT_TOKEN, SIGNING_SECRET, APP_TOKEN], level, (line) => logs.push(line));
  const bot = await startSlackApp(engine, config, {
    logger,
    ...options,
  });
  const eventsUrl = `http://127.0.0.1:${bot.port}/slack/events`;
  return {
    fake,
    engine,
    bot,
    config,
    logs,
    feedbackPath,
    eventsUrl,
    sendEvent: (event, eventId, opts) => postSigned(eventsUrl, SIGNING_SECRET, eventCallback(event, eventId), opts),
    sendForm: (body, opts) => postSigned(eventsUrl, SIGNING_SECRET, body, { contentType: 'application/x-www-form-urlencoded', ...opts }),
    close: async () => {
      await bot.stop();
      await fake.stop();
    },
  };
}
