import { describe, expect, it } from 'vitest';
import { valueText } from '../../src/answer/figure-format.js';
import { extractFigures } from '../../src/figures/extract.js';
import { translateContentWords } from '../../src/lang/en/english-lexicon.js';
import { shareOfWhole } from '../../src/lang/en/english-share-wording.js';
import { askedCountUnit } from '../../src/lang/zh/asked-shape-words.js';
import { boundAsked, writesBound } from '../../src/lang/zh/bound-asked-words.js';
import { applyPhrasing, COLLOQUIAL_PHRASINGS } from '../../src/lang/zh/colloquial-phrasings.js';
import { subjectBeforeIndicator } from '../../src/lang/zh/place-shapes.js';
import { STREAK_LENGTH_QUESTION } from '../../src/lang/zh/span-words.js';
import { askedCurrency, inCurrency } from '../../src/lang/zh/currency-words.js';
import { expandPinyinInitialsInEnglish, placeNamesInLatin } from '../../src/lang/zh/place-abbreviations.js';
import { resolveYears } from '../../src/lang/zh/relative-years.js';
import { asksSinceFounding, SINCE_FOUNDING_WRITTEN } from '../../src/lang/zh/since-founding-words.js';

/** Session 36: readings of the language layer found on the tune halves of the fresh sets (engine answers: test/answer/questions-s36.test.ts). */

/** The figures a results sentence of the place's report for the period states. */
function figuresOf(sentence: string, district: string, period: string) {
  return extractFigures({ sentence, district, period, kind: 'result', citationId: 'c1', source: 'text' });
}

describe('an English question stays English', () => {
  it('pinyin initials read as the place’s English name', () => {
    expect(expandPinyinInitialsInEnglish('gd 2025 target for the share of water sections rated good')).toBe(
      'Guangdong 2025 target for the share of water sections rated good',
    );
    expect(expandPinyinInitialsInEnglish('qt 2024 gdp')).toBe('Qiantang 2024 gdp');
  });

  it('a place written in characters is written with its English name; other characters stay', () => {
    expect(placeNamesInLatin('what about 安徽 — how many smart factories?')).toBe('what about Anhui — how many smart factories?');
    expect(placeNamesInLatin('钱塘新区since launch: schools built?')).toBe('Qiantang since launch: schools built?');
    expect(placeNamesInLatin('what did 安徽 do on 扫黑除恶?')).toBe('what did Anhui do on 扫黑除恶?');
    expect(placeNamesInLatin('Anhui 2025 GDP')).toBe('Anhui 2025 GDP');
  });
});

describe('the reports’ own words for policy terms in English', () => {
  const read = (english: string) => translateContentWords(english).map((t) => `${t.english}→${t.chinese[0] ?? ''}`);

  it('campaigns and their targets', () => {
    expect(read('anti-mafia campaign')).toContain('anti-mafia→扫黑除恶');
    expect(read('criminal gangs busted')).toEqual(['criminal gangs→涉黑恶团伙', 'busted→查处']);
  });

  it('places and programmes people name in English', () => {
    expect(read('urban villages')).toEqual(['urban villages→城中村']);
    expect(read('special bonds')).toEqual(['special bonds→专项债']);
  });
});

describe('the review since founding', () => {
  it('is asked in Chinese and in English', () => {
    for (const q of [
      '钱塘新区成立以来新增城镇就业人口多少',
      '新区设立以来引进了多少项目',
      '自成立起累计招商多少',
      'Qiantang New Area since its launch: schools built?',
      'Since Qiantang New Area was set up, how many gangs were busted?',
      'since the zone was established, how many firms moved in?',
    ])
      expect(asksSinceFounding(q), q).toBe(true);
  });

  it('is not a year, a span or "since" of another kind', () => {
    for (const q of [
      '钱塘区2024年新增城镇就业多少',
      '今年以来出口增长多少',
      'GDP growth since 2020?',
      'since last year, how many new jobs?',
    ])
      expect(asksSinceFounding(q), q).toBe(false);
  });

  it('is written as the review’s heading writes it', () => {
    expect(SINCE_FOUNDING_WRITTEN.test('钱塘新区成立以来工作回顾')).toBe(true);
    expect(SINCE_FOUNDING_WRITTEN.test('一年来工作回顾')).toBe(false);
  });
});

describe('the three sectors’ ratio', () => {
  const read = (sentence: string) =>
    figuresOf(sentence, '广东省', '2025').map((f) => `${f.indicator} ${f.value}${f.unit}${f.shape ? ` ${f.shape}` : ''}`);

  it('is one structure and each sector’s share, with the ratio sign ∶ read as a colon', () => {
    expect(read('三次产业比重为4.0∶37.7∶58.3，第一产业增加值提升至全国第二')).toEqual(
      expect.arrayContaining(['三次产业比重 4比例 structure', '第一产业比重 4%', '第二产业比重 37.7%', '第三产业比重 58.3%']),
    );
    expect(read('三次产业结构为0.9:57.7:41.4,其中规上工业增加值增长9%')).toContain('第三产业比重 41.4%');
  });

  it('only of three parts adding up to 100 under the sectors’ name', () => {
    expect(read('三次产业结构为1:2:3').some((f) => f.includes('产业比重'))).toBe(false);
    expect(read('男女比例为51.2:48.8').some((f) => f.includes('产业比重'))).toBe(false);
  });
});

describe('an amount in two currencies', () => {
  const written = (sentence: string) => figuresOf(sentence, '上海市', '2025').map((f) => `${f.indicator} ${valueText(f)}`);

  it('the converted amount takes the name of the amount it converts, its verb before its value', () => {
    expect(written('实际使用外资达到160.6亿美元、折合1148亿元人民币。')).toEqual(['实际使用外资 160.6亿美元', '实际使用外资 折合1148亿元']);
    expect(written('实际使用外资175亿美元左右、约合1243亿元人民币')).toContain('实际使用外资 约合1243亿元');
  });

  it('not after an amount in the same currency', () => {
    expect(written('完成投资100亿元、折合每亩50万元')).not.toContain('完成投资 折合50万元');
  });

  it('the currency a question asks', () => {
    expect(askedCurrency('去年实际使用外资折合人民币多少')).toBe('yuan');
    expect(askedCurrency('how much foreign capital, in US$?')).toBe('dollars');
    expect(askedCurrency('实际使用外资多少亿美元')).toBe('dollars');
    expect(askedCurrency('实际使用外资多少')).toBeNull();
    expect(inCurrency('亿元', 'yuan')).toBe(true);
    expect(inCurrency('亿美元', 'yuan')).toBe(false);
    expect(inCurrency('亿美元', 'dollars')).toBe(true);
  });
});

describe('a share of the economy asked in everyday words', () => {
  const reworded = (q: string) => COLLOQUIAL_PHRASINGS.reduce((t, row) => applyPhrasing(row, t), q);

  it('"在GDP里占到多少", "占GDP多少" are 占GDP比重', () => {
    expect(reworded('制造业增加值在GDP里占到多少')).toBe('制造业增加值占GDP比重多少');
    expect(reworded('民营经济在经济总量中占几成')).toBe('民营经济占GDP比重几成');
    expect(reworded('制造业占GDP多少')).toBe('制造业占GDP比重多少');
  });

  it('a share already said, or a part of the economy itself, stays as asked', () => {
    expect(reworded('制造业增加值占GDP比重多少')).toBe('制造业增加值占GDP比重多少');
    expect(reworded('民营经济占多少')).toBe('民营经济占多少');
  });
});

describe('two relative years set against each other', () => {
  const years = (q: string) => resolveYears(q, { today: new Date('2026-12-05') }).years;

  it('"去年比前年多还是少" asks both years', () => {
    expect(years('去年比前年多还是少')).toEqual([2024, 2025]);
    expect(years('今年比去年高还是低')).toEqual([2025, 2026]);
  });

  it('"比去年增长多少" sets a base, no year asked', () => {
    expect(years('今年比去年增长多少')).toEqual([2026]);
  });
});

describe('a target’s floor or ceiling asked', () => {
  it('is read in Chinese and in English', () => {
    expect(boundAsked('拱墅23年服务业增加值增长 确保多少')).toBe('floor');
    expect(boundAsked('保底多少')).toBe('floor');
    expect(boundAsked('the floor it had to guarantee for services growth?')).toBe('floor');
    expect(boundAsked('能耗上限多少')).toBe('ceiling');
    expect(boundAsked('PM2.5 at most how much?')).toBe('ceiling');
  });

  it('is no superlative and no plain target', () => {
    expect(boundAsked('哪个省增速最低')).toBeNull();
    expect(boundAsked('服务业增加值增长目标多少')).toBeNull();
  });

  it('is written by the qualifiers of a bound', () => {
    expect(writesBound('确保…以上', 'floor')).toBe(true);
    expect(writesBound('左右', 'floor')).toBe(false);
    expect(writesBound('以内', 'ceiling')).toBe(true);
    expect(writesBound(undefined, 'ceiling')).toBe(false);
  });
});

describe('a place no report holds, named before the indicator', () => {
  it('is named without where on it ("火星上的GDP" is 火星)', () => {
    expect(subjectBeforeIndicator('火星上的GDP是多少', ['GDP'])).toBe('火星');
    expect(subjectBeforeIndicator('火星GDP多少', ['GDP'])).toBe('火星');
    expect(subjectBeforeIndicator('凯里GDP多少', ['GDP'])).toBe('凯里');
  });
});

describe('a ranking streak opening its own clause', () => {
  const read = (sentence: string) =>
    figuresOf(sentence, '广东省', '2024')
      .filter((f) => f.shape === 'streak')
      .map((f) => `${f.indicator} ${valueText(f)}`);

  it('ranks the subject of the figure before it', () => {
    expect(read('地方一般公共预算收入1.35万亿元，连续34年居全国首位。')).toEqual(['地方一般公共预算收入 连续34年居全国首位']);
  });

  it('a streak of something else stays named by its predicate', () => {
    expect(read('完成投资100亿元，连续5年获评先进单位。')).toEqual(['获评先进单位 连续5年']);
  });

  it('"how many years in a row" asks a streak’s length', () => {
    expect(STREAK_LENGTH_QUESTION.test('how many years in a row has it been no. 1?')).toBe(true);
    expect(STREAK_LENGTH_QUESTION.test('how many consecutive years of growth?')).toBe(true);
    expect(STREAK_LENGTH_QUESTION.test('how many years did the plan run?')).toBe(false);
  });
});

describe('the farm sector', () => {
  const reworded = (q: string) => COLLOQUIAL_PHRASINGS.reduce((t, row) => applyPhrasing(row, t), q);

  it('"农业呢" alone is its value added; 农业 inside other words stays', () => {
    expect(reworded('农业呢')).toBe('农业增加值呢');
    expect(reworded('那一产的增速')).toBe('那农业增加值的增速');
    expect(reworded('农业科技进步贡献率多少')).toBe('农业科技进步贡献率多少');
    expect(reworded('云南农业怎么样')).toBe('云南农业怎么样');
  });
});

describe('an English share named by its part before "share of"', () => {
  it('"private sector share of jiangsu gdp": the part before, the whole after', () => {
    expect(shareOfWhole('private sector share of jiangsu gdp as of 2025')).toEqual({
      part: 'private sector',
      whole: 'jiangsu gdp as of 2025',
    });
  });

  it('"share of X in W" still reads the other way round, and a bare "share of" names no part', () => {
    expect(shareOfWhole('jiangsu share of services in household consumption')).toEqual({
      part: 'services',
      whole: 'household consumption',
    });
    expect(shareOfWhole('share of services in 2024')).toBeNull();
  });
});

describe('from the terminal trial', () => {
  it('"多少亿元以上项目" counts projects of that size, it asks no money', () => {
    expect(askedCountUnit('钱塘新区成立以来引进了多少亿元以上项目')).toBeNull();
    expect(askedCountUnit('杭州24年计划投资多少亿元')).toBe('元');
  });
});
