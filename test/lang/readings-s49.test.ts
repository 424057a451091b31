import { describe, expect, it } from 'vitest';
import { translateContentWords } from '../../src/lang/en/english-lexicon.js';
import { asksDifferenceOfSides, asksWhichOfThem } from '../../src/lang/zh/comparison-follow-up-words.js';
import { ADDRESS_TO_AUDIENCE } from '../../src/lang/zh/front-matter-words.js';
import { identifyingNumbers, writesNumberWithCounter } from '../../src/lang/zh/identifying-numbers.js';
import { asksAboutAttainment } from '../../src/lang/zh/intent-words.js';
import { isLowerBetter } from '../../src/lang/zh/lower-is-better.js';
import { asksAmount } from '../../src/lang/zh/trend-words.js';
import { namesWorkReport } from '../../src/lang/zh/work-report-words.js';

/** Session 49: readings found on the tune halves of the fresh sets (engine answers: test/answer/questions-s49.test.ts). */

describe('numbers a question writes with their counters', () => {
  it('"连续12年双提升的是哪个城市" writes 12年; "连续10次获评A级" 10次', () => {
    expect(identifyingNumbers('公众安全感满意度连续12年双提升的是哪个城市')).toEqual(['12年']);
    expect(identifyingNumbers('质量工作考核连续10次获评国家A级的是哪个省')).toEqual(['10次']);
    expect(identifyingNumbers('那制造业里10亿以上的呢')).toEqual(['10亿']);
  });

  it('years are no such number: 2024年, and 24年 when 2024 is the year asked', () => {
    expect(identifyingNumbers('钱塘区2024年GDP是多少')).toEqual([]);
    expect(identifyingNumbers('钱塘24年新增了几家', [2024])).toEqual([]);
    // Not asked as a year, "24年" is a count ("连续24年").
    expect(identifyingNumbers('连续24年居全国首位的是哪个省')).toEqual(['24年']);
  });

  it('nor a number inside a Latin name (PM2.5, 5G)', () => {
    expect(identifyingNumbers('北京PM2.5浓度多少')).toEqual([]);
    expect(identifyingNumbers('5G基站有多少个')).toEqual([]);
  });

  it('each number once, a percentage with its sign', () => {
    expect(identifyingNumbers('增长5%的目标完成没有，5%是底线吗')).toEqual(['5%']);
  });

  it('a sentence writes it only as the whole number: 12年 is not inside 112年', () => {
    expect(writesNumberWithCounter('公众安全感、满意度连续12年实现“双提升”', '12年')).toBe(true);
    expect(writesNumberWithCounter('公众安全感、满意度连续112年实现“双提升”', '12年')).toBe(false);
    expect(writesNumberWithCounter('增长2.12年', '12年')).toBe(false);
    expect(writesNumberWithCounter('连续13年实现“双提升”', '12年')).toBe(false);
  });
});

describe('how far apart two named sides are', () => {
  it('"浙江比北京多出多少", "江苏比山东高几个点"', () => {
    expect(asksDifferenceOfSides('浙江比北京多出多少')).toBe(true);
    expect(asksDifferenceOfSides('江苏比山东高几个点')).toBe(true);
    expect(asksDifferenceOfSides('福建比山东多几项')).toBe(true);
  });

  it('not a comparison with nothing asked of it, nor a plain figure', () => {
    expect(asksDifferenceOfSides('浙江比北京快吗')).toBe(false);
    expect(asksDifferenceOfSides('浙江GDP多少')).toBe(false);
  });
});

describe('a count asked in English asks an amount', () => {
  it('"how many …", "number of …" ask how much, as "how much" does', () => {
    expect(asksAmount('how many new energy vehicles did guangdong make')).toBe(true);
    expect(asksAmount('number of firms in jiangsu')).toBe(true);
    expect(asksAmount('how fast did guangdong grow')).toBe(false);
  });
});

describe('a work report named', () => {
  it('in Chinese and in English, with or without "work"', () => {
    expect(namesWorkReport('2025年政府工作报告里2024年地表水优良水质断面比例')).toBe(true);
    expect(namesWorkReport('2025 gov report — share of good-quality surface water sections in 2024?')).toBe(true);
    expect(namesWorkReport('per the 2023 work report, how many firms?')).toBe(true);
    expect(namesWorkReport('2025 government work report — main tasks?')).toBe(true);
  });

  it('not a plan-execution report, nor a report of nothing named', () => {
    expect(namesWorkReport('钱塘区2024年计划执行情况的报告里GDP')).toBe(false);
    expect(namesWorkReport('reporting on jobs in 2025')).toBe(false);
  });
});

describe('the audience addressed', () => {
  it('"各位代表，…" and "各位委员！" turn to the audience; other openings do not', () => {
    expect(ADDRESS_TO_AUDIENCE.test('各位代表，支持国防和军队现代化建设是我们义不容辞的责任。')).toBe(true);
    expect(ADDRESS_TO_AUDIENCE.test('各位委员！')).toBe(true);
    expect(ADDRESS_TO_AUDIENCE.test('各位老人享受服务')).toBe(false);
    expect(ADDRESS_TO_AUDIENCE.test('大道至简，实干为要。')).toBe(false);
  });
});

describe('a hyphenated English word whose Chinese the reports never write', () => {
  const lexicon = new Map<string, readonly string[]>([
    ['small-scale', ['小打小闹', '小范围']],
    ['small scale', ['小型']],
    ['built-up area', ['建成区']],
    ['built-up', ['建成']],
  ]);
  const written = (zh: string) => (['小型', '建成区', '建成'].includes(zh) ? 3 : 0);
  const read = (english: string) =>
    translateContentWords(english, { lexicon, timesWritten: written }).map((t) => [t.english, [...t.chinese]]);

  it('is read as its words apart ("small-scale" → "small scale" → 小型), not kept as a word the reports lack', () => {
    expect(read('a small-scale experimental network')).toContainEqual(['small scale', ['小型']]);
  });

  it('one whose Chinese the reports write stays whole', () => {
    expect(read('the built-up area')).toContainEqual(['built-up area', ['建成区']]);
  });
});

describe('which of two sides, by a measure named', () => {
  it('"两个城市谁的空气好", "哪个的GDP高" ask which of the sides talked about', () => {
    expect(asksWhichOfThem('两个城市谁的空气好')).toBe(true);
    expect(asksWhichOfThem('哪个的GDP更高')).toBe(true);
    expect(asksWhichOfThem('谁的经济强')).toBe(true);
  });

  it('not "谁的报告说了这个", which compares nothing', () => {
    expect(asksWhichOfThem('谁的报告说了这个')).toBe(false);
  });
});

describe('indicators better lower', () => {
  it('unemployment, fine particles, the income ratio', () => {
    expect(isLowerBetter('城镇调查失业率')).toBe(true);
    expect(isLowerBetter('细颗粒物年均浓度')).toBe(true);
    expect(isLowerBetter('PM2.5年均浓度')).toBe(true);
    expect(isLowerBetter('城乡居民收入比')).toBe(true);
  });

  it('not GDP, nor a good-air rate', () => {
    expect(isLowerBetter('地区生产总值')).toBe(false);
    expect(isLowerBetter('空气质量优良天数比例')).toBe(false);
  });
});

describe('a result set against its target, in English', () => {
  it('"vs target", "against the target", "compared with its goal" ask whether it was met', () => {
    expect(asksAboutAttainment('zhejiang gdp growth 2025 vs target?')).toBe(true);
    expect(asksAboutAttainment('jiangsu retail sales growth 2025 against the target')).toBe(true);
    expect(asksAboutAttainment('beijing 2025 growth compared with its goal')).toBe(true);
  });

  it('not a target alone', () => {
    expect(asksAboutAttainment('zhejiang gdp growth target 2026')).toBe(false);
  });
});
