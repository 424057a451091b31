import { describe, expect, it } from 'vitest';
import { extractFigures, type FigureInput } from '../../src/figures/index.js';
import { distributeSuffix, splitItems } from '../../src/figures/respectively.js';

const input = (sentence: string): FigureInput => ({
  sentence,
  citationId: 'c1',
  period: '2024',
  district: '钱塘区',
  kind: 'result',
  source: 'text',
});
const brief = (sentence: string) => extractFigures(input(sentence)).map((f) => [f.indicator, f.value, f.unit, f.change?.value ?? null]);

describe('分别 ("respectively") lists', () => {
  it('splits items on 、 first, on 和/及/与 only when 、 alone does not give the count', () => {
    expect(splitItems('工业、服务业', 2)).toEqual(['工业', '服务业']);
    expect(splitItems('城镇和农村居民人均可支配收入', 2)).toEqual(['城镇', '农村居民人均可支配收入']);
    expect(splitItems('工业、服务业和农业', 2)).toEqual(['工业', '服务业和农业']);
    expect(splitItems('工业、服务业、农业', 2)).toBeNull();
  });

  it('gives the shared tail of the last item to the items before it', () => {
    expect(distributeSuffix(['城镇', '农村居民人均可支配收入'])).toEqual(['城镇居民人均可支配收入', '农村居民人均可支配收入']);
    // An item that already ends like an indicator takes no tail.
    expect(distributeSuffix(['地区生产总值', '服务业增加值'])).toEqual(['地区生产总值', '服务业增加值']);
  });

  it('pairs each item with its rate', () => {
    expect(brief('城镇和农村居民人均可支配收入分别增长3.8%和4.9%。')).toEqual([
      ['城镇居民人均可支配收入', 3.8, '%', 3.8],
      ['农村居民人均可支配收入', 4.9, '%', 4.9],
    ]);
  });

  it('gives each value of the previous clause its own rate', () => {
    expect(brief('新增国家高新技术企业161家、省科技型中小企业460家，分别增长29%、43%。')).toEqual([
      ['新增国家高新技术企业', 161, '家', 29],
      ['省科技型中小企业', 460, '家', 43],
    ]);
  });
});
