import { createInterface } from 'node:readline';
import type { AskEngine } from '../answer/schema.js';
import { formatAnswer } from './format-answer.js';

const WELCOME = `杭州报告问答 — ask about the reports in Chinese or English (Ctrl-D or "exit" to quit).
例如：钱塘区2024年GDP是多少？ · 总结拱墅区2025年的工作重点 · What is Gongshu's 2025 GDP growth target?
A follow-up such as "那2025年的目标呢？" keeps the place and topic of the previous question; "new" starts afresh.`;

/** The terminal chat: the same engine as Slack, one conversation with follow-ups. */
export async function runChat(
  engine: AskEngine,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  // Lines are read as a stream, not with question(): piped input that arrives before the prompt
  // would otherwise be lost.
  const rl = createInterface({ input, crlfDelay: Infinity, terminal: false });
  const prompt = () => output.write('\n问> ');
  output.write(`${WELCOME}\n`);
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
        output.write('(new conversation)\n');
        prompt();
        continue;
      }
      try {
        const answer = await engine.ask(line, { history });
        output.write(`${formatAnswer(answer)}\n`);
        history = [...history, line].slice(-5);
      } catch (error) {
        output.write(`出错了 / something went wrong: ${(error as Error).message}\n`);
      }
      prompt();
    }
  } finally {
    rl.close();
  }
}
