import type { Logger } from '@slack/bolt';
import type { AskEngine } from '../../answer/schema.js';
import type { AnswerService } from '../answer-service.js';
import type { BotIdentity } from '../bot-identity.js';
import type { FeedbackLog } from '../feedback-log.js';
import type { InFlight } from '../in-flight.js';
import { isDirectMessageChannel } from '../payloads.js';

/** What the Slack listeners share; built once in startSlackApp. */
export interface ListenerDeps {
  engine: AskEngine;
  service: AnswerService;
  identity: BotIdentity;
  logger: Logger;
  allowedChannels: readonly string[] | null;
  feedbackLog: FeedbackLog;
  inFlight: InFlight;
}

export function isChannelAllowed(channel: string, allowed: readonly string[] | null): boolean {
  return allowed === null || isDirectMessageChannel(channel) || allowed.includes(channel);
}
