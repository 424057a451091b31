import { z } from 'zod';
import { isAnsweredSubtype } from './payloads.js';

/**
 * Earlier questions per conversation (channel + thread), so a follow-up such as "那2025年呢？"
 * inherits place and year. Least recently used conversations are forgotten first.
 */
export class ThreadMemory {
  private readonly threads = new Map<string, string[]>();

  constructor(
    private readonly maxThreads = 2000,
    private readonly questionsPerThread = 8,
  ) {}

  /** Earlier questions of the conversation, oldest first. */
  history(key: string): string[] {
    const questions = this.threads.get(key);
    if (questions === undefined) return [];
    this.threads.delete(key);
    this.threads.set(key, questions);
    return [...questions];
  }

  remember(key: string, question: string): void {
    const questions = this.threads.get(key) ?? [];
    this.threads.delete(key);
    this.threads.set(key, [...questions, question].slice(-this.questionsPerThread));
    while (this.threads.size > this.maxThreads) {
      const oldest = this.threads.keys().next().value;
      if (oldest === undefined) break;
      this.threads.delete(oldest);
    }
  }
}

/** Where a question was asked, to find the earlier questions of its thread in Slack. */
export interface ThreadRef {
  channel: string;
  threadTs: string;
  /** The question being answered; it and anything after it are not "earlier". */
  ts: string;
  botUserId: string | undefined;
  /** In channels only messages that mention the bot were questions; in DMs every message is. */
  mentionsOnly: boolean;
}

export interface RepliesClient {
  conversations: { replies(args: { channel: string; ts: string; limit: number }): Promise<{ messages?: unknown[] }> };
}

/** Messages read from a thread: enough for the 8 questions kept, bounded whatever the thread's size. */
const REPLIES_LIMIT = 100;

/**
 * The earlier questions of a thread, read back from Slack (conversations.replies) when memory has
 * none, e.g. after a restart or on another instance: the human messages before `ts`, bot mention
 * stripped, the bot's own replies skipped. Never throws; [] when Slack cannot tell.
 */
export async function earlierQuestionsFromSlack(
  client: RepliesClient,
  ref: ThreadRef,
  toPlain: (text: string) => string,
  onError: (error: unknown) => void,
  questionsPerThread = 8,
): Promise<string[]> {
  try {
    const result = await client.conversations.replies({ channel: ref.channel, ts: ref.threadTs, limit: REPLIES_LIMIT });
    const questions: string[] = [];
    for (const raw of (result.messages ?? []).slice(0, REPLIES_LIMIT)) {
      const m = ThreadMessageSchema.safeParse(raw);
      if (!m.success || !isEarlierQuestion(m.data, ref)) continue;
      const question = toPlain(m.data.text);
      if (question !== '') questions.push(question);
    }
    return questions.slice(-questionsPerThread);
  } catch (error) {
    onError(error);
    return [];
  }
}

const ThreadMessageSchema = z.object({
  ts: z.string(),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  subtype: z.string().optional(),
  text: z.string().default(''),
});

function isEarlierQuestion(m: z.infer<typeof ThreadMessageSchema>, ref: ThreadRef): boolean {
  if (m.bot_id !== undefined || m.user === undefined || m.user === ref.botUserId) return false;
  if (!isAnsweredSubtype(m.subtype)) return false;
  if (Number(m.ts) >= Number(ref.ts)) return false;
  return !ref.mentionsOnly || (ref.botUserId !== undefined && m.text.includes(`<@${ref.botUserId}`));
}
