import { plainMessage, type SlackMessage } from './block-kit.js';
import type { Lang } from './language.js';

/** The short, polite messages the bot says besides answers. */
const TEXT = {
  zh: {
    thinking: '正在查阅报告…',
    empty: '请直接提问，例如：“钱塘区2024年GDP是多少？”',
    rateLimited: '你提问有点快了，请稍等一分钟再问，谢谢！',
    failed: '抱歉，查阅报告时出了点问题，请稍后再试。',
    notAllowed: '这个频道还没有开通报告问答。可以私信我提问。',
    shuttingDown: '我正在重启，请稍后再问一次。',
    thanksUp: '感谢反馈！👍',
    thanksDown: '感谢反馈，我们会改进。👎',
  },
  en: {
    thinking: 'Reading the reports…',
    empty: 'Ask me a question, for example: "What is Gongshu\'s 2025 GDP growth target?"',
    rateLimited: 'You are asking a little fast; please wait a minute and ask again. Thank you!',
    failed: 'Sorry, something went wrong while reading the reports. Please try again later.',
    notAllowed: 'Report questions are not enabled in this channel. You can ask me in a direct message.',
    shuttingDown: 'I am restarting; please ask again in a moment.',
    thanksUp: 'Thanks for the feedback! 👍',
    thanksDown: 'Thanks for the feedback; we will improve. 👎',
  },
} as const;

export type NoticeKind = keyof (typeof TEXT)['zh'];

export function noticeText(kind: NoticeKind, lang: Lang): string {
  return TEXT[lang][kind];
}

export function notice(kind: NoticeKind, lang: Lang): SlackMessage {
  return plainMessage(TEXT[lang][kind]);
}

/** Greeting and suggested prompts for a new Assistant thread; the manifest lists the same prompts. */
export const ASSISTANT_GREETING =
  '你好！我可以回答杭州各区政府工作报告里的经济问题，每个回答都附上报告原文。Hi! Ask me about the district government work reports; every answer quotes its source.';

export const SUGGESTED_PROMPTS_TITLE = '试试这样问 · Try asking';

export const SUGGESTED_PROMPTS: ReadonlyArray<{ title: string; message: string }> = [
  { title: '钱塘区2024年GDP', message: '钱塘区2024年GDP是多少？' },
  { title: '拱墅区2025年工作重点', message: '总结拱墅区2025年工作重点' },
  { title: "Gongshu's 2025 GDP target", message: "What is Gongshu's 2025 GDP growth target?" },
];
