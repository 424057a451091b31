import { describe, expect, it } from 'vitest';
import { EVENT_YEARS, eventYearOf } from '../../src/lang/zh/event-years.js';
import { toReportWording } from '../../src/lang/zh/colloquial-phrasings.js';
import { GENERIC_SEARCH_TERMS, isAskingWordIn } from '../../src/lang/zh/generic-words.js';
import { interchangeableWordsIn } from '../../src/lang/zh/interchangeable-words.js';
import { fusedPairSpellings } from '../../src/lang/zh/paired-compounds.js';
import { askedAmount, asksIncrementAndLevel, thingCounted } from '../../src/lang/zh/level-question-words.js';
import { CAPITAL_AS_GIVER, ENGLISH_NATIONAL_TITLE, NATIONAL_RANK_CONTEXT } from '../../src/lang/zh/place-words.js';
import { RomanisedNames } from '../../src/retrieve/romanised-names.js';
import { resolveYears } from '../../src/lang/zh/relative-years.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

/** Session 58: readings found on the tune halves of the fresh sets (engine answers: test/answer/questions-s58.test.ts). */

const today = new Date('2026-12-07');
const years = (text: string) => resolveYears(text, { today });

describe('a year named by an event held in it', () => {
  it('"杭州亚运那年" is 2023, noted as written', () => {
    const read = years('杭州亚运那年 河湖缓冲带修了多长');
    expect(read.years).toEqual([2023]);
    expect(read.notes).toEqual([{ phrase: '杭州亚运那年', year: 2023 }]);
  });

  it('each event with a word of its year: 亚运会期间, 冬奥那年, G20峰会那年, 建党百年那年', () => {
    expect(years('亚运会期间游客多少').years).toEqual([2023]);
    expect(years('北京冬奥那年的GDP').years).toEqual([2022]);
    expect(years('G20峰会那年杭州GDP').years).toEqual([2016]);
    expect(years('建党百年那年的粮食产量').years).toEqual([2021]);
    expect(years('亚残运会那一年').years).toEqual([2023]);
  });

  it('in English: "the Asian Games year", "the year of the Asian Games", "the year Hangzhou hosted the Asian Games"', () => {
    expect(years("hangzhou's gdp in the asian games year").years).toEqual([2023]);
    expect(years('gdp growth in the year of the Asian Games').years).toEqual([2023]);
    expect(years('visitors the year hangzhou hosted the asian games').years).toEqual([2023]);
    expect(years('winter olympics year spending').years).toEqual([2022]);
  });

  it('the event named without a word of its year is the event, no year ("亚运会场馆建设进展", "asian games venues")', () => {
    expect(years('亚运会场馆建设进展').years).toEqual([]);
    expect(years('asian games venues built').years).toEqual([]);
    expect(years('亚运会相关的内容').years).toEqual([]);
  });

  it('a year written beside the event is read too, once', () => {
    expect(years('2023年亚运那年').years).toEqual([2023]);
  });

  it('every event names one year, and its names find it', () => {
    for (const event of EVENT_YEARS) for (const name of event.names) expect(eventYearOf(name)).toBe(event.year);
  });

  it('an English question reads the event as its year, no subject: "growth in the Asian Games year" searches no 亚运会', () => {
    const query = understandQuery("What was Hangzhou's growth in the Asian Games year?", knownPlaces(['杭州市']), { today });
    expect(query.years).toEqual([2023]);
    expect(query.searchText).not.toContain('亚运会');
    expect(understandQuery('asian games venues built in hangzhou', knownPlaces(['杭州市']), { today }).searchText).toContain('亚运会');
  });

  it('the question reads the year and its place apart: "亚运那年杭州…" asks 杭州 in 2023', () => {
    const query = understandQuery('亚运那年杭州治污水 升级达标的乡镇街道数', knownPlaces(['杭州市', '钱塘区']), { today });
    expect(query.years).toEqual([2023]);
    expect(query.places).toEqual(['杭州市']);
    expect(query.yearNotes).toEqual([{ phrase: '亚运那年', year: 2023 }]);
  });
});

describe('words of asking that are no subject', () => {
  it.each([
    ['总数', '给老人吃饭的助餐网点 总数多少'],
    ['个点', '上大学的适龄比例涨了多少个点'],
    ['同比', '快递包裹数量同比增速'],
    ['截至', '浙江截至去年'],
    ['那会儿', '钱塘新区那会儿'],
    ['块', '养老那块'],
  ])('%s ("%s") is generic', (word) => {
    expect(GENERIC_SEARCH_TERMS.has(word)).toBe(true);
  });
});

describe("everyday words beside the reports' own", () => {
  it.each([
    ['进城落户变成新市民', '变成', '成为'],
    ['打造出多少个和美村庄', '村庄', '乡村'],
    ['旧住宅区翻新', '翻新', '改造'],
    ['旧住宅区翻新', '住宅区', '小区'],
    ['小区垃圾投放点', '投放点', '桶站'],
    ['宾馆民宿住进多少人次', '宾馆', '酒店'],
    ['服务区对地方道路开口', '开口', '出入口'],
    ['重点工程交付使用的有几个', '交付使用', '投用'],
    ['给老年痴呆患者的专用床', '老年痴呆', '认知症'],
    ['工厂盈利多赚了百分之几', '工厂', '工业企业'],
    ['工厂盈利多赚了百分之几', '盈利', '利润'],
    ['市级财政进账', '进账', '收入'],
    ['地底下各类管线', '管线', '管网'],
    ['郊区农户院子美化', '院子', '庭院'],
    ['本地已有企业加码扩产的项目', '加码', '增资'],
  ])('"%s": %s is covered by %s', (question, written, reports) => {
    const group = interchangeableWordsIn(question).find((g) => g.written === written);
    expect(group?.group).toContain(reports);
  });
});

describe('two readings the reports fuse into one word', () => {
  it('供水 and 排水 are written 供排水; 进口 and 出口 进出口; both orders offered', () => {
    expect(fusedPairSpellings('供水', '排水')).toEqual(['供排水', '排供水']);
    expect(fusedPairSpellings('出口', '进口')).toContain('进出口');
    expect(fusedPairSpellings('大型', '中型')).toContain('大中型');
  });

  it('no fusion of words ending apart, of one word, of words sharing their first character, or of longer words', () => {
    expect(fusedPairSpellings('供水', '管网')).toEqual([]);
    expect(fusedPairSpellings('供水', '供水')).toEqual([]);
    expect(fusedPairSpellings('供水', '供电')).toEqual([]);
    expect(fusedPairSpellings('城镇供水', '排水')).toEqual([]);
  });

  it("an English question's readings take the fused word the reports write", () => {
    const query = understandQuery('fujian 2024: km of water supply and drainage pipes built or rebuilt?', knownPlaces(['福建省']), {
      today,
      timesWritten: (zh) => (['供水', '排水', '供排水', '管网'].includes(zh) ? 3 : 0),
    });
    const readings = query.lexiconTranslations ?? [];
    expect(readings.find((t) => t.english === 'water supply')?.chinese).toContain('供排水');
    expect(readings.find((t) => t.english === 'drainage')?.chinese).toContain('供排水');
  });
});

describe('a romanised name that only common words sound like', () => {
  const text = ['辅导学生，课后辅导，辅导员。', '新建和改造提升福道930公里。'].join('\n');
  const names = new RomanisedNames(
    () => text,
    (zh) => zh === '辅导',
  );

  it('"fudao" is the 福道 written once, not the common 辅导 written three times', () => {
    expect(names.writtenAs('fudao')).toEqual(['福道']);
  });

  it('with no proper spelling at all, the common word stays', () => {
    const only = new RomanisedNames(
      () => '辅导学生，课后辅导。',
      (zh) => zh === '辅导',
    );
    expect(only.writtenAs('fudao')).toEqual(['辅导']);
  });
});

describe('none happened, as the reports write it', () => {
  it('"没出重大森林火灾", "没发生过较大事故", "没有出现死亡" are 无…', () => {
    expect(toReportWording('吉林到前年连续多少年没出重大森林火灾')).toContain('无重大森林火灾');
    expect(toReportWording('连续几年没发生过较大事故')).toContain('无较大事故');
    expect(toReportWording('没有出现死亡')).toContain('无死亡');
  });

  it('没 before anything else is left: "没完成的项目", "没出过省"', () => {
    expect(toReportWording('没完成的项目有几个')).toContain('没完成');
    expect(toReportWording('没出过省的游客')).toContain('没出过省');
  });
});

describe('the increment and the running total asked together, in English', () => {
  it('"newly listed firms … and total listed" asks both; "newly" is an increment', () => {
    expect(asksIncrementAndLevel('guangdong 2024: newly listed firms (domestic + overseas) and total listed?')).toBe(true);
    expect(asksIncrementAndLevel('newly listed firms and the total')).toBe(true);
    expect(askedAmount('how many firms were newly listed?')).toBe('increment');
  });

  it('a total alone, or "total" inside a name, is no pair: "total investment of new projects" asks no running total', () => {
    expect(asksIncrementAndLevel('total listed firms?')).toBe(false);
    expect(asksIncrementAndLevel('total investment of new projects')).toBe(false);
  });

  it('the thing counted is the name without its increment or total words', () => {
    expect(thingCounted('新增境内外上市企业')).toBe('境内外上市企业');
    expect(thingCounted('境内外上市企业总量')).toBe('境内外上市企业');
    expect(thingCounted('累计建成公园')).toBe('建成公园');
    expect(thingCounted('总量')).toBe('总量');
    expect(thingCounted('上市企业')).toBe('上市企业');
  });
});

describe('places in English that are no place asked', () => {
  it('"national policy funds" opens money a place wins, as "national key labs" a title', () => {
    expect(ENGLISH_NATIONAL_TITLE.test('projects backed by the new national policy funds it won?')).toBe(true);
    expect(ENGLISH_NATIONAL_TITLE.test('national subsidies for farmers')).toBe(true);
    expect(ENGLISH_NATIONAL_TITLE.test('national gdp growth')).toBe(false);
  });

  it('"money from beijing", "approved by beijing": the centre, not the city', () => {
    expect('shandong 2025 — money from beijing and rural zones'.match(CAPITAL_AS_GIVER)).toEqual(['from beijing']);
    expect('approved by Beijing'.match(CAPITAL_AS_GIVER)).toEqual(['by Beijing']);
    expect('beijing gdp'.match(CAPITAL_AS_GIVER)).toBeNull();
  });

  it('"led china", "topped the country": the country is the field ranked in', () => {
    expect(NATIONAL_RANK_CONTEXT.test('which province has led china on two-sector integration ten years running?')).toBe(true);
    expect(NATIONAL_RANK_CONTEXT.test('which province topped the country in r&d intensity?')).toBe(true);
    expect(NATIONAL_RANK_CONTEXT.test('first in china')).toBe(true);
    expect(NATIONAL_RANK_CONTEXT.test("china's gdp growth")).toBe(false);
  });

  it('the country asked alone stays the subject: "how did china lead the world in exports" names no field', () => {
    const query = understandQuery("china's gdp growth in 2024", knownPlaces(['国务院', '浙江省']), { today });
    expect(query.places).toEqual(['国务院']);
  });
});

describe('the growth asked by its noun', () => {
  it('增速 and 增幅 are words of asking, like 增长, unless a rank of the growth is asked', () => {
    expect(isAskingWordIn('增速', false)).toBe(true);
    expect(isAskingWordIn('增幅', false)).toBe(true);
    expect(isAskingWordIn('增速', true)).toBe(false);
    expect(isAskingWordIn('同比', true)).toBe(true);
    expect(isAskingWordIn('投资', false)).toBe(false);
  });
});
