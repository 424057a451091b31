import { setImmediate as afterPendingIo } from 'node:timers/promises';
import type { Logger } from '@slack/bolt';
import { EngineBusyError } from '../answer/engine-busy.js';
import type { Answer, AskEngine } from '../answer/schema.js';
import { AnswerGate, DEFAULT_ANSWER_CONCURRENCY, DEFAULT_ANSWER_WAITING } from './answer-gate.js';
import { describeError } from './describe-error.js';
import type { SlackMessage } from './block-kit.js';
import type { InFlight } from './in-flight.js';
import { languageOf, type Lang } from './language.js';
import { notice } from './notices.js';
import type { Progress } from './progress.js';
import { hasContentWords } from './question-content.js';
import { renderAnswerBlocks, type RenderOptions } from './render-answer.js';
import type { ThreadMemory } from './thread-memory.js';
import type { TokenBuckets } from './token-bucket.js';
import { TtlSet } from './ttl-set.js';

/**
 * How a reply is shown: `answer` where the surface answers, `notice` possibly quieter (a slash
 * command's ephemeral reply), `ephemeral` seen by the asker alone on every surface — for notices
 * about the asker's own pace or the bot's load, which are nobody else's business in a channel.
 */
export type ReplyKind = 'answer' | 'notice' | 'ephemeral';

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
  /** Posts where this surface answers; notices may go somewhere quieter; `ephemeral` only to the asker. */
  reply(message: SlackMessage, kind: ReplyKind): Promise<void>;
  progress: Progress;
  renderOptions?: RenderOptions;
  /** Files that follow a posted answer (a trend or ranking's chart and CSV); must not throw. Run after the answer, outside the gate. */
  attachFiles?: (answer: Answer) => Promise<void>;
}

export interface AnswerServiceDeps {
  engine: AskEngine;
  logger: Logger;
  limiter: TokenBuckets;
  memory: ThreadMemory;
  inFlight: InFlight;
  answeredMessages: TtlSet;
  /** Bounds the questions worked on and waiting; default 16 at once, 500 waiting. */
  gate?: AnswerGate;
  /** Users told they are over the rate limit in the current window; default: a one-minute window. */
  rateLimitNoticed?: TtlSet;
}

/** The rate limiter refills over a minute: one "slow down" notice per user per minute is enough. */
const RATE_LIMIT_NOTICE_WINDOW_MS = 60_000;

/**
 * The surface-independent path from question to posted answer: dedupe, rate limit, progress,
 * thread history, engine, rendering, and a polite reply instead of silence when anything fails.
 */
export class AnswerService {
  private readonly rateLimitNoticed: TtlSet;
  private readonly gate: AnswerGate;

  constructor(private readonly deps: AnswerServiceDeps) {
    this.gate = deps.gate ?? new AnswerGate(DEFAULT_ANSWER_CONCURRENCY, DEFAULT_ANSWER_WAITING);
    this.rateLimitNoticed = deps.rateLimitNoticed ?? new TtlSet(RATE_LIMIT_NOTICE_WINDOW_MS, 10_000);
  }

  async handle(req: QuestionRequest): Promise<void> {
    const { answeredMessages, inFlight, logger } = this.deps;
    // Acks first: the event is acknowledged by now, and in a burst other deliveries are waiting to
    // be read and acknowledged. Yielding to the pending I/O lets them be, before this question
    // costs anything (Web API calls, rendering).
    await afterPendingIo();
    if (req.messageKey !== undefined && !answeredMessages.claim(req.messageKey)) {
      logger.debug(`message ${req.messageKey} already answered; skipping`);
      return;
    }
    const lang: Lang = req.question.trim() === '' ? 'zh' : languageOf(req.question);
    if (inFlight.isClosed) {
      await this.safeReply(req, notice('shuttingDown', lang), 'notice');
      return;
    }
    await inFlight.run(async () => {
      const release = await this.gate.enter();
      if (release === null) {
        logger.warn(`busy: ${this.gate.queued} questions waiting; asked ${req.user} in ${req.channel} to try again`);
        await this.safeReply(req, notice('busy', lang), 'ephemeral');
        return;
      }
      let answered: Answer | undefined;
      try {
        answered = await this.answer(req, lang);
      } finally {
        release();
      }
      // After the answer is posted and its gate slot freed: a slow upload delays neither.
      if (answered !== undefined) await req.attachFiles?.(answered);
    });
  }

  /** Returns the answer once posted; undefined when none was (refused, failed, rate limited). */
  private async answer(req: QuestionRequest, lang: Lang): Promise<Answer | undefined> {
    const { engine, limiter, memory, logger } = this.deps;
    const question = req.question.trim();
    if (!hasContentWords(question)) {
      await this.safeReply(req, notice('empty', lang), 'notice');
      return;
    }
    if (!limiter.take(req.user)) {
      // Told once per window: a user who keeps asking is not answered with a notice each time.
      const tell = this.rateLimitNoticed.claim(req.user);
      logger.info(`rate limit: user ${req.user} in ${req.channel}${tell ? '' : ' (already told)'}`);
      if (tell) await this.safeReply(req, notice('rateLimited', lang), 'ephemeral');
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
      return answer;
    } catch (error) {
      if (error instanceof EngineBusyError) {
        logger.warn(`busy: ${error.message}; asked ${req.user} in ${req.channel} to try again`);
        await this.safeReply(req, notice('busy', lang), 'ephemeral');
        await started;
        await req.progress.done('failed');
        return;
      }
      logger.error(`answering ${req.user} in ${req.channel} failed: ${describeError(error)}`);
      await this.safeReply(req, notice('failed', lang), 'notice');
      await started;
      await req.progress.done('failed');
    }
  }

  private async safeReply(req: QuestionRequest, message: SlackMessage, kind: ReplyKind): Promise<void> {
    try {
      await req.reply(message, kind);
    } catch (error) {
      this.deps.logger.error(`replying in ${req.channel} failed: ${describeError(error)}`);
    }
  }
}
