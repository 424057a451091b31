import { CHAT_EXIT_WORDS, CHAT_NEW_CONVERSATION_WORDS, isChatCommand } from '../lang/zh/chat-commands.js';
import { createInterface } from 'node:readline';
import type { AskEngine } from '../answer/schema.js';
import { formatAnswer } from './format-answer.js';
import { bilingual, message } from '../answer/messages.js';
import { ChatNotices } from './chat-notices.js';

/** The terminal chat: the same engine as Slack, one conversation with follow-ups. */
export async function runChat(
  engine: AskEngine,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
  notices: ChatNotices = new ChatNotices(output),
): Promise<void> {
  // Lines are read as a stream, not with question(): piped input that arrives before the prompt
  // would otherwise be lost.
  const rl = createInterface({ input, crlfDelay: Infinity, terminal: false });
  const prompt = () => notices.showPrompt();
  output.write(`${message('chatWelcome', 'zh')}\n`);
  prompt();
  let history: string[] = [];
  try {
    for await (const raw of rl) {
      notices.answering();
      const line = raw.trim();
      if (isChatCommand(line, CHAT_EXIT_WORDS)) break;
      if (!line) {
        prompt();
        continue;
      }
      if (isChatCommand(line, CHAT_NEW_CONVERSATION_WORDS)) {
        history = [];
        output.write(`${message('chatNewConversation', 'zh')}\n`);
        prompt();
        continue;
      }
      try {
        const answer = await engine.ask(line, { history });
        output.write(`${formatAnswer(answer)}\n`);
        history = [...history, line].slice(-5);
      } catch (error) {
        output.write(`${bilingual('chatFailed')}: ${(error as Error).message}\n`);
      }
      prompt();
    }
  } finally {
    rl.close();
  }
}
