import { describe, expect, it } from 'vitest';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

const PLACES = knownPlaces(['山东省', '江苏省', '上海市', '浙江省', '广东省']);
const TODAY = { today: new Date('2026-12-02') };

describe("an English report noun that holds an indicator's English name", () => {
  it('is that noun, not the indicator', () => {
    const privateInvestment = understandQuery('How fast did private investment grow in Shandong in 2024?', PLACES, TODAY);
    expect(privateInvestment.indicators.map((i) => i.name)).toEqual([]);
    expect(privateInvestment.searchText).toContain('民间投资');
    const online = understandQuery('jiangsu online retail sales growth 2024', PLACES, TODAY);
    expect(online.indicators.map((i) => i.name)).not.toContain('社会消费品零售总额');
    expect(online.searchText).toContain('网上零售额');
  });

  it('leaves a longer indicator name to the indicator', () => {
    const query = understandQuery("What is Guangdong's 2026 high-tech industry investment growth target?", PLACES, TODAY);
    expect(query.indicators.map((i) => i.name)).toEqual(['高新技术产业投资']);
  });

  it('leaves the plain indicator name to the indicator', () => {
    const query = understandQuery('shandong fixed asset investment growth 2024', PLACES, TODAY);
    expect(query.indicators.map((i) => i.name)).toEqual(['固定资产投资']);
  });
});

describe("an English indicator's name", () => {
  it('is read with a space where the glossary writes a hyphen', () => {
    const query = understandQuery('how big is the urban rural income gap of zhejiang now', PLACES, TODAY);
    expect(query.indicators.map((i) => i.name)).toEqual(['城乡居民收入比']);
  });
});

describe('an English noun holding an intent word', () => {
  it('is no plan asked ("projects" holds "project")', () => {
    const query = understandQuery('How much did Shanghai invest in major projects last year?', PLACES, TODAY);
    expect(query.intent).toBe('result');
  });
});

describe("a glossary term's alternative report wordings", () => {
  it('are given as alternatives a sentence need write only one of', () => {
    const query = understandQuery('migrant workers in zhejiang', PLACES, TODAY);
    expect(query.termAlternatives).toEqual([{ english: 'migrant workers', chinese: ['省外劳动力', '务工人员'] }]);
    // A word whose report sense the dictionary lacks ("private" → 秘密, 私人): the reports' words for it.
    expect(understandQuery("Is most of Jiangsu's investment private?", PLACES, TODAY).termAlternatives).toEqual([
      { english: 'private', chinese: ['民营', '民间'] },
    ]);
    // A term whose Chinese words are all needed gives none.
    expect(understandQuery('zhejiang trade-in sales', PLACES, TODAY).termAlternatives).toEqual([]);
  });
});

describe("a qualified noun's Chinese", () => {
  it('joins no indicator name ("invention patents granted" is not the patents held)', () => {
    const query = understandQuery('shandong invention patents granted 2024', PLACES, TODAY);
    expect(query.indicators.map((i) => i.name)).toEqual([]);
    expect(query.searchText).toContain('发明专利授权量');
  });
});

describe('an English question asking a number by a verb of reaching', () => {
  it('wants a quantity', () => {
    expect(understandQuery("What did Zhejiang's GDP reach last year?", PLACES, TODAY).wantsQuantity).toBe(true);
    expect(understandQuery('What did Zhejiang say about the private economy?', PLACES, TODAY).wantsQuantity).toBe(false);
  });
});
