import { describe, expect, it } from 'vitest';
import { periodSpan, statedYears } from '../../src/lang/zh/years.js';

describe('statedYears: the years a sentence gives its figures', () => {
  it('keeps the year a figure is for', () => {
    expect(statedYears('2021年R&D经费支出增长0.3%')).toEqual(['2021']);
    expect(statedYears('到2025年,地区生产总值突破1600亿元')).toEqual(['2025']);
  });

  it('drops a year that is a base, a start or a benchmark', () => {
    for (const sentence of [
      '地区生产总值1416亿元,比2023年增长5.1%',
      '占全国比重由2020年的7.2%提升至7.4%',
      'X亿元，是2020年的1.5倍',
      '地区生产总值增长5.5%，高于2023年0.3个百分点',
      '客流恢复至2019年水平',
      '2019年以来累计新增企业1200家',
      '锚定2035年远景目标',
      '提前实现2025年目标',
    ]) {
      expect(statedYears(sentence), sentence).toEqual([]);
    }
  });

  it('reads period labels as spans', () => {
    expect(periodSpan('2021-2025')).toEqual({ from: 2021, to: 2025 });
    expect(periodSpan('2025Q1')).toEqual({ from: 2025, to: 2025 });
    expect(periodSpan('unknown')).toBeNull();
  });
});

describe('five-year reviews', () => {
  it('tells a sentence about the five years from one about the year', async () => {
    const { FIVE_YEAR_REVIEW, FROM_TO } = await import('../../src/lang/zh/years.js');
    expect(FIVE_YEAR_REVIEW.test('全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶，年均增长5.9%')).toBe(true);
    expect(FIVE_YEAR_REVIEW.test('全省生产总值增长5.5%，一般公共预算收入增长1.8%')).toBe(false);
    expect(FROM_TO.test('研发投入强度从2.77%提高到3.3%左右')).toBe(true);
  });
});
