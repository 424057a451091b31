/**
 * From–to pairs (src/figures/from-to.ts): "研发投入强度从2.77%提高到3.3%" as the value reached, then
 * the value started from with its year, or its 从 when it has none, or the year before a reviewed
 * plan (issue #15: the mutants of this file that changed a pair and no test noticed).
 */
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/answer/schema.js';
import { extractFigures, type FigureInput } from '../../src/figures/index.js';
import { fromToPairs, isStartFigure, startOfReviewedPlan } from '../../src/figures/from-to.js';

const figure = (indicator: string, value: number, over: Partial<Figure> = {}): Figure => ({
  indicator,
  value,
  unit: '%',
  kind: 'actual',
  period: '2024',
  district: '钱塘区',
  citationId: 'c1',
  ...over,
});
const brief = (figures: readonly Figure[]) => figures.map((f) => [f.indicator, f.value, f.period, f.qualifier]);

describe('from–to pairs', () => {
  it('pairs a start with the value reached under the same name', () => {
    expect(brief(fromToPairs([figure('城镇化率从', 70), figure('城镇化率从', 75)]))).toEqual([
      ['城镇化率', 75, '2024', undefined],
      ['城镇化率', 70, '2024', '从'],
    ]);
  });

  it('marks a start with 由 by its 由, and keeps a qualifier the start already has', () => {
    expect(brief(fromToPairs([figure('城镇化率由', 70), figure('提高到', 75)]))).toEqual([
      ['城镇化率', 75, '2024', undefined],
      ['城镇化率', 70, '2024', '由'],
    ]);
    expect(brief(fromToPairs([figure('城镇化率从', 70, { qualifier: '约' }), figure('提高到', 75)]))).toEqual([
      ['城镇化率', 75, '2024', undefined],
      ['城镇化率', 70, '2024', '约'],
    ]);
  });

  it('dates the start of a reviewed plan the year before the plan', () => {
    const pair = [figure('城镇化率从', 70), figure('提高到', 75)];
    expect(brief(fromToPairs(pair, { period: '2021-2025' }))).toEqual([
      ['城镇化率', 75, '2024', undefined],
      ['城镇化率', 70, '2020', '从'],
    ]);
    expect(brief(fromToPairs(pair, { period: '2025', section: '2025年和“十四五”时期工作回顾' }))[1]).toEqual([
      '城镇化率',
      70,
      '2020',
      '从',
    ]);
    expect(brief(fromToPairs(pair, { period: '2024' }))[1]).toEqual(['城镇化率', 70, '2024', '从']);
  });

  it('takes the year of the value reached and of the start', () => {
    expect(brief(fromToPairs([figure('城镇化率从2020年', 70), figure('提高到2025年', 75)]))).toEqual([
      ['城镇化率', 75, '2025', undefined],
      ['城镇化率', 70, '2020', undefined],
    ]);
  });

  it('leaves figures that are no start as they are, before and after a pair', () => {
    const out = fromToPairs([
      figure('地区生产总值', 6),
      figure('城镇化率从', 70),
      figure('提高到', 75),
      figure('税收收入', 60, { unit: '亿元' }),
    ]);
    expect(brief(out)).toEqual([
      ['地区生产总值', 6, '2024', undefined],
      ['城镇化率', 75, '2024', undefined],
      ['城镇化率', 70, '2024', '从'],
      ['税收收入', 60, '2024', undefined],
    ]);
  });

  it('makes no pair of a start alone, a start without a name, or a value of another indicator', () => {
    expect(brief(fromToPairs([figure('城镇化率从', 70)]))).toEqual([['城镇化率', 70, '2024', undefined]]);
    expect(brief(fromToPairs([figure('从', 70), figure('提高到', 75)]))).toEqual([
      ['从', 70, '2024', undefined],
      ['提高到', 75, '2024', undefined],
    ]);
    expect(brief(fromToPairs([figure('城镇化率从', 70), figure('税收收入', 75)]))).toEqual([
      ['城镇化率', 70, '2024', undefined],
      ['税收收入', 75, '2024', undefined],
    ]);
  });

  it("reads a pair in a sentence of a plan's review, dated from the year before the plan", () => {
    const input: FigureInput = {
      sentence: '地区生产总值从11.37万亿元提高到14.58万亿元',
      citationId: 'c1',
      period: '2025',
      district: '浙江省',
      kind: 'result',
      source: 'text',
      section: '2025年和“十四五”时期工作回顾',
    };
    expect(extractFigures(input).map((f) => [f.indicator, f.value, f.period, f.qualifier])).toEqual([
      ['地区生产总值', 14.58, '2025', undefined],
      ['地区生产总值', 11.37, '2020', '从'],
    ]);
  });
});

describe('the start of a reviewed plan', () => {
  it('is the year before the plan the period spans or the section names for its last year', () => {
    expect(startOfReviewedPlan({ period: '2016-2020' })).toBe('2015');
    expect(startOfReviewedPlan({ period: '2025', section: '“十四五”时期工作回顾' })).toBe('2020');
    expect(startOfReviewedPlan({ period: '2024', section: '“十四五”时期工作回顾' })).toBeNull();
    expect(startOfReviewedPlan({ period: '2025' })).toBeNull();
    expect(startOfReviewedPlan({ period: '2025年', section: '“十四五”时期工作回顾' })).toBeNull();
    expect(startOfReviewedPlan({ period: '2025', section: '一、2025年工作回顾' })).toBeNull();
    // A span that is no plan's is no year of one, though it ends in the plan's last year.
    expect(startOfReviewedPlan({ period: '2023-2025', section: '“十四五”时期工作回顾' })).toBeNull();
  });

  it('marks a start by its 从 or 由 only', () => {
    expect(isStartFigure({ qualifier: '从' })).toBe(true);
    expect(isStartFigure({ qualifier: '由' })).toBe(true);
    expect(isStartFigure({ qualifier: '约' })).toBe(false);
    expect(isStartFigure({ qualifier: undefined })).toBe(false);
  });
});
