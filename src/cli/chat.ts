import { createInterface } from 'node:readline';
import type { AskEngine } from '../answer/schema.js';
import { formatAnswer } from './format-answer.js';
import { bilingual, message } from '../answer/messages.js';

/** The terminal chat: the same engine as Slack, one conversation with follow-ups. */
export async function runChat(
  engine: AskEngine,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  // Lines are read as a stream, not with question(): piped input that arrives before the prompt
  // would otherwise be lost.
  const rl = createInterface({ input, crlfDelay: Infinity, terminal: false });
  const prompt = () => output.write(`\n${message('chatPrompt', 'zh')}`);
  output.write(`${message('chatWelcome', 'zh')}\n`);
  prompt();
  let history: string[] = [];
  try {
    for await (const raw of rl) {
      const line = raw.trim();
      if (/^(exit|quit|退出)$/i.test(line)) break;
      if (!line) {
        prompt();
        continue;
      }
      if (/^(new|新问题|clear)$/i.test(line)) {
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
