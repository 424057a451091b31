import { describe, expect, it } from 'vitest';
import { message } from '../../src/answer/messages.js';
import { askedSubjects } from '../../src/answer/several-subjects.js';
import { extractFigures } from '../../src/figures/extract.js';
import { attributesAsked } from '../../src/lang/zh/attribute-words.js';
import { BOUND_ASKING, boundAsked } from '../../src/lang/zh/bound-asked-words.js';
import { asksForGrowth } from '../../src/lang/zh/change-words.js';
import { pointsBack } from '../../src/lang/zh/follow-up-words.js';
import { CUMULATIVE_QUESTION } from '../../src/lang/zh/span-words.js';
import { conversationState } from '../../src/understand/conversation.js';
import {
  asksAmountChange,
  asksHowMuchBetween,
  comparesWithYearBefore,
  writtenAsComparisonBase,
} from '../../src/lang/zh/year-comparison-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

/** Session 47: readings found on the tune halves of the fresh sets (engine answers: test/answer/questions-s47.test.ts). */
const today = new Date('2026-12-06');
const PLACES = knownPlaces(['全国', '福建省', '云南省', '浙江省', '江苏省', '广东省', '北京市', '上海市']);
const understood = (question: string) => understandQuery(question, PLACES, { today });
const figuresOf = (sentence: string) =>
  extractFigures({ sentence, district: '云南省', period: '2025', kind: 'plan', source: 'text', citationId: 'c1' }).map((f) => ({
    indicator: f.indicator,
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    change: f.change?.direction,
  }));

describe('a floor asked as the report writes it ("不低于多少", "起码要几个")', () => {
  it('asks the floor', () => {
    expect(boundAsked('给重点就业群体新发的创业担保贷款不低于多少')).toBe('floor');
    expect(boundAsked('不少于几个')).toBe('floor');
    expect(boundAsked('起码要几个')).toBe('floor');
    expect(boundAsked('新发的创业担保贷款多少')).toBeNull();
  });

  it('is asking, no search word: "至少要发多少" leaves 发 alone, "最低工资多少" keeps its name', () => {
    expect('创业担保贷款至少要发多少'.replace(BOUND_ASKING, ' ')).toBe('创业担保贷款 发多少');
    expect('贷款不低于多少'.replace(BOUND_ASKING, ' ')).toBe('贷款 多少');
    expect('最低工资多少'.replace(BOUND_ASKING, ' ')).toBe('最低工资多少');
    expect('至少培育企业多少家'.replace(BOUND_ASKING, ' ')).toBe('至少培育企业多少家');
  });
});

describe('a count of the groups a sentence speaks of, before its bound figure', () => {
  const figures = figuresOf('对10类重点就业群体新发放创业担保贷款不低于80亿元，支持不低于4万人创业。');

  it('names the groups only (the noun ends at 发放), and the loan keeps its floor', () => {
    expect(figures).toContainEqual(expect.objectContaining({ indicator: '对重点就业群体', value: 10, unit: '类' }));
    expect(figures).toContainEqual(
      expect.objectContaining({ indicator: '重点就业群体新发放创业担保贷款', value: 80, unit: '亿元', qualifier: '不低于' }),
    );
    expect(figures).toContainEqual(expect.objectContaining({ indicator: '支持创业', value: 4, qualifier: '不低于' }));
  });

  it('a count before a noun that goes on to its bound ("不超过") leaves the bound to the next value', () => {
    expect(figuresOf('新建3个产业园区投资不超过20亿元。')).toContainEqual(
      expect.objectContaining({ value: 20, unit: '亿元', qualifier: '不超过' }),
    );
  });
});

describe('an item that is only a level ("建成8个国家级、13个省级区域医疗中心")', () => {
  it('counts the noun of the next item’s level', () => {
    const figures = figuresOf('健康福建建设全面推进，建成8个国家级、13个省级区域医疗中心，人均预期寿命达79.5岁。');
    expect(figures).toContainEqual(expect.objectContaining({ indicator: '建成国家级区域医疗中心', value: 8, unit: '个' }));
    expect(figures).toContainEqual(expect.objectContaining({ indicator: '省级区域医疗中心', value: 13, unit: '个' }));
  });

  it('asked together, the two levels are two things', () => {
    expect(askedSubjects('福建十四五期间建成了多少个国家级和省级区域医疗中心')).toEqual(['国家级区域医疗中心', '省级区域医疗中心']);
    expect(askedSubjects('新增多少个国家级和省级专精特新企业')).toEqual(['国家级专精特新企业', '省级专精特新企业']);
  });
});

describe('a list cut by a share ("负面清单条数分别压减51%、72%")', () => {
  it('is read as a fall, and 压减至 as the level reached', () => {
    expect(figuresOf('全国和自由贸易试验区负面清单条数分别压减51%、72%。')).toEqual([
      expect.objectContaining({ indicator: '全国负面清单条数', value: 51, change: 'down' }),
      expect.objectContaining({ indicator: '自由贸易试验区负面清单条数', value: 72, change: 'down' }),
    ]);
    expect(figuresOf('企业开办时间压减至1个工作日。')).toEqual([
      expect.objectContaining({ indicator: '企业开办时间', value: 1, unit: '个工作日', change: undefined }),
    ]);
  });

  it('asks no foreign-investment figure and no policy package’s articles', () => {
    expect(understood('全国和自贸试验区的外资负面清单条数分别压减了多少').indicators).toEqual([]);
    expect(understood('外资准入清单放宽了吗').indicators).toEqual([]);
    expect(understood('全国实际使用外资多少').indicators.map((i) => i.name)).toEqual(['实际利用外资']);
    expect(attributesAsked('外资负面清单条数压减了多少')).toEqual([]);
    expect(attributesAsked('“33条”政策有多少条').map((k) => k.unit)).toContain('条');
    expect(attributesAsked('政策条数是多少').map((k) => k.unit)).toContain('条');
  });
});

describe('the people a measure reached, counted after the number ("惠及1100多万学生")', () => {
  it('are named with what reached them', () => {
    expect(figuresOf('国家助学贷款提标降息惠及1100多万学生。')).toContainEqual(
      expect.objectContaining({ indicator: '国家助学贷款提标降息惠及学生', value: 1100, unit: '万' }),
    );
    expect(figuresOf('带动3万农民增收。')).toContainEqual(expect.objectContaining({ indicator: '带动农民增收', value: 3 }));
  });

  it('a name too long with them keeps what reached them (“老老人”服务保障措施惠及)', () => {
    expect(figuresOf('“老老人”服务保障措施惠及80余万高龄和失能失智老年人。')).toContainEqual(
      expect.objectContaining({ indicator: '“老老人”服务保障措施惠及', value: 80 }),
    );
  });

  it('an age bound opens the noun counted ("惠及超50万名3岁以下婴幼儿")', () => {
    expect(figuresOf('新建设10个县级托育服务机构，惠及超50万名3岁以下婴幼儿。')).toContainEqual(
      expect.objectContaining({ indicator: '惠及3岁以下婴幼儿', value: 50, unit: '万名' }),
    );
    expect(figuresOf('3岁以下婴幼儿托位达到5万个。')).toContainEqual(expect.objectContaining({ indicator: '3岁以下婴幼儿托位', value: 5 }));
  });

  it('发放 ends a counted noun only before a value: "为超300万名婴幼儿发放育儿补贴" counts the infants given it', () => {
    expect(figuresOf('为超300万名婴幼儿发放育儿补贴。')).toContainEqual(
      expect.objectContaining({ indicator: '婴幼儿发放育儿补贴', value: 300 }),
    );
  });

  it('共济 is a word, not the 共 of a total ("共济金额69.1亿元")', () => {
    expect(figuresOf('职工医保个人账户家庭共济改革惠及616.2万名近亲属、共济金额69.1亿元。')).toContainEqual(
      expect.objectContaining({ indicator: '共济金额', value: 69.1, unit: '亿元' }),
    );
    expect(figuresOf('共改造老旧小区12个。')).toContainEqual(expect.objectContaining({ indicator: '改造老旧小区', value: 12 }));
  });
});

describe('"caps" in English is a ceiling, not a hat', () => {
  it('reads as 上限 / 提标', () => {
    const chinese = (understood('how many students benefited from the higher student-loan caps?').lexiconTranslations ?? []).flatMap(
      (t) => t.chinese,
    );
    expect(chinese).not.toContain('帽子');
    expect(chinese.some((zh) => ['上限', '限额', '提标', '提额'].includes(zh))).toBe(true);
  });
});

describe("a quoted name asks no growth (\"anhui's 'grow together' finance scheme\")", () => {
  it('its words are a name; growth asked outside quotes still is', () => {
    expect(asksForGrowth("anhui's 'grow together' finance scheme: how many companies benefited?")).toBe(false);
    expect(asksForGrowth('安徽“共同成长计划”惠及多少企业，“增长极”有几个')).toBe(false);
    expect(asksForGrowth("how fast did anhui's economy grow in 2024?")).toBe(true);
    expect(asksForGrowth("anhui's 'grow together' scheme: how much did its lending grow?")).toBe(true);
  });

  it('reads "grow together" as 共同成长 and "benefited" as 惠及', () => {
    const chinese = (
      understood("anhui's 'grow together' finance scheme: how many companies benefited in 2024").lexiconTranslations ?? []
    ).flatMap((t) => t.chinese);
    expect(chinese).toContain('共同成长');
    expect(chinese).toContain('惠及');
  });
});

describe('a year written as the base of a change', () => {
  it('is no year asked beside a named report: "2025 gov work report: …, up how much from 2024?" asks 2025', () => {
    const query = understood('2025 gov work report: total new govt debt, up how much from 2024?');
    expect(query.years).toEqual([2025]);
    expect(query.namedReport?.year).toBe(2025);
    expect(understood('total new govt debt in 2024?').years).toEqual([2024]);
  });

  it('is written after from / than / 比', () => {
    expect(writtenAsComparisonBase('up how much from 2024?', 2024)).toBe(true);
    expect(writtenAsComparisonBase('higher than the year 2024', 2024)).toBe(true);
    expect(writtenAsComparisonBase('赤字规模比2024年多多少', 2024)).toBe(true);
    expect(writtenAsComparisonBase('2024 deficit, up how much?', 2024)).toBe(false);
  });

  it('asks the difference to the year before in English, against a written year too', () => {
    expect(comparesWithYearBefore('total new govt debt, up how much from 2024?')).toBe(true);
    expect(comparesWithYearBefore('how much higher than the year before?')).toBe(true);
    // Two years written in Chinese are set side by side (yearsSideBySide), no year-before comparison.
    expect(comparesWithYearBefore('2025年赤字规模比2024年多多少')).toBe(false);
    expect(comparesWithYearBefore('how much did the deficit grow in 2025?')).toBe(false);
    expect(asksHowMuchBetween('up how much from 2024?')).toBe(true);
  });
});

describe('a report named with a demonstrative ("23年那份报告里")', () => {
  it('is the 2023 report', () => {
    expect(understood('23年那份报告里 学生营养改善计划每年能惠及多少学生').namedReport?.year).toBe(2023);
    expect(understood('23年的那份国务院报告里赤字率多少').namedReport?.year).toBe(2023);
  });
});

describe('a running total asked in English ("in total", "so far")', () => {
  it('is a cumulative question', () => {
    expect(CUMULATIVE_QUESTION.test('how many firms have moved in so far?')).toBe(true);
    expect(CUMULATIVE_QUESTION.test('how many parks in total?')).toBe(true);
    expect(CUMULATIVE_QUESTION.test('how many parks were built in 2024?')).toBe(false);
  });
});

describe('a pronoun pointing back ("and how fast did it grow?")', () => {
  it('asks of the earlier subject, not of the economy', () => {
    const state = conversationState(['浙江2025年人工智能核心产业营收多少', 'and how fast did it grow?'].map(understood));
    expect(state?.indicators).toEqual([]);
    expect(state?.searchText).toContain('人工智能核心产业营收');
    expect(pointsBack('how did Zhejiang do?')).toBe(false);
  });

  it('with no pronoun, a place’s growth is still its economy', () => {
    const state = conversationState(['浙江2025年人工智能核心产业营收多少', 'how fast did Jiangsu grow in 2025?'].map(understood));
    expect(state?.indicators.map((i) => i.name)).toEqual(['地区生产总值']);
  });
});

describe('levels asked of one noun with 分别 ("山东国家级和省级文明村镇分别有多少个")', () => {
  it('are each that noun at its level', () => {
    expect(askedSubjects('山东国家级和省级文明村镇分别有多少个')).toEqual(['山东国家级文明村镇', '省级文明村镇']);
    expect(askedSubjects('城镇和农村居民收入分别是多少')).not.toContain('城镇居民收入文明村镇');
  });
});

describe('an amount’s change asked ("增加了多少"), and carried to a follow-up that switches only the year', () => {
  it('is a change asked; 新增 is a count of new things', () => {
    expect(asksAmountChange('24年报告里增加了多少')).toBe(true);
    expect(asksAmountChange('新增了多少')).toBe(false);
    expect(asksAmountChange('增加多少')).toBe(false);
  });

  it('"那25年呢" after "24年报告里增加了多少" still asks the difference; after a level it does not', () => {
    const asked = ['一般公共预算支出规模每年比上年增加多少', '24年报告里增加了多少', '那25年呢'].map(understood);
    expect(conversationState(asked)?.differenceCarried).toBe(true);
    expect(conversationState(['全国一般公共预算支出规模多少', '那25年呢'].map(understood))?.differenceCarried).toBeUndefined();
    expect(conversationState(['一般公共预算支出规模比上年增加多少', '那湖南的GDP呢'].map(understood))?.differenceCarried).toBeUndefined();
  });
});

describe('more by a share ("比上次多了百分之几")', () => {
  it('asks the growth', () => {
    expect(understood('粤前年国家科学技术奖的获奖数比上次多了百分之几').searchText).toContain('增长多少');
    expect(understood('差不多百分之几').searchText).not.toContain('增长多少');
  });
});

describe('the subject a refusal names', () => {
  it('writes its years apart, in both languages', () => {
    expect(message('askedSubject', 'en', { places: ['国务院'], years: [2024, 2025], indicator: '' })).toBe('China 2024 and 2025');
    expect(message('askedSubject', 'en', { places: ['安徽省'], years: [], indicator: '经营主体' })).toBe('Anhui 经营主体');
    expect(message('askedSubject', 'zh', { places: ['国务院'], years: [2024, 2025], indicator: '' })).toBe('全国2024年、2025年');
  });
});

describe('a nineteenth-century year written in English ("in 1895")', () => {
  it('is a year asked, no count', () => {
    expect(understood("jiangsu's population in 1895?").years).toEqual([1895]);
    expect(understood('How many firms were there, 1850 in total?').years).toEqual([]);
  });
});

describe('"ball courts" are the reports’ 球类场地, not law courts', () => {
  it('reads as 球类场地', () => {
    const chinese = (understood('how many ball courts were added in jiangsu parks in 2024').lexiconTranslations ?? []).flatMap(
      (t) => t.chinese,
    );
    expect(chinese).toContain('球类场地');
    expect(chinese).not.toContain('法院');
  });
});
