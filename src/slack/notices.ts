import { plainMessage, type SlackMessage } from './block-kit.js';
import type { Lang } from './language.js';
import { message } from '../answer/messages.js';

/** The short, polite messages the bot says besides answers; their text is in the messages table. */
const NOTICES = ['thinking', 'empty', 'rateLimited', 'failed', 'busy', 'notAllowed', 'shuttingDown', 'thanksUp', 'thanksDown'] as const;

export type NoticeKind = (typeof NOTICES)[number];

export function noticeText(kind: NoticeKind, lang: Lang): string {
  return message(kind, lang);
}

export function notice(kind: NoticeKind, lang: Lang): SlackMessage {
  return plainMessage(message(kind, lang));
}

/** Greeting and suggested prompts for a new Assistant thread; the manifest lists the same prompts. */
export const ASSISTANT_GREETING = message('assistantGreeting', 'zh');

export const SUGGESTED_PROMPTS_TITLE = message('suggestedPromptsTitle', 'zh');

export const SUGGESTED_PROMPTS: ReadonlyArray<{ title: string; message: string }> = [
  { title: '钱塘区2024年GDP', message: '钱塘区2024年GDP是多少？' },
  { title: '拱墅区2025年工作重点', message: '总结拱墅区2025年工作重点' },
  { title: "Gongshu's 2025 GDP target", message: "What is Gongshu's 2025 GDP growth target?" },
];
