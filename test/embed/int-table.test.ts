import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/embed/linear-algebra.js';
import { IntTable } from '../../src/embed/int-table.js';

describe('IntTable', () => {
  it('agrees with a Map over many keys, through growth and overwrites', () => {
    const random = seededRandom(11);
    const table = new IntTable(4);
    const reference = new Map<number, number>();
    for (let i = 0; i < 50_000; i++) {
      // Bigram codes reach 20 992² ≈ 4.4·10⁸; small keys collide with each other's probes too.
      const key = i % 3 === 0 ? Math.floor(random() * 64) : Math.floor(random() * 440_000_000);
      table.set(key, i);
      reference.set(key, i);
    }
    expect(table.size).toBe(reference.size);
    for (const [key, value] of reference) expect(table.get(key)).toBe(value);
    let absent = 0;
    for (let i = 0; i < 10_000; i++) {
      const key = 440_000_000 + i;
      if (!reference.has(key)) absent += table.get(key) === -1 ? 1 : 0;
    }
    expect(absent).toBe(10_000);
  });

  it('refuses keys it cannot hold: negative (-1 marks empty slots) or past 32 bits', () => {
    expect(() => new IntTable().set(-1, 3)).toThrow(/outside/);
    expect(() => new IntTable().set(2 ** 31, 3)).toThrow(/outside/);
    expect(new IntTable().get(-1)).toBe(-1);
  });
});
