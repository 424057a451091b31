/**
 * 分别 lists (src/figures/respectively.ts): items paired with values in order, a shared tail given
 * to every item, scopes of one measure, and rates for the levels a list just gave (issue #15: the
 * mutants of this file that changed a figure and no test noticed).
 */
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/answer/schema.js';
import { extractFigures, type FigureInput } from '../../src/figures/index.js';
import { distributeSuffix, splitItems } from '../../src/figures/respectively.js';

type Read = Omit<Figure, 'period' | 'district' | 'citationId'>;
function read(sentence: string, over: Partial<FigureInput> = {}): Read[] {
  const input: FigureInput = { sentence, citationId: 'c1', period: '2024', district: '钱塘区', kind: 'result', source: 'text', ...over };
  return extractFigures(input).map(({ period, district, citationId, ...rest }) => rest);
}
const up = (value: number, unit = '%') => ({ direction: 'up' as const, value, unit });
const down = (value: number, unit = '%') => ({ direction: 'down' as const, value, unit });

describe('分别 items', () => {
  it('splits on 、 (ignoring empty items and spaces), then on 和, 及 or 与', () => {
    expect(splitItems('工业、 服务业', 2)).toEqual(['工业', '服务业']);
    expect(splitItems('工业、、服务业', 2)).toEqual(['工业', '服务业']);
    expect(splitItems('工业及服务业', 2)).toEqual(['工业', '服务业']);
    expect(splitItems('工业与服务业', 2)).toEqual(['工业', '服务业']);
    expect(splitItems('城镇和农村', 3)).toBeNull();
  });

  it("gives the items before the last the last one's shared tail, joining on a shared character", () => {
    expect(distributeSuffix(['工业', '服务业增加值'])).toEqual(['工业增加值', '服务业增加值']);
    expect(distributeSuffix(['一产', '二产', '三产增加值'])).toEqual(['一产增加值', '二产增加值', '三产增加值']);
    expect(distributeSuffix(['城镇居民', '农村居民人均可支配收入'])).toEqual(['城镇居民人均可支配收入', '农村居民人均可支配收入']);
    expect(distributeSuffix(['城镇居民人均可支配收入', '农村居民人均可支配收入'])).toEqual([
      '城镇居民人均可支配收入',
      '农村居民人均可支配收入',
    ]);
  });

  it('gives no tail when the last item is no longer than the others, or they are long names', () => {
    expect(distributeSuffix(['进口', '出口'])).toEqual(['进口', '出口']);
    expect(distributeSuffix(['工业增加值', '服务业'])).toEqual(['工业增加值', '服务业']);
    expect(distributeSuffix(['进出口额', '服务业增加值'])).toEqual(['进出口额', '服务业增加值']);
  });
});

describe('分别 lists read from sentences', () => {
  it('splits a paired subject into its two populations', () => {
    expect(read('城乡居民人均可支配收入分别达6.6万元和3.2万元')).toEqual([
      { indicator: '城镇居民人均可支配收入', value: 6.6, unit: '万元', kind: 'actual', valueInBaseUnit: 66000 },
      { indicator: '农村居民人均可支配收入', value: 3.2, unit: '万元', kind: 'actual', valueInBaseUnit: 32000 },
    ]);
  });

  it("keeps a scope word as an item of its own, with the measure after the last item's area", () => {
    expect(read('全国和自由贸易试验区负面清单条数分别压减至29条和27条')).toEqual([
      { indicator: '全国负面清单条数', value: 29, unit: '条', kind: 'actual', valueInBaseUnit: 29 },
      { indicator: '自由贸易试验区负面清单条数', value: 27, unit: '条', kind: 'actual', valueInBaseUnit: 27 },
    ]);
    expect(read('全市和自由贸易试验区负面清单条数分别为29条和27条').map((f) => f.indicator)).toEqual([
      '全市负面清单条数',
      '自由贸易试验区负面清单条数',
    ]);
  });

  it('drops the year or half-year the subject ends with', () => {
    const expected = [
      { indicator: '工业', value: 5, unit: '%', change: up(5), kind: 'actual' },
      { indicator: '服务业', value: 6, unit: '%', change: up(6), kind: 'actual' },
    ];
    expect(read('2024年工业、服务业分别增长5%和6%')).toEqual(expected);
    expect(read('其中2024年工业、服务业分别增长5%和6%')).toEqual(expected);
    expect(read('上半年工业、服务业分别增长5%和6%')).toEqual(expected);
  });

  it('takes the items from after the verb when 分别 opens the clause', () => {
    expect(read('分别实现工业增加值、服务业增加值120亿元和80亿元')).toEqual([
      { indicator: '工业增加值', value: 120, unit: '亿元', kind: 'actual', valueInBaseUnit: 12000000000 },
      { indicator: '服务业增加值', value: 80, unit: '亿元', kind: 'actual', valueInBaseUnit: 8000000000 },
    ]);
  });

  it("gives a value written without its unit the unit and magnitude of the list's last value", () => {
    expect(read('城镇、农村居民人均可支配收入分别为5和6万元')).toEqual([
      { indicator: '城镇居民人均可支配收入', value: 5, unit: '万元', kind: 'actual', valueInBaseUnit: 50000 },
      { indicator: '农村居民人均可支配收入', value: 6, unit: '万元', kind: 'actual', valueInBaseUnit: 60000 },
    ]);
    expect(read('工业、服务业增加值分别为5亿元和6亿')).toEqual([
      { indicator: '工业增加值', value: 5, unit: '亿元', kind: 'actual', valueInBaseUnit: 500000000 },
      { indicator: '服务业增加值', value: 6, unit: '亿', kind: 'actual', valueInBaseUnit: 600000000 },
    ]);
  });

  it("keeps each value's own qualifiers and the list's", () => {
    expect(read('工业和服务业分别约5亿元和6亿元左右')).toEqual([
      { indicator: '工业', value: 5, unit: '亿元', qualifier: '约', kind: 'actual', valueInBaseUnit: 500000000 },
      { indicator: '服务业', value: 6, unit: '亿元', qualifier: '约…左右', kind: 'actual', valueInBaseUnit: 600000000 },
    ]);
  });

  it('reads a list of shares as values without growth', () => {
    expect(read('地区生产总值100亿元，工业、服务业分别占30%和40%')).toEqual([
      { indicator: '地区生产总值', value: 100, unit: '亿元', kind: 'actual', valueInBaseUnit: 10000000000 },
      { indicator: '工业', value: 30, unit: '%', kind: 'actual' },
      { indicator: '服务业', value: 40, unit: '%', kind: 'actual' },
    ]);
  });

  it('reads a target list as targets', () => {
    expect(read('力争工业、服务业分别增长5%和6%').map((f) => [f.indicator, f.kind])).toEqual([
      ['工业', 'target'],
      ['服务业', 'target'],
    ]);
    expect(read('工业、服务业分别增长5%和6%', { kind: 'plan' }).map((f) => f.kind)).toEqual(['target', 'target']);
  });

  it('keeps the names together when they do not split into as many items as values', () => {
    expect(read('工业、服务业、农业分别增长5%和6%')).toEqual([
      { indicator: '工业、服务业、农业', value: 5, unit: '%', change: up(5), kind: 'actual' },
      { indicator: '工业、服务业、农业', value: 6, unit: '%', change: up(6), kind: 'actual' },
    ]);
  });
});

describe('rates for the levels a list just gave', () => {
  it("gives a 分别 list's levels the rates of the next clause, in order", () => {
    expect(read('城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%')).toEqual([
      { indicator: '城镇居民人均可支配收入', value: 6.9, unit: '万元', kind: 'actual', valueInBaseUnit: 69000, change: up(4.2) },
      { indicator: '农村居民人均可支配收入', value: 3.4, unit: '万元', kind: 'actual', valueInBaseUnit: 34000, change: up(5.3) },
    ]);
  });

  it('gives listed levels the rates of a 分别 clause without names, a fall as going down', () => {
    expect(read('新增高新技术企业161家、科技型中小企业460家，分别下降29%、43%').map((f) => [f.indicator, f.change])).toEqual([
      ['新增高新技术企业', down(29)],
      ['科技型中小企业', down(43)],
    ]);
    expect(read('新增高新技术企业161家、科技型中小企业460家，增长29%、43%').map((f) => [f.indicator, f.change])).toEqual([
      ['新增高新技术企业', up(29)],
      ['科技型中小企业', up(43)],
    ]);
  });

  it('does not give the levels rates of another measure, or more rates than levels', () => {
    expect(read('新增高新技术企业161家、科技型中小企业460家，营收增长29%、43%')).toEqual([
      { indicator: '新增高新技术企业', value: 161, unit: '家', kind: 'actual', valueInBaseUnit: 161 },
      { indicator: '科技型中小企业', value: 460, unit: '家', kind: 'actual', valueInBaseUnit: 460 },
      { indicator: '营收', value: 29, unit: '%', change: up(29), kind: 'actual' },
      { indicator: '营收', value: 43, unit: '%', change: up(43), kind: 'actual' },
    ]);
    const three = read('新增高新技术企业161家、科技型中小企业460家，分别增长29%、43%、50%');
    expect(three.slice(0, 2).map((f) => f.change)).toEqual([undefined, undefined]);
    expect(three.slice(2).map((f) => [f.value, f.change])).toEqual([
      [29, up(29)],
      [43, up(43)],
      [50, up(50)],
    ]);
  });

  it('gives no rates to levels that already have one, or to shares', () => {
    expect(read('工业、服务业分别增长5%和6%，增长3%、4%').map((f) => [f.indicator, f.value, f.change?.value])).toEqual([
      ['工业', 5, 5],
      ['服务业', 6, 6],
      ['服务业', 3, 3],
      ['服务业', 4, 4],
    ]);
  });
});

describe('分别 items: edges the mutation run of lines 1–67 showed', () => {
  it('counts no empty item between two 、, and trims the items split on 和', () => {
    expect(splitItems('工业、、服务业', 3)).toBeNull();
    expect(splitItems('工业 和 服务业', 2)).toEqual(['工业', '服务业']);
  });

  it('gives no shared tail that is the whole last item', () => {
    expect(distributeSuffix(['工业', '增加值'])).toEqual(['工业', '增加值']);
  });

  it('gives short items the rest of a last item more than one character longer', () => {
    expect(distributeSuffix(['城镇', '农村居民'])).toEqual(['城镇居民', '农村居民']);
    expect(distributeSuffix(['高新区', '经开区企业数'])).toEqual(['高新区企业数', '经开区企业数']);
  });

  it('gives no such tail when the last item is only one character longer, or an item is longer than three', () => {
    expect(distributeSuffix(['进口', '出口额'])).toEqual(['进口', '出口额']);
    expect(distributeSuffix(['高新技术', '经开区规上企业数'])).toEqual(['高新技术', '经开区规上企业数']);
    expect(distributeSuffix(['城镇', '高新技术', '经开区企业数'])).toEqual(['城镇', '高新技术', '经开区企业数']);
  });

  it('gives no shared tail to an item that already ends with it', () => {
    expect(distributeSuffix(['高新产业', '数字产业'])).toEqual(['高新产业', '数字产业']);
  });

  it('gives every scope item before the last the measure, with three items', () => {
    expect(read('全国、全省和自由贸易试验区负面清单条数分别为29条、28条和27条').map((f) => f.indicator)).toEqual([
      '全国负面清单条数',
      '全省负面清单条数',
      '自由贸易试验区负面清单条数',
    ]);
  });

  it('reads a scope list whose last item names no area it can split (本市) without failing', () => {
    expect(read('全国和本市负面清单条数分别为29条和27条').map((f) => f.value)).toEqual([29, 27]);
  });
});

describe('rates for the levels a 分别 list gave: refusals (mutation run of lines 68–143)', () => {
  const changes = (sentence: string) =>
    read(sentence)
      .filter((f) => f.unit === '家')
      .map((f) => f.change);

  it('gives the levels no rates when the rates are more than the levels', () => {
    expect(changes('高新技术企业、科技型中小企业分别达161家、460家，增长29%、43%、12%')).toEqual([undefined, undefined]);
  });

  it('gives the levels no rates from a single rate', () => {
    expect(changes('高新技术企业、科技型中小企业分别达161家、460家，增长29%')).toEqual([undefined, undefined]);
  });
});

describe('分别 lists: edges the mutation run of lines 70–168 showed (session 10)', () => {
  const names = (sentence: string) => read(sentence).map((f) => f.indicator);

  it('names bare sectors with the measure after the verb, of 2 to 4 characters', () => {
    expect(names('交通、能源、水利分别完成投资3252亿元、2140亿元、748亿元')).toEqual(['交通投资', '能源投资', '水利投资']);
    expect(names('交通、能源分别完成项目投资3亿元、2亿元')).toEqual(['交通项目投资', '能源项目投资']);
    // Items of one and of four characters are still bare sectors.
    expect(names('水、电分别完成投资3亿元、2亿元')).toEqual(['水投资', '电投资']);
    expect(names('城市建设、能源分别完成投资3亿元、2亿元')).toEqual(['城市建设投资', '能源投资']);
  });

  it('gives no measure longer than 4 characters, or of one, or to an item longer than 4', () => {
    expect(names('交通、能源分别完成固定资产投资3亿元、2亿元')).toEqual(['交通', '能源']);
    expect(names('交通、能源分别完成额3亿元、2亿元')).toEqual(['交通', '能源']);
    expect(names('交通运输业、能源分别完成投资3亿元、2亿元')).toEqual(['交通运输业', '能源']);
  });

  it('keeps the items of the subject when the words after the verb also split', () => {
    expect(names('工业、服务业分别完成投资、税收5亿元和6亿元')).toEqual(['工业', '服务业']);
  });

  it('removes spaces in the subject and a period it ends with', () => {
    expect(names('工业、 服务业分别增长5%和6%')).toEqual(['工业', '服务业']);
    expect(names('工业、服务业上半年分别增长5%和6%')).toEqual(['工业', '服务业']);
  });

  it('cleans each item as a name of its own', () => {
    expect(names('工业增加值、全年服务业增加值分别为5亿元和6亿元')).toEqual(['工业增加值', '服务业增加值']);
  });

  // Was a defect (the suffix was shared out before each item was cleaned): 工业 took the "rest" of 全市服务业.
  it('names "全市工业、全市服务业分别增长5%和6%" 工业 and 服务业', () => {
    expect(names('全市工业、全市服务业分别增长5%和6%')).toEqual(['工业', '服务业']);
  });

  it('splits the scopes of a subject that follows a value in the same clause, without the joiner', () => {
    expect(names('地区生产总值100亿元和全国和自由贸易试验区负面清单条数分别为29条和27条').slice(1)).toEqual([
      '全国负面清单条数',
      '自由贸易试验区负面清单条数',
    ]);
  });

  it('gives a list naming nothing the items of the list before it, when the counts agree', () => {
    expect(names('高新技术企业、科技型中小企业分别新认定60家和30家，累计分别达到1016家和591家')).toEqual([
      '新认定高新技术企业',
      '新认定科技型中小企业',
      '高新技术企业',
      '科技型中小企业',
    ]);
    const three = names('高新技术企业、科技型中小企业分别新认定60家和30家，累计分别达到1016家、591家和20家');
    expect(three.slice(2)).not.toContain('高新技术企业');
  });

  it('does not reuse the items for a list with a subject or a measure of its own', () => {
    expect(names('高新技术企业、科技型中小企业分别新认定60家和30家，营收分别达到3亿元和4亿元').slice(2)).toEqual(['营收', '营收']);
    expect(names('高新技术企业、科技型中小企业分别新认定60家和30家，分别实现营收3亿元和4亿元').slice(2)).toEqual(['营收', '营收']);
  });

  it('keeps the items of the last list that named its values across one that did not', () => {
    expect(read('营收、利润分别达到5亿元、6亿元，营收分别增长5%和6%，分别达到7家和8家').map((f) => [f.indicator, f.value])).toEqual([
      ['营收', 5],
      ['利润', 6],
      ['营收', 5],
      ['营收', 6],
      ['营收', 7],
      ['利润', 8],
    ]);
  });
});

describe('rates for the levels before: edges the mutation run of lines 70–168 showed (session 10)', () => {
  const levels = (sentence: string) =>
    read(sentence)
      .filter((f) => f.unit === '家')
      .map((f) => [f.value, f.change]);

  it('reads the growth after a 分别 list as a gap between rates, and after a list of levels as a gap of the level', () => {
    expect(read('工业、服务业分别增长5%和6%，高于全省2个百分点')[2].indicator).toBe('服务业增速与全省差距');
    expect(read('工业、服务业分别为5亿元和6亿元，高于全省2个百分点')[2].indicator).toBe('服务业与全省差距');
    expect(read('新增高新技术企业161家、科技型中小企业460家，分别下降29%、43%，高于全省2个百分点')[2].indicator).toBe(
      '科技型中小企业增速与全省差距',
    );
    expect(read('新增高新技术企业161家、科技型中小企业460家，增长29%、43%，高于全省2个百分点')[2].indicator).toBe(
      '科技型中小企业增速与全省差距',
    );
  });

  it('gives a 分别 list of rates with a subject of its own no levels before', () => {
    expect(levels('新增高新技术企业161家、科技型中小企业460家，营收分别增长29%、43%')).toEqual([
      [161, undefined],
      [460, undefined],
    ]);
  });

  it('gives no rates when one of the levels already has one', () => {
    expect(levels('新增高新技术企业161家、科技型中小企业460家，增长5%，增长29%、43%')).toEqual([
      [161, undefined],
      [460, up(5)],
    ]);
    expect(levels('新增高新技术企业161家、科技型中小企业460家，增长5%，分别增长29%、43%')).toEqual([
      [161, undefined],
      [460, up(5)],
    ]);
  });

  it('gives the levels rates whose first is written without its %, and no counts that are not rates', () => {
    expect(levels('新增高新技术企业161家、科技型中小企业460家，增长29、43%')).toEqual([
      [161, up(29)],
      [460, up(43)],
    ]);
    expect(read('新增高新技术企业161家、科技型中小企业460家，增加29家、43家').map((f) => [f.value, f.change])).toEqual([
      [161, undefined],
      [460, undefined],
      [29, undefined],
      [43, undefined],
    ]);
    expect(levels('新增高新技术企业161家、科技型中小企业460家，增长29%、43家')).toEqual([
      [161, undefined],
      [460, up(29)],
      [43, undefined],
    ]);
  });

  it('reads a clause holding a 分别 list of rates and another level, then a list of rates, without failing', () => {
    expect(read('工业、服务业分别增长5%和6%及总产值100亿元，增长3%、4%').map((f) => [f.indicator, f.value])).toEqual([
      ['工业', 5],
      ['服务业', 6],
      ['总产值', 100],
      ['总产值', 4],
    ]);
    expect(read('新增A企业161家、B企业460家，分别下降29%、43%及总产值100亿元，增长3%、4%').map((f) => f.value)).toEqual([161, 460, 100, 4]);
  });

  // Was a bug (the verb was read with the first value's unit, none in "5和6%"): no growth, "工业增长".
  it('reads "工业、服务业分别增长5和6%" as growths of 5% and 6% named 工业 and 服务业', () => {
    const figures = read('工业、服务业分别增长5和6%');
    expect(figures.map((f) => [f.indicator, f.value, f.unit, f.change?.direction])).toEqual([
      ['工业', 5, '%', 'up'],
      ['服务业', 6, '%', 'up'],
    ]);
  });
});
