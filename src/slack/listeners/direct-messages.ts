import type { App } from '@slack/bolt';
import { slackTextToPlain } from '../incoming-text.js';
import { MessageEventSchema, isHumanMessage } from '../payloads.js';
import { postMessage } from '../post-message.js';
import { reactionProgress } from '../progress.js';
import { threadHistoryFromSlack, type ListenerDeps } from './deps.js';

/**
 * Top-level direct messages, answered top-level. Thread replies in DMs never get here: Bolt's
 * Assistant middleware takes every DM message with a thread_ts (see assistant-threads.ts).
 */
export function registerDirectMessages(app: App, deps: ListenerDeps): void {
  app.message(async ({ message, client }) => {
    const parsed = MessageEventSchema.safeParse(message);
    if (!parsed.success) return;
    const m = parsed.data;
    if (m.channel_type !== 'im' || !isHumanMessage(m) || m.user === undefined) return;
    if (m.user === deps.identity.botUserId) return;
    const threadTs = m.thread_ts;
    await deps.service.handle({
      question: slackTextToPlain(m.text ?? '', deps.identity.botUserId),
      user: m.user,
      channel: m.channel,
      // The DM itself is one conversation; the question also seeds the thread a reply to it would open.
      historyKey: threadTs === undefined ? `${m.channel}:` : `${m.channel}:${threadTs}`,
      alsoRememberUnder: threadTs === undefined ? [`${m.channel}:${m.ts}`] : [],
      earlierQuestions:
        threadTs === undefined
          ? undefined
          : threadHistoryFromSlack(client, deps, { channel: m.channel, threadTs, ts: m.ts, mentionsOnly: false }),
      messageKey: `${m.channel}:${m.ts}`,
      reply: (reply) => postMessage(client, { channel: m.channel, threadTs }, reply),
      progress: reactionProgress(client, m.channel, m.ts, deps.progressFailures),
      attachFiles: async (answer) => deps.answerFiles?.upload(client, { channel: m.channel, threadTs }, answer),
    });
  });
}
