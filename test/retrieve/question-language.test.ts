import { describe, expect, it } from 'vitest';
import { asksAboutShortfall, asksForPlan, asksWhatTablesAnswer, asksWhetherCompleted } from '../../src/lang/zh/intent-words.js';
import { GROWTH_AFTER, MULTI_YEAR_CONTEXT, NEUTRAL_BEFORE } from '../../src/lang/zh/indicator-context.js';
import { partOfYearAsked } from '../../src/lang/zh/part-of-year-words.js';
import { leadingPlaceName, subjectBeforeYear } from '../../src/lang/zh/place-shapes.js';
import { asksForPriorities, asksForQuantity, asksHow } from '../../src/lang/zh/question-words.js';
import { asksForReason, givesReason } from '../../src/lang/zh/reason-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

describe('question words of the language layer', () => {
  it('tell a target from a result, a shortfall and a completion check', () => {
    expect(asksForPlan('2025年GDP增长目标')).toBe(true);
    expect(asksForPlan('What is the growth target?')).toBe(true);
    expect(asksWhetherCompleted('是否完成了目标')).toBe(true);
    expect(asksAboutShortfall('为什么没有完成目标')).toBe(true);
    expect(asksWhatTablesAnswer('目标完成率')).toBe(true);
    expect(asksWhatTablesAnswer('GDP是多少')).toBe(false);
  });

  it('tell quantity, priority, how and reason questions', () => {
    expect(asksForQuantity('GDP是多少')).toBe(true);
    expect(asksForPriorities('2025年工作重点有哪些')).toBe(true);
    expect(asksHow('如何促进投资增长')).toBe(true);
    expect(asksForReason('为什么下降')).toBe(true);
    expect(givesReason('受房地产市场调整影响，投资下降')).toBe(true);
    expect(givesReason('投资下降3.2%')).toBe(false);
  });

  it('read parts of the year, first three quarters before the first', () => {
    expect(partOfYearAsked('前三季度GDP')).toBe('Q1-3');
    expect(partOfYearAsked('上半年GDP')).toBe('H1');
    expect(partOfYearAsked('一季度GDP')).toBe('Q1');
    expect(partOfYearAsked('全年GDP')).toBeNull();
  });

  it('see place-shaped subjects, but not 全区 or generic openings', () => {
    expect(leadingPlaceName('余杭区2024年GDP')).toBe('余杭区');
    expect(leadingPlaceName('全区2024年GDP')).toBeNull();
    expect(subjectBeforeYear('火星2024年GDP')).toBe('火星');
    expect(subjectBeforeYear('截至2024年GDP')).toBeNull();
  });

  it('know every five-year plan by name, in Chinese and in English', () => {
    const places = knownPlaces(['浙江省']);
    expect(understandQuery('浙江省“十三五”时期GDP', places).planPeriod).toEqual({ from: 2016, to: 2020 });
    expect(understandQuery('浙江省“十四五”时期GDP', places).planPeriod).toEqual({ from: 2021, to: 2025 });
    expect(understandQuery("Zhejiang's GDP in the 14th Five-Year Plan", places).planPeriod).toEqual({ from: 2021, to: 2025 });
    expect(understandQuery('浙江省二〇二四年GDP', places).years).toEqual([2024]);
  });
});

describe('indicator context words', () => {
  it('read a rate after the name, a neutral word before it, a multi-year context', () => {
    expect(GROWTH_AFTER.test('1416亿元,同比增长5.1%')).toBe(true);
    expect(GROWTH_AFTER.test('1416亿元')).toBe(false);
    expect(NEUTRAL_BEFORE.test('力争')).toBe(true);
    expect(NEUTRAL_BEFORE.test('制造业')).toBe(false);
    expect(MULTI_YEAR_CONTEXT.test('“十四五”时期')).toBe(true);
  });
});
