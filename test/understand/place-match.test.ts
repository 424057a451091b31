import { describe, expect, it } from 'vitest';
import { glossary } from '../../src/lang/zh/glossary.js';
import { regions } from '../../src/lang/zh/regions.js';
import { editDistance, matchPlaces } from '../../src/understand/place-match.js';

const known = [
  { issuer: '钱塘区', aliases: ['钱塘', '钱塘新区', 'qiantang', 'qiantang district'] },
  { issuer: '拱墅区', aliases: ['拱墅', 'gongshu'] },
  { issuer: '杭州市', aliases: ['杭州', 'hangzhou'] },
  { issuer: '浙江省', aliases: ['浙江', 'zhejiang'] },
  { issuer: '上海市', aliases: ['上海', 'shanghai'] },
  { issuer: '江苏省', aliases: ['江苏', 'jiangsu'] },
  { issuer: '安徽省', aliases: ['安徽', 'anhui'] },
  { issuer: '广东省', aliases: ['广东', 'guangdong'] },
  { issuer: '北京市', aliases: ['北京', 'beijing'] },
  { issuer: '国务院', aliases: ['全国', 'china', 'state council'] },
];
const match = (text: string) => matchPlaces(text, known, regions());

describe('matchPlaces: known names', () => {
  it('finds full names, short names and English names, in order of mention', () => {
    expect(match('钱塘区和拱墅区对比').places).toEqual(['钱塘区', '拱墅区']);
    expect(match('拱墅经济怎么样').places).toEqual(['拱墅区']);
    expect(match('Compare Shanghai and hangzhou').places).toEqual(['上海市', '杭州市']);
    expect(match('全国GDP目标').places).toEqual(['国务院']);
  });

  it('takes the longest name first', () => {
    expect(match('钱塘新区GDP')).toEqual({ places: ['钱塘区'], regions: [], suggestions: [], unknown: [] });
  });

  it('reads English names between word boundaries only', () => {
    expect(match('Qiantang District GDP').places).toEqual(['钱塘区']);
    expect(match('anhuisomething').places).toEqual([]);
  });
});

describe('matchPlaces: regions', () => {
  it('expands a region to its members that are known places', () => {
    expect(match('长三角哪个省GDP最高')).toMatchObject({ regions: ['长三角'], places: ['上海市', '江苏省', '浙江省', '安徽省'] });
    expect(match('Yangtze River Delta growth').regions).toEqual(['长三角']);
    expect(match('珠三角GDP')).toMatchObject({ regions: ['珠三角'], places: ['广东省'] });
    expect(match('京津冀协同发展')).toMatchObject({ regions: ['京津冀'], places: ['北京市'] });
    expect(match('粤港澳大湾区建设').regions).toEqual(['粤港澳大湾区']);
  });

  it('lists every member in the regions file as a glossary issuer', () => {
    const issuers = new Set(glossary().places.map((p) => p.name));
    for (const region of regions()) for (const m of region.members) expect(issuers.has(m), `${region.name}: ${m}`).toBe(true);
  });
});

describe('matchPlaces: near misses', () => {
  it('suggests a known place with the same toneless pinyin', () => {
    expect(match('拱树区2024年GDP')).toEqual({
      places: [],
      regions: [],
      suggestions: [{ written: '拱树区', issuer: '拱墅区', reason: 'pinyin' }],
      unknown: [],
    });
    expect(match('杭洲市经济怎么样').suggestions).toEqual([{ written: '杭洲市', issuer: '杭州市', reason: 'pinyin' }]);
    expect(match('杭周的GDP').suggestions).toEqual([{ written: '杭周', issuer: '杭州市', reason: 'pinyin' }]);
  });

  it('suggests a known place one character off, with the same suffix', () => {
    expect(match('钱江区GDP').suggestions).toEqual([{ written: '钱江区', issuer: '钱塘区', reason: 'edit' }]);
  });

  it('suggests an English name one letter off', () => {
    expect(match('hangzou gdp').suggestions).toEqual([{ written: 'hangzou', issuer: '杭州市', reason: 'edit' }]);
  });

  it('does not take a two-character homophone that shares no character ("伤害" is not 上海)', () => {
    expect(match('伤害多少')).toEqual({ places: [], regions: [], suggestions: [], unknown: [] });
  });
});

describe('matchPlaces: what is never a place', () => {
  it.each(['哪个区增速最快', '各区财政收入', '全市GDP', '本区经济', '我们区的GDP', '哪里增长最快', '哪些省份', '全省经济'])(
    '%s',
    (text) => {
      expect(match(text)).toEqual({ places: [], regions: [], suggestions: [], unknown: [] });
    },
  );

  it('ignores nouns that end in a place suffix', () => {
    for (const text of ['企业上市多少家', '开发区建设', '城市更新', '老城区改造', '示范区建设进展'])
      expect(match(text)).toEqual({ places: [], regions: [], suggestions: [], unknown: [] });
  });

  it('reports a place-like name that is no known place as unknown', () => {
    expect(match('火星市2024年GDP').unknown).toEqual(['火星市']);
    expect(match('去年火星市的GDP').unknown).toEqual(['火星市']);
    expect(match('西城区GDP').unknown).toEqual(['西城区']);
    expect(match('浦东新区GDP').unknown).toEqual(['浦东新区']);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('拱墅区', '拱树区')).toBe(1);
    expect(editDistance('hangzhou', 'hangzou')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('counts two neighbours swapped as one slip, other reorderings as more', () => {
    expect(editDistance('zhejaing', 'zhejiang')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('abc', 'cba')).toBe(2);
    expect(editDistance('苏江', '江苏')).toBe(1);
    // Only a true swap counts as one: one letter matching across is two edits.
    expect(editDistance('ab', 'ca')).toBe(2);
    expect(editDistance('ab', 'bc')).toBe(2);
    expect(editDistance('abcd', 'acbd')).toBe(1);
  });

  it('reads a swapped English place name as the place', () => {
    expect(match('zhejaing gdp 2024').suggestions).toEqual([{ written: 'zhejaing', issuer: '浙江省', reason: 'edit' }]);
  });
});
