/**
 * Admission in front of answering: at most `concurrency` questions are worked on at once (engine,
 * progress reactions, posting), at most `maxWaiting` wait their turn, and one more is refused at
 * once so the asker can be told to try again. Bounding the work in progress also keeps a burst's
 * Web API traffic from crowding out the acknowledgements of the events still arriving.
 */
export class AnswerGate {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly concurrency: number,
    private readonly maxWaiting: number,
  ) {}

  get queued(): number {
    return this.waiting.length;
  }

  /** Resolves with a release function once the question may start, or null when the queue is full. */
  async enter(): Promise<(() => void) | null> {
    if (this.active < this.concurrency) {
      this.active += 1;
      return this.releaser();
    }
    if (this.waiting.length >= this.maxWaiting) return null;
    await new Promise<void>((resolve) => this.waiting.push(resolve));
    // The slot was handed over by the releaser: `active` already counts this question.
    return this.releaser();
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    };
  }
}

export const DEFAULT_ANSWER_CONCURRENCY = 16;
export const DEFAULT_ANSWER_WAITING = 500;
