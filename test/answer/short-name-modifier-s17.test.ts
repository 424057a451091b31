import { describe, expect, it } from 'vitest';
import { isAskedIndicator } from '../../src/answer/figure-format.js';

const asked = (names: string[]) =>
  ({ indicators: [{ name: names[0], synonyms: names.slice(1) }] }) as Parameters<typeof isAskedIndicator>[1];

describe('a short figure name inside an asked name', () => {
  it('is no figure of it where it modifies another noun ("货物" of 货物进出口)', () => {
    expect(isAskedIndicator({ indicator: '货物' }, asked(['进出口总额', '货物进出口']))).toBe(false);
  });

  it('is one where only a generic measure follows it, or nothing', () => {
    expect(isAskedIndicator({ indicator: '出口' }, asked(['出口总额']))).toBe(true);
    expect(isAskedIndicator({ indicator: '出口' }, asked(['货物出口']))).toBe(true);
  });
});
