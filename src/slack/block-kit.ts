import type { types } from '@slack/bolt';
import { escapeMrkdwn, truncate } from './mrkdwn.js';

export type SlackBlock = types.KnownBlock;
/** A modal whose blocks are the known kinds we render (narrower than ModalView's AnyBlock). */
export type SlackView = types.ModalView & { blocks: SlackBlock[] };

/** A message as every surface posts it: blocks plus the plain fallback used for notifications. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/** Slack's published limits, kept in one place so renderers and tests agree. */
export const LIMITS = {
  sectionText: 3000,
  fieldText: 2000,
  fieldsPerSection: 10,
  blocksPerMessage: 50,
  blocksPerModal: 100,
  headerText: 150,
  buttonValue: 2000,
  buttonText: 75,
  modalTitle: 24,
  contextText: 3000,
  fallbackText: 3000,
  /**
   * Our budget for all text in one message's blocks. Slack rejects a message with
   * msg_blocks_too_long well below 50 blocks × 3 000 characters; 12 000 stays clear of it.
   */
  messageText: 12_000,
} as const;

/** Characters of text a block shows (sections, fields, context elements, headers, button labels). */
export function blockTextLength(block: SlackBlock): number {
  let n = 0;
  if ('text' in block && block.text !== undefined && typeof block.text === 'object') n += block.text.text.length;
  if ('fields' in block && block.fields !== undefined) for (const f of block.fields) n += f.text.length;
  if (block.type === 'context') for (const e of block.elements) if ('text' in e) n += e.text.length;
  if (block.type === 'actions') for (const e of block.elements) if ('text' in e && e.text !== undefined) n += e.text.text.length;
  return n;
}

/** A section whose text is already-escaped mrkdwn; verbatim stops Slack from auto-linking names. */
export function section(mrkdwn: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(mrkdwn, LIMITS.sectionText), verbatim: true } };
}

export function context(mrkdwn: string): SlackBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(mrkdwn, LIMITS.contextText), verbatim: true }] };
}

/** A one-section message from plain (unescaped) text, for notices such as "please slow down". */
export function plainMessage(text: string): SlackMessage {
  const escaped = escapeMrkdwn(text);
  return { text: truncate(escaped, LIMITS.fallbackText), blocks: [section(escaped)] };
}
