import { describe, expect, it } from 'vitest';
import { asksForGrowth } from '../../src/lang/zh/change-words.js';
import { asksForQuantity, asksForValueOfIndicator } from '../../src/lang/zh/question-words.js';
import { expandPlaceAbbreviations } from '../../src/lang/zh/place-abbreviations.js';
import { SHARE_NAME } from '../../src/lang/zh/share-words.js';
import { asksForLowest, asksForRanking } from '../../src/lang/zh/superlative-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

/** Single-turn questions as people ask them (eval/fresh-e's tune half), read into slots. */
const PLACES = knownPlaces(['国务院', '北京市', '上海市', '浙江省', '江苏省', '安徽省', '福建省', '广东省', '山东省', '钱塘区']);
const read = (q: string) => understandQuery(q, PLACES, { today: new Date('2026-12-01') });
const indicatorsOf = (q: string) => read(q).indicators.map((i) => i.name);

describe('indicators the reports state, named as people name them', () => {
  it.each([
    ['forest coverage in guangdong?', '森林覆盖率'],
    ['Life expectancy in Shandong now?', '人均预期寿命'],
    ['山东城乡收入比是多少', '城乡居民收入比'],
    ['skilled workers in shandong - how many?', '高技能人才'],
    ['皖去年智能算力干到了多少', '智能算力'],
    ['北京去年新增普惠托位多少个', '托位'],
    ['山东新型储能规模有多大', '新型储能'],
    ["guangdong's ocean economy output in 2024", '海洋生产总值'],
    ['江苏去年跨境电商平台进出口涨了多少', '跨境电商进出口'],
    ['how many km of expressways does guangdong have', '高速公路通车里程'],
    ["beijing's rnd spending grow", '研发经费'],
  ])('%s asks %s', (question, indicator) => {
    expect(indicatorsOf(question)).toEqual([indicator]);
  });

  it('reads an income ratio as its own indicator, and 居民收入 alone still as income', () => {
    expect(indicatorsOf('广东城乡居民收入比缩小到多少了')).toEqual(['城乡居民收入比']);
    expect(indicatorsOf('浙江居民收入多少')).toEqual(['居民人均可支配收入']);
  });

  it('does not read 海洋生产总值 as GDP', () => {
    expect(indicatorsOf('浙江今年海洋生产总值增长目标')).toEqual(['海洋生产总值']);
  });

  it('reads a subject the glossary translates as no question about the economy, and "grow" alone as one', () => {
    expect(indicatorsOf('zj integrated circuit output growth last year')).not.toContain('地区生产总值');
    expect(indicatorsOf("how much did beijing's robot output grow in 2025")).not.toContain('地区生产总值');
    expect(indicatorsOf('how fast did shanghai grow')).toEqual(['地区生产总值']);
  });
});

describe('places as people write them', () => {
  it('expands an abbreviation before any indicator the glossary knows, and before a span of years', () => {
    expect(expandPlaceAbbreviations('皖高速通车里程破7000公里了吗')).toBe('安徽高速通车里程破7000公里了吗');
    expect(expandPlaceAbbreviations('闽森林覆盖率多少')).toBe('福建森林覆盖率多少');
    expect(expandPlaceAbbreviations('粤每年新增就业多少')).toBe('广东每年新增就业多少');
    expect(expandPlaceAbbreviations('鲁近两年粮食产量')).toBe('山东近两年粮食产量');
    // Not inside a word: 苏州 is no 江苏, 京东 no 北京.
    expect(expandPlaceAbbreviations('苏州GDP')).toBe('苏州GDP');
    expect(expandPlaceAbbreviations('京东方的营收')).toBe('京东方的营收');
  });

  it('reads 占全国 as the field of a share, so a misspelt place is still found; with no place the country is the subject', () => {
    expect(read('广冻核电装机占全国多少').places).toEqual(['广东省']);
    expect(read('核电装机占全国多少').places).toEqual(['国务院']);
    expect(read('浙江一般公共预算收入占全国多少').places).toEqual(['浙江省']);
  });

  it('reads English "national" as the country when no place is named, but not inside an indicator name', () => {
    expect(read('national GDP growth in 2024').places).toEqual(['国务院']);
    expect(read("what's the national CPI target this year").places).toEqual(['国务院']);
    expect(read('national high-tech enterprises in zhejiang').places).toEqual(['浙江省']);
    expect(read('how many national high-tech enterprises are there').places).toEqual([]);
  });
});

describe('what kind of answer is asked', () => {
  it('does not read a plan word inside an indicator name as a plan asked (人均预期寿命, life expectancy)', () => {
    expect(read('闽去年人均预期寿命多少岁').intent).toBe('result');
    expect(read('Life expectancy in Shandong now?').intent).not.toBe('plan');
    expect(read('浙江今年GDP预期增长多少').intent).toBe('plan');
  });

  it('reads 要新增 / 要新建 as a plan', () => {
    expect(read('安徽今年要新增多少可再生能源装机').intent).toBe('plan');
    expect(read('安徽去年新增多少可再生能源装机').intent).toBe('result');
  });

  it('reads "what did X plan for 2026" as the outline, but not when it names an indicator', () => {
    expect(read('What did Shandong plan for 2026?').wantsPriorities).toBe(true);
    expect(read('What did Zhejiang plan for GDP growth in 2026?').wantsPriorities).toBe(false);
  });

  it('reads "what\'s … goal" and "yoy" as asking a value', () => {
    expect(asksForQuantity("What's Shanghai's new energy storage goal for 2026?")).toBe(true);
    expect(asksForValueOfIndicator('shandong retail sales yoy')).toBe(true);
    expect(read("What's Shanghai's new energy storage goal for 2026?").wantsQuantity).toBe(true);
  });

  it('reads 涨了几个点 and yoy as a growth asked', () => {
    expect(asksForGrowth('沪去年物价涨了几个点')).toBe(true);
    expect(asksForGrowth('retail sales yoy')).toBe(true);
    expect(asksForGrowth('涨价了吗')).toBe(false);
  });

  it('reads "bottom" and 排最后 as the low end of a ranking', () => {
    expect(asksForRanking('bottom two provinces by GDP growth in 2025')).toBe(true);
    expect(asksForLowest('bottom two provinces by GDP growth in 2025')).toBe(true);
    expect(asksForLowest('GDP增速排最后的是哪个省')).toBe(true);
    expect(asksForLowest('top 3 provinces by GDP')).toBe(false);
  });

  it('names a share written as a part of the whole country (核电装机规模占全国)', () => {
    expect(SHARE_NAME.test('核电装机规模占全国')).toBe(true);
    expect(SHARE_NAME.test('核电装机规模')).toBe(false);
  });
});
