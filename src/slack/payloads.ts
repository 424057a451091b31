import { z } from 'zod';

/**
 * The fields of Slack payloads this bot reads, validated at the edge so handlers work with typed,
 * present values and malformed payloads are logged and dropped instead of throwing deep inside.
 */

export const EnvelopeSchema = z.object({
  event_id: z.string().optional(),
  retry_attempt: z.number().optional(),
});

export const MentionEventSchema = z.object({
  type: z.literal('app_mention'),
  channel: z.string(),
  ts: z.string(),
  thread_ts: z.string().optional(),
  user: z.string().optional(),
  text: z.string().default(''),
  bot_id: z.string().optional(),
  subtype: z.string().optional(),
});
export type MentionEvent = z.infer<typeof MentionEventSchema>;

export const MessageEventSchema = z.object({
  type: z.literal('message'),
  channel: z.string(),
  channel_type: z.string().optional(),
  ts: z.string(),
  thread_ts: z.string().optional(),
  user: z.string().optional(),
  text: z.string().optional(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
  edited: z.unknown().optional(),
});
export type MessageEvent = z.infer<typeof MessageEventSchema>;

export const SlashCommandSchema = z.object({
  command: z.string(),
  text: z.string().default(''),
  user_id: z.string(),
  channel_id: z.string(),
  response_url: z.string(),
  trigger_id: z.string().optional(),
});
export type SlashCommand = z.infer<typeof SlashCommandSchema>;

export const BlockActionsSchema = z.object({
  type: z.literal('block_actions'),
  user: z.object({ id: z.string() }),
  trigger_id: z.string().optional(),
  response_url: z.string().optional(),
  channel: z.object({ id: z.string() }).optional(),
  container: z
    .object({
      channel_id: z.string().optional(),
      message_ts: z.string().optional(),
      thread_ts: z.string().optional(),
    })
    .optional(),
  message: z.object({ ts: z.string().optional(), thread_ts: z.string().optional() }).optional(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().optional() })).min(1),
});
export type BlockActions = z.infer<typeof BlockActionsSchema>;

export const ViewOpenResultSchema = z.object({ view: z.object({ id: z.string() }) });

/**
 * Subtypes that are still a person asking: a message with a file attached, and a thread reply also
 * sent to the channel. Everything else (edits, joins, bot messages, deletions) is not a question.
 */
const ANSWERED_SUBTYPES: ReadonlySet<string | undefined> = new Set([undefined, 'file_share', 'thread_broadcast']);

export function isAnsweredSubtype(subtype: string | undefined): boolean {
  return ANSWERED_SUBTYPES.has(subtype);
}

/** A message a human wrote: not from a bot, not an edit, join or other housekeeping subtype. */
export function isHumanMessage(m: { subtype?: string; bot_id?: string; user?: string; edited?: unknown }): boolean {
  return isAnsweredSubtype(m.subtype) && m.bot_id === undefined && m.user !== undefined && m.edited === undefined;
}

/** DM channel ids start with D; DMs are answered regardless of the channel allowlist. */
export function isDirectMessageChannel(channel: string): boolean {
  return channel.startsWith('D');
}
