import type { AssistantConfig } from '@slack/bolt';
import { z } from 'zod';

type ThreadContextStore = NonNullable<AssistantConfig['threadContextStore']>;
type ThreadContext = Awaited<ReturnType<ThreadContextStore['get']>>;

const ThreadRefSchema = z.union([
  z.object({
    assistant_thread: z.object({ channel_id: z.string(), thread_ts: z.string(), context: z.record(z.string(), z.unknown()).optional() }),
  }),
  z.object({ channel: z.string(), thread_ts: z.string() }),
]);

const ContextSchema = z.object({
  channel_id: z.string().optional(),
  team_id: z.string().optional(),
  enterprise_id: z.string().nullable().optional(),
});

/**
 * Assistant thread context (the channel the user was viewing) kept in memory per thread.
 *
 * Why not Bolt's default store: it keeps a single context for the whole app and calls
 * conversations.replies and chat.update on every save, which needs history scopes we do not ask
 * for and mixes up concurrent threads.
 */
export class MemoryThreadContextStore implements ThreadContextStore {
  private readonly contexts = new Map<string, ThreadContext>();

  constructor(private readonly maxThreads = 2000) {}

  get: ThreadContextStore['get'] = async (args) => {
    const key = threadKey(args.payload);
    return (key === undefined ? undefined : this.contexts.get(key)) ?? {};
  };

  save: ThreadContextStore['save'] = async (args) => {
    const parsed = ThreadRefSchema.safeParse(args.payload);
    if (!parsed.success || !('assistant_thread' in parsed.data)) return;
    const { channel_id, thread_ts, context } = parsed.data.assistant_thread;
    const ctx = ContextSchema.safeParse(context ?? {});
    const key = `${channel_id}:${thread_ts}`;
    this.contexts.delete(key);
    this.contexts.set(key, ctx.success ? ctx.data : {});
    while (this.contexts.size > this.maxThreads) {
      const oldest = this.contexts.keys().next().value;
      if (oldest === undefined) break;
      this.contexts.delete(oldest);
    }
  };
}

function threadKey(payload: unknown): string | undefined {
  const parsed = ThreadRefSchema.safeParse(payload);
  if (!parsed.success) return undefined;
  const ref = parsed.data;
  return 'assistant_thread' in ref
    ? `${ref.assistant_thread.channel_id}:${ref.assistant_thread.thread_ts}`
    : `${ref.channel}:${ref.thread_ts}`;
}
