/**
 * Position of a string in a fixed list, by open addressing over an Int32Array: the same lookups as
 * a Map<string, number> for a few bytes per entry instead of a Map entry and a key string each
 * (350 000 sentence ids at 100 000 chunks).
 */
export class StringIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `keyOf(i)` for i < count; called again on lookups, so it may decode rather than hold strings. */
  constructor(
    count: number,
    private readonly keyOf: (i: number) => string,
  ) {
    let size = 16;
    while (size < count * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let i = 0; i < count; i++) {
      const key = keyOf(i);
      let slot = hash(key) & this.mask;
      // Keys are expected to be unique; of duplicates, the first wins.
      while (this.slots[slot] !== -1 && keyOf(this.slots[slot]) !== key) slot = (slot + 1) & this.mask;
      if (this.slots[slot] === -1) this.slots[slot] = i;
    }
  }

  get(key: string): number | undefined {
    let slot = hash(key) & this.mask;
    for (;;) {
      const i = this.slots[slot];
      if (i === -1) return undefined;
      if (this.keyOf(i) === key) return i;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** FNV-1a over UTF-16 code units. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
