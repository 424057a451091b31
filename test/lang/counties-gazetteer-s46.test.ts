import { describe, expect, it } from 'vitest';
import { glossary, provinceOf } from '../../src/lang/zh/glossary.js';
import { knownPlaces, type UnderstoodQuery, understandQuery } from '../../src/retrieve/query.js';
import { conversationState } from '../../src/understand/conversation.js';

/** Session 46: the country's counties (县, 自治县, 旗) are places too, read as county-level cities are (cities.json). */
const today = new Date('2026-12-06');
const PLACES = knownPlaces(['国务院', '吉林省', '浙江省', '杭州市', '广东省']);
const read = (q: string): UnderstoodQuery => understandQuery(q, PLACES, { today });

describe('the counties in the gazetteer', () => {
  const entry = (name: string) => glossary().places.find((p) => p.name === name);

  it('hold a county with its romanised name and its province', () => {
    expect(entry('且末县')?.aliases).toEqual(['qiemo']);
    expect(provinceOf('塔河县')).toBe('黑龙江省');
  });

  it('name an autonomous county by its name without its peoples', () => {
    expect(entry('长阳土家族自治县')?.aliases).toEqual(['changyang']);
  });

  it('give no romanised alias that is a word of the reports’ English, a province’s or another place’s ("hukou", "xinjiang")', () => {
    for (const name of ['湖口县', '新绛县', '伊吾县']) expect(entry(name)?.aliases, name).toEqual([]);
    expect(read("qiantang '24 — hukou residents' take-up of basic medical cover?").unknownPlaces).not.toContain('湖口县');
  });

  it('leave out a county of a one-character short name, whose whole name is inside other words (提高县城, 和县域)', () => {
    for (const name of ['高县', '和县', '成县', '康县', '浮山县']) expect(entry(name)).toBeUndefined();
    for (const q of ['提高县城公共服务水平多少', '完成县乡综治中心建设多少个', '医疗集团和县域医共体有多少'])
      expect(read(q).unknownPlaces, q).toEqual([]);
  });
});

describe('a county named in a question', () => {
  it.each([
    ['qiemo 2024 tourist arrivals, how many?', '且末县'],
    ['且末县2024年接待游客多少', '且末县'],
    ['塔河去年GDP多少', '塔河县'],
  ])('"%s" asks about %s, a place the reports do not cover', (q, place) => {
    expect(read(q).unknownPlaces).toEqual([place]);
    expect(read(q).places).toEqual([]);
  });

  it('"那塔河呢" after a question about 吉林 asks about 塔河县', () => {
    const state = conversationState([read('吉林前年新登记的经营主体有多少户'), read('那塔河呢')]);
    expect(state?.unknownPlaces).toEqual(['塔河县']);
  });

  it('a short name that is a word of the dictionary is read only written whole: "那南部呢" names no county, "南部县" does', () => {
    expect(read('那南部呢').unknownPlaces).toEqual([]);
    expect(read('南部县GDP多少').unknownPlaces).toEqual(['南部县']);
  });
});
