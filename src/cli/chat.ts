import { createInterface } from 'node:readline/promises';
import type { AskEngine } from '../answer/schema.js';
import { formatAnswer } from './format-answer.js';

const WELCOME = `杭州报告问答 — ask about the reports in Chinese or English (Ctrl-D or "exit" to quit).
例如：钱塘区2024年GDP是多少？ · 总结拱墅区2025年的工作重点 · What is Gongshu's 2025 GDP growth target?
A follow-up such as "那2025年的目标呢？" keeps the place and topic of the previous question; "new" starts afresh.`;

/** The terminal chat: the same engine as Slack, one conversation with follow-ups. */
export async function runChat(engine: AskEngine, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Promise<void> {
  const rl = createInterface({ input, output, terminal: (input as { isTTY?: boolean }).isTTY ?? false });
  output.write(`${WELCOME}\n`);
  let history: string[] = [];
  try {
    while (true) {
      let line: string;
      try {
        line = (await rl.question('\n问> ')).trim();
      } catch {
        break;
      }
      if (!line) continue;
      if (/^(exit|quit|退出)$/i.test(line)) break;
      if (/^(new|新问题|clear)$/i.test(line)) {
        history = [];
        output.write('(new conversation)\n');
        continue;
      }
      try {
        const answer = await engine.ask(line, { history });
        output.write(`${formatAnswer(answer)}\n`);
        history = [...history, line].slice(-5);
      } catch (error) {
        output.write(`出错了 / something went wrong: ${(error as Error).message}\n`);
      }
    }
  } finally {
    rl.close();
  }
}
