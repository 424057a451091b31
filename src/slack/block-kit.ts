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
} as const;

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
