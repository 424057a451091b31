import type { App } from '@slack/bolt';
import { describeError } from '../describe-error.js';
import { decodeFeedbackValue } from '../button-values.js';
import { languageOf } from '../language.js';
import { escapeMrkdwn } from '../mrkdwn.js';
import { noticeText } from '../notices.js';
import { BlockActionsSchema } from '../payloads.js';
import { ACTION_FEEDBACK_DOWN, ACTION_FEEDBACK_UP } from '../render-answer.js';
import type { ListenerDeps } from './deps.js';

const FEEDBACK_ACTION = new RegExp(`^(${ACTION_FEEDBACK_UP}|${ACTION_FEEDBACK_DOWN})$`);

/** 👍/👎: one JSON line per vote in the feedback log, and a private "thanks" to the voter. */
export function registerFeedbackButtons(app: App, deps: ListenerDeps): void {
  app.action(FEEDBACK_ACTION, async ({ ack, body, client, respond }) => {
    await ack();
    const parsed = BlockActionsSchema.safeParse(body);
    if (!parsed.success) {
      deps.logger.warn('ignoring a malformed feedback click');
      return;
    }
    const b = parsed.data;
    const action = b.actions[0];
    const value = decodeFeedbackValue(action?.value);
    if (action === undefined || value === null) {
      deps.logger.warn('ignoring a feedback click without answer id');
      return;
    }
    const vote = action.action_id === ACTION_FEEDBACK_UP ? 'up' : 'down';
    const channel = b.channel?.id ?? b.container?.channel_id ?? '';
    try {
      await deps.feedbackLog.append({
        ts: new Date().toISOString(),
        user: b.user.id,
        channel,
        answerId: value.answerId,
        question: value.question,
        vote,
      });
    } catch (error) {
      deps.logger.error(`writing ${deps.feedbackLog.path} failed: ${describeError(error)}`);
    }
    const text = escapeMrkdwn(noticeText(vote === 'up' ? 'thanksUp' : 'thanksDown', languageOf(value.question)));
    try {
      if (b.response_url !== undefined) {
        await respond({ response_type: 'ephemeral', replace_original: false, text });
      } else if (channel !== '') {
        const threadTs = b.container?.thread_ts ?? b.message?.thread_ts;
        await client.chat.postEphemeral({ channel, user: b.user.id, text, ...(threadTs === undefined ? {} : { thread_ts: threadTs }) });
      }
    } catch (error) {
      deps.logger.warn(`thanking for feedback failed: ${describeError(error)}`);
    }
  });
}
