/**
 * Per-user token buckets: each user may ask `perMinute` questions in a burst, refilled evenly over
 * a minute. Beyond `maxUsers` the least recently active users are forgotten; a forgotten user
 * starts again with a full bucket, which errs on the generous side.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly refillPerMs: number;

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
    private readonly maxUsers = 10_000,
  ) {
    this.refillPerMs = perMinute / 60_000;
  }

  /** Takes one token for the user; false means the user is over the limit. A limit of 0 means none. */
  take(user: string): boolean {
    if (this.perMinute <= 0) return true;
    const now = this.now();
    const bucket = this.buckets.get(user);
    const tokens = bucket ? Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * this.refillPerMs) : this.perMinute;
    if (tokens < 1) {
      this.buckets.set(user, { tokens, at: now });
      return false;
    }
    this.buckets.delete(user);
    this.buckets.set(user, { tokens: tokens - 1, at: now });
    while (this.buckets.size > this.maxUsers) {
      const oldest = this.buckets.keys().next().value;
      if (oldest === undefined) break;
      this.buckets.delete(oldest);
    }
    return true;
  }
}
