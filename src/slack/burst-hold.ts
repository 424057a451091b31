/**
 * Bolt's work held back during a burst of events. An event's Bolt work (parsing, listeners, the
 * engine call, the progress reaction) costs a few ms of the event loop and wakes other processes;
 * while events of a burst are still arriving it waits, so every request is read and acknowledged
 * first. It starts once no event has come for `quietMs`, or once the oldest waiting event has
 * waited `maxHoldMs` (a steady stream never starves Bolt), one event at a time.
 */
export class BurstHold {
  private readonly waiting: Array<{ work: () => void; at: number }> = [];
  private lastArrival = Number.NEGATIVE_INFINITY;

  constructor(
    readonly quietMs: number,
    readonly maxHoldMs: number,
  ) {}

  get size(): number {
    return this.waiting.length;
  }

  /** An event acknowledged at `now`, its Bolt work to run later. */
  arrive(work: () => void, now: number): void {
    this.lastArrival = now;
    this.waiting.push({ work, at: now });
  }

  /** The work to run at `now`, if any may run; else how long until some may (Infinity when none waits). */
  next(now: number): { work: () => void } | { waitMs: number } {
    const head = this.waiting[0];
    if (!head) return { waitMs: Number.POSITIVE_INFINITY };
    if (now - this.lastArrival >= this.quietMs || now - head.at >= this.maxHoldMs) {
      this.waiting.shift();
      return { work: head.work };
    }
    return { waitMs: Math.min(this.lastArrival + this.quietMs, head.at + this.maxHoldMs) - now };
  }
}
