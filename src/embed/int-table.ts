/**
 * Non-negative integer keys to integer values, open addressing in typed arrays. For the bigram
 * codes of an LSA fit (tens of thousands of lookups a build): a Map of numbers took about 120 ns a
 * lookup there, most of the feature counting.
 */
export class IntTable {
  private keys: Int32Array;
  private values: Int32Array;
  private count = 0;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Int32Array(size).fill(-1);
    this.values = new Int32Array(size);
  }

  get size(): number {
    return this.count;
  }

  /** The value of `key`, or -1 (also for keys no table can hold: -1 marks its empty slots). */
  get(key: number): number {
    if (!(key >= 0 && key <= 0x7fffffff)) return -1;
    const mask = this.keys.length - 1;
    for (let slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      const k = this.keys[slot];
      if (k === key) return this.values[slot];
      if (k === -1) return -1;
    }
  }

  set(key: number, value: number): void {
    if (!(key >= 0 && key <= 0x7fffffff)) throw new Error(`IntTable: key ${key} outside 0 … 2³¹ − 1`);
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    for (let slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      const k = this.keys[slot];
      if (k === key) {
        this.values[slot] = value;
        return;
      }
      if (k === -1) {
        this.keys[slot] = key;
        this.values[slot] = value;
        this.count++;
        return;
      }
    }
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    this.count = 0;
    for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== -1) this.set(keys[slot], values[slot]);
  }
}

/** Murmur3's finaliser: neighbouring codes (one character apart) land far apart. */
function hash(key: number): number {
  let h = key | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
