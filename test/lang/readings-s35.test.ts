import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/extract.js';
import { preferAskedShape } from '../../src/figures/asked-shape.js';
import { asksPerHead } from '../../src/lang/zh/asked-shape-words.js';
import { withElidedPerHeadSubject } from '../../src/figures/elided-measure.js';
import { countOf } from '../../src/figures/streak-lengths.js';
import { toReportWording } from '../../src/lang/zh/colloquial-phrasings.js';
import { asksForQuantity, asksWhen } from '../../src/lang/zh/question-words.js';
import { GENERIC_SEARCH_TERMS } from '../../src/lang/zh/generic-words.js';
import { EACH_ASKED } from '../../src/lang/zh/several-subjects-words.js';
import { comparesWithLastAnswer } from '../../src/lang/zh/comparison-follow-up-words.js';
import { askedSubjects } from '../../src/answer/several-subjects.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { indicatorMention } from '../../src/retrieve/indicator-mention.js';
import { scanNumbers } from '../../src/lang/zh/numbers/scan.js';
import { translateContentWords } from '../../src/lang/en/english-lexicon.js';
import { resolveYears } from '../../src/lang/zh/relative-years.js';
import { periodScore } from '../../src/retrieve/period-match.js';
import { attributeFigures } from '../../src/figures/attribute-numbers.js';
import { attributesAsked } from '../../src/lang/zh/attribute-words.js';
import { asksPastIntention } from '../../src/lang/en/english-future-wording.js';
import { expandPinyinInitialsInEnglish } from '../../src/lang/zh/place-abbreviations.js';

/**
 * Session 35's readings of questions and sentences, without the engine (the answers: test/answer/questions-s35.test.ts).
 */
const today = new Date('2026-12-05');
const read = (q: string) => understandQuery(q, knownPlaces(['钱塘区', '拱墅区', '杭州市', '浙江省']), { today });
const figuresOf = (sentence: string, kind: 'result' | 'plan' = 'result') =>
  extractFigures({ sentence, citationId: 'c1', period: '2024', district: '钱塘区', kind, source: 'text', section: '' });

/** The attribute numbers a question asks of one plan sentence of a place. */
const attributesOfPlan = (district: string) => (question: string, sentence: string) =>
  attributeFigures({ sentence, citationId: 'c', period: '2025', district, kind: 'plan', source: 'text' }, attributesAsked(question));

describe('a progress rate the reports write is no target asked', () => {
  it('"投资完成率" asks the written rate; "完成率" alone still asks whether a target was met', () => {
    expect(read('钱塘24年那101个市重点项目 投资完成率超过多少').asksAttainment).toBe(false);
    expect(read('拱墅22年新增停车泊位的完成率多少').asksAttainment).toBe(true);
  });
});

describe('a measure per head', () => {
  it('is asked in Chinese and in English, not by a plain total', () => {
    expect(asksPerHead('拱墅25年每万人发明专利拥有量目标')).toBe(true);
    expect(asksPerHead('invention-patent holdings per 10k people — goal?')).toBe(true);
    expect(asksPerHead('patents per 10,000 people')).toBe(true);
    expect(asksPerHead('浙江人均GDP多少')).toBe(true);
    expect(asksPerHead('拱墅25年有效发明专利拥有量目标')).toBe(false);
    expect(asksPerHead('how many people were employed')).toBe(false);
  });

  it('leads with the figure whose name writes it, and only when asked', () => {
    const figures = [
      { indicator: '有效发明专利拥有量', unit: '件', value: 18000 },
      { indicator: '每万人发明专利拥有量', unit: '件', value: 58 },
    ];
    expect(preferAskedShape('invention patents per 10k people', figures).map((f) => f.value)).toEqual([58]);
    expect(preferAskedShape('有效发明专利拥有量多少', figures).map((f) => f.value)).toEqual([18000, 58]);
  });

  it('"每万人拥有量" after the names it measures counts the thing they share', () => {
    const names = figuresOf(
      '实现有效发明专利拥有量18000件、高价值发明专利拥有量6900件、每万人拥有量58件以上、海外发明专利申请量达到90件以上。',
      'plan',
    ).map((f) => `${f.indicator}=${f.value}`);
    expect(names).toEqual(['有效发明专利拥有量=18000', '高价值发明专利拥有量=6900', '每万人发明专利拥有量=58', '海外发明专利申请量=90']);
  });

  it('takes no words the names before do not share, nor a name in another unit or measure', () => {
    expect(withElidedPerHeadSubject([{ indicator: '有效发明专利拥有量', unit: '件' }], '件', '每万人拥有量')).toBe(
      '每万人有效发明专利拥有量',
    );
    expect(withElidedPerHeadSubject([{ indicator: '有效发明专利拥有量', unit: '件' }], '个', '每万人拥有量')).toBe('每万人拥有量');
    expect(withElidedPerHeadSubject([{ indicator: '新建公园', unit: '个' }], '个', '每万人拥有量')).toBe('每万人拥有量');
    expect(withElidedPerHeadSubject([{ indicator: '有效发明专利拥有量', unit: '件' }], '件', '拥有量')).toBe('拥有量');
    expect(withElidedPerHeadSubject([], '件', '每万人拥有量')).toBe('每万人拥有量');
  });

  it('a per-head name after the same per-head name is that figure again ("人均地区生产总值从9万元提高到11万元")', () => {
    const names = figuresOf('地区生产总值从11.37万亿元提高到14.58万亿元，人均地区生产总值从9万元提高到11万元。').map(
      (f) => `${f.indicator}=${f.value}`,
    );
    expect(names).toContain('人均地区生产总值=11');
    expect(names).toContain('人均地区生产总值=9');
  });
});

describe('a streak counted in words', () => {
  it('"连续两个季度" is two quarters', () => {
    expect(countOf('两')).toBe(2);
    expect(countOf('十')).toBe(10);
    expect(countOf('12')).toBe(12);
    const [streak] = figuresOf('连续两个季度获全省投资“赛马”激励。');
    expect(streak).toMatchObject({ indicator: '获全省投资“赛马”激励', value: 2, unit: '个季度', shape: 'streak' });
  });
});

describe('everyday words', () => {
  it('"大面上", "简单说两句" are taken out before the rows that read "经济咋样"', () => {
    expect(toReportWording('拱墅去年一季度 经济大面上咋样 简单说两句')).toBe(toReportWording('拱墅去年一季度 经济咋样 '));
    expect(toReportWording('杭州23年经济整体上怎么样')).toBe(toReportWording('杭州23年经济怎么样'));
  });

  it('"挨个报数" asks each figure, and its words are no subject', () => {
    const q = '杭州24年市本级政府投资 前期、新开工、续建、决算四类 挨个报数';
    expect(asksForQuantity(q)).toBe(true);
    expect(EACH_ASKED.test(q)).toBe(true);
    expect(askedSubjects(q)).toEqual(['杭州24年市本级政府投资 前期', '新开工', '续建', '决算四类']);
    expect(GENERIC_SEARCH_TERMS.has('挨个')).toBe(true);
    expect(GENERIC_SEARCH_TERMS.has('报数')).toBe(true);
  });
});

describe('a short indicator name before a quoted name', () => {
  it('"全省投资“赛马”激励" is a thing of its own, no fixed-asset investment', () => {
    expect(indicatorMention('连续两个季度获全省投资“赛马”激励', ['投资'])).toBe(0);
    expect(indicatorMention('全省投资增长5%', ['投资'])).toBe(1);
    expect(read('钱塘24年全省投资“赛马”激励 连拿了几个季度').indicators).toEqual([]);
  });
});

describe('a unit in Latin letters', () => {
  it('"12GWh" is an amount, while letters that are no unit still make a code ("S211", "5G")', () => {
    expect(scanNumbers('年产能12GWh动力电池').map((m) => m.value)).toEqual([12]);
    expect(scanNumbers('200MWp光伏复合发电').map((m) => m.value)).toEqual([200]);
    expect(scanNumbers('S211省道').map((m) => m.value)).toEqual([]);
    expect(scanNumbers('12GWX').map((m) => m.value)).toEqual([]);
    const [battery] = figuresOf('加快推进研发生产基地、年产能12GWh动力电池、杭州中心等共计425个实施项目。');
    expect(battery).toMatchObject({ value: 12, unit: 'GWh' });
  });
});

describe('several things asked, each named by its sentence', () => {
  it('"A跟B 投资计划差多少": the words after the last space measure both things', () => {
    expect(askedSubjects('前年杭州重点建设项目里 清洁能源保供跟文化旅游融合 投资计划差多少')).toEqual([
      '前年杭州重点建设项目里 清洁能源保供',
      '文化旅游融合 投资计划',
    ]);
  });
});

describe('English words read as the reports write them', () => {
  const readings = (english: string) => Object.fromEntries(translateContentWords(english).map((t) => [t.english, t.chinese]));

  it('"Class IV" is one phrase, its Roman numeral short as it is', () => {
    expect(readings('share of district-level rivers at Class IV or better')['class iv']).toContain('四类');
    expect(readings('which class is it')['class']).toBeDefined();
  });

  it('report senses: a corner of a city, a resolution rate, a campaign, children, private small firms', () => {
    expect(readings('golden corner, silver edge spots')['golden corner']).toEqual(['金角']);
    expect(readings('administrative reconsideration resolution rate')['resolution rate']).toContain('化解率');
    expect(readings('the preschool campaign')['campaign']).toContain('攻坚');
    expect(readings('children rescue centres')['children']).toContain('儿童');
    expect(
      readings('special loans for private small firms')['small firms'] ?? readings('special loans for private small firms')['small firm'],
    ).toContain('小微企业');
  });

  it('"per Fujian’s 2025 report" names a report, as "the 2023 work report" does', () => {
    expect(resolveYears("Per Fujian's 2025 report, how much has been issued", { today }).namedReport?.year).toBe(2025);
    expect(resolveYears('as of the 2023 report', { today }).namedReport?.year).toBe(2023);
    expect(resolveYears('the 2023 work report', { today }).namedReport?.year).toBe(2023);
    expect(resolveYears('2025 reporting season', { today }).namedReport).toBeUndefined();
  });
});

describe('the rest of a code name asked in English', () => {
  it('"the \'13-what\' plan", "\'?+N\'", "\'what-call\'" ask its missing digits as "“13几”" does', () => {
    expect(toReportWording("the provincial party committee's '13-what' plan?")).toContain('“13几”');
    expect(toReportWording("its future-industries programme is the '?+N' project?")).toContain('“几+N”');
    expect(toReportWording("the platform is called the 'what-call'?")).toContain('“几call”');
    expect(toReportWording("what was GDP growth in '24?")).not.toContain('几');
  });

  it('an apostrophe before two digits is no year when the code name goes on ("\'38-what\'")', () => {
    expect(resolveYears("the strategic development goal '38-what'?", { today }).years).toEqual([]);
    expect(resolveYears("gd '25 goal", { today }).years).toEqual([2025]);
  });
});

describe('more everyday words', () => {
  it('"整体经济 用一句话讲" asks how the economy did', () => {
    expect(toReportWording('钱塘前年整体经济 用一句话讲')).toBe(toReportWording('钱塘前年经济 怎么样'));
    expect(toReportWording('杭州23年经济用一句话概括')).toBe(toReportWording('杭州23年经济怎么样'));
  });
});

describe('a year before the one written', () => {
  it('"22年…前一年" counts from 22年; "往前一年看 24年" (the word first) does not', () => {
    expect(resolveYears('福建24年和前一年比 GDP增长多少', { today }).years).toEqual([2023, 2024]);
    expect(resolveYears('往前一年看 钱塘24年自贸试验区考核拿了什么等次', { today }).years).toEqual([2024, 2025]);
    expect(resolveYears('国务院22年报告 回顾前一年GDP增长多少', { today }).years).toEqual([2021]);
  });

  it('"前一年的基数" is a base a figure is set against, no year asked', () => {
    expect(resolveYears('拱墅22年 商品房销售面积前一年的基数多少万方', { today }).years).toEqual([2022]);
    expect(resolveYears('受去年高基数影响', { today }).years).toEqual([]);
  });
});

describe('a streak reached by the year asked', () => {
  it('is read from the review of the years ending in it ("到去年是连着几年了")', () => {
    const sentence = { period: '2021-2025', kind: 'result' as const, norm: '中国民营企业“五张榜单”连续两年实现大满贯' };
    const asked = { years: [2025], planPeriod: null, part: null, intent: 'result' as const };
    expect(periodScore(sentence, { ...asked, question: '浙江民企“五张榜单”大满贯 到去年是连着几年了' })).toBeGreaterThan(0);
    expect(periodScore(sentence, { ...asked, question: '浙江民企“五张榜单”大满贯 去年怎么样' })).toBe(0);
  });
});

describe('a share written as a fraction of one', () => {
  const read = attributesOfPlan('广东省');

  it('"至少拿出几分之一" is its denominator, named by the thing after it, cut where the verb begins', () => {
    const [figure] = read('省科技创新战略专项资金 至少拿出几分之一投基础研究', '持续将1/3以上的省科技创新战略专项资金投向基础研究。');
    expect(figure).toMatchObject({ indicator: '省科技创新战略专项资金', value: 3, qualifier: '1/…以上' });
  });

  it('is read only when asked', () => {
    expect(read('省科技创新战略专项资金多少', '持续将1/3以上的省科技创新战略专项资金投向基础研究。')).toEqual([]);
  });
});

describe('English: a plan asked afterwards, and a district’s initials', () => {
  it('"was Gongshu to build" asks the plan, "was it built" does not', () => {
    expect(asksPastIntention('How many TCM experience halls was Gongshu to build in 2023?')).toBe(true);
    expect(asksPastIntention('How many halls was it to open?')).toBe(true);
    expect(asksPastIntention('How many halls were built in Gongshu?')).toBe(false);
    expect(asksPastIntention('What was growth to date?')).toBe(false);
  });

  it('"gs 2023", "qt 2024 gdp" name the districts', () => {
    expect(expandPinyinInitialsInEnglish('gs 2023: demolition for which metro line')).toContain('Gongshu');
    expect(expandPinyinInitialsInEnglish('qt 2024 gdp')).toContain('Qiantang');
  });

  it('report senses: phase IV', () => {
    const readings = Object.fromEntries(
      translateContentWords('demolition and relocation for which metro line of phase IV').map((t) => [t.english, t.chinese]),
    );
    expect(readings['phase iv']).toEqual(['四期']);
  });
});

describe("a run of years written short, and a note's shorthand", () => {
  it('"2021–25" is 2021 to 2025; "2021年-25%" is no run of years', () => {
    expect(resolveYears('How many Jiangsu parks were picked over 2021–25?', { today }).span).toEqual({ from: 2021, to: 2025 });
    expect(resolveYears('2021-2025年', { today }).span).toEqual({ from: 2021, to: 2025 });
    expect(resolveYears('2021年-25%', { today }).span).toBeUndefined();
  });

  it('"sd, 2021–25" names Shandong; "big science facilities added?" asks how many', () => {
    expect(expandPinyinInitialsInEnglish('sd, 2021–25: big science facilities added?')).toContain('Shandong');
    expect(asksForQuantity('sd, 2021–25: big science facilities added?')).toBe(true);
    expect(asksForQuantity('Was the metro line opened?')).toBe(false);
    expect(asksForQuantity('the park opened')).toBe(false);
  });
});

describe('a time asked', () => {
  it('"哪年举办的", "when" ask a time; "哪个区" does not', () => {
    expect(asksWhen('成都大运会是哪年举办的')).toBe(true);
    expect(asksWhen('When did it open?')).toBe(true);
    expect(asksWhen('哪个区增长最快')).toBe(false);
  });
});

describe('the answer just given, named before the asking', () => {
  it('"跟这个比哪个高", "和刚才那个相比谁多" set the thing asked against it; "跟上海比" does not', () => {
    expect(comparesWithLastAnswer('钱塘24年规上工业总产值的增速 跟这个比哪个高')).toBe(true);
    expect(comparesWithLastAnswer('和刚才那个相比谁多')).toBe(true);
    expect(comparesWithLastAnswer('比这少多少')).toBe(true);
    expect(comparesWithLastAnswer('跟上海比哪个高')).toBe(false);
  });
});

describe('how many major things a set holds ("4大场馆")', () => {
  const read = attributesOfPlan('拱墅区');

  it('is read when asked, named by the thing after it', () => {
    const [figure] = read('有几大场馆', '围绕运河体育公园“一场一馆”、杭州电竞中心、杭州体育馆等4大场馆,升级完善场馆运行计划。');
    expect(figure).toMatchObject({ indicator: '场馆', value: 4, unit: '大' });
    expect(read('江苏有几大先导产业', '培育三大先导产业。')).toMatchObject([{ indicator: '先导产业', value: 3 }]);
    expect(read('how many key platforms', '培育三大先导产业。')).toEqual([]);
  });

  it('is no party congress nor 统一大市场, and is read only when asked', () => {
    expect(read('几大', '学习贯彻党的二十大和二十届二中全会精神，加快全国统一大市场建设。')).toEqual([]);
    expect(read('场馆多少个', '等4大场馆。')).toEqual([]);
  });
});

describe('a name cut inside a parenthesis', () => {
  it('"中国（安徽）自贸试验区…" keeps the words after its close, not "安徽)"', () => {
    const [figure] = figuresOf('中国（安徽）自贸试验区推出全国首创制度创新成果12项。');
    expect(figure.indicator).toBe('自贸试验区推出全国首创制度创新成果');
  });
});
