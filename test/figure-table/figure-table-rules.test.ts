import { describe, expect, it } from 'vitest';
import { canonicalIndicator, csvField, toCsv } from '../../src/figure-table/index.js';
import { baseUnitOf } from '../../src/figure-table/build-table.js';

describe('the indicator a figure is filed under', () => {
  it('a glossary name or synonym, with the scope before it, is the glossary indicator', () => {
    expect(canonicalIndicator('全市生产总值')).toEqual({ id: '地区生产总值', inGlossary: true });
    expect(canonicalIndicator('GDP').id).toBe('地区生产总值');
    expect(canonicalIndicator('全社会研发经费投入').id).toBe('研发经费');
  });

  it('growth words after the name file it under the indicator', () => {
    expect(canonicalIndicator('地区生产总值增速').id).toBe('地区生产总值');
    expect(canonicalIndicator('居民消费价格涨幅').id).toBe('居民消费价格');
  });

  it('a population group is kept as the group, the indicator is the glossary one', () => {
    expect(canonicalIndicator('城镇居民人均可支配收入')).toEqual({ id: '居民人均可支配收入', inGlossary: true, group: '城镇' });
    expect(canonicalIndicator('农村居民人均可支配收入').group).toBe('农村');
  });

  it('a name merely ending in a synonym is an indicator of its own', () => {
    expect(canonicalIndicator('民间投资')).toEqual({ id: '民间投资', inGlossary: false });
    // 海洋生产总值 is an indicator of its own (in the glossary since session 8), never GDP.
    expect(canonicalIndicator('海洋生产总值').id).toBe('海洋生产总值');
    expect(canonicalIndicator('海洋经济增加值').inGlossary).toBe(false);
    // In a province's report, 全国 names the country, not the province.
    expect(canonicalIndicator('全国生产总值').inGlossary).toBe(false);
  });

  it('a longer glossary name wins over the shorter one inside it', () => {
    expect(canonicalIndicator('人均地区生产总值').id).toBe('人均生产总值');
    expect(canonicalIndicator('规模以上工业增加值').id).toBe('规上工业增加值');
  });
});

describe('base units', () => {
  it('the magnitude goes, the unit stays', () => {
    expect(baseUnitOf('亿元')).toBe('元');
    expect(baseUnitOf('万亿元')).toBe('元');
    expect(baseUnitOf('万人')).toBe('人');
    expect(baseUnitOf('%')).toBe('%');
    expect(baseUnitOf('万')).toBe('万');
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and doubles quotes (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('一行\n两行')).toBe('"一行\n两行"');
    expect(csvField('地区生产总值')).toBe('地区生产总值');
  });

  it('a cell a spreadsheet would run as a formula is written as text', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-5')).toBe("'-5");
  });

  it('numbers stay numbers (a fall is negative), missing cells are empty, records end in CRLF', () => {
    expect(toCsv(['a', 'b', 'c'], [[-2.5, null, undefined]])).toBe('a,b,c\r\n-2.5,,\r\n');
  });
});
