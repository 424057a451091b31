/**
 * A set whose keys expire after `ttlMs` and which never holds more than `maxSize` keys (the oldest
 * go first), so remembering delivered events cannot grow without bound.
 */
export class TtlSet {
  private readonly expiries = new Map<string, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxSize: number,
    private readonly now: () => number = Date.now,
  ) {}

  has(key: string): boolean {
    const expiry = this.expiries.get(key);
    if (expiry === undefined) return false;
    if (expiry <= this.now()) {
      this.expiries.delete(key);
      return false;
    }
    return true;
  }

  /** Adds the key; returns false when it was already present (the caller has seen it before). */
  claim(key: string): boolean {
    if (this.has(key)) return false;
    this.evict();
    this.expiries.set(key, this.now() + this.ttlMs);
    return true;
  }

  get size(): number {
    return this.expiries.size;
  }

  private evict(): void {
    const now = this.now();
    // Insertion order equals expiry order (fixed TTL), so expired keys sit at the front.
    for (const [key, expiry] of this.expiries) {
      if (expiry > now && this.expiries.size < this.maxSize) break;
      this.expiries.delete(key);
    }
  }
}
