/**
 * Tracks answers being worked on, so a graceful stop can refuse new work and wait (bounded) for
 * the running answers to be posted.
 */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();
  private closed = false;

  get isClosed(): boolean {
    return this.closed;
  }

  get size(): number {
    return this.running.size;
  }

  /** Runs the work and tracks it until it settles; the work's own result or error is passed through. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const p = work();
    this.running.add(p);
    const forget = () => this.running.delete(p);
    p.then(forget, forget);
    return p;
  }

  close(): void {
    this.closed = true;
  }

  /** Resolves true once nothing is running, or false when `timeoutMs` passes first. */
  async drain(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.running.size > 0) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, left);
      });
      await Promise.race([Promise.allSettled([...this.running]), timeout]);
      clearTimeout(timer);
    }
    return true;
  }
}
