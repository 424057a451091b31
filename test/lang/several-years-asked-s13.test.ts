import { describe, expect, it } from 'vitest';
import { asksOverSeveralYears, speaksOfSeveralYears } from '../../src/lang/zh/several-years-asked.js';

describe('several years asked / spoken of', () => {
  it('a question over several years, not one with a yearly-mean measure', () => {
    expect(asksOverSeveralYears('上海过去五年PM2.5下降多少')).toBe(true);
    expect(asksOverSeveralYears('安徽十四五期间GDP年均增长多少')).toBe(true);
    expect(asksOverSeveralYears('上海PM2.5年均浓度是多少')).toBe(false);
    expect(asksOverSeveralYears('上海2025年GDP增长多少')).toBe(false);
  });

  it('a sentence over several years: averages, milestones, from…to; not a yearly-mean level', () => {
    expect(speaksOfSeveralYears('全省地区生产总值年均增长5.9%')).toBe(true);
    expect(speaksOfSeveralYears('人均地区生产总值从10.5万元提高到14万元')).toBe(true);
    expect(speaksOfSeveralYears('PM2.5年均浓度为26.3微克/立方米、下降7.4%')).toBe(false);
    expect(speaksOfSeveralYears('PM2.5年均浓度累计下降17%')).toBe(false);
  });
});
