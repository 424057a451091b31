/**
 * Session 24's figure readings (stryker.s24.json): an amount right after a change verb is its change, and the rules around
 * it; a count asked in its measure word; a partner under its short name.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/extract.js';
import { amountChange, growthChange } from '../../src/figures/figure-record.js';
import { figureShape, isAmountChangeOnly } from '../../src/figures/figure-shape.js';
import { measureOf } from '../../src/figure-table/measure.js';
import { askedCounter } from '../../src/lang/zh/asked-shape-words.js';
import { amountChangeVerb } from '../../src/lang/zh/change-words.js';
import { asksGrowthOverTimeBefore } from '../../src/lang/zh/follow-up-words.js';

const read = (sentence: string) =>
  extractFigures({ sentence, citationId: 'x', period: '2024', district: '浙江省', kind: 'result', source: 'text' });

describe('an amount’s change read from a sentence', () => {
  it('reads the change of a two-character name once its scope is taken off (全省电价)', () => {
    expect(read('全省电价下降1分/千瓦时。')[0]).toMatchObject({
      indicator: '电价',
      change: { direction: 'down', value: 1, unit: '分/千瓦时' },
    });
  });

  it('turns the verb’s direction for an amount written negative', () => {
    expect(read('一般公共预算收入增长-200亿元。')[0].change).toEqual({ direction: 'down', value: 200, unit: '亿元' });
    expect(read('粮食产量下降-20亿斤。')[0].change).toEqual({ direction: 'up', value: 20, unit: '亿斤' });
  });

  it('keeps the verb’s direction for a growth of zero', () => {
    expect(growthChange({ word: '增长', direction: 'up' }, 0, '%')?.direction).toBe('up');
    expect(growthChange({ word: '下降', direction: 'down' }, 0, '%')?.direction).toBe('down');
  });

  it('is no amount’s change in % or points, nor without a unit', () => {
    const down = { word: '下降', direction: 'down' as const };
    expect(amountChange(down, 5, '%')).toBeUndefined();
    expect(amountChange(down, 5, '个百分点')).toBeUndefined();
    expect(amountChange(down, 5, '')).toBeUndefined();
    expect(amountChange(down, 5, '亿元')).toEqual({ direction: 'down', value: 5, unit: '亿元' });
  });

  it('finds the verb after a name of exactly three characters, and reads a name written with a space as without', () => {
    expect(amountChangeVerb('出口额下降')).toMatchObject({ word: '下降', direction: 'down' });
    expect(amountChangeVerb('一般公共预算收入 下降')).toMatchObject({ word: '下降' });
    expect(amountChangeVerb('赤字规模比上年 增加')).toBeUndefined();
  });
});

describe('an amount change among the other shapes', () => {
  const base = { kind: 'actual' as const, period: '2024', district: '浙江省', citationId: 'x' };

  it('leaves a level a level, and a level with its change in another unit or amount a level', () => {
    const level = { indicator: '粮食产量', value: 1400, unit: '亿斤' };
    expect(figureShape(level)).toBe('level');
    const withRate = { indicator: '地区生产总值', value: 90131, unit: '亿元', change: { direction: 'up' as const, value: 5.5, unit: '%' } };
    expect(isAmountChangeOnly(withRate)).toBe(false);
    expect(figureShape(withRate)).toBe('level');
    const withRise = { ...level, change: { direction: 'up' as const, value: 20, unit: '亿斤' } };
    expect(isAmountChangeOnly(withRise)).toBe(false);
    expect(measureOf({ ...withRise, ...base })).toBe('level');
  });

  it('leaves a level equal in number to its growth rate a level ("5万亿元，增长5%")', () => {
    const trade = { indicator: '进出口总额', value: 5, unit: '万亿元', change: { direction: 'up' as const, value: 5, unit: '%' } };
    expect(isAmountChangeOnly(trade)).toBe(false);
    expect(figureShape(trade)).toBe('level');
  });

  it('keeps a growth rate a rate', () => {
    const rate = { indicator: '地区生产总值', value: 5.5, unit: '%', change: { direction: 'up' as const, value: 5.5, unit: '%' } };
    expect(isAmountChangeOnly(rate)).toBe(false);
    expect(figureShape(rate)).toBe('rate');
  });
});

describe('the words of session 24’s questions', () => {
  it('reads the measure word a count is asked in, or none', () => {
    expect(askedCounter('广东去年新增两院院士几名')).toBe('名');
    expect(askedCounter('新增多少万户')).toBe('户');
    expect(askedCounter('广东去年新增两院院士情况')).toBeNull();
  });

  it('reads a comparison with the time before and a growth asked, spaces around it or not', () => {
    expect(asksGrowthOverTimeBefore('比上届涨了几个点')).toBe(true);
    expect(asksGrowthOverTimeBefore(' 那比上年增长多少？ ')).toBe(true);
    expect(asksGrowthOverTimeBefore('比上届呢')).toBe(false);
  });
});
