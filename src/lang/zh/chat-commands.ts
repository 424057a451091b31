/** What a terminal-chat user types to leave, or to start a new conversation. */
export const CHAT_EXIT_WORDS: readonly string[] = ['exit', 'quit', '退出'];
export const CHAT_NEW_CONVERSATION_WORDS: readonly string[] = ['new', '新问题', 'clear'];

/** Whether a typed line is one of the command words (case-insensitive, whole line). */
export function isChatCommand(line: string, words: readonly string[]): boolean {
  const typed = line.trim().toLowerCase();
  return words.some((w) => w.toLowerCase() === typed);
}

/**
 * Command words typed in any language's conversation: "help" mid-way through a Chinese conversation
 * asks for help in Chinese.
 */
export const LANGUAGE_NEUTRAL_COMMANDS: readonly string[] = ['help', '/help', '?', 'h', 'menu'];
