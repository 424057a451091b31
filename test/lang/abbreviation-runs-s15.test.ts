import { describe, expect, it } from 'vitest';
import { expandPlaceAbbreviations } from '../../src/lang/zh/place-abbreviations.js';

describe('two abbreviations before a sector word', () => {
  it('expands both when a sector word follows ("粤皖农业…", "苏浙科技…")', () => {
    expect(expandPlaceAbbreviations('粤皖农业科技进步贡献率谁高')).toBe('广东安徽农业科技进步贡献率谁高');
    expect(expandPlaceAbbreviations('苏浙研发投入谁多')).toBe('江苏浙江研发投入谁多');
    expect(expandPlaceAbbreviations('皖工业增加值多少')).toBe('安徽工业增加值多少');
  });

  it('leaves a character inside a word alone ("沪深300")', () => {
    expect(expandPlaceAbbreviations('沪深300')).toBe('沪深300');
  });
});
