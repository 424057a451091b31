import type { AnyMiddlewareArgs, Logger, Middleware, webApi } from '@slack/bolt';
import { z } from 'zod';
import { describeError } from './describe-error.js';
import { describeSharedFile, downloadSharedFile } from './add-report-download.js';
import { ADD_REPORT_MESSAGES } from './add-report-messages.js';
import { AddProblemError, type AddProblem } from './add-report-problem.js';
import type { Added } from './add-report-protocol.js';
import { renderAdded, renderProblem } from './add-report-reply.js';
import { AddMessageSchema, addRequestOf, isPersonInDirectMessage, type AddReportRequest } from './add-report-request.js';
import type { ReportAdder } from './add-report-runner.js';
import type { InFlight } from './in-flight.js';
import { slackTextToPlain } from './incoming-text.js';
import { languageOf, type Lang } from './language.js';
import { escapeMrkdwn } from './mrkdwn.js';

/** Where added reports go and how the running bot starts answering from them. */
export interface CorpusUpdates {
  adder: ReportAdder;
  /** Rebuilds the index over the corpus folder and swaps the engine; awaited before the reply. */
  refresh(reason: string): Promise<void>;
}

export interface AddReportDeps {
  adminUsers: ReadonlySet<string>;
  /** Undefined: the bot was started without a corpus folder to write to, and says so to admins. */
  corpus: CorpusUpdates | undefined;
  /** The bot token, for the private download link only; never logged. */
  token: string;
  mayReceiveToken(url: URL): boolean;
  logger: Logger;
  inFlight: InFlight;
  botUserId(): string | undefined;
}

const EnvelopeEventSchema = z.object({ event: z.unknown() });

type Outcome = { name: string; added: Added } | { name: string; problem: AddProblem };

interface Thread {
  client: webApi.WebClient;
  channel: string;
  threadTs: string;
}

/**
 * Adding a report from a DM: a shared file or a link with "添加/add". Runs before the question
 * listeners and, for such a message, instead of them. An admin's report is downloaded (files.info,
 * then the private link with the bot token), read into the corpus in a worker thread, the index
 * refreshed, and the thread told what was understood; anyone else is told politely that only admins
 * add reports, and nothing is downloaded.
 */
export function addReportMiddleware(deps: AddReportDeps): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const { body, client, next } = args;
    const envelope = EnvelopeEventSchema.safeParse(body);
    const message = envelope.success ? AddMessageSchema.safeParse(envelope.data.event) : undefined;
    if (!message?.success || !isPersonInDirectMessage(message.data)) return next();
    const m = message.data;
    const plain = slackTextToPlain(m.text ?? '', deps.botUserId());
    const request = addRequestOf(m, plain);
    if (request === null) return next();

    const lang: Lang = plain === '' ? 'zh' : languageOf(plain);
    const thread: Thread = { client, channel: m.channel, threadTs: m.thread_ts ?? m.ts };
    if (!deps.adminUsers.has(m.user)) {
      deps.logger.info(`add-report from ${m.user} refused: not in SLACK_ADMIN_USERS`);
      await reply(thread, ADD_REPORT_MESSAGES[lang].notAdmin, deps.logger);
      return;
    }
    const corpus = deps.corpus;
    if (corpus === undefined) {
      deps.logger.warn('add-report: an admin shared a report, but the bot was started without a corpus to add to');
      await reply(thread, ADD_REPORT_MESSAGES[lang].notEnabled, deps.logger);
      return;
    }
    await deps.inFlight.run(() => addAll(request, { ...deps, corpus }, thread, lang, m.user));
  };
}

async function addAll(
  request: AddReportRequest,
  deps: AddReportDeps & { corpus: CorpusUpdates },
  thread: Thread,
  lang: Lang,
  user: string,
): Promise<void> {
  const t = ADD_REPORT_MESSAGES[lang];
  // A Slack Connect share names only file ids: the names are known after files.info.
  const names = request.kind === 'url' ? [request.url] : request.files.flatMap((f) => (f.name === undefined ? [] : [f.name]));
  const received =
    request.kind === 'files' && names.length < request.files.length
      ? t.receivedFiles(request.files.length)
      : t.received(names.map((n) => `\`${escapeMrkdwn(n)}\``).join(lang === 'zh' ? '、' : ', '));
  await reply(thread, received, deps.logger);

  const outcomes: Outcome[] = [];
  if (request.kind === 'url') {
    const url = request.url;
    outcomes.push(
      await addOne(
        () => url,
        () => deps.corpus.adder.add({ url }),
        deps.logger,
      ),
    );
  } else {
    const options = { token: deps.token, maxBytes: deps.corpus.adder.maxBytes, mayReceiveToken: deps.mayReceiveToken };
    for (const file of request.files) {
      // Named as the event names it until files.info says more.
      let name = file.name ?? file.id;
      const read = async (): Promise<Added> => {
        const shared = await describeSharedFile(thread.client, file.id, options);
        name = file.name ?? shared.fileName;
        return deps.corpus.adder.add(await downloadSharedFile(shared, options));
      };
      outcomes.push(await addOne(() => name, read, deps.logger));
    }
  }

  const copied = outcomes.flatMap((o) => ('added' in o && o.added.copied ? [o.added.file] : []));
  let refreshed = false;
  if (copied.length > 0) {
    try {
      await deps.corpus.refresh(`added from Slack by ${user}: ${copied.join(', ')}`);
      refreshed = true;
    } catch (error) {
      deps.logger.error(`add-report: refreshing the index after ${copied.join(', ')} failed: ${describeError(error)}`);
    }
  }
  for (const outcome of outcomes) {
    const text = 'added' in outcome ? renderAdded(outcome.added, lang, refreshed) : renderProblem(outcome.name, outcome.problem, lang);
    await reply(thread, text, deps.logger);
  }
}

/** One report read into the corpus, or the reason it was not; only unexpected failures are logged as errors. */
async function addOne(nameOf: () => string, work: () => Promise<Added>, logger: Logger): Promise<Outcome> {
  try {
    const added = await work();
    const name = nameOf();
    logger.info(
      `add-report: ${added.copied ? 'added' : 'already had'} ${added.file} (${added.meta.issuer}, ${added.summary.sentences} sentences, ${added.summary.warnings.length} warnings)`,
    );
    return { name, added };
  } catch (error) {
    const name = nameOf();
    if (error instanceof AddProblemError) {
      logger.info(`add-report: ${name} not added: ${error.message}`);
      return { name, problem: error.problem };
    }
    logger.error(`add-report: ${name} failed unexpectedly: ${describeError(error)}`);
    return { name, problem: { kind: 'failed', detail: 'unexpected error' } };
  }
}

async function reply(thread: Thread, text: string, logger: Logger): Promise<void> {
  try {
    await thread.client.chat.postMessage({
      channel: thread.channel,
      thread_ts: thread.threadTs,
      text,
      unfurl_links: false,
      unfurl_media: false,
    });
  } catch (error) {
    logger.warn(`add-report: replying in ${thread.channel} failed: ${describeError(error)}`);
  }
}
