import { describe, expect, it } from 'vitest';
import { asksBareName, withoutPlacesAndYears } from '../../src/answer/question-subject.js';
import { englishThingsAsked } from '../../src/answer/several-subjects-english.js';
import { preferAskedShape } from '../../src/figures/asked-shape.js';
import { RUN_BREAK } from '../../src/answer/longest-common-run.js';
import { COUNTRY_ADJECTIVE_WORDS, withoutCountryInNames } from '../../src/lang/en/english-country-in-names.js';
import { toReportWording } from '../../src/lang/zh/colloquial-phrasings.js';
import { GENERIC_SEARCH_TERMS } from '../../src/lang/zh/generic-words.js';
import { asksForResult } from '../../src/lang/zh/intent-words.js';
import { GROWTH_RANK_NAME } from '../../src/lang/zh/rank-words.js';
import { SHARE_NAME } from '../../src/lang/zh/share-words.js';
import { knownPlaces, type UnderstoodQuery, understandQuery } from '../../src/retrieve/query.js';

/** Session 40: readings of the language layer found on the tune halves of the fresh sets (engine answers: test/answer/questions-s40.test.ts). */
const today = new Date('2026-12-05');
const PLACES = knownPlaces(['国务院', '江苏省', '安徽省', '云南省', '福建省']);
const understood = (question: string): UnderstoodQuery => understandQuery(question, PLACES, { today });

describe('the country joined by a hyphen, typed in lower case', () => {
  it('"china-europe rail" names a route, not the country', () => {
    expect(withoutCountryInNames("jiangsu's china-europe rail services")).toBe("jiangsu's      -europe rail services");
    expect(understood("jiangsu's china-europe rail services in '24 — number of trains?").places).toEqual(['江苏省']);
  });

  it.each([...COUNTRY_ADJECTIVE_WORDS])('"china-%s" is the country’s own adjective: kept', (word) => {
    expect(withoutCountryInNames(`china-${word} gdp`)).toBe(`china-${word} gdp`);
  });

  it('"china\'s gdp", "china gdp": the country, unchanged', () => {
    expect(withoutCountryInNames("china's gdp in 2024")).toBe("china's gdp in 2024");
    expect(withoutCountryInNames('china gdp growth')).toBe('china gdp growth');
  });
});

describe('English senses of the reports’ words', () => {
  it.each([
    ["jiangsu's china-europe rail services in '24 — number of trains?", '中欧班列'],
    ["anhui's EV/battery/solar exports growth in 2024", '新三样'],
    ['anhui new trio exports growth 2024', '新三样'],
    ['fujian 2024 supply-demand matchmaking events — how many?', '供需对接'],
    ["anhui 2025: how many new 'two major' (liangzhong) projects broke ground?", '两重'],
    ['hk–zhuhai–macau bridge: % rise in vehicle crossings, 2024?', '港珠澳大桥'],
    ['hk–zhuhai–macau bridge: % rise in vehicle crossings, 2024?', '车流量'],
    ['shandong 2024: its three batches of policy lists added up to how many concrete measures?', '政策清单'],
    ['shandong 2025 — grassroots sports events held?', '群众性体育赛事'],
  ])('"%s" searches %s', (question, chinese) => {
    expect(understood(question).searchText).toContain(chinese);
  });
});

describe('a change of mind before the question', () => {
  it('"算了" names no subject; "说" of "报告说" stays a word', () => {
    expect(GENERIC_SEARCH_TERMS.has('算了')).toBe(true);
    expect(GENERIC_SEARCH_TERMS.has('说')).toBe(false);
  });

  it.each([
    ['算了还是说云南 企业总数到多少万户了', '云南 企业总数到多少万户了'],
    ['还是问钱塘吧', '钱塘吧'],
    ['好吧，还是说杭州', '杭州'],
  ])('"%s" opens with it: read as "%s"', (question, read) => {
    expect(toReportWording(question)).toBe(read);
  });

  it('"还是说" inside a question is its "or": kept', () => {
    expect(toReportWording('是新建还是说改造')).toBe('是新建还是说改造');
  });
});

describe('"几何", the written word for how much', () => {
  it('asks a result', () => {
    expect(asksForResult('年均增速几何')).toBe(true);
    expect(asksForResult('年均增速')).toBe(false);
  });

  it('a named report’s review is read, as for 多少', () => {
    expect(understood('按23年政府工作报告的说法 这十年经济年均增速几何').years).toEqual([2022]);
  });
});

describe('a bare generic name as the question’s own subject', () => {
  it('places and written years are broken out', () => {
    expect(withoutPlacesAndYears('云南24年企业总数', ['云南省'])).toBe(`${RUN_BREAK}${RUN_BREAK}企业总数`);
  });

  it.each([
    ['云南企业总数到多少万户了', true],
    ['云南的企业有多少户', true],
    ['算了还是说云南 企业总数', true],
    ['2024年企业有多少', true],
    ['云南去年企业一共有多少户', true],
    ['云南前年的企业有多少', true],
    ['云南高新技术企业有多少', false],
    ['云南四上企业有多少', false],
  ])('"%s" asks 企业 itself: %s', (question, asked) => {
    expect(asksBareName('企业', question, ['云南省'])).toBe(asked);
  });
});

describe('a proportion asked of a percentage written with no share word', () => {
  const led = (
    question: string,
    figures: { indicator: string; value: number; unit: string; change?: { direction: 'up'; value: number; unit: string } }[],
  ) =>
    preferAskedShape(
      question,
      figures.map((f) => ({ qualifier: undefined, ...f })),
    ).map((f) => `${f.indicator}:${f.value}${f.unit}`);
  const sections = { indicator: '市控以上断面', value: 100, unit: '%' };
  const growth = { indicator: '水质达标', value: 5, unit: '%', change: { direction: 'up' as const, value: 5, unit: '%' } };

  it('"要多大比例达到III类": the percentage of the sections, no growth beside it', () => {
    expect(led('市控以上断面要多大比例达到III类', [growth, sections])).toEqual(['市控以上断面:100%']);
  });

  it('"前百分之几": the percentage the place is to stay within', () => {
    expect(led('综保区全国绩效考评要保在前百分之几', [{ indicator: '综保区全国绩效考评保持全国前', value: 20, unit: '%' }])).toEqual([
      '综保区全国绩效考评保持全国前:20%',
    ]);
  });

  it('a share written as one still answers alone', () => {
    expect(led('数字经济占比多大比例', [sections, { indicator: '数字经济核心产业增加值占比', value: 12, unit: '%' }])).toEqual([
      '数字经济核心产业增加值占比:12%',
    ]);
  });

  it('no percentage at all: nothing answers the proportion', () => {
    expect(led('市控以上断面要多大比例达到III类', [{ indicator: '市控以上断面', value: 30, unit: '个' }])).toEqual([]);
  });

  it('a growth rate by its name, or a share of a whole asked by 占: no fallback', () => {
    expect(led('研发经费的比例是多少', [{ indicator: '研发经费增长率', value: 9, unit: '%' }])).toEqual([]);
    expect(led('优良天数占比多少', [{ indicator: '优良天数比率', value: 92, unit: '%' }])).toEqual([]);
    expect(led('空气质量优良天数比例是多少', [{ indicator: '空气质量优良天数', value: 92.9, unit: '%' }])).toEqual([
      '空气质量优良天数:92.9%',
    ]);
  });

  it('a ratio to a whole is a share: "占GDP的比率" is answered by "…与地区生产总值的比率"', () => {
    expect(SHARE_NAME.test('社会物流总费用与地区生产总值的比率')).toBe(true);
    expect(SHARE_NAME.test('城镇化率')).toBe(false);
    expect(
      led('云南25年社会物流总费用占GDP的比率要降到多少', [{ indicator: '社会物流总费用与地区生产总值的比率', value: 15, unit: '%' }]),
    ).toEqual(['社会物流总费用与地区生产总值的比率:15%']);
  });

  it('in English a share is answered as before (the English reading), not by this fallback', () => {
    expect(led('what share of sections meet class III', [growth])).toEqual([]);
  });
});

describe('a place inside a name read whole', () => {
  it('"hk–zhuhai–macau bridge" asks no place: 珠海 is part of 港珠澳大桥', () => {
    const query = understood('hk–zhuhai–macau bridge: % rise in vehicle crossings, 2024?');
    expect(query.unknownPlaces).toEqual([]);
  });

  it('"Zhuhai\'s economy" still asks Zhuhai, which the reports do not cover', () => {
    expect(understood("How big is Zhuhai's economy?").unknownPlaces).toEqual(['珠海市']);
  });
});

describe('a note’s shorthand asking how many', () => {
  it.each(['shandong 2025 — grassroots sports events held?', 'fujian 2025 — national awards won?', 'jiangsu 2024: deals signed?'])(
    '"%s" asks a number',
    (question) => {
      expect(understood(question).wantsQuantity).toBe(true);
    },
  );

  it('a yes-or-no question with the same verb asks none: "Was the expo held?"', () => {
    expect(understood('Was the expo held?').wantsQuantity).toBeFalsy();
  });
});

describe('a rank of a growth asked', () => {
  const ranks = [
    { indicator: '进出口总额和出口额', value: 9, unit: '位', qualifier: '全国第' },
    { indicator: '进出口总额突破万亿元、增速', value: 5, unit: '位', qualifier: '全国第' },
  ];
  const led = (question: string) => preferAskedShape(question, ranks).map((f) => f.value);

  it('"进出口增速在全国排第几": the growth’s rank', () => {
    expect(GROWTH_RANK_NAME.test('进出口总额突破万亿元、增速')).toBe(true);
    expect(led('安徽进出口增速在全国排第几')).toEqual([5]);
  });

  it('"进出口总额全国排第几": the level’s rank', () => {
    expect(led('安徽进出口总额全国排第几')).toEqual([9]);
  });

  it('only one kind of rank written: it answers either question', () => {
    expect(preferAskedShape('安徽进出口增速在全国排第几', [ranks[0]]).map((f) => f.value)).toEqual([9]);
  });
});

describe('several things asked at once in English', () => {
  const read = (question: string, lexiconTranslations: { english: string; chinese: string[] }[]) =>
    englishThingsAsked({ language: 'en', question, lexiconTranslations });

  it('"kindergarten enrolment & inclusive rate": each thing’s Chinese, in the order asked', () => {
    const things = read('beijing 2025: kindergarten enrolment & inclusive rate?', [
      { english: 'kindergarten enrolment', chinese: ['入园率', '入园'] },
      { english: 'inclusive rate', chinese: ['普惠率'] },
    ]);
    expect(things).toEqual([['入园率', '入园'], ['普惠率']]);
  });

  it('a phrase read whole is not cut at its "and"', () => {
    const things = read('science and technology awards and patents in fujian', [
      { english: 'science and technology awards', chinese: ['科技奖'] },
      { english: 'patents', chinese: ['专利'] },
    ]);
    expect(things).toEqual([['科技奖'], ['专利']]);
  });

  it('a slash joins modifiers of one thing: no two things', () => {
    expect(
      read('higher elderly/childcare tax deductions', [
        { english: 'elderly', chinese: ['老年'] },
        { english: 'childcare tax deductions', chinese: ['3岁以下婴幼儿照护'] },
      ]),
    ).toEqual([]);
  });

  it('one thing, or a Chinese question: none', () => {
    expect(read('inclusive rate in beijing', [{ english: 'inclusive rate', chinese: ['普惠率'] }])).toEqual([]);
    expect(englishThingsAsked({ language: 'zh', question: '入园率和普惠率', lexiconTranslations: [] })).toEqual([]);
  });
});
