/**
 * Sentence shapes of session 12's fresh-i tune misses (issue 12, "#9 figures people can trust"), each on a
 * hand-built sentence: a 分别 list of comparison bases, a level after a 净增, a distance bounding a name, and money
 * asked by name.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures, type FigureInput } from '../../src/figures/index.js';
import { askedCountUnit } from '../../src/lang/zh/asked-shape-words.js';

function read(sentence: string): Array<[string, number, string]> {
  const input: FigureInput = { sentence, citationId: 'c1', period: '2024', district: '某市', kind: 'result', source: 'text' };
  return extractFigures(input).map((f) => [f.indicator, f.value, f.unit]);
}

describe('a 分别 list of comparison bases (环比、同比)', () => {
  it('names each rate by the measure and its base, in order', () => {
    expect(read('二季度住宅销售面积环比、同比分别增长12.5%、3.4%')).toEqual([
      ['住宅销售面积环比', 12.5, '%'],
      ['住宅销售面积同比', 3.4, '%'],
    ]);
    expect(read('社会消费品零售总额同比和环比分别增长6%、1.2%')).toEqual([
      ['社会消费品零售总额同比', 6, '%'],
      ['社会消费品零售总额环比', 1.2, '%'],
    ]);
  });

  it('leaves a list of indicators as it was', () => {
    expect(read('工业产值和营收分别增长5%、6%')).toEqual([
      ['工业产值', 5, '%'],
      ['营收', 6, '%'],
    ]);
  });
});

describe('a 分别 list of rates after clauses of levels', () => {
  it('gives each level of the clauses before it its own rate, in order', () => {
    const input: FigureInput = {
      sentence: '文旅市场升温，接待游客超8.5亿人次，旅游总收入超9000亿元，分别增长12.1%和9.4%',
      citationId: 'c1',
      period: '2024',
      district: '某市',
      kind: 'result',
      source: 'text',
    };
    expect(extractFigures(input).map((f) => [f.indicator, f.value, f.change?.value])).toEqual([
      ['接待游客', 8.5, 12.1],
      ['旅游总收入', 9000, 9.4],
    ]);
  });

  it('does not reach past a clause without figures', () => {
    expect(read('完成投资100亿元，推进改革，新增企业20家，分别增长5%、6%').filter(([, , u]) => u === '%')).toHaveLength(2);
  });
});

describe("a 分别 list sharing the last item's 出口", () => {
  it('names each item with it', () => {
    expect(read('服务贸易、数字贸易、跨境电商出口分别增长7%、9%、21%').map(([n]) => n)).toEqual([
      '服务贸易出口',
      '数字贸易出口',
      '跨境电商出口',
    ]);
  });
});

describe('a level after a 净增', () => {
  it('is the subject without 净增', () => {
    expect(read('市场主体净增12万户、突破300万户')).toEqual([
      ['市场主体净增', 12, '万户'],
      ['市场主体', 300, '万户'],
    ]);
  });
});

describe('a distance or a time bounding a name', () => {
  it('is part of the name, not a figure', () => {
    expect(read('地铁站100米内公交接驳比例达85%')).toEqual([['地铁站100米内公交接驳比例', 85, '%']]);
    expect(read('5公里范围内养老服务覆盖率达到70%')).toEqual([['5公里范围内养老服务覆盖率', 70, '%']]);
    expect(read('建成10分钟健身圈120个').some(([, v]) => v === 10)).toBe(true);
  });

  it('stays a figure when the clause has no other number', () => {
    expect(read('新建道路50公里内').map(([, v]) => v)).toEqual([50]);
  });
});

describe('a from–to pair whose values both carry the counted thing', () => {
  it('pairs the values under the subject before 从', () => {
    expect(read('对口帮扶从12个县(区)扩大到40个县(区)')).toEqual([
      ['对口帮扶', 40, '个'],
      ['对口帮扶', 12, '个'],
    ]);
  });

  it('leaves a thing named only once as it was', () => {
    expect(read('专精特新企业从80户增加到810户')).toEqual([
      ['专精特新企业', 810, '户'],
      ['专精特新企业', 80, '户'],
    ]);
  });
});

describe('a value after an attributive 的', () => {
  it('measures the noun after it', () => {
    expect(read('用好省里下拨的30亿元设备更新资金')).toEqual([['设备更新资金', 30, '亿元']]);
  });

  it('leaves a rate after 的 as it was', () => {
    expect(read('70%以上的区级河道')).toEqual([['区级河道', 70, '%']]);
  });
});

describe("a 分别 list sharing the last item's 零售额", () => {
  it('names a short head with it, not with a cut of the last item', () => {
    expect(read('家电、新能源汽车零售额分别增长20%、30%').map(([n]) => n)).toEqual(['家电零售额', '新能源汽车零售额']);
  });
});

describe('money asked by name', () => {
  it('asks the amount in 元', () => {
    expect(askedCountUnit('某市去年并购重组金额多少')).toBe('元');
    expect(askedCountUnit('某市技改投资多少亿元')).toBe('元');
    expect(askedCountUnit('某市去年完成并购重组多少起')).toBeNull();
    expect(askedCountUnit('某市有多少家企业')).toBe('家');
  });
});
