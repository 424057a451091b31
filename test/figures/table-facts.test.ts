import { describe, expect, it } from 'vitest';
import { tableFact } from '../../src/figures/table-facts.js';
import type { FigureInput } from '../../src/figures/types.js';
import { toHalfWidth } from '../../src/lang/zh/chinese-number.js';

const row = (text: string) => {
  const w = toHalfWidth(text);
  const input: FigureInput = { sentence: w, citationId: 't1', period: '2024', district: '拱墅区', kind: 'result', source: 'table' };
  return tableFact(w, input);
};

describe('table facts', () => {
  it('reads a growth row: result with its target, the target, the gap and the completion rate', () => {
    const out = row('地区生产总值增长(%):目标:6.5左右,完成:5.1,低于目标1.4个百分点,完成率:78.5');
    expect(out?.map((f) => [f.indicator, f.value, f.unit, f.kind, f.qualifier ?? '', f.target ?? ''])).toEqual([
      ['地区生产总值', 5.1, '%', 'actual', '', '6.5左右'],
      ['地区生产总值', 6.5, '%', 'target', '左右', ''],
      ['地区生产总值增速与目标差距', 1.4, '个百分点', 'actual', '', ''],
      ['地区生产总值完成率', 78.5, '%', 'actual', '', ''],
    ]);
    expect(out?.[2].change).toEqual({ direction: 'down', value: 1.4, unit: '个百分点' });
  });

  it('takes the unit from the row header and counts the value in base units', () => {
    const out = row('一般公共预算收入(亿元):目标:120,完成:130.5');
    expect(out?.map((f) => [f.indicator, f.value, f.unit, f.kind, f.valueInBaseUnit])).toEqual([
      ['一般公共预算收入', 130.5, '亿元', 'actual', 13050000000],
      ['一般公共预算收入', 120, '亿元', 'target', 12000000000],
    ]);
  });

  it('is no table fact without a name and a target or result field', () => {
    expect(row('没有冒号的句子')).toBeNull();
    expect(row('备注:以上为初步数据')).toBeNull();
  });
});
