import { describe, expect, it } from 'vitest';
import { comparisonVerdict } from '../../src/answer/figure-lead.js';
import type { Figure } from '../../src/answer/schema.js';

const figure = (district: string, value: number, unit: string, valueInBaseUnit: number): Figure => ({
  indicator: '开工改造城镇老旧小区',
  value,
  unit,
  kind: 'actual',
  period: '2024',
  district,
  citationId: `${district}:1`,
  valueInBaseUnit,
});

describe('a comparison’s verdict word', () => {
  it('says which has more of a count of things, in Chinese and English', () => {
    const a = figure('云南省', 2878, '个', 2878);
    const b = figure('湖南省', 5357, '个', 5357);
    expect(comparisonVerdict(a, b, false, 'zh', false)).toBe('。湖南省更多：5357个 对 2878个');
    expect(comparisonVerdict(a, b, false, 'en', false)).toMatch(/^\. Hunan has more: /);
    // In a magnitude of the counter too (万人).
    expect(comparisonVerdict(figure('甲省', 3, '万人', 3e4), figure('乙省', 2, '万人', 2e4), false, 'zh', false)).toMatch(/甲省更多/);
  });

  it('says which is higher of money and of rates', () => {
    expect(
      comparisonVerdict(figure('广东省', 9.5, '万亿元', 9.5e12), figure('江苏省', 5.95, '万亿元', 5.95e12), false, 'zh', false),
    ).toMatch(/^。广东省更高：/);
    expect(comparisonVerdict(figure('广东省', 4.4, '%', 4.4), figure('江苏省', 6, '%', 6), true, 'zh', false)).toMatch(/^。江苏省更高：/);
  });
});
