import type { Logger } from '@slack/bolt';
import type { AskEngine } from '../../answer/schema.js';
import type { AnswerService } from '../answer-service.js';
import type { AnswerFiles } from '../answer-files.js';
import type { BotIdentity } from '../bot-identity.js';
import type { FeedbackLog } from '../feedback-log.js';
import type { InFlight } from '../in-flight.js';
import { isDirectMessageChannel } from '../payloads.js';
import type { OnceLog } from '../progress.js';
import { earlierQuestionsFromSlack, type RepliesClient, type ThreadMemory, type ThreadRef } from '../thread-memory.js';
import { slackTextToPlain } from '../incoming-text.js';
import { describeError } from '../describe-error.js';

/** What the Slack listeners share; built once in startSlackApp. */
export interface ListenerDeps {
  engine: AskEngine;
  service: AnswerService;
  identity: BotIdentity;
  logger: Logger;
  allowedChannels: readonly string[] | null;
  feedbackLog: FeedbackLog;
  inFlight: InFlight;
  memory: ThreadMemory;
  /** Progress-sign failures, logged once per kind. */
  progressFailures: OnceLog;
  /** Uploads a trend or ranking answer's chart and CSV into its thread; none in tests that do not need it. */
  answerFiles?: AnswerFiles;
}

/**
 * The `earlierQuestions` of a question asked inside a thread: read from Slack when memory has
 * none. Undefined for a thread's first message, which has no earlier questions.
 */
export function threadHistoryFromSlack(
  client: RepliesClient,
  deps: ListenerDeps,
  where: Omit<ThreadRef, 'botUserId'>,
): (() => Promise<string[]>) | undefined {
  if (where.threadTs === where.ts) return undefined;
  const botUserId = deps.identity.botUserId;
  return () =>
    earlierQuestionsFromSlack(
      client,
      { ...where, botUserId },
      (text) => slackTextToPlain(text, botUserId),
      (error) => deps.logger.warn(`reading thread ${where.channel}:${where.threadTs} from Slack failed: ${describeError(error)}`),
    );
}

export function isChannelAllowed(channel: string, allowed: readonly string[] | null): boolean {
  return allowed === null || isDirectMessageChannel(channel) || allowed.includes(channel);
}
