import { describe, expect, it } from 'vitest';
import { expandPlaceAbbreviations } from '../../src/lang/zh/place-abbreviations.js';

describe('abbreviations that are common words too (吉, 黔 is not one; 云, 新, 黑, 川 …)', () => {
  it('are the place before a year or inside a list of places', () => {
    expect(expandPlaceAbbreviations('吉24年粮食产量多少')).toBe('吉林24年粮食产量多少');
    expect(expandPlaceAbbreviations('湘和吉去年谁高')).toBe('湖南和吉林去年谁高');
    expect(expandPlaceAbbreviations('滇吉湘哪个省高')).toBe('云南吉林湖南哪个省高');
    expect(expandPlaceAbbreviations('湘吉两省')).toBe('湖南吉林两省');
    expect(expandPlaceAbbreviations('川渝')).toBe('四川重庆');
    expect(expandPlaceAbbreviations('湘吉去年')).toBe('湖南吉林去年');
    expect(expandPlaceAbbreviations('吉和湘')).toBe('吉林和湖南');
    expect(expandPlaceAbbreviations('云和县')).toBe('云和县');
  });

  it('stay words anywhere else', () => {
    for (const q of ['云计算24年规模', '苏新增高企多少', '京新高速', '黑土地保护', '浙江新增多少', '鲁新获批一类新药几个'])
      expect(expandPlaceAbbreviations(q)).not.toMatch(/新疆|云南|黑龙江|吉林/);
    expect(expandPlaceAbbreviations('京新高速')).toBe('京新高速');
    expect(expandPlaceAbbreviations('京津冀')).toBe('京津冀');
  });
});
