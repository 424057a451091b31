import { describe, expect, it } from 'vitest';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

const places = knownPlaces(['钱塘区', '拱墅区', '杭州市', '浙江省', '国务院']);

describe('query understanding', () => {
  it('finds places by name, short name and English name', () => {
    expect(understandQuery('钱塘2024年GDP是多少', places).places).toEqual(['钱塘区']);
    expect(understandQuery('钱塘新区的规划', places).places).toEqual(['钱塘区']);
    expect(understandQuery("What is Gongshu's 2025 GDP growth target?", places).places).toEqual(['拱墅区']);
    expect(understandQuery('Hangzhou GDP in 2023', places).places).toEqual(['杭州市']);
    expect(understandQuery('浙江2026年经济增长目标', places).places).toEqual(['浙江省']);
    expect(understandQuery('全国2024年GDP增长目标', places).places).toEqual(['国务院']);
  });

  it('reads traditional characters as the simplified the reports print', () => {
    const q = understandQuery('錢塘區2024年國內生產總值是多少？', places);
    expect(q.places).toEqual(['钱塘区']);
    expect(q.indicators.map((i) => i.name)).toContain('地区生产总值');
    expect(q.wantsQuantity).toBe(true);
  });

  it('names places the corpus does not cover instead of matching a neighbour', () => {
    const q = understandQuery('上城区2024年GDP是多少？', places);
    expect(q.places).toEqual([]);
    expect(q.unknownPlaces).toEqual(['上城区']);
    expect(understandQuery('西湖区的财政收入', places).unknownPlaces).toEqual(['西湖区']);
    expect(understandQuery('下沙区2024年GDP是多少？', places).unknownPlaces).toEqual(['下沙区']);
  });

  it('reads a named indicator with a target or growth as asking its value, a why-question not', () => {
    expect(understandQuery('钱塘区2025年固定资产投资增长目标？', places).wantsQuantity).toBe(true);
    expect(understandQuery("What is Gongshu's 2025 GDP growth target", places).wantsQuantity).toBe(true);
    expect(understandQuery('拱墅区2022年为什么没完成GDP目标？', places).wantsQuantity).toBe(false);
    expect(understandQuery('总结钱塘区2025年的工作重点', places).wantsQuantity).toBe(false);
    expect(understandQuery('钱塘区如何促进固定资产投资增长？', places).wantsQuantity).toBe(false);
  });

  it('does not take an indicator named inside another for the one asked', () => {
    const share = understandQuery('钱塘区2025年数字经济核心产业占GDP比重目标是多少？', places);
    expect(share.indicators.map((i) => i.name)).not.toContain('地区生产总值');
    expect(understandQuery('钱塘区2024年GDP是多少？', places).indicators.map((i) => i.name)).toContain('地区生产总值');
  });

  it('does not mistake an indicator phrase for a place', () => {
    const q = understandQuery('How many new national high-tech enterprises did Gongshu add in 2022?', places);
    expect(q.places).toEqual(['拱墅区']);
    expect(q.indicators.map((i) => i.name)).toContain('国家高新技术企业');
    expect(q.searchText).toContain('新增');
  });

  it('reads years, plan periods and quarters', () => {
    expect(understandQuery('拱墅区2025年一季度规上工业增加值增长多少？', places)).toMatchObject({
      years: [2025],
      part: 'Q1',
      intent: 'result',
    });
    expect(understandQuery('钱塘区“十四五”末人均生产总值目标是多少？', places)).toMatchObject({
      planPeriod: { from: 2021, to: 2025 },
      intent: 'plan',
    });
    expect(understandQuery('二〇三五年远景目标', places).years).toEqual([2035]);
  });

  it('tells targets from results', () => {
    expect(understandQuery('钱塘区2025年社会消费品零售总额增长目标是多少？', places).intent).toBe('plan');
    expect(understandQuery('What was Hangzhou GDP in 2023?', places).intent).toBe('result');
    expect(understandQuery('拱墅区2022年为什么没完成GDP目标？', places)).toMatchObject({ intent: 'result', wantsReason: true });
    expect(understandQuery('Gongshu 2025 GDP growth target', places).intent).toBe('plan');
  });

  it('maps indicator synonyms in both languages', () => {
    expect(understandQuery('钱塘区社零增速', places).indicators.map((i) => i.name)).toContain('社会消费品零售总额');
    expect(understandQuery('拱墅区R&D经费支出增长多少', places).indicators.map((i) => i.name)).toContain('研发经费');
    expect(understandQuery('杭州实际到位外资', places).indicators.map((i) => i.name)).toContain('实际利用外资');
    expect(understandQuery("Hangzhou's retail sales growth", places).indicators.map((i) => i.name)).toContain('社会消费品零售总额');
  });

  it('recognises priority questions', () => {
    expect(understandQuery('总结钱塘区2025年的工作重点', places).wantsPriorities).toBe(true);
    expect(understandQuery('钱塘区2025年重点推进哪几方面工作', places).wantsPriorities).toBe(true);
    expect(understandQuery("Summarise Gongshu's priorities", places).wantsPriorities).toBe(true);
    expect(understandQuery('2025年全国政府工作任务有哪些？', places).wantsPriorities).toBe(true);
    expect(understandQuery('国务院2024年主要工作有哪些？', places).wantsPriorities).toBe(true);
    expect(understandQuery('钱塘区2024年GDP是多少？', places).wantsPriorities).toBe(false);
    // What the work achieved is not the plan's outline.
    expect(understandQuery('浙江省2025年主要工作取得了哪些成效？', places).wantsPriorities).toBe(false);
  });
});
