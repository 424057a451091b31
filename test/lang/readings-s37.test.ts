import { describe, expect, it } from 'vitest';
import { message } from '../../src/answer/messages.js';
import { extractFigures } from '../../src/figures/extract.js';
import { bareAmountChangeVerb } from '../../src/lang/zh/change-words.js';
import { asksBothYears } from '../../src/lang/zh/comparison-follow-up-words.js';
import { averageWords } from '../../src/lang/zh/qualifiers.js';
import { asksForValueOfIndicator } from '../../src/lang/zh/question-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { wordsBesidesAskingAgain } from '../../src/lang/zh/follow-up-words.js';
import {
  lastYearPartNamed,
  namesWholeYear,
  partOfPeriod,
  partOfYearAsked,
  periodWithPart,
  yearPartNamed,
} from '../../src/lang/zh/part-of-year-words.js';
import { resolveYears } from '../../src/lang/zh/relative-years.js';

/** Session 37: readings of the language layer found on the tune halves of the fresh sets (engine answers: test/answer/questions-s37.test.ts). */

/** The figures a results sentence of the place's report for the period states, each as [value, period]. */
function periodsOf(sentence: string, period = '2024') {
  return extractFigures({ sentence, district: '湖南省', period, kind: 'result', citationId: 'c1', source: 'text' }).map((f) => [
    f.value,
    f.period,
  ]);
}

const HUNAN =
  '顶住经济下行压力，克服二季度增速回落影响，实现三季度增长4.6%、追平全国，四季度增长5.6%、高于全国0.2个百分点，全年增长4.8%、总量达5.3万亿元';

describe('parts of the year, one list for questions, reports and the figure table', () => {
  it.each([
    ['湖南24年四季度GDP增速多少', 'Q4'],
    ['hunan q3 2024 gdp growth', 'Q3'],
    ['第二季度', 'Q2'],
    ['下半年', 'H2'],
    ['前三季度工业增加值', 'Q1-3'],
    ['一季度GDP', 'Q1'],
    ['1-6月', 'H1'],
  ])('a question naming %s asks %s', (text, part) => {
    expect(partOfYearAsked(text)).toBe(part);
  });

  it('the whole year is named, but is no part', () => {
    expect(yearPartNamed('全年GDP')).toBe('Q1-Q4');
    expect(partOfYearAsked('全年GDP')).toBeNull();
    expect(namesWholeYear('那全年呢')).toBe(true);
    expect(namesWholeYear('what about the full year?')).toBe(true);
    expect(namesWholeYear('三季度呢')).toBe(false);
    expect(partOfYearAsked('2024年GDP')).toBeNull();
  });

  it('resolveYears reads the same list', () => {
    expect(resolveYears('四季度', { today: new Date('2026-12-05') }).part).toBe('Q4');
    expect(resolveYears('全年GDP', { today: new Date('2026-12-05') }).part).toBe('Q1-Q4');
  });

  it('the last part named before a figure counts, the widest word whole', () => {
    expect(lastYearPartNamed('克服二季度增速回落影响，实现三季度')).toBe('Q3');
    expect(lastYearPartNamed('前三季度')).toBe('Q1-3');
    expect(lastYearPartNamed('全年')).toBe('Q1-Q4');
    expect(lastYearPartNamed('连续两个季度')).toBeNull();
    expect(lastYearPartNamed('地区生产总值')).toBeNull();
  });

  it('a period label with a part, and the part of a label', () => {
    expect(periodWithPart('2024', 'Q3')).toBe('2024Q3');
    expect(periodWithPart('2024', 'Q1-Q4')).toBe('2024');
    expect(periodWithPart('2024', null)).toBe('2024');
    expect(periodWithPart('2021-2025', 'Q3')).toBe('2021-2025');
    expect(partOfPeriod('2024Q3')).toBe('Q3');
    expect(partOfPeriod('2025Q1-3')).toBe('Q1-3');
    expect(partOfPeriod('2025H2')).toBe('H2');
    expect(partOfPeriod('2024')).toBeNull();
    expect(partOfPeriod('2021-2025')).toBeNull();
  });
});

describe('a figure of one part of the year is filed under that part', () => {
  it('each quarter its own, the whole year back to the year', () => {
    expect(periodsOf(HUNAN)).toEqual([
      [4.6, '2024Q3'],
      [5.6, '2024Q4'],
      [0.2, '2024Q4'],
      [4.8, '2024'],
      [5.3, '2024'],
    ]);
  });

  it('a part named before a 分别 list is every item’s', () => {
    expect(periodsOf('四季度新建商品房网签销售面积环比、同比分别增长51.3%、15.3%')).toEqual([
      [51.3, '2024Q4'],
      [15.3, '2024Q4'],
    ]);
  });

  it('the first three quarters are not the third', () => {
    expect(periodsOf('前三季度GDP增长5.2%，一季度增长4%')).toEqual([
      [5.2, '2024Q1-3'],
      [4, '2024Q1'],
    ]);
  });

  it('a sentence naming no part keeps its period, and so does a span', () => {
    expect(periodsOf('地区生产总值增长5.1%')).toEqual([[5.1, '2024']]);
    expect(periodsOf('三季度增长4.6%', '2021-2025')).toEqual([[4.6, '2021-2025']]);
  });
});

describe('a follow-up naming only a part of the year asks again', () => {
  it('"三季度呢", "那全年呢" say nothing besides the period', () => {
    expect(wordsBesidesAskingAgain('三季度呢', [], [])).toEqual([]);
    expect(wordsBesidesAskingAgain('那全年呢', [], [])).toEqual([]);
    expect(wordsBesidesAskingAgain('三季度出口呢', [], [])).toEqual(['出口']);
  });
});

describe('a change verb alone after a level is the level’s change', () => {
  const read = (sentence: string) =>
    extractFigures({ sentence, district: '北京市', period: '2024', kind: 'result', citationId: 'c1', source: 'text' }).map((f) => [
      f.indicator,
      f.value,
      f.change ? `${f.change.direction}${f.change.value}${f.change.unit}` : '',
    ]);

  it('in the same clause and unit, with or without 同比', () => {
    expect(read('优良天数达到290天、增加19天')).toEqual([['优良天数', 290, 'up19天']]);
    expect(read('耕地面积达到1000万亩、同比减少2万亩')).toEqual([['耕地面积', 1000, 'down2万亩']]);
  });

  it('not a difference named to the year before, another unit, or another clause', () => {
    expect(read('赤字规模5.66万亿元、比上年增加1.6万亿元').map((f) => f[0])).toContain('赤字规模比上年增加');
    expect(read('优良天数达到290天、增加19个').length).toBe(2);
    expect(read('新增高新技术企业161家、科技型中小企业460家，增加29家、43家').map((f) => f[2])).toEqual(['', '', '', '']);
  });

  it('the verb is read alone, after joiners and 同比 only', () => {
    expect(bareAmountChangeVerb('、增加')).toEqual({ word: '增加', direction: 'up' });
    expect(bareAmountChangeVerb('，同比减少')).toEqual({ word: '减少', direction: 'down' });
    expect(bareAmountChangeVerb('增加了')).toEqual({ word: '增加', direction: 'up' });
    expect(bareAmountChangeVerb('比上年增加')).toBeUndefined();
    expect(bareAmountChangeVerb('粮食产量增加')).toBeUndefined();
  });

  it('a rate grows, an amount is added to', () => {
    expect(message('leadChange', 'zh', { down: false, value: 19, unit: '天' })).toBe('，增加19天');
    expect(message('leadChange', 'zh', { down: true, value: 2, unit: '万亩' })).toBe('，减少2万亩');
    expect(message('leadChange', 'zh', { down: false, value: 5.1, unit: '%' })).toBe('，增长5.1%');
    expect(message('leadChange', 'zh', { down: true, value: 0.3, unit: '个百分点' })).toBe('，下降0.3个百分点');
  });
});

describe('an average over years is written with its span', () => {
  it.each([
    ['五年…年均', '五年年均'],
    ['年均', '年均'],
    ['十年…年均', '十年年均'],
    ['5年…年均', '5年年均'],
  ])('%s → %s', (qualifier, words) => {
    expect(averageWords(qualifier)).toBe(words);
  });

  it('no other qualifier is an average', () => {
    expect(averageWords('确保…以上')).toBeNull();
    expect(averageWords('力争…年均')).toBeNull();
    expect(averageWords(undefined)).toBeNull();
    expect(averageWords('平均')).toBeNull();
  });
});

describe('the two years a conversation talked of, asked together', () => {
  it.each(['两年一样多吗', '这两年是一样多吗', '两个年份差多少', '哪年多', 'were both years the same?', 'which year was higher?'])(
    '"%s" asks them',
    (q) => {
      expect(asksBothYears(q)).toBe(true);
    },
  );

  it.each(['两年来新增多少', '近两年GDP增速', '这两个省谁多'])('"%s" does not', (q) => {
    expect(asksBothYears(q)).toBe(false);
  });
});

describe('questions naming an indicator after the group of places ranked, or its movement in English', () => {
  const places = knownPlaces(['安徽省', '上海市', '浙江省']);
  it('"几个省里出口增速谁最高" names 出口', () => {
    expect(understandQuery('去年几个省里 出口整体增速谁最高', places).indicators.map((i) => i.name)).toContain('货物出口');
    expect(understandQuery('这些省份当中出口谁最快', places).indicators.map((i) => i.name)).toContain('货物出口');
  });

  it('"how fast did … rise", "fell", "y/y" ask the value of a named indicator', () => {
    expect(asksForValueOfIndicator('How fast did per capita income rise in 2024?')).toBe(true);
    expect(asksForValueOfIndicator('did exports fall?')).toBe(true);
    expect(asksForValueOfIndicator('retail sales y/y')).toBe(true);
    expect(asksForValueOfIndicator('who chaired the meeting?')).toBe(false);
  });
});
