import type { App } from '@slack/bolt';
import { slackTextToPlain } from '../incoming-text.js';
import { languageOf } from '../language.js';
import { noticeText } from '../notices.js';
import { MentionEventSchema } from '../payloads.js';
import { postMessage } from '../post-message.js';
import { reactionProgress } from '../progress.js';
import { escapeMrkdwn } from '../mrkdwn.js';
import { describeError } from '../describe-error.js';
import { isChannelAllowed, threadHistoryFromSlack, type ListenerDeps } from './deps.js';

/** @-mentions in channels: answered in the mention's thread, with ⏳/✅ on the mention. */
export function registerMentions(app: App, deps: ListenerDeps): void {
  app.event('app_mention', async ({ event, client }) => {
    const parsed = MentionEventSchema.safeParse(event);
    if (!parsed.success) {
      deps.logger.warn('ignoring an app_mention event without channel or ts');
      return;
    }
    const e = parsed.data;
    // Bots mentioning us (including our own echoes) are not questions; answering could loop.
    if (e.bot_id !== undefined || e.subtype !== undefined || e.user === undefined) return;
    const question = slackTextToPlain(e.text, deps.identity.botUserId);
    if (!isChannelAllowed(e.channel, deps.allowedChannels)) {
      deps.logger.info(`mention in ${e.channel} ignored: channel not in SLACK_ALLOWED_CHANNELS`);
      const lang = question === '' ? 'zh' : languageOf(question);
      await client.chat
        .postEphemeral({
          channel: e.channel,
          user: e.user,
          text: escapeMrkdwn(noticeText('notAllowed', lang)),
          ...(e.thread_ts === undefined ? {} : { thread_ts: e.thread_ts }),
        })
        .catch((error: unknown) => deps.logger.warn(`chat.postEphemeral failed in ${e.channel}: ${describeError(error)}`));
      return;
    }
    const threadTs = e.thread_ts ?? e.ts;
    const asker = e.user;
    await deps.service.handle({
      question,
      user: e.user,
      channel: e.channel,
      historyKey: `${e.channel}:${threadTs}`,
      earlierQuestions: threadHistoryFromSlack(client, deps, { channel: e.channel, threadTs, ts: e.ts, mentionsOnly: true }),
      messageKey: `${e.channel}:${e.ts}`,
      // Ephemeral notices (rate limit, busy) are for the asker only, never a public thread reply.
      reply: (message, kind) =>
        kind === 'ephemeral'
          ? client.chat
              .postEphemeral({ channel: e.channel, user: asker, thread_ts: threadTs, text: message.text, blocks: message.blocks })
              .then(() => undefined)
          : postMessage(client, { channel: e.channel, threadTs }, message),
      progress: reactionProgress(client, e.channel, e.ts, deps.progressFailures),
      attachFiles: async (answer) => deps.answerFiles?.upload(client, { channel: e.channel, threadTs }, answer),
    });
  });
}
