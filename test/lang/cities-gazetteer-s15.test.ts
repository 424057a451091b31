import { describe, expect, it } from 'vitest';
import { glossary, placeAliases, provinceOf } from '../../src/lang/zh/glossary.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

/** The country's cities (src/lang/zh/cities.json) are places: only known names count as places, and these are known. */
const today = new Date('2026-12-01');
const PLACES = knownPlaces(['国务院', '安徽省', '广东省', '杭州市', '浙江省', '拱墅区', '钱塘区', '福建省']);
const read = (q: string) => understandQuery(q, PLACES, { today });

describe('the city gazetteer beside the glossary', () => {
  it('holds the prefecture-level cities, each once, the glossary own entries first', () => {
    const names = glossary().places.map((p) => p.name);
    expect(names).toContain('合肥市');
    expect(names).toContain('延边朝鲜族自治州');
    expect(names.filter((n) => n === '杭州市')).toHaveLength(1);
    expect(names.indexOf('钱塘区')).toBeLessThan(names.indexOf('合肥市'));
    expect(names).not.toContain('市辖区');
  });

  it('gives a city its short name and romanised name, and a prefecture its name without the kind', () => {
    const hefei = glossary().places.find((p) => p.name === '合肥市');
    expect(hefei?.aliases).toEqual(['合肥', 'hefei']);
    expect(glossary().places.find((p) => p.name === '延边朝鲜族自治州')?.aliases).toContain('延边');
  });

  it('gives no short name that is an everyday word or another place', () => {
    for (const name of ['大同市', '朝阳市', '宁德市', '日照市', '吉林市']) {
      expect(glossary().places.find((p) => p.name === name)?.aliases).not.toContain(name.slice(0, 2));
    }
    // Nor its pinyin when that is another place's or thing's (session 37: "datong", "rizhao" are read, in English only).
    for (const name of ['朝阳市', '宁德市', '吉林市']) expect(glossary().places.find((p) => p.name === name)?.aliases).toEqual([]);
  });

  it.each([
    ['合肥GDP多少', '合肥市'],
    ['合肥有什么重大项目', '合肥市'],
    ['青岛去年GDP', '青岛市'],
    ['大同市GDP', '大同市'],
    ['what is hefei doing on quantum', '合肥市'],
  ])('"%s" asks about %s, a place the reports do not cover', (q, place) => {
    const query = read(q);
    expect(query.unknownPlaces).toEqual([place]);
    expect(query.places).toEqual([]);
  });

  it.each(['朝阳产业有哪些', '宁德时代去年营收多少', '全省日照时数多少'])('"%s" names no city', (q) => {
    expect(read(q).unknownPlaces).toEqual([]);
  });

  it('keeps the short name for finding the city in sentences, where the whole name is not needed', () => {
    expect(placeAliases('大同市')).toContain('大同');
  });
});

describe('a city within the province asked', () => {
  it("knows the province of every city, the glossary's own ones too", () => {
    expect(provinceOf('深圳市')).toBe('广东省');
    expect(provinceOf('合肥市')).toBe('安徽省');
    expect(provinceOf('广东省')).toBeUndefined();
  });

  it('is no other place beside the province: "广东深圳的地铁客流" asks inside 广东', () => {
    const query = read('广东深圳的地铁客流最高到多少了');
    expect(query.places).toEqual(['广东省']);
    expect(query.unknownPlaces).toEqual([]);
  });

  it('is still a place of its own beside another province ("浙江和深圳GDP比较")', () => {
    expect(read('浙江和深圳GDP比较').unknownPlaces).toEqual(['深圳市']);
  });
});
