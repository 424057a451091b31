import type { Logger } from '@slack/bolt';
import type { AskEngine } from '../answer/schema.js';
import { describeError } from './describe-error.js';
import type { SlackMessage } from './block-kit.js';
import type { InFlight } from './in-flight.js';
import { languageOf, type Lang } from './language.js';
import { notice } from './notices.js';
import type { Progress } from './progress.js';
import { renderAnswerBlocks, type RenderOptions } from './render-answer.js';
import type { ThreadMemory } from './thread-memory.js';
import type { TokenBuckets } from './token-bucket.js';
import type { TtlSet } from './ttl-set.js';

/** One question from any surface (mention, DM, slash command, Assistant thread). */
export interface QuestionRequest {
  /** Plain question text, Slack markup already removed. */
  question: string;
  user: string;
  channel: string;
  /** Conversation whose earlier questions become AskContext.history; none for one-off questions. */
  historyKey?: string;
  /** Further conversations to remember the question under (a top-level DM is also the root of its thread). */
  alsoRememberUnder?: readonly string[];
  /** The thread's earlier questions from Slack itself, asked only when memory has none under historyKey (restart, other instance). */
  earlierQuestions?: () => Promise<readonly string[]>;
  /** channel:ts of the asker's message: one message is answered once even if delivered as two events. */
  messageKey?: string;
  /** Posts where this surface answers; notices may go somewhere quieter (ephemeral). */
  reply(message: SlackMessage, kind: 'answer' | 'notice'): Promise<void>;
  progress: Progress;
  renderOptions?: RenderOptions;
}

export interface AnswerServiceDeps {
  engine: AskEngine;
  logger: Logger;
  limiter: TokenBuckets;
  memory: ThreadMemory;
  inFlight: InFlight;
  answeredMessages: TtlSet;
}

/**
 * The surface-independent path from question to posted answer: dedupe, rate limit, progress,
 * thread history, engine, rendering, and a polite reply instead of silence when anything fails.
 */
export class AnswerService {
  constructor(private readonly deps: AnswerServiceDeps) {}

  async handle(req: QuestionRequest): Promise<void> {
    const { answeredMessages, inFlight, logger } = this.deps;
    if (req.messageKey !== undefined && !answeredMessages.claim(req.messageKey)) {
      logger.debug(`message ${req.messageKey} already answered; skipping`);
      return;
    }
    const lang: Lang = req.question.trim() === '' ? 'zh' : languageOf(req.question);
    if (inFlight.isClosed) {
      await this.safeReply(req, notice('shuttingDown', lang), 'notice');
      return;
    }
    await inFlight.run(() => this.answer(req, lang));
  }

  private async answer(req: QuestionRequest, lang: Lang): Promise<void> {
    const { engine, limiter, memory, logger } = this.deps;
    const question = req.question.trim();
    if (question === '') {
      await this.safeReply(req, notice('empty', lang), 'notice');
      return;
    }
    if (!limiter.take(req.user)) {
      logger.info(`rate limit: user ${req.user} in ${req.channel}`);
      await this.safeReply(req, notice('rateLimited', lang), 'notice');
      return;
    }
    const startedAt = Date.now();
    // Not awaited first: the progress sign and the engine run side by side.
    const started = req.progress.start();
    try {
      const history = req.historyKey === undefined ? [] : memory.history(req.historyKey);
      if (history.length === 0 && req.historyKey !== undefined && req.earlierQuestions !== undefined) {
        for (const earlier of await req.earlierQuestions()) memory.remember(req.historyKey, earlier);
        history.push(...memory.history(req.historyKey));
      }
      const answer = await engine.ask(question, { history });
      for (const key of [req.historyKey, ...(req.alsoRememberUnder ?? [])]) {
        if (key !== undefined) memory.remember(key, question);
      }
      await req.reply(renderAnswerBlocks(answer, req.renderOptions), 'answer');
      await started;
      await req.progress.done('answered');
      logger.info(
        `answered ${answer.id} for ${req.user} in ${req.channel}: ` +
          `${answer.notFound ? 'not found' : `${answer.citations.length} citations, ${answer.figures.length} figures`}, ` +
          `${Date.now() - startedAt} ms`,
      );
    } catch (error) {
      logger.error(`answering ${req.user} in ${req.channel} failed: ${describeError(error)}`);
      await this.safeReply(req, notice('failed', lang), 'notice');
      await started;
      await req.progress.done('failed');
    }
  }

  private async safeReply(req: QuestionRequest, message: SlackMessage, kind: 'answer' | 'notice'): Promise<void> {
    try {
      await req.reply(message, kind);
    } catch (error) {
      this.deps.logger.error(`replying in ${req.channel} failed: ${describeError(error)}`);
    }
  }
}
