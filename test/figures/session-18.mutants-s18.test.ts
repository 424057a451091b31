/**
 * Session 18's figure reading, its conditions one by one (mutation run of session 18, stryker.s18.json): points asked
 * (src/figures/asked-shape.ts), a measure named alone in a sentence about the economy and the level after an increment
 * (src/figures/indicator-naming.ts), a gap written as a comparison (src/figures/pre-analysis.ts) and the 分别 lists of
 * gaps, ordinals and spans (src/figures/respectively.ts), on hand-built figures and sentences.
 */
import { describe, expect, it } from 'vitest';
import { preferAskedShape } from '../../src/figures/asked-shape.js';
import { extractFigures } from '../../src/figures/index.js';
import { economyMeasure, levelAfterIncrement } from '../../src/figures/indicator-naming.js';
import { distributeSuffix } from '../../src/figures/respectively.js';
import { briefFigures, resultSentence, shapeFigure } from '../support/hand-built-figures.js';

const fig = shapeFigure;

describe('points asked', () => {
  it('are answered by a level whose change is in points, before a level with none', () => {
    const figures = [fig('城镇化率', '%'), fig('城镇化率', '%', '个百分点')];
    expect(preferAskedShape('城镇化率提高了几个百分点', figures)).toEqual([figures[1]]);
  });

  it('keep a figure in points before a level whose change is a rate', () => {
    const figures = [fig('城镇化率', '%', '%'), fig('城镇化率', '个百分点')];
    expect(preferAskedShape('城镇化率提高了几个百分点', figures)).toEqual([figures[1]]);
  });
});

describe('a measure named alone in a sentence about the economy', () => {
  it('looks for a part of the economy only right before the 经济 that names the whole', () => {
    // 民营经济 is written, but seven characters and more before the 经济运行 that names the whole.
    expect(briefFigures('民营经济占比高，经济运行平稳，总量达5万亿元')[0][0]).toBe('经济总量');
    const ctx = { w: '海洋经济运行平稳，总量达' };
    expect(economyMeasure(ctx, { start: ctx.w.length }, '总量')).toBe('总量');
  });

  it('reads only the words before the figure', () => {
    const ctx = { w: '总量达5万亿元，经济运行平稳' };
    expect(economyMeasure(ctx, { start: 3 }, '总量')).toBe('总量');
    expect(economyMeasure(ctx, null, '总量')).toBe('经济总量');
  });
});

describe('the level after an increment, in a larger magnitude', () => {
  it('is not read from a value equal to the increment in its base unit', () => {
    expect(briefFigures('“四上”企业净增3000户、超0.3万户')[1][0]).toBe('“四上”企业净增');
  });

  it('is read in the same unit only from a larger value', () => {
    expect(briefFigures('新增公园141座、累计达到973座').map((f) => f[0])).toEqual(['新增公园', '公园']);
    expect(briefFigures('新增公园141座、累计达到141座').map((f) => f[0])).toEqual(['新增公园']);
  });
});

describe('a gap written as a comparison', () => {
  it('is no gap when the thing compared with is a growth', () => {
    const figures = extractFigures(resultSentence('增速比全省增长快0.5个百分点'));
    expect(figures.some((f) => f.shape === 'gap')).toBe(false);
  });

  it('names the thing compared with, and the growth it is the gap of', () => {
    const [gap] = extractFigures(resultSentence('规上民营工业增加值增速比全部规上工业快1.2个百分点'));
    expect(gap).toMatchObject({ indicator: '规上民营工业增加值增速与全部规上工业差距', shape: 'gap', change: { direction: 'up' } });
    const [more] = extractFigures(resultSentence('出口增速比进口多2个百分点'));
    expect(more).toMatchObject({ shape: 'gap', change: { direction: 'up' } });
    const [less] = extractFigures(resultSentence('出口增速比进口少2个百分点'));
    expect(less).toMatchObject({ shape: 'gap', change: { direction: 'down' } });
  });
});

describe('a 分别 list of gaps', () => {
  it('gives a negative gap the direction down, its size positive', () => {
    const figures = extractFigures(resultSentence('工业、税收增速分别高于全国-0.5个和0.2个百分点'));
    expect(figures.map((f) => [f.shape, f.change])).toEqual([
      ['gap', { direction: 'down', value: 0.5, unit: '个百分点' }],
      ['gap', { direction: 'up', value: 0.2, unit: '个百分点' }],
    ]);
  });
});

describe('ordinal items of a 分别 list', () => {
  it('share the last item only when every other item is an ordinal alone', () => {
    expect(distributeSuffix(['第一', '第二', '第三产业增加值'])).toEqual(['第一产业增加值', '第二产业增加值', '第三产业增加值']);
    expect(distributeSuffix(['第一产业', '第三产业增加值'])).toEqual(['第一产业增加值', '第三产业增加值']);
  });

  it('leave a last item that is an ordinal alone as it is', () => {
    expect(distributeSuffix(['第一', '第三'])).toEqual(['第一', '第三']);
  });
});

describe('a span’s qualifier before 分别', () => {
  it('goes before each item’s own qualifiers', () => {
    expect(briefFigures('高技术制造业、装备制造业增加值年均分别增长10.6%左右、7.9%').map((f) => f[3])).toEqual(['年均…左右', '年均']);
  });
});

describe('after the first run (session 18)', () => {
  type Ctx = Parameters<typeof levelAfterIncrement>[0];
  type Cand = NonNullable<Parameters<typeof levelAfterIncrement>[1]>;
  const increment = (unit: string, value: number, valueInBaseUnit: number): Ctx =>
    ({ figures: [{ indicator: '企业净增', value, unit, valueInBaseUnit }], lastSubject: '企业净增' }) as unknown as Ctx;
  const cand = (value: number, unit: string, magnitude?: string): Cand =>
    ({ value, unit, ...(magnitude === undefined ? {} : { magnitude }) }) as unknown as Cand;

  it('reads the level after an increment written in a larger magnitude than it, larger in the base unit', () => {
    // 0.3万户 = 3000户, then 5000户: the candidate built without its magnitude has none.
    expect(levelAfterIncrement(increment('万户', 0.3, 3000), cand(5000, '户'))).toBe('企业');
    expect(levelAfterIncrement(increment('万户', 0.3, 3000), cand(2000, '户'))).toBeNull();
  });

  it('reads no level from a smaller value in a larger magnitude, nor from a magnitude alone', () => {
    expect(levelAfterIncrement(increment('户', 3193, 3193), cand(0.2, '万户', '万'))).toBeNull();
    expect(levelAfterIncrement(increment('户', 3193, 3193), cand(2.4, '万户', '万'))).toBe('企业');
    expect(levelAfterIncrement(increment('万', 1, 10_000), cand(3, '亿', '亿'))).toBeNull();
  });

  it('keeps a growth asked from being answered only by points', () => {
    const figures = [fig('出口', '%', '%'), fig('出口', '个百分点')];
    expect(preferAskedShape('出口增长多少', figures)).toEqual(figures);
  });

  it('reads a number with a magnitude before 个 as a count, not as points', () => {
    expect(briefFigures('新增岗位2万个和3个百分点')[0]).toEqual(['新增岗位', 2, '万个', null]);
  });

  it('names a pair of points written once by the sentence’s words, no noun after the first', () => {
    const sentence = '2.2个和3.7个百分点';
    for (const [name] of briefFigures(sentence)) expect(sentence).toContain(name);
  });

  it('reads a gap only of an item in points, as a single one is read', () => {
    const [, rate] = extractFigures(resultSentence('工业、税收增速分别高于全省2.2个百分点和3%'));
    expect([rate.indicator, rate.shape, rate.change]).toEqual(['税收增速', undefined, undefined]);
  });

  it('shares an ordinal last item only with items that are ordinals alone', () => {
    expect(distributeSuffix(['第一', '第二产业', '第三产业增加值'])[1]).toBe('第二产业增加值');
    expect(distributeSuffix(['城镇', '第三产业增加值'])[1]).toBe('第三产业增加值');
    expect(distributeSuffix(['第一', '三产业增加值'])[1]).toBe('三产业增加值');
  });
});
