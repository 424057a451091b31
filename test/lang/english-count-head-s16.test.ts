import { describe, expect, it } from 'vitest';
import { englishCountUnit } from '../../src/lang/en/english-count-units.js';
import { govFirstLine } from '../support/engine.js';

/** "How many new hospital beds": the head of the noun phrase counted is its last counted noun (beds, in 张). */
describe('the unit an English count asks', () => {
  it('is its noun phrase’s head, before the verb or a preposition', () => {
    expect(englishCountUnit('How many new hospital beds did Guangdong add last year?')).toBe('张');
    expect(englishCountUnit('How many hospitals in Beijing')).toBe('家');
    expect(englishCountUnit('how many patents per 10000 people')).toBe('件');
    expect(englishCountUnit('number of enterprises in guangdong')).toBe('家');
    expect(englishCountUnit('how many Jiangsu industrial firms')).toBe('家');
  });

  it('on the reports: the beds lead, not a count of firms beside them', async () => {
    expect(await govFirstLine('How many new hospital beds did Guangdong add last year?', new Date('2026-12-03'))).toContain('7000');
  });
});
