/**
 * Figures named by a measure alone where the sentence is about the economy as a whole (src/figures/indicator-naming.ts:
 * `economyMeasure`), percentage points written once for a pair (src/figures/candidates.ts, `POINTS_WRITTEN_ONCE`), and
 * a 分别 list of gaps and rates (src/figures/respectively.ts), on hand-built sentences shaped like 湖南's 2025 report.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { economyMeasure } from '../../src/figures/indicator-naming.js';
import { briefFigures, resultSentence } from '../support/hand-built-figures.js';

describe('a measure named alone in a sentence about the economy', () => {
  it('is the economy’s measure after 经济 as a whole, its growth too', () => {
    expect(briefFigures('顶住经济下行压力，全年增长4.8%、总量达5.3万亿元')).toEqual([
      ['经济总量', 4.8, '%', null],
      ['经济总量', 5.3, '万亿元', null],
    ]);
  });

  it('stays itself where 经济 is a part of it or not written before it', () => {
    expect(briefFigures('数字经济发展迅速，总量达5.3万亿元')[0][0]).toBe('总量');
    expect(briefFigures('民营经济运行平稳，总量达2万亿元')[0][0]).toBe('总量');
    expect(briefFigures('总量达5.3万亿元，经济运行稳中有进')[0][0]).toBe('总量');
  });

  it('renames only a bare measure', () => {
    const ctx = { w: '经济运行稳中有进，粮食总量达1000万吨' };
    expect(economyMeasure(ctx, { start: ctx.w.length }, '粮食总量')).toBe('粮食总量');
    expect(economyMeasure(ctx, { start: ctx.w.length }, '总量')).toBe('经济总量');
    expect(economyMeasure(ctx, null, '总量')).toBe('经济总量');
    expect(economyMeasure({ w: '运行稳中有进，总量达' }, null, '总量')).toBe('总量');
  });
});

describe('percentage points written once for a pair', () => {
  it('gives the first value the points of the second', () => {
    const figures = extractFigures(resultSentence('园区规模工业增加值、税收增速分别高于全省2.2个和3.7个百分点'));
    expect(figures.map((f) => [f.indicator, f.value, f.unit, f.shape])).toEqual([
      ['园区规模工业增加值增速与全省差距', 2.2, '个百分点', 'gap'],
      ['税收增速与全省差距', 3.7, '个百分点', 'gap'],
    ]);
    expect(figures[0].change).toEqual({ direction: 'up', value: 2.2, unit: '个百分点' });
    expect(figures[0].valueInBaseUnit).toBeUndefined();
  });

  it('reads the same after 、 and 至, and leaves counts alone', () => {
    expect(briefFigures('两项增速分别提高0.5个、1.2个百分点').map((f) => f[2])).toEqual(['个百分点', '个百分点']);
    expect(briefFigures('新建学校3个和医院5个').map((f) => f[2])).toEqual(['个', '个']);
    expect(briefFigures('新建3个和5个园区').map((f) => f[2])).toEqual(['个', '个']);
  });

  it('gives a rate tail to an item ending like an indicator, a level tail not', () => {
    expect(briefFigures('工业增加值、税收增速分别增长5%、6%').map((f) => f[0])).toEqual(['工业增加值增速', '税收增速']);
    expect(briefFigures('地区生产总值、工业增加值分别增长5%、6%').map((f) => f[0])).toEqual(['地区生产总值', '工业增加值']);
  });

  it('keeps a below-gap’s direction and a growth list’s change', () => {
    const below = extractFigures(resultSentence('城镇、农村居民收入增速分别低于全国0.5个和0.2个百分点'));
    expect(below.map((f) => [f.shape, f.change?.direction])).toEqual([
      ['gap', 'down'],
      ['gap', 'down'],
    ]);
    const growth = extractFigures(resultSentence('城镇、农村居民人均可支配收入分别增长4.5%、6.6%'));
    expect(growth.map((f) => [f.indicator, f.change?.value, f.shape])).toEqual([
      ['城镇居民人均可支配收入', 4.5, undefined],
      ['农村居民人均可支配收入', 6.6, undefined],
    ]);
  });
});
