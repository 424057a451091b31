import { describe, expect, it } from 'vitest';
import {
  isPlanName,
  OPENING_SUB_YEAR_PART,
  PLAN_END,
  PLAN_NAME,
  PLAN_START,
  planOfOrdinalUnit,
  SUB_YEAR_PART_PATTERNS,
} from '../../src/lang/zh/period-words.js';

const partOf = (text: string) => SUB_YEAR_PART_PATTERNS.find((p) => p.pattern.test(text))?.part ?? null;

describe('period words', () => {
  it('reads the part of a year by its words or its month range, widest first', () => {
    expect(partOf('前三季度，全区生产总值增长5%')).toBe('Q1-3');
    expect(partOf('1—6月，规上工业增加值增长')).toBe('H1');
    expect(partOf('第一季度')).toBe('Q1');
    expect(partOf('全年')).toBeNull();
    expect(OPENING_SUB_YEAR_PART.exec('今年上半年,全市…')?.[1]).toBe('上半年');
    expect(OPENING_SUB_YEAR_PART.exec('1-9月份，全市…')?.[1]).toBe('1-9月份');
    expect(OPENING_SUB_YEAR_PART.test('全年一季度')).toBe(false);
  });

  it('tells a plan’s first and last year from the words after its name', () => {
    expect(PLAN_START.test('”开好局、起好步')).toBe(true);
    expect(PLAN_END.test('”圆满收官')).toBe(true);
    expect(PLAN_START.test('”时期主要目标')).toBe(false);
  });

  it('finds plans by name through the one table of five-year plans', () => {
    const [m] = '第十四个五年规划'.matchAll(PLAN_NAME);
    expect(isPlanName(m[0])).toBe(true);
    expect(planOfOrdinalUnit(m[1])).toMatchObject({ name: '十四五', from: 2021, to: 2025 });
    expect(planOfOrdinalUnit('九')).toBeUndefined();
  });
});
