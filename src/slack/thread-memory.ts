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
