/**
 * Understanding a question, rule by rule, on short questions and a hand-picked list of known
 * places: the order places are named in, which indicator a longer name wins over, when a short
 * word such as "投资" names an indicator, near misses of a place, English questions' intent and
 * search text.
 */
import { describe, expect, it } from 'vitest';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

const PLACES = knownPlaces(['浙江省', '江苏省', '国务院', '拱墅区', '杭州市']);
const read = (q: string, places = PLACES) => understandQuery(q, places, { today: new Date('2026-12-01') });
const indicatorNames = (q: string) => read(q).indicators.map((i) => i.name);

describe('places', () => {
  it('lists places in the order the question first names them, not the order they are known in', () => {
    expect(read('江苏和浙江GDP多少').places).toEqual(['江苏省', '浙江省']);
    expect(read('浙江和江苏比，浙江高吗').places).toEqual(['浙江省', '江苏省']);
    expect(read('GDP of Jiangsu and Zhejiang').places).toEqual(['江苏省', '浙江省']);
  });

  it('matches an English name in any case, as a whole word', () => {
    expect(read('gdp of zhejiang').places).toEqual(['浙江省']);
    // A longer word that starts with a place's English name is not that place.
    expect(read('GDP of Zhejiangxx').places).toEqual([]);
  });

  it('names the country only when the question leads with it, and only with a national report', () => {
    expect(read('我国GDP增长多少').places).toEqual(['国务院']);
    expect(read('我国GDP增长多少', knownPlaces(['浙江省'])).places).toEqual([]);
  });

  it('a place and "全国" with a rank asks the place\'s rank, not the country\'s figure', () => {
    expect(read('浙江一般公共预算收入全国排第几').places).toEqual(['浙江省']);
  });

  it('lists a known place once when two misspellings both point to it', () => {
    const out = read('拱树区和拱竖区GDP');
    expect(out.places).toEqual(['拱墅区']);
    expect(out.placeSuggestions.map((s) => s.issuer)).toEqual(['拱墅区', '拱墅区']);
  });

  it('reads a place one character off where a place stands, keeping the first character', () => {
    const out = read('江书2025年GDP');
    expect(out.places).toEqual(['江苏省']);
    expect(out.placeSuggestions).toEqual([{ written: '江书', issuer: '江苏省', reason: 'edit' }]);
    expect(read('红苏2025年GDP').places).toEqual([]);
    expect(read('红苏2025年GDP').unknownPlaces).toEqual(['红苏']);
  });

  it('never reads a real place the glossary knows as a typo of a covered one', () => {
    const out = read('山西省2025年GDP', knownPlaces(['山东省']));
    expect(out.places).toEqual([]);
    expect(out.unknownPlaces).toEqual(['山西省']);
  });

  it('reads no place two characters off as a typo', () => {
    expect(read('江书书2025年GDP').places).toEqual([]);
  });

  it("names no covered place as unknown, nor a place inside a covered place's name", () => {
    expect(read('浙江省GDP多少').unknownPlaces).toEqual([]);
    const district = knownPlaces(['杭州市西湖区']);
    expect(read('杭州市西湖区GDP多少', district).unknownPlaces).toEqual([]);
    expect(read('杭州市西湖区和上海GDP', district).unknownPlaces).toContain('上海市');
  });

  it('reads the words standing where a place stands as an unknown place', () => {
    expect(read('火星2024年GDP').unknownPlaces).toEqual(['火星']);
    expect(read('火星GDP多少').unknownPlaces).toEqual(['火星']);
  });
});

describe('indicators', () => {
  it('a longer indicator name wins over the shorter one inside it, unless that is written alone too', () => {
    expect(indicatorNames('浙江人均GDP多少')).toEqual(['人均生产总值']);
    expect(indicatorNames('GDP和人均GDP分别多少')).toEqual(['地区生产总值', '人均生产总值']);
  });

  it('an English question takes its indicators from its English phrases, the longest first, each once', () => {
    expect(indicatorNames('per capita GDP of Zhejiang')).toEqual(['人均生产总值']);
    expect(indicatorNames('GDP and economic output of Zhejiang')).toEqual(['地区生产总值']);
  });

  it('"投资" names fixed-asset investment on its own, not inside "房地产开发投资"', () => {
    expect(indicatorNames('浙江2025年投资多少')).toEqual(['固定资产投资']);
    expect(indicatorNames('投资增长多少')).toEqual(['固定资产投资']);
    expect(indicatorNames('2025投资多少')).toEqual(['固定资产投资']);
    expect(indicatorNames('房地产开发投资多少')).toEqual([]);
    expect(indicatorNames('浙江房地产开发投资多少')).toEqual([]);
  });

  it('a confident question about the economy as a whole measures it by its GDP', () => {
    expect(indicatorNames('Zhejiang economy')).toEqual(['地区生产总值']);
  });

  it('a ranking of growth across places, naming no indicator, ranks the economy', () => {
    expect(indicatorNames('哪个省增长最快')).toEqual(['地区生产总值']);
  });
});

describe('intent and search text', () => {
  it('an English question: a target word makes it a plan question, even beside "was"', () => {
    expect(read("What was Zhejiang's GDP growth target?").intent).toBe('plan');
    expect(read("What was Zhejiang's GDP growth?").intent).toBe('result');
  });

  it('an English question whose only result word is a glossary term ("rose") asks the result', () => {
    expect(read('Zhejiang GDP rose by how much').intent).toBe('result');
  });

  it('an English question is searched with its terms in Chinese, then what is left of it', () => {
    expect(read('zhejiang gdp growth').searchText).toBe('地区生产总值 增长 zhejiang');
    expect(read('GDP and economic output of Zhejiang').searchText).toBe('地区生产总值 地区生产总值 and   of zhejiang');
  });

  it('an outline asked in words no list holds, read by the classifier, asks the priorities', () => {
    expect(read('浙江准备抓哪几件事').wantsPriorities).toBe(true);
  });

  it('a plan period alone is a plan question', () => {
    expect(read('“十四五”时期').intent).toBe('plan');
  });

  it('"没完成目标" also searches the reports\' wording of a shortfall', () => {
    expect(read('浙江GDP没完成目标').searchText).toBe('浙江GDP没完成目标 低于目标');
  });

  it('lists the years asked in order', () => {
    expect(read('浙江2024年和2022年GDP').years).toEqual([2022, 2024]);
  });
});
