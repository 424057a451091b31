import { describe, expect, it } from 'vitest';
import { preferAskedShape } from '../../src/figures/asked-shape.js';

const fig = (indicator: string, value: number, unit: string, change?: boolean) => ({
  indicator,
  value,
  unit,
  qualifier: undefined,
  ...(change ? { change: { direction: 'up' as const, value, unit: '%' as const } } : {}),
});
const names = (q: string, figures: ReturnType<typeof fig>[]) => preferAskedShape(q, figures).map((f) => f.indicator);

describe('a population group’s figure set behind everyone’s', () => {
  it('only when everyone’s figure of the same measure stands beside it', () => {
    expect(
      names('北京24年居民收入增长多少', [fig('农村居民人均可支配收入', 6.7, '%', true), fig('居民人均可支配收入', 4.5, '%', true)]),
    ).toEqual(['居民人均可支配收入']);
    expect(names('收入多少', [fig('城镇居民人均可支配收入', 8, '万元'), fig('人均可支配收入', 6, '万元')])).toEqual(['人均可支配收入']);
  });

  it('keeps a figure whose 城镇/农村 names no residents’ group ("城镇老旧小区")', () => {
    expect(
      names('云南24年开工改造了多少个老旧小区', [fig('开工改造城镇老旧小区', 2878, '个'), fig('新建和改造高标准农田', 300, '万亩')]),
    ).toEqual(['开工改造城镇老旧小区', '新建和改造高标准农田']);
    expect(names('农村公路多少公里', [fig('新改建农村公路', 1.2, '万公里')])).toEqual(['新改建农村公路']);
  });
});
