/**
 * Table facts (src/figures/table-facts.ts): a flattened target-and-result row read as its result,
 * its target, the gap and the completion rate (issue #15: the mutants of this file that changed a
 * figure and no test noticed). Rows are written as the reports' tables flatten.
 */
import { describe, expect, it } from 'vitest';
import { tableFact } from '../../src/figures/table-facts.js';
import type { FigureInput } from '../../src/figures/types.js';
import { toHalfWidth } from '../../src/lang/zh/chinese-number.js';

function row(text: string) {
  const w = toHalfWidth(text);
  const input: FigureInput = { sentence: w, citationId: 't1', period: '2024', district: '拱墅区', kind: 'result', source: 'table' };
  return tableFact(w, input)?.map(({ period, district, citationId, ...rest }) => rest) ?? null;
}
const up = (value: number, unit = '%') => ({ direction: 'up' as const, value, unit });

describe('table rows', () => {
  it("reads a numbered growth row, its target's bound and a gap above the target", () => {
    expect(row('3.规上工业增加值增速(%):目标:7以上,完成:7.5,高于目标0.5个百分点')).toEqual([
      { indicator: '规上工业增加值', value: 7.5, unit: '%', change: up(7.5), kind: 'actual', target: '7以上' },
      { indicator: '规上工业增加值', value: 7, unit: '%', change: up(7), qualifier: '以上', kind: 'target' },
      {
        indicator: '规上工业增加值增速与目标差距',
        value: 0.5,
        unit: '个百分点',
        change: up(0.5, '个百分点'),
        kind: 'actual',
        shape: 'gap',
      },
    ]);
  });

  it("keeps an aimed growth row's 力争 with the target's own bound", () => {
    expect(row('地区生产总值力争增长(%):目标:7左右')).toEqual([
      { indicator: '地区生产总值', value: 7, unit: '%', change: up(7), qualifier: '力争…左右', kind: 'target' },
    ]);
  });

  it('reads labels with a year, 实际, 情况 or 值, and leaves out what follows 备注', () => {
    expect(row('一般公共预算收入(亿元):年度目标值:120,2024年实际完成情况:130,备注:完成率:108')).toEqual([
      { indicator: '一般公共预算收入', value: 130, unit: '亿元', kind: 'actual', valueInBaseUnit: 13000000000, target: '120' },
      { indicator: '一般公共预算收入', value: 120, unit: '亿元', kind: 'target', valueInBaseUnit: 12000000000 },
    ]);
  });

  it('reads a completion rate with its own label', () => {
    expect(row('一般公共预算收入(亿元):目标:120,完成值:130,完成率(%):108.3')?.[2]).toEqual({
      indicator: '一般公共预算收入完成率',
      value: 108.3,
      unit: '%',
      kind: 'actual',
    });
  });

  it("takes the magnitude of the header's unit for the base-unit value", () => {
    expect(row('新增就业(万人):目标:1.2,完成:1.35')).toEqual([
      { indicator: '新增就业', value: 1.35, unit: '万人', kind: 'actual', valueInBaseUnit: 13500, target: '1.2' },
      { indicator: '新增就业', value: 1.2, unit: '万人', kind: 'target', valueInBaseUnit: 12000 },
    ]);
    expect(row('进出口总额(万美元):完成:500')).toEqual([
      { indicator: '进出口总额', value: 500, unit: '万美元', kind: 'actual', valueInBaseUnit: 5000000 },
    ]);
  });

  it("prefers a unit written after the value to the header's", () => {
    expect(row('新增就业(人):目标:12000人,完成:13500')).toEqual([
      { indicator: '新增就业', value: 13500, unit: '人', kind: 'actual', valueInBaseUnit: 13500, target: '12000人' },
      { indicator: '新增就业', value: 12000, unit: '人', kind: 'target', valueInBaseUnit: 12000 },
    ]);
  });

  it('gives a row not named for growth no change, and names its gap by the rate as it stands', () => {
    expect(row('城镇调查失业率(%):目标:5.5以内,完成:5.2')).toEqual([
      { indicator: '城镇调查失业率', value: 5.2, unit: '%', kind: 'actual', target: '5.5以内' },
      { indicator: '城镇调查失业率', value: 5.5, unit: '%', qualifier: '以内', kind: 'target' },
    ]);
    expect(row('居民人均可支配收入增幅(%):目标:6,完成:6.2,高于目标0.2%')?.[2]).toEqual({
      indicator: '居民人均可支配收入增幅与目标差距',
      value: 0.2,
      unit: '%',
      kind: 'actual',
      shape: 'gap',
    });
    expect(row('研发投入强度增长(%):目标:3,完成:3.2,高于目标0.2个百分点')?.[2].indicator).toBe('研发投入强度与目标差距');
  });

  it('names a row without a name, and keeps a growth-only name', () => {
    expect(row('(%):目标:3,完成:3.2')?.map((f) => [f.indicator, f.value])).toEqual([
      ['指标', 3.2],
      ['指标', 3],
    ]);
    expect(row('增长(%):目标:5,完成:6')?.map((f) => [f.indicator, f.value, f.change])).toEqual([
      ['增长', 6, up(6)],
      ['增长', 5, up(5)],
    ]);
  });

  it('clips a long row name to its last twenty characters', () => {
    expect(row('一二三四五六七八九十一二三四五六七八九十一二三四五(亿元):完成:5')?.[0].indicator).toBe(
      '六七八九十一二三四五六七八九十一二三四五',
    );
  });

  it("reads a target with no number as the result's target only, and a result with no number as none", () => {
    expect(row('地区生产总值(亿元):目标:无,完成:500')).toEqual([
      { indicator: '地区生产总值', value: 500, unit: '亿元', kind: 'actual', valueInBaseUnit: 50000000000, target: '无' },
    ]);
    expect(row('地区生产总值:完成:第三')).toEqual([]);
  });

  it('reads a field after a note mark as no field of the row', () => {
    expect(row('地区生产总值:完成:5,注:目标:6')).toEqual([{ indicator: '地区生产总值', value: 5, unit: '', kind: 'actual' }]);
  });

  it('is no table fact without a target or a result field', () => {
    expect(row('地区生产总值:增长5%')).toBeNull();
    expect(row('地区生产总值')).toBeNull();
  });
});

describe('edges the mutation run of table-facts.ts showed (session 11)', () => {
  it('reads the name from the start of the row only: a name over forty characters is no row', () => {
    expect(row(`${'一二三四五六七八九十'.repeat(4)}一二三:完成:5`)).toBeNull();
  });

  it('sheds a numbering of two digits or with two marks', () => {
    expect(row('12.规上工业增加值(亿元):完成:5')?.[0].indicator).toBe('规上工业增加值');
    expect(row('3.、规上工业增加值(亿元):完成:5')?.[0].indicator).toBe('规上工业增加值');
  });

  it("trims the name, the header's unit and each field before reading them", () => {
    expect(row('新增就业(万人) :完成:1.35')?.[0]).toMatchObject({ unit: '万人', valueInBaseUnit: 13500 });
    expect(row('地区生产总值增长 (%):目标:6,完成:5.1')?.[0]).toMatchObject({ indicator: '地区生产总值', change: up(5.1) });
    expect(row('地区生产总值(亿元):完成:500, 目标:520')?.map((f) => [f.kind, f.value])).toEqual([
      ['actual', 500],
      ['target', 520],
    ]);
    expect(row('地区生产总值(亿元):目标: 120,完成:130')?.[0].target).toBe('120');
  });

  it('cleans the name it keeps', () => {
    expect(row('地区 生产总值(亿元):完成:5')?.[0].indicator).toBe('地区生产总值');
  });

  it("reads the header's unit only at the name's end", () => {
    expect(row('城镇新增就业(万人)人数:完成:1.35')).toEqual([
      { indicator: '城镇新增就业(万人)人数', value: 1.35, unit: '', kind: 'actual' },
    ]);
  });

  it('skips a fraction for the value, and reads a value in percentage points as such', () => {
    expect(row('地区生产总值:完成:三分之一,目标:2')).toEqual([{ indicator: '地区生产总值', value: 2, unit: '', kind: 'target' }]);
    expect(row('研发投入强度:完成:0.5个百分点,目标:0.3个百分点')?.map((f) => [f.value, f.unit])).toEqual([
      [0.5, '个百分点'],
      [0.3, '个百分点'],
    ]);
  });

  it('reads a gap only from a field that says so, in percent or percentage points, with a number', () => {
    expect(row('地区生产总值增长(%):目标:6,完成:5.1,全省平均5.5%')).toHaveLength(2);
    expect(row('地区生产总值(亿元):完成:130,超过目标10亿元')).toHaveLength(1);
    expect(row('地区生产总值增长(%):目标:6,完成:5.1,低于目标')).toHaveLength(2);
  });
});
