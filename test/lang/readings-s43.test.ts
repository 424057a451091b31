import { describe, expect, it } from 'vitest';
import { cityNotStatedNote } from '../../src/answer/city-not-stated.js';
import { levelNotStatedNote } from '../../src/answer/level-not-stated.js';
import { askedSubjects, separatelyAsked, severalSubjectsLead } from '../../src/answer/several-subjects.js';
import { extractFigures } from '../../src/figures/extract.js';
import { translateContentWords } from '../../src/lang/en/english-lexicon.js';
import { compoundedInto } from '../../src/lang/en/english-terms.js';
import { asksInAUnit } from '../../src/lang/en/english-units.js';
import { carriedAttributeWording } from '../../src/lang/zh/attribute-words.js';
import { amountChangeVerb } from '../../src/lang/zh/change-words.js';
import { namesNothingNew } from '../../src/lang/zh/follow-up-words.js';
import { askedCountUnit } from '../../src/lang/zh/asked-shape-words.js';
import { toReportWording } from '../../src/lang/zh/colloquial-phrasings.js';
import { cityOfShortName, provinceOf } from '../../src/lang/zh/glossary.js';
import { subjectOfFollowUp } from '../../src/lang/zh/place-shapes.js';
import { asksByNameAlone } from '../../src/lang/zh/question-words.js';
import { knownPlaces, type UnderstoodQuery, understandQuery } from '../../src/retrieve/query.js';
import { handFigure, resultCitation } from '../support/hand-built-evidence.js';

/** Session 43: readings of the language layer found on the tune halves of the fresh sets (engine answers: test/answer/questions-s43.test.ts). */
const today = new Date('2026-12-06');
const PLACES = knownPlaces(['浙江省', '福建省', '山东省', '北京市']);
const understood = (question: string): UnderstoodQuery => understandQuery(question, PLACES, { today });
const figuresOf = (sentence: string) =>
  extractFigures({ sentence, kind: 'result', period: '2024', district: '山东省', citationId: 'c1', source: 'text' }).map((f) => ({
    name: f.indicator,
    value: f.value,
    unit: f.unit,
    change: f.change?.value ?? null,
  }));

describe('a count made to play a part ("发挥济青烟3个…消费试点作用")', () => {
  it('is named by the things counted, without the verb and the part', () => {
    expect(figuresOf('发挥济青烟3个新业态新模式新场景消费试点作用，线上做强直播带货。')).toEqual([
      { name: '济青烟新业态新模式新场景消费试点', value: 3, unit: '个', change: null },
    ]);
  });

  it('leaves a verb of work before the count as it was ("推进…3个…试点")', () => {
    expect(figuresOf('推进济青烟3个新业态新模式新场景消费试点。')[0]?.name).toBe('济青烟新业态新模式新场景消费试点');
  });
});

describe('a verb of work joined with 提升 ("改造提升14万个")', () => {
  it('counts the things worked on: no change of a level', () => {
    expect(figuresOf('无障碍点位及重要公共服务场所改造提升14万个。')).toEqual([
      { name: '无障碍点位及重要公共服务场所改造', value: 14, unit: '万个', change: null },
    ]);
    expect(amountChangeVerb('背街小巷整治提升')).toBeUndefined();
    expect(amountChangeVerb('老旧小区改造提高')).toBeUndefined();
  });

  it('keeps 提升 / 提高 a change after a name that is no work', () => {
    expect(amountChangeVerb('粮食产量提高')?.direction).toBe('up');
    expect(amountChangeVerb('居民收入提升')?.direction).toBe('up');
    expect(amountChangeVerb('老旧小区改造增加')?.direction).toBe('up');
  });
});

describe('a bound a plan sets, asked in English ("grain output floor, mn tonnes?")', () => {
  it('asks the plan’s figure in the unit at the note’s end', () => {
    const q = understood("fujian's 2025 grain output floor, mn tonnes?");
    expect(q.intent).toBe('plan');
    expect(q.wantsQuantity).toBe(true);
    expect(understood('the deficit ceiling for shandong in 2025?').intent).toBe('plan');
  });

  it('floor space is a building’s size, no plan', () => {
    expect(understood('What was the floor space of new homes sold in Hangzhou in 2023?').intent).not.toBe('plan');
  });

  it.each([
    ['grain output floor, mn tonnes?', true],
    ['zhejiang 2024 GDP, tn yuan?', true],
    ['fiscal revenue in bn yuan', true],
    ['output, in billion yuan?', true],
    ['how many tonnes of grain?', false],
    ['the mn of them?', false],
  ])('"%s" asks its number in a unit: %s', (question, inUnit) => {
    expect(asksInAUnit(question)).toBe(inUnit);
  });
});

describe('a question that only names its figure ("浙江2024年GDP", "GDP of zhejiang in 2024 pls")', () => {
  it.each([
    ['浙江2024年GDP', true],
    ['GDP of zhejiang in 2024 pls', true],
    ['浙江2024年GDP多少', false],
    ['浙江2024年GDP增速', false],
    ['浙江2024年GDP目标', false],
    ['浙江2024年经济怎么样', false],
    ['浙江今年工作重点', false],
    ["What was Zhejiang's GDP in 2024?", false],
  ])('"%s" asks by the name alone: %s', (question, alone) => {
    expect(asksByNameAlone(question)).toBe(alone);
  });

  it('is told the reports give no level when they give only its growth', () => {
    const growthOnly = [handFigure('生产总值', 5.5, '%', { change: { direction: 'up', value: 5.5, unit: '%' } })];
    const level = handFigure('生产总值', 9, '万亿元');
    // A question of names only asks its figures (the engine reads it so: withKeywordQuantity).
    const understood = (question: string): UnderstoodQuery => ({ ...understandQuery(question, PLACES, { today }), wantsQuantity: true });
    expect(levelNotStatedNote(understood('浙江2024年GDP'), growthOnly)).toBe('报告未给出2024年总量，只有增速：');
    expect(levelNotStatedNote(understood('GDP of zhejiang in 2024 pls'), growthOnly)).toMatch(/^The reports give no 2024 level/);
    expect(levelNotStatedNote(understood('zhejiang 2024 GDP, tn yuan?'), growthOnly)).toMatch(/^The reports give no 2024 level/);
    // A rate asked in its unit, a growth asked, or a level given: no note.
    expect(levelNotStatedNote(understood('zhejiang 2024 GDP, in percent?'), growthOnly)).toBeNull();
    expect(levelNotStatedNote(understood('浙江2024年GDP增速'), growthOnly)).toBeNull();
    expect(levelNotStatedNote(understood('浙江2024年GDP'), [...growthOnly, level])).toBeNull();
  });
});

describe('parts that each ask their own number ("计划开工几条 竣工几条 顺便报下公里数")', () => {
  it('counts a part asking a number by name as a part that asks', () => {
    expect(separatelyAsked('拱墅23年道路 计划开工几条 竣工几条 顺便报下公里数')).toEqual(['计划开工几条', '竣工几条', '顺便报下公里数']);
    expect(separatelyAsked('开工几条 再说下人数')).toEqual(['开工几条', '再说下人数']);
  });

  it('leaves a part asking only for the others together, or naming no number, out', () => {
    expect(separatelyAsked('开工几条 竣工几条 一起说说')).toEqual(['开工几条', '竣工几条']);
    expect(separatelyAsked('开工几条 顺便报下情况')).toEqual([]);
  });
});

describe('a follow-up of a running total asked of the same thing ("那今年累计要到多少处" after "信号灯联网呢")', () => {
  it('names nothing new: its link and the measure of the number asked are no subject', () => {
    expect(namesNothingNew('那今年累计目标是多少处', '信号灯联网呢', [], ['今年'])).toBe(true);
    expect(namesNothingNew('那今年目标达到多少个', '新增公园多少座', [], ['今年'])).toBe(true);
    expect(namesNothingNew('那今年绿道目标是多少公里', '信号灯联网呢', [], ['今年'])).toBe(false);
  });
});

describe('English words read as the reports use them', () => {
  const zh = (en: string) => translateContentWords(en).flatMap((t) => t.chinese);

  it.each([
    ['consumption pilots', '消费'],
    ['accessibility points', '无障碍'],
    ['new-format consumption', '新业态'],
    ['new formats of business', '新业态'],
  ])('"%s" reads %s', (en, reading) => {
    expect(zh(en)).toContain(reading);
  });

  it('no longer reads the dictionary’s other senses of "consumption" and "accessibility"', () => {
    expect(zh('consumption')).not.toContain('结核');
    expect(zh('accessibility')).not.toContain('亲和力');
  });
});

describe('county-level cities (县级市) the reports do not cover', () => {
  it('are places by their whole name, their English or romanised name, and their short name where a place stands', () => {
    expect(understood('万宁25年接待了多少游客').unknownPlaces).toEqual(['万宁市']);
    expect(understood('五指山去年农村居民人均收入涨了多少').unknownPlaces).toEqual(['五指山市']);
    expect(understood('库尔勒市2024年GDP').unknownPlaces).toEqual(['库尔勒市']);
    expect(understood('golmud gdp growth last yr?').unknownPlaces).toEqual(['格尔木市']);
    expect(understood('korla gdp 2024').unknownPlaces).toEqual(['库尔勒市']);
    expect(cityOfShortName('琼海')).toBe('琼海市');
    expect(provinceOf('琼海市')).toBe('海南省');
  });

  it('a short name inside other words is no place ("高安" of 提高安全, "新星" of 科技新星, 合作市 of 合作市场)', () => {
    expect(understood('浙江如何提高安全生产水平').unknownPlaces).toEqual([]);
    expect(understood('北京科技新星计划去年支持了多少人').unknownPlaces).toEqual([]);
    expect(understood('浙江去年国际合作市场拓展了多少').unknownPlaces).toEqual([]);
    expect(understood('浙江去年国际合作市场拓展了多少').places).toEqual(['浙江省']);
  });

  it('a follow-up of a name alone names the city ("那琼海呢"), and nothing else', () => {
    expect(subjectOfFollowUp('那琼海呢')).toBe('琼海');
    expect(subjectOfFollowUp('三亚的呢？')).toBe('三亚');
    expect(subjectOfFollowUp('那琼海今年呢 GDP多少')).toBeNull();
    expect(understood('那琼海呢').unknownPlaces).toEqual(['琼海市']);
    expect(understood('那农村呢').unknownPlaces).toEqual([]);
  });
});

describe('outpaced and lagged in everyday words ("增速跑赢全省")', () => {
  it('reads as the reports write them', () => {
    expect(toReportWording('广东前年有多少个县增速跑赢全省')).toContain('增速快于全省');
    expect(toReportWording('哪些县增速跑输全省')).toContain('增速慢于全省');
  });
});

describe('money asked in English by its currency ("…, bn yuan?")', () => {
  it.each([
    ['hunan 2024 — investment in provincial key projects, bn yuan?', '元'],
    ['How much did Anhui invest in industry in 2024, in billion yuan?', '元'],
    ['zhejiang per capita disposable income 2024, yuan?', '元'],
  ])('"%s" asks %s', (question, unit) => {
    expect(askedCountUnit(question)).toBe(unit);
  });

  it('a count asked names no money', () => {
    expect(askedCountUnit('How many key projects did Hunan start in 2024?')).not.toBe('元');
  });
});

describe('several things asked of one measure ("食品和药品抽检合格率分别多少", "国有建设用地 新增用海 用林地各多少万亩")', () => {
  const figuresIn = (sentence: string, district: string) =>
    extractFigures({ sentence, kind: 'result', period: '2025', district, citationId: 'c1', source: 'text' });
  const lead = (question: string, sentence: string, district: string) =>
    severalSubjectsLead(understandQuery(question, PLACES, { today }), figuresIn(sentence, district), [
      resultCitation('c1', sentence, district),
    ]);

  it('the measure every thing shares leaves the last thing words of its own (药品, not 药)', () => {
    expect(lead('福建去年食品和药品抽检合格率分别多少', '食品、药品抽检合格率分别达99.62%、99.71%。', '福建省')).toBe(
      '福建省2025年食品抽检合格率（实绩）：99.62% [1]；福建省2025年药品抽检合格率（实绩）：99.71% [1]',
    );
  });

  it('things set apart by spaces alone are each a thing, in the order asked', () => {
    expect(askedSubjects('浙江去年供应的国有建设用地 新增用海 用林地各多少万亩')).toEqual([
      '浙江去年供应的国有建设用地',
      '新增用海',
      '用林地',
    ]);
    expect(askedSubjects('浙江去年GDP各多少')).toEqual([]);
    const line = lead(
      '浙江去年供应的国有建设用地 新增用海 用林地各多少万亩',
      '供应国有建设用地37.3万亩，新增用海29.2万亩、用林地13.2万亩。',
      '浙江省',
    );
    expect(line).toMatch(
      /供应国有建设用地（实绩）：37\.3万亩 \[1\]；.*新增用海（实绩）：29\.2万亩 \[1\]；.*用林地（实绩）：13\.2万亩 \[1\]$/,
    );
  });
});

describe('a market value is no place ("北交所总市值去年底多少")', () => {
  it('reads no unknown place 北交所总市', () => {
    expect(understood('北交所总市值去年底多少').unknownPlaces).toEqual([]);
    expect(understood('火星市去年GDP多少').unknownPlaces).toEqual(['火星市']);
  });

  it('reads the Beijing Stock Exchange and its market cap in English', () => {
    const zh = (en: string) => translateContentWords(en).flatMap((t) => t.chinese);
    expect(zh('BSE total market cap')).toEqual(expect.arrayContaining(['北交所', '北京证券交易所', '总市值']));
  });
});

describe('a size class by money is no money asked ("100m-yuan-plus projects")', () => {
  it.each([
    'anhui 2024: new 100m-yuan-plus manufacturing projects started?',
    'How many projects worth 1 billion yuan or more did Fujian land from foreign investors?',
    'zj 2026 target: major industrial projects (100m yuan+) to attract',
  ])('"%s" asks no money', (question) => {
    expect(askedCountUnit(question)).not.toBe('元');
  });
});

describe('a word after an indicator’s English name that makes another thing ("corporate income tax")', () => {
  it('is no income of residents', () => {
    expect(compoundedInto('min effective corporate income tax rate', 'income')).toBe(true);
    expect(compoundedInto('income taxes paid', 'income')).toBe(true);
    expect(compoundedInto('zhejiang income growth', 'income')).toBe(false);
    // Written twice, once as the indicator: it is still asked.
    expect(compoundedInto('income tax and income growth', 'income')).toBe(false);
    expect(compoundedInto('gdp tax', 'gdp')).toBe(false);
    expect(understood('2023 work report: min effective corporate income tax rate for small & micro firms?').indicators).toEqual([]);
    expect(understood('zhejiang per capita income 2024?').indicators.map((i) => i.name)).toEqual(['居民人均可支配收入']);
  });

  it('reads small & micro firms and the tax rate as the reports write them', () => {
    const zh = (en: string) => understood(en).lexiconTranslations?.flatMap((t) => t.chinese) ?? [];
    expect(zh('min effective corporate income tax rate for small & micro firms')).toEqual(expect.arrayContaining(['小微企业', '税负率']));
  });
});

describe('a count asked in words that count any things ("几条") is not carried to the next thing', () => {
  it('"总里程呢" after "新开了几条地铁线" asks no count of articles; "那晶圆呢" after "几英寸" still asks inches', () => {
    expect(carriedAttributeWording('总里程呢', '北京去年新开了几条地铁线')).toBeUndefined();
    expect(carriedAttributeWording('那晶圆呢', '碳化硅衬底是几英寸的')).toBe('碳化硅衬底是几英寸的');
  });
});

describe('a city asked inside its province ("广东深圳去年GDP多少")', () => {
  const PLACES_GD = knownPlaces(['广东省', '浙江省']);
  const asked = (question: string) => ({ ...understandQuery(question, PLACES_GD, { today }), wantsQuantity: true });
  const province = [handFigure('地区生产总值', 14.58, '万亿元', {}, '广东省')];

  it('is read as the city within that province, not a place of its own', () => {
    expect(asked('广东深圳去年GDP多少').citiesWithin).toEqual(['深圳市']);
    expect(asked('广东深圳去年GDP多少').unknownPlaces).toEqual([]);
    expect(asked('广东去年GDP多少').citiesWithin).toBeUndefined();
  });

  it('is told the lead is the province’s figure when no figure of it names the city', () => {
    const lead = '广东省2025年地区生产总值（实绩）：14.58万亿元 [1]';
    expect(cityNotStatedNote(asked('广东深圳去年GDP多少'), province, lead)).toBe('报告未给出深圳市的该项数据，以下为广东省的：');
    expect(cityNotStatedNote(asked('shenzhen guangdong gdp 2025?'), province, lead)).toBe(
      "The reports give no figure for Shenzhen; Guangdong's: ",
    );
    // A figure of the city itself, or no city asked: no note.
    const ofCity = [handFigure('深圳地铁线网单日最高客运量', 1305, '万人次', {}, '广东省')];
    expect(cityNotStatedNote(asked('广东深圳地铁客运量多少'), ofCity, '…：1305万人次 [1]')).toBeNull();
    expect(cityNotStatedNote(asked('广东去年GDP多少'), province, lead)).toBeNull();
    // A thing no indicator names, found in the province's report, is most often the city's own.
    const pilots = [handFigure('济青烟新业态新模式新场景消费试点', 3, '个', {}, '广东省')];
    expect(cityNotStatedNote(asked('广东深圳今年消费试点几个'), pilots, '…：3个 [1]')).toBeNull();
  });
});
