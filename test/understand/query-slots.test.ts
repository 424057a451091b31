import { describe, expect, it } from 'vitest';
import { type KnownPlace, knownPlaces, type UnderstoodQuery, understandQuery } from '../../src/retrieve/query.js';

/** The issuers of the corpus and the work reports, as the engine knows them. */
const PLACES = knownPlaces([
  '钱塘区',
  '杭州市',
  '拱墅区',
  '国务院',
  '上海市',
  '北京市',
  '安徽省',
  '福建省',
  '广东省',
  '江苏省',
  '山东省',
  '浙江省',
]);
const today = new Date('2026-12-01');
const understood = (question: string, places: readonly KnownPlace[] = PLACES): UnderstoodQuery =>
  understandQuery(question, places, { today });
const indicatorNames = (query: UnderstoodQuery): string[] => query.indicators.map((i) => i.name);

describe('understandQuery: years', () => {
  it('reads 去年 and 前年 against today, and notes how', () => {
    const lastYear = understood('杭州去年GDP是多少');
    expect(lastYear.years).toEqual([2025]);
    expect(lastYear.yearNotes).toEqual([{ phrase: '去年', year: 2025 }]);
    expect(lastYear.places).toEqual(['杭州市']);
    expect(lastYear.intent).toBe('result');

    const yearBefore = understood('前年江苏GDP');
    expect(yearBefore.years).toEqual([2024]);
    expect(yearBefore.yearNotes).toEqual([{ phrase: '前年', year: 2024 }]);
    expect(yearBefore.places).toEqual(['江苏省']);
  });

  it('reads the same words against another today', () => {
    const query = understandQuery('杭州去年GDP是多少', PLACES, { today: new Date('2024-06-01') });
    expect(query.years).toEqual([2023]);
    expect(query.yearNotes).toEqual([{ phrase: '去年', year: 2023 }]);
  });

  it('reads a two-digit year and notes it', () => {
    const query = understood('24年钱塘区GDP增长多少');
    expect(query.years).toEqual([2024]);
    expect(query.yearNotes).toEqual([{ phrase: '24年', year: 2024 }]);
    expect(query.places).toEqual(['钱塘区']);
    expect(query.ask).toBe('figure.growth');
  });

  it('notes nothing for a four-digit year', () => {
    const query = understood('杭州2023年GDP是多少');
    expect(query.years).toEqual([2023]);
    expect(query.yearNotes).toEqual([]);
  });

  it('"十四五末" keeps the plan period and adds no year', () => {
    const query = understood('浙江省十四五末GDP目标');
    expect(query.planPeriod).toEqual({ from: 2021, to: 2025 });
    expect(query.years).toEqual([]);
    expect(query.yearNotes).toEqual([]);
    expect(query.intent).toBe('plan');
    expect(query.places).toEqual(['浙江省']);

    const leading = understood('十四五末钱塘区GDP目标是多少');
    expect(leading.planPeriod).toEqual({ from: 2021, to: 2025 });
    expect(leading.years).toEqual([]);
    expect(leading.places).toEqual(['钱塘区']);
  });
});

describe('understandQuery: places', () => {
  it('reads a place written with a typo as the known place it is nearest to, and says so', () => {
    const query = understood('拱树区2024年GDP');
    expect(query.places).toEqual(['拱墅区']);
    expect(query.unknownPlaces).toEqual([]);
    expect(query.placeSuggestions).toEqual([{ written: '拱树区', issuer: '拱墅区', reason: 'pinyin' }]);
    expect(query.years).toEqual([2024]);
    expect(indicatorNames(query)).toEqual(['地区生产总值']);
  });

  it('suggests nothing for a place written correctly, short or long', () => {
    expect(understood('拱墅区2024年GDP').placeSuggestions).toEqual([]);
    const short = understood('拱墅2024年GDP');
    expect(short.places).toEqual(['拱墅区']);
    expect(short.placeSuggestions).toEqual([]);
  });

  it('reads a region as its covered members, in the region’s order', () => {
    const query = understood('长三角2025年GDP');
    expect(query.regions).toEqual(['长三角']);
    expect(query.places).toEqual(['上海市', '江苏省', '浙江省', '安徽省']);
    expect(query.unknownPlaces).toEqual([]);
  });

  it('reads a region as only the members among the known places', () => {
    const query = understood('长三角2025年GDP', knownPlaces(['浙江省', '钱塘区', '上海市']));
    expect(query.regions).toEqual(['长三角']);
    expect(query.places).toEqual(['上海市', '浙江省']);
  });

  it('never takes an interrogative for a place', () => {
    const province = understood('哪个省2026年GDP增长目标最高');
    expect(province.places).toEqual([]);
    expect(province.unknownPlaces).toEqual([]);
    expect(province.ask).toBe('superlative');
    expect(province.intent).toBe('plan');
    expect(province.years).toEqual([2026]);
    expect(indicatorNames(province)).toEqual(['地区生产总值']);

    const city = understood('哪个城市2024年GDP最高');
    expect(city.places).toEqual([]);
    expect(city.unknownPlaces).toEqual([]);
  });

  it('takes a name before the year that no report is issued by as an unknown place', () => {
    const query = understood('火星2024年GDP');
    expect(query.places).toEqual([]);
    expect(query.unknownPlaces).toEqual(['火星']);
    expect(query.placeSuggestions).toEqual([]);
  });
});

describe('understandQuery: what is asked', () => {
  it('reads an outline asked in everyday words', () => {
    const query = understood('钱塘区2025年准备抓哪几件事');
    expect(query.wantsPriorities).toBe(true);
    expect(query.wantsQuantity).toBe(false);
    expect(query.ask).toBe('outline');
    expect(query.places).toEqual(['钱塘区']);
    expect(query.years).toEqual([2025]);
    expect(query.indicators).toEqual([]);
  });

  it('reads a question on how the economy did as its GDP', () => {
    const query = understood('浙江2025年经济表现如何？');
    expect(indicatorNames(query)).toEqual(['地区生产总值']);
    expect(query.question).toBe('浙江2025年地区生产总值是多少？');
    expect(query.wantsQuantity).toBe(true);
    expect(query.intent).toBe('result');
    expect(query.places).toEqual(['浙江省']);
  });

  it('reads the help questions as help, with no place or topic', () => {
    for (const question of ['help', '你能做什么']) {
      const query = understood(question);
      expect(query.ask).toBe('help');
      expect(query.places).toEqual([]);
      expect(query.unknownPlaces).toEqual([]);
      expect(query.indicators).toEqual([]);
    }
  });
});
