/**
 * Reading a sentence (src/figures/extract.ts): the text cleaned of Markdown bold, list bullets and
 * line breaks, milestones passed blanked, clauses read in order, and a level passed marked as a
 * milestone when the sentence goes on to the level reached (issue #15: the mutants of this file
 * that changed a figure and no test noticed).
 */
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/answer/schema.js';
import { extractFigures, type FigureInput } from '../../src/figures/index.js';

type Read = Omit<Figure, 'period' | 'district' | 'citationId'>;
function read(sentence: string, over: Partial<FigureInput> = {}): Read[] {
  const input: FigureInput = { sentence, citationId: 'c1', period: '2024', district: '钱塘区', kind: 'result', source: 'text', ...over };
  return extractFigures(input).map(({ period, district, citationId, ...rest }) => rest);
}
const up = (value: number, unit = '%') => ({ direction: 'up' as const, value, unit });
const growth5 = { indicator: '地区生产总值', value: 5, unit: '%', change: up(5), kind: 'actual' };

describe('the sentence as read', () => {
  it('reads nothing from a sentence without a numeral', () => {
    expect(read('坚持稳中求进工作总基调')).toEqual([]);
  });

  it('drops a list bullet, line breaks and Markdown bold', () => {
    expect(read('- 地区生产总值增长5%')).toEqual([growth5]);
    expect(read('• 地区生产总值增长5%')).toEqual([growth5]);
    expect(read('地区生产总值\n增长5%')).toEqual([growth5]);
    expect(read('地区生产总值\r\n增长5%')).toEqual([growth5]);
    expect(read('地区生产总值增长**5**%')).toEqual([growth5]);
    expect(read('完成投资**1100亿元**')).toEqual([
      { indicator: '投资', value: 1100, unit: '亿元', kind: 'actual', valueInBaseUnit: 110000000000 },
    ]);
  });

  it('never joins the digits on both sides of bold markers', () => {
    expect(read('地区生产总值增长1**2%').map((f) => f.value)).toEqual([2]);
  });

  it("reads each clause's figures in order, a count after a growth rate included", () => {
    expect(read('地区生产总值增长5%，年均增长6%，其中3个区')).toEqual([
      growth5,
      { indicator: '地区生产总值', value: 6, unit: '%', change: up(6), qualifier: '年均', kind: 'actual' },
      { indicator: '区', value: 3, unit: '个', kind: 'actual', valueInBaseUnit: 3 },
    ]);
  });

  it('reads a table row as a table fact, and a table cell that is no row as text', () => {
    expect(read('地区生产总值增长(%):目标:6.5,完成:5.1', { source: 'table' }).map((f) => [f.value, f.kind])).toEqual([
      [5.1, 'actual'],
      [6.5, 'target'],
    ]);
    expect(read('地区生产总值增长5%', { source: 'table' })).toEqual([growth5]);
  });
});

describe('milestones', () => {
  it('marks a level passed as a milestone when the sentence reaches a level at least as high', () => {
    expect(read('地区生产总值突破3万亿元，达到30129亿元')).toEqual([
      {
        indicator: '地区生产总值',
        value: 3,
        unit: '万亿元',
        qualifier: '突破',
        kind: 'actual',
        valueInBaseUnit: 3000000000000,
        shape: 'milestone',
      },
      { indicator: '地区生产总值', value: 30129, unit: '亿元', kind: 'actual', valueInBaseUnit: 3012900000000 },
    ]);
    expect(read('地区生产总值突破3万亿元，达到30000亿元')[0].shape).toBe('milestone');
    expect(read('接待游客突破300万人，达到310万人')[0].shape).toBe('milestone');
    expect(read('地区生产总值超过3万亿元，达到3.2万亿元，增长5%')[0].shape).toBe('milestone');
  });

  it('keeps a level passed as the figure when nothing reached follows, or what follows is lower, another indicator, a target or another unit', () => {
    expect(read('地区生产总值突破3万亿元')).toEqual([
      { indicator: '地区生产总值', value: 3, unit: '万亿元', qualifier: '突破', kind: 'actual', valueInBaseUnit: 3000000000000 },
    ]);
    const shapes = (s: string) => read(s).map((f) => f.shape);
    expect(shapes('地区生产总值突破3万亿元，达到2.9万亿元')).toEqual([undefined, undefined]);
    expect(shapes('地区生产总值突破3万亿元，一般公共预算收入达到3.1万亿元')).toEqual([undefined, undefined]);
    expect(shapes('地区生产总值突破3万亿元，力争达到3.5万亿元')).toEqual([undefined, undefined]);
    expect(shapes('接待游客突破300万人，达到310万人次')).toEqual([undefined, undefined]);
  });

  it('blanks several milestones passed and gives their subject to the rate after them', () => {
    // The levels passed are figures of their own, shaped as milestones (src/figures/milestones-passed.ts), after the others.
    const values = (s: string) => read(s).filter((f) => f.shape !== 'milestone');
    expect(values('全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶，年均增长5.9%')).toEqual([
      { indicator: '生产总值', value: 5.9, unit: '%', change: up(5.9), qualifier: '年均', kind: 'actual' },
    ]);
    expect(values('经济总量连续迈上4个万亿元台阶，达14.2万亿元')).toEqual([
      { indicator: '经济总量', value: 14.2, unit: '万亿元', kind: 'actual', valueInBaseUnit: 14200000000000 },
    ]);
    expect(read('经济总量连续迈上4个万亿元台阶，达14.2万亿元').at(-1)).toMatchObject({
      indicator: '经济总量',
      value: 4,
      qualifier: '连续迈上…万亿元台阶',
      shape: 'milestone',
    });
  });

  it('gives no subject shorter than three characters to the rate after the milestones', () => {
    expect(read('我省连续跨越7万亿、8万亿、9万亿三个大台阶，年均增长5.9%').map((f) => f.indicator)).toEqual(['年均增长']);
    // Nor any milestone figure: the levels passed need a subject of their own.
  });

  it('keeps one level reached as the value', () => {
    expect(read('地区生产总值迈上14万亿元新台阶')).toEqual([
      { indicator: '地区生产总值', value: 14, unit: '万亿元', qualifier: '迈上', kind: 'actual', valueInBaseUnit: 14000000000000 },
    ]);
  });
});

describe('edges the mutation run of extract.ts showed (session 10)', () => {
  it('keeps the digit before bold markers inside a number, read with the group after it', () => {
    expect(read('完成投资1**100亿元').map((f) => f.value)).toEqual([1100]);
  });

  it('drops a bullet only at the start, adding nothing in its place', () => {
    expect(read('投资100 - 200亿元')).toEqual([
      { indicator: '投资', value: 100, unit: '亿元', range: { low: 100, high: 200 }, kind: 'actual', valueInBaseUnit: 10000000000 },
    ]);
    // Nothing names the count, so the fallback name shows that no text took the bullet's place.
    expect(read('- 5个').map((f) => f.indicator)).toEqual(['数值']);
  });

  it('reads a row shape as a table fact only from a table', () => {
    expect(read('地区生产总值增长(%):目标:6.5,完成:5.1')).toEqual([]);
  });

  it('gives a growth to the level before it across two clauses without figures, not three', () => {
    expect(read('产值100亿元，保持平稳，稳中有进，增长5%')).toEqual([
      { indicator: '产值', value: 100, unit: '亿元', kind: 'actual', valueInBaseUnit: 10000000000, change: up(5) },
    ]);
    expect(read('产值100亿元，保持平稳，稳中有进，好于预期，增长5%')).toEqual([
      { indicator: '产值', value: 100, unit: '亿元', kind: 'actual', valueInBaseUnit: 10000000000 },
      { indicator: '产值', value: 5, unit: '%', change: up(5), kind: 'actual' },
    ]);
  });

  it('marks no level a milestone that was not passed, and none by another level passed', () => {
    expect(read('地区生产总值3万亿元，达到3.1万亿元').map((f) => f.shape)).toEqual([undefined, undefined]);
    expect(read('地区生产总值突破3万亿元，突破3.5万亿元').map((f) => f.shape)).toEqual([undefined, undefined]);
  });

  it("takes the milestones' subject from their own clause, without its spaces, of three characters or more", () => {
    const rateName = (s: string) =>
      read(s)
        .filter((f) => f.shape !== 'milestone')
        .map((f) => f.indicator);
    expect(rateName('经济稳中有进，全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶，年均增长5.9%')).toEqual(['生产总值']);
    expect(rateName('全省 生产总值连续跨越7万亿、8万亿、9万亿三个大台阶，年均增长5.9%')).toEqual(['生产总值']);
    expect(rateName('总产值连续跨越7万亿、8万亿、9万亿三个大台阶，年均增长5.9%')).toEqual(['总产值']);
  });
});
