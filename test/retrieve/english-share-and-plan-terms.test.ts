import { describe, expect, it } from 'vitest';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { askedCountUnit } from '../../src/lang/zh/asked-shape-words.js';

const PLACES = knownPlaces(['山东省', '江苏省', '北京市', '浙江省', '广东省', '国务院']);
const TODAY = { today: new Date('2026-12-02') };

describe('an English share question', () => {
  it("reads 'share of X is private' as the private noun's share, not X", () => {
    const query = understandQuery("What share of Zhejiang's investment is private?", PLACES, TODAY);
    expect(query.indicators.map((i) => i.name)).not.toContain('固定资产投资');
    expect(query.searchText).toContain('民间投资');
    expect(query.searchText).toContain('占比');
  });

  it("searches the reports' share words, not the dictionary's shares of stock", () => {
    for (const asked of ['Shandong private economy share of GDP 2024', 'what proportion of beijing electricity is green']) {
      const query = understandQuery(asked, PLACES, TODAY);
      expect(query.searchText, asked).toMatch(/占比|比重/);
      expect(query.searchText, asked).not.toMatch(/股份|个股/);
    }
  });

  it("reads a qualified investment noun whole ('core business investment' → 主业投资)", () => {
    const query = understandQuery('Shandong SOEs core business investment share 2024', PLACES, TODAY);
    expect(query.indicators.map((i) => i.name)).not.toContain('固定资产投资');
    expect(query.searchText).toContain('主业投资');
  });
});

describe('an English five-year plan named by its ordinal', () => {
  it('searches that plan, not the 14th', () => {
    const fifteenth = understandQuery("Beijing's R&D target in the 15th Five-Year Plan", PLACES, TODAY);
    expect(fifteenth.planPeriod).toEqual({ from: 2026, to: 2030 });
    expect(fifteenth.searchText).toContain('十五五');
    expect(fifteenth.searchText).not.toContain('十四五');
    const thirteenth = understandQuery('jiangsu gdp growth in the thirteenth five-year plan', PLACES, TODAY);
    expect(thirteenth.searchText).toContain('十三五');
    expect(thirteenth.searchText).not.toContain('十四五');
    expect(understandQuery('zhejiang r&d over the 14th five-year plan', PLACES, TODAY).searchText).toContain('十四五');
  });
});

describe('an English count asked as "number of"', () => {
  it('asks the count in its unit as "how many" does', () => {
    expect(askedCountUnit('number of enterprises in guangdong')).toBe('家');
    expect(askedCountUnit('total number of tourists to beijing 2025')).toBe('人次');
    expect(askedCountUnit('How many NEVs did Anhui produce?')).toBe('辆');
    expect(askedCountUnit('guangdong gdp growth 2025')).toBeNull();
  });
});

describe('English split phrases in a question', () => {
  it('add the report word to the search', () => {
    expect(understandQuery('shanghai average new jobs per year over five years', PLACES, TODAY).searchText).toContain('年均');
    expect(understandQuery('How many NEVs were registered in Beijing in 2025?', PLACES, TODAY).searchText).toContain('上牌');
  });
});
