import { describe, expect, it } from 'vitest';
import { expandPlaceAbbreviations } from '../../src/lang/zh/place-abbreviations.js';
import { type KnownPlace, understandQuery } from '../../src/retrieve/query.js';

describe('expandPlaceAbbreviations', () => {
  it('reads a one-character abbreviation standing where a place stands', () => {
    expect(expandPlaceAbbreviations('沪2025年GDP多少')).toBe('上海2025年GDP多少');
    expect(expandPlaceAbbreviations('苏去年财政收入多少')).toBe('江苏去年财政收入多少');
    expect(expandPlaceAbbreviations('去年沪的GDP')).toBe('去年上海的GDP');
    expect(expandPlaceAbbreviations('对比沪和京')).toBe('对比上海和北京');
  });

  it('reads a run of abbreviations and a count of places', () => {
    expect(expandPlaceAbbreviations('沪苏浙皖GDP')).toBe('上海江苏浙江安徽GDP');
    expect(expandPlaceAbbreviations('苏粤两省2025年GDP谁高')).toBe('江苏广东两省2025年GDP谁高');
  });

  it('leaves words that only start with such a character alone', () => {
    for (const word of ['苏州2025年GDP', '京东', '湘江', '鄂尔多斯', '津贴多少', '苏北', '新京报', '浙江2025年'])
      expect(expandPlaceAbbreviations(word)).toBe(word);
  });

  it('keeps a region written in abbreviations a region', () => {
    expect(expandPlaceAbbreviations('京津冀2025年GDP')).toBe('京津冀2025年GDP');
    expect(expandPlaceAbbreviations('粤港澳大湾区')).toBe('粤港澳大湾区');
  });
});

describe('a question naming a place by its abbreviation', () => {
  const PLACES: KnownPlace[] = [
    { issuer: '上海市', aliases: ['上海'] },
    { issuer: '广东省', aliases: ['广东'] },
  ];

  it('is about that place', () => {
    expect(understandQuery('沪2025年GDP多少', PLACES).places).toEqual(['上海市']);
    expect(understandQuery('粤今年GDP目标', PLACES, { today: new Date('2026-12-01') }).places).toEqual(['广东省']);
  });
});
