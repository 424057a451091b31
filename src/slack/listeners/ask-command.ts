import type { App } from '@slack/bolt';
import { slackTextToPlain } from '../incoming-text.js';
import { languageOf } from '../language.js';
import { escapeMrkdwn } from '../mrkdwn.js';
import { noticeText } from '../notices.js';
import { SlashCommandSchema } from '../payloads.js';
import { noProgress } from '../progress.js';
import { isChannelAllowed, type ListenerDeps } from './deps.js';

export const ASK_COMMAND = '/ask';

/**
 * `/ask <question>`: acknowledged at once with an ephemeral "reading the reports…", answered
 * through the response_url (works even where the bot is not a channel member). Notices such as
 * "please slow down" stay ephemeral.
 */
export function registerAskCommand(app: App, deps: ListenerDeps): void {
  app.command(ASK_COMMAND, async ({ command, ack, respond }) => {
    const parsed = SlashCommandSchema.safeParse(command);
    if (!parsed.success) {
      await ack();
      deps.logger.warn('ignoring a slash command without user, channel or response_url');
      return;
    }
    const c = parsed.data;
    const question = slackTextToPlain(c.text, deps.identity.botUserId);
    const lang = question === '' ? 'zh' : languageOf(question);
    if (!isChannelAllowed(c.channel_id, deps.allowedChannels)) {
      await ack({ response_type: 'ephemeral', text: escapeMrkdwn(noticeText('notAllowed', lang)) });
      return;
    }
    if (question === '') {
      await ack({ response_type: 'ephemeral', text: escapeMrkdwn(noticeText('empty', lang)) });
      return;
    }
    await ack({ response_type: 'ephemeral', text: `${escapeMrkdwn(noticeText('thinking', lang))} ${escapeMrkdwn(question)}` });
    await deps.service.handle({
      question,
      user: c.user_id,
      channel: c.channel_id,
      reply: async (message, kind) => {
        await respond({
          response_type: kind === 'answer' ? 'in_channel' : 'ephemeral',
          replace_original: false,
          text: message.text,
          blocks: message.blocks,
        });
      },
      progress: noProgress,
      renderOptions: { echoQuestion: true },
    });
  });
}
