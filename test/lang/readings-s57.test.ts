import { describe, expect, it } from 'vitest';
import { comparisonVerdict, figureLead } from '../../src/answer/figure-lead.js';
import { severalSubjectsLead } from '../../src/answer/several-subjects.js';
import { askedCountMagnitude, askedCountUnit } from '../../src/lang/zh/asked-shape-words.js';
import { toReportWording } from '../../src/lang/zh/colloquial-phrasings.js';
import { GENERIC_SEARCH_TERMS } from '../../src/lang/zh/generic-words.js';
import { countyBeforeYear } from '../../src/lang/zh/glossary.js';
import { interchangeableWordsIn } from '../../src/lang/zh/interchangeable-words.js';
import { subjectBeforeShortYear } from '../../src/lang/zh/place-shapes.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { readInConversation } from '../../src/understand/conversation.js';
import { handFigure, resultCitation } from '../support/hand-built-evidence.js';
import { asked } from '../support/hand-built-query.js';

/** Session 57: readings found on the tune halves of the fresh sets (engine answers: test/answer/questions-s57.test.ts). */

const today = new Date('2026-12-07');
const places = knownPlaces(['湖南省', '浙江省', '云南省', '国务院']);
const read = (question: string) => understandQuery(question, places, { today });

describe('国家 as the one who gives to a place', () => {
  it('"国家层面给湖南砸下来的投资" asks about 湖南 alone: the country gives, it is not asked about', () => {
    expect(read('国家层面给湖南砸下来的投资 有多少亿').places).toEqual(['湖南省']);
    expect(read('国家向浙江下达的额度是多少').places).toEqual(['浙江省']);
  });

  it('国家 heading a question before its year is still the country', () => {
    expect(read('国家2025年GDP增长目标').places).toEqual(['国务院']);
  });
});

describe('a place that confers a title', () => {
  const local = knownPlaces(['钱塘区', '杭州市']);
  it('"钱塘被杭州认定为总部型企业的": 钱塘 is asked, 杭州 confers', () => {
    expect(understandQuery('前年钱塘被杭州认定为总部型企业的 几家', local, { today }).places).toEqual(['钱塘区']);
  });

  it('the conferring place alone is still the place asked', () => {
    expect(understandQuery('被杭州认定为总部企业的有几家', local, { today }).places).toEqual(['杭州市']);
  });
});

describe('everyday words rewritten as the reports write them', () => {
  it('"霸榜十一连冠", "几连冠": a streak of first places, its count in digits', () => {
    expect(toReportWording('信息化和工业化融合 哪个省霸榜十一连冠')).toContain('连续11年第一');
    expect(toReportWording('江苏两化融合几连冠了')).toContain('连续几年第一');
    expect(toReportWording('江苏两化融合3连冠')).toContain('连续3年第一');
  });

  it('"整车产量" is the reports\' 汽车产量; 整车出口 is left', () => {
    expect(toReportWording('皖前年整车产量冲到多少万辆了')).toContain('汽车产量');
    expect(toReportWording('整车出口量多少')).toContain('整车出口');
  });

  it('"国字号" is 国家', () => {
    expect(toReportWording('浙江前年评上国字号一级的馆 数量')).toContain('评上国家一级的馆');
  });

  it('"硕士学位点", 硕士学位授权点 and 硕士点 are one word asked (the question keeps its own)', () => {
    expect(interchangeableWordsIn('皖前年 硕士学位点增了多少')).toEqual([
      { written: '硕士学位点', group: ['硕士学位授权点', '硕士学位点', '硕士点'] },
    ]);
    expect(interchangeableWordsIn('新增博士学位授权点几个').map((w) => w.written)).toEqual(['博士学位授权点']);
    expect(toReportWording('硕士学位点有几个')).toBe('硕士学位点有几个');
  });
});

describe('the magnitude a count is asked in', () => {
  it('"多少万辆" asks 万; a threshold, money or a bare 多少 asks none', () => {
    expect(askedCountMagnitude('整车产量冲到多少万辆了')).toBe('万');
    expect(askedCountMagnitude('客流多少亿人次')).toBe('亿');
    expect(askedCountMagnitude('人口门槛是多少万以上')).toBeNull();
    expect(askedCountMagnitude('投资多少万元')).toBeNull();
    expect(askedCountMagnitude('造了多少辆')).toBeNull();
  });

  it('of two counts in the unit asked, the one in the magnitude asked leads; asked without it, the first cited', () => {
    const citations = [resultCitation('c1', '每生产10辆汽车就有1辆出口'), resultCitation('c2', '汽车产量达357万辆')];
    const figures = [handFigure('汽车产量', 1, '辆', { citationId: 'c1' }), handFigure('汽车产量', 357, '万辆', { citationId: 'c2' })];
    const lead = (q: string) => figureLead(understandQuery(q, places, { today }), figures, citations);
    expect(lead('浙江2024年汽车产量多少万辆')).toBe('浙江省2024年汽车产量（实绩）：357万辆 [2]');
    expect(lead('浙江2024年汽车产量多少辆')).toBe('浙江省2024年汽车产量（实绩）：1辆 [1]');
  });
});

describe('money asked in English', () => {
  it('"total money involved?", "how much money" ask an amount in 元; "money" alone in a name does not', () => {
    expect(askedCountUnit('53 signed industrial deals — total money involved?')).toBe('元');
    expect(askedCountUnit('how much money did anhui raise')).toBe('元');
    expect(askedCountUnit('how many money-losing firms')).toBe('家');
  });
});

describe('an English quota', () => {
  it('"special bond quota for 2025" asks an amount planned', () => {
    const q = read('national local government special bond quota for 2025');
    expect(q.wantsQuantity).toBe(true);
    expect(q.intent).toBe('plan');
    expect(q.places).toEqual(['国务院']);
  });

  it('a quota secured or used is a result, not the plan', () => {
    expect(read('zhejiang 2025: energy-use quota secured for major projects (tonnes of standard coal)?').intent).not.toBe('plan');
    expect(read('How much local special bond quota did Zhejiang secure for project construction in 2025?').intent).not.toBe('plan');
  });

  it('"in the state budget" names the country when no place is named; a place named is asked', () => {
    expect(read('local-government special bonds in the state budget: 2024 quota vs 2025 quota?').places).toEqual(['国务院']);
    expect(read("what was zhejiang's 2025 special bond quota").places).toEqual(['浙江省']);
  });
});

describe('a side compared with its own year, in a conversation', () => {
  const earlier = asked('杭州24年新建中小学、幼儿园多少所', { places: ['杭州市'], years: [2024], wantsQuantity: true, intent: 'result' });

  it('"跟钱塘25年新建成的比呢": each place in its own year, in the order of the places', () => {
    const out = readInConversation(asked('跟钱塘25年新建成的比呢', { places: ['钱塘区'], years: [2025] }), earlier);
    expect(out.places).toEqual(['杭州市', '钱塘区']);
    expect(out.years).toEqual([2024, 2025]);
    expect(out.sideYears).toEqual([[2024], [2025]]);
  });

  it('the same year, or no year of its own, sets no sides apart', () => {
    expect(readInConversation(asked('跟钱塘24年比呢', { places: ['钱塘区'], years: [2024] }), earlier).sideYears).toBeUndefined();
    const unsaid = readInConversation(asked('跟钱塘比呢', { places: ['钱塘区'] }), earlier);
    expect(unsaid.sideYears).toBeUndefined();
    expect(unsaid.years).toEqual([2024]);
  });

  it('a place already talked about, or sides already apart, is not set apart again', () => {
    expect(readInConversation(asked('跟杭州25年比呢', { places: ['杭州市'], years: [2025] }), earlier).sideYears).toBeUndefined();
    const apart = { ...earlier, places: ['杭州市', '拱墅区'], sideYears: [[2024], [2022]] };
    expect(readInConversation(asked('跟钱塘25年比呢', { places: ['钱塘区'], years: [2025] }), apart).sideYears).toBeUndefined();
  });
});

describe('places each with a year of their own are no things to tell apart', () => {
  const local = knownPlaces(['杭州市', '拱墅区']);
  const q = understandQuery('杭州23年和拱墅22年新建的嵌入式体育场地 面积各多少', local, { today });
  const citations = [
    resultCitation('c1', '杭州人均体育场地面积2.85平方米，新建嵌入式体育场地68.5万平方米', '杭州市'),
    resultCitation('c2', '新建嵌入式体育场地设施341片', '拱墅区'),
  ];
  const figures = [
    handFigure('人均体育场地面积', 2.85, '平方米', { citationId: 'c1' }, '杭州市'),
    handFigure('新建嵌入式体育场地', 68.5, '万平方米', { citationId: 'c1' }, '杭州市'),
    handFigure('新建嵌入式体育场地设施', 341, '片', { citationId: 'c2' }, '拱墅区'),
  ];

  it('the question sets each place in its own year', () => {
    expect(q.sideYears).toEqual([[2023], [2022]]);
  });

  it("no lead of several things: the places are answered side by side (read as things, 拱墅 took 杭州's figure)", () => {
    expect(severalSubjectsLead(q, figures, citations)).toBeNull();
    const { sideYears: _, ...together } = q;
    expect(severalSubjectsLead(together, figures, citations)).toContain('拱墅22年新建嵌入式体育场地');
  });
});

describe('words the reports write otherwise', () => {
  it('"esports" is 电竞; "specialist clinical departments" are 临床重点专科 and 专科', () => {
    const readings = (q: string) => read(q).lexiconTranslations ?? [];
    expect(readings("gongshu's 2025 target for esports value-added growth?")).toContainEqual({
      english: 'esports',
      chinese: ['电竞', '电子竞技'],
    });
    expect(readings('gongshu, 2022 — specialist clinical departments it built up?')).toContainEqual({
      english: 'specialist clinical departments',
      chinese: ['临床重点专科', '临床专科', '专科'],
    });
  });

  it('最低生活保障 is the reports\' 低保; "每人每月底线" says how the amount is counted, no subject', () => {
    expect(interchangeableWordsIn('浙江25年 最低生活保障 每人每月底线调到多少').map((w) => w.group)).toContainEqual([
      '最低生活保障',
      '低保',
    ]);
    for (const word of ['每人', '每月', '底线']) expect(GENERIC_SEARCH_TERMS.has(word), word).toBe(true);
  });
});

describe("a county's short name opening with a generic word", () => {
  it('"从江去年接待了多少游客": 从江县, a place the reports do not cover', () => {
    expect(subjectBeforeShortYear('从江去年接待了多少游客')).toBe('从江');
    expect(read('从江去年接待了多少游客').unknownPlaces).toEqual(['从江县']);
  });

  it('"从去年开始…", "全省去年…": generic words, no place', () => {
    expect(subjectBeforeShortYear('从去年开始新增多少')).toBeNull();
    expect(subjectBeforeShortYear('全省去年新增多少')).toBeNull();
  });
});

describe('a place the reports do not cover, named by a kind of place', () => {
  it('"gyantse county", "yumen city": a name no dictionary knows before county or city is an unknown place', () => {
    expect(read('gyantse county — how many tourists came last year?').unknownPlaces).toEqual(['Gyantse County']);
    expect(read('yumen city wind power capacity 2025 — how many GW?').unknownPlaces).toEqual(['Yumen City']);
  });

  it('"which city", "sponge city", a known city: no unknown place', () => {
    expect(read('which city had the highest gdp growth in 2024').unknownPlaces).toEqual([]);
    expect(read('how many sponge city pilots did zhejiang build').unknownPlaces).toEqual([]);
    expect(read('zhejiang 2025: sponge city area').places).toEqual(['浙江省']);
  });
});

describe('a year of the nineteenth century written with 年', () => {
  it('"1897年上海有多少家工厂" asks 1897 (which no report covers), not the latest year', () => {
    expect(read('1897年上海有多少家工厂').years).toEqual([1897]);
    expect(read('浙江新增1897个项目').years).toEqual([]);
  });
});

describe('a county read by its whole name only, standing before a year without its 县', () => {
  it('"石渠25年牧民人均收入": 石渠县 (石渠 is a word of the dictionary, so its short name is the whole name)', () => {
    expect(countyBeforeYear('石渠')).toBe('石渠县');
    expect(read('石渠25年牧民人均收入多少来着').unknownPlaces).toEqual(['石渠县']);
  });

  it('a stem no county holds, or one character, is none', () => {
    expect(countyBeforeYear('浙江')).toBeUndefined();
    expect(countyBeforeYear('和')).toBeUndefined();
  });
});

describe('regions of China in English', () => {
  it('"central china", "western china" are the reports\' 中部, 西部: a rank among them, not the country', () => {
    const q = read("hunan's r&d intensity rank in central china 2024");
    expect(q.lexiconTranslations).toContainEqual({ english: 'central china', chinese: ['中部'] });
    expect(q.places).toEqual(['湖南省']);
    expect(read('yunnan farm exports rank in western china 2024').lexiconTranslations).toContainEqual({
      english: 'western china',
      chinese: ['西部'],
    });
  });
});

describe('a level compared where one side gives only its growth', () => {
  const jiangsu = handFigure(
    '地区生产总值',
    13.7,
    '万亿元',
    { citationId: 'c1', valueInBaseUnit: 137e12, change: { direction: 'up', value: 5.8, unit: '%' } },
    '江苏省',
  );
  const zhejiang = handFigure('生产总值', 5.5, '%', { citationId: 'c2', valueInBaseUnit: undefined }, '浙江省');

  it('no verdict, and the side without its level named', () => {
    expect(comparisonVerdict(jiangsu, zhejiang, false, 'zh', false)).toBe('（浙江省只给出增速，没有总量，不作比较）');
    expect(comparisonVerdict(zhejiang, jiangsu, false, 'en', false)).toBe(' (Zhejiang: growth only, no level given: not compared)');
  });

  it('a side with neither level nor growth (a rank) is named by no note', () => {
    const rank = handFigure('地区生产总值', 2, '位', { citationId: 'c2', valueInBaseUnit: undefined }, '浙江省');
    expect(comparisonVerdict(jiangsu, rank, false, 'zh', false)).toBe('');
  });

  it('growth asked: the rates compared', () => {
    expect(comparisonVerdict(jiangsu, zhejiang, true, 'zh', false)).toContain('江苏省更高');
  });
});
