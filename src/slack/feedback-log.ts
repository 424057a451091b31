import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface FeedbackEntry {
  ts: string;
  user: string;
  channel: string;
  answerId: string;
  question: string;
  vote: 'up' | 'down';
}

/**
 * Appends 👍/👎 votes as JSON lines. Writes are chained so concurrent clicks never interleave
 * within a line and land in click order.
 */
export class FeedbackLog {
  private tail: Promise<void> = Promise.resolve();

  constructor(readonly path: string) {}

  append(entry: FeedbackEntry): Promise<void> {
    const line = `${JSON.stringify(entry)}\n`;
    const write = this.tail.then(async () => {
      await mkdir(dirname(this.path), { recursive: true });
      await appendFile(this.path, line, 'utf8');
    });
    // A failed write must not block later ones; the caller still sees this one's error.
    this.tail = write.catch(() => undefined);
    return write;
  }
}
