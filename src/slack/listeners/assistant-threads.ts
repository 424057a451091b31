import { Assistant } from '@slack/bolt';
import { MemoryThreadContextStore } from '../assistant-context-store.js';
import { slackTextToPlain } from '../incoming-text.js';
import { languageOf } from '../language.js';
import { ASSISTANT_GREETING, SUGGESTED_PROMPTS, SUGGESTED_PROMPTS_TITLE, noticeText } from '../notices.js';
import { MessageEventSchema, isHumanMessage } from '../payloads.js';
import { postMessage } from '../post-message.js';
import { assistantStatusProgress } from '../progress.js';
import { describeError } from '../describe-error.js';
import { threadHistoryFromSlack, type ListenerDeps } from './deps.js';

/**
 * Slack's AI-app threads: a greeting and suggested prompts when a thread opens, the "正在查阅报告…"
 * status while answering, and every earlier question of the thread as history.
 */
export function createAssistant(deps: ListenerDeps): Assistant {
  return new Assistant({
    threadContextStore: new MemoryThreadContextStore(),

    threadStarted: async ({ say, setSuggestedPrompts, saveThreadContext }) => {
      try {
        await say(ASSISTANT_GREETING);
        await setSuggestedPrompts({ title: SUGGESTED_PROMPTS_TITLE, prompts: [...SUGGESTED_PROMPTS] });
        await saveThreadContext();
      } catch (error) {
        deps.logger.error(`starting an assistant thread failed: ${describeError(error)}`);
      }
    },

    threadContextChanged: async ({ saveThreadContext }) => {
      await saveThreadContext();
    },

    userMessage: async ({ message, client }) => {
      const parsed = MessageEventSchema.safeParse(message);
      if (!parsed.success) return;
      const m = parsed.data;
      if (!isHumanMessage(m) || m.user === undefined || m.user === deps.identity.botUserId) return;
      const threadTs = m.thread_ts ?? m.ts;
      const question = slackTextToPlain(m.text ?? '', deps.identity.botUserId);
      const lang = question === '' ? 'zh' : languageOf(question);
      await deps.service.handle({
        question,
        user: m.user,
        channel: m.channel,
        historyKey: `${m.channel}:${threadTs}`,
        earlierQuestions: threadHistoryFromSlack(client, deps, { channel: m.channel, threadTs, ts: m.ts, mentionsOnly: false }),
        messageKey: `${m.channel}:${m.ts}`,
        reply: (reply) => postMessage(client, { channel: m.channel, threadTs }, reply),
        progress: assistantStatusProgress(client, m.channel, threadTs, noticeText('thinking', lang), deps.progressFailures),
        attachFiles: async (answer) => deps.answerFiles?.upload(client, { channel: m.channel, threadTs }, answer),
      });
    },
  });
}
