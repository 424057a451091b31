import type { webApi } from '@slack/bolt';
import type { SlackMessage } from './block-kit.js';

/** Posts a rendered message; link previews stay off so quoted report text is not unfurled. */
export async function postMessage(
  client: webApi.WebClient,
  where: { channel: string; threadTs?: string },
  message: SlackMessage,
): Promise<void> {
  await client.chat.postMessage({
    channel: where.channel,
    ...(where.threadTs === undefined ? {} : { thread_ts: where.threadTs }),
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
    unfurl_media: false,
  });
}
