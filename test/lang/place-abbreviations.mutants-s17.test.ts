/**
 * Abbreviations that are common words too (吉, 黑, 贵, 川, 甘, 青, 宁, 新, 云), read as the place only before a year or
 * inside a list of places (src/lang/zh/place-abbreviations.ts: `expandPlaceAbbreviations` with the WORD_LIKE
 * patterns). Written from the code before the mutation run of session 17's changes; the patterns are built when the
 * module loads, so only the replacement's own look-up is mutated at run time.
 */
import { describe, expect, it } from 'vitest';
import { WORD_LIKE_ABBREVIATIONS, expandPlaceAbbreviations as expand } from '../../src/lang/zh/place-abbreviations.js';

describe('a word-like abbreviation before a year', () => {
  it('at the start, after a mark or a joining word: two or four digits, or 今年/去年/前年/明年', () => {
    expect(expand('吉24年粮食产量多少')).toBe('吉林24年粮食产量多少');
    expect(expand('云2024年GDP')).toBe('云南2024年GDP');
    expect(expand('新去年GDP')).toBe('新疆去年GDP');
    expect(expand('黑24年粮食')).toBe('黑龙江24年粮食');
    expect(expand('吉前年')).toBe('吉林前年');
    expect(expand('吉明年')).toBe('吉林明年');
    expect(expand('，川今年')).toBe('，四川今年');
    expect(expand('浙江和云去年谁高')).toBe('浙江和云南去年谁高');
  });

  it('not before one digit or three, 上年, or after a word', () => {
    for (const q of ['吉2年', '吉245年', '吉上年', '在吉24年', '青年24年', '宁波24年']) expect(expand(q)).toBe(q);
  });
});

describe('a word-like abbreviation in a list of places', () => {
  it('after another abbreviation, before another, a count of places, a question word, a joiner, a mark or the end', () => {
    expect(expand('滇吉湘哪个省高')).toBe('云南吉林湖南哪个省高');
    expect(expand('湘吉两省')).toBe('湖南吉林两省');
    expect(expand('湘吉')).toBe('湖南吉林');
    expect(expand('湘吉哪个高')).toBe('湖南吉林哪个高');
    expect(expand('湘吉、鄂')).toBe('湖南吉林、湖北');
    expect(expand('湘吉和鄂')).toBe('湖南吉林和湖北');
    expect(expand('湘吉,鄂')).toBe('湖南吉林,湖北');
    expect(expand('湘云三省')).toBe('湖南云南三省');
    expect(expand('湘云？')).toBe('湖南云南？');
    expect(expand('吉湘哪个高')).toBe('吉林湖南哪个高');
    expect(expand('吉湘两省')).toBe('吉林湖南两省');
    expect(expand('吉湘去年')).toBe('吉林湖南去年');
    expect(expand('川渝')).toBe('四川重庆');
  });

  it('stays a word when what follows the pair is no place’s', () => {
    for (const q of ['湘吉增长', '吉湘增长', '新京报', '京新高速', '云计算24年规模', '黑土地保护', '吉谁高', '甘肃'])
      expect(expand(q)).toBe(q);
    // 苏 before 新增 is Jiangsu; 新 stays the word 新增.
    expect(expand('苏新增高企多少')).toBe('江苏新增高企多少');
  });
});

describe('the replacement', () => {
  it('writes each kind by its own table, an ordinary abbreviation by the ordinary one', () => {
    expect(expand('湘24年')).toBe('湖南24年');
    for (const [abbr, place] of Object.entries(WORD_LIKE_ABBREVIATIONS)) expect(expand(`${abbr}24年`)).toBe(`${place}24年`);
  });
});
