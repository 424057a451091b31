/**
 * Session 20's question reading on hand-built input: each side of a comparison in its own year, the other reading of a
 * report named by its year, a part of the earlier figure asked, which-is-more words naming no subject, a subject of three
 * characters, words a question shares with a figure’s name past its verb, and the data rows added (pinyin initials,
 * colloquial cuts, generic words, a glossary indicator).
 */
import { describe, expect, it } from 'vitest';
import { yearsBySide, ownWords } from '../../src/understand/side-years.js';
import { otherReadingOfNamedReport } from '../../src/understand/named-report-reading.js';
import { asksPartOfEarlier, namesOwnSubject, WHICH_IS_MORE_ASKED } from '../../src/lang/zh/follow-up-words.js';
import { sharesNounWith } from '../../src/answer/figure-lead.js';
import { toReportWording } from '../../src/lang/zh/colloquial-phrasings.js';
import { asksForQuantity } from '../../src/lang/zh/question-words.js';
import { askedSubjects } from '../../src/answer/several-subjects.js';
import { NATIONAL_RANK_CONTEXT } from '../../src/lang/zh/place-words.js';
import { asksForGap } from '../../src/lang/zh/asked-shape-words.js';
import { POPULATION_GROUPS } from '../../src/lang/zh/population-qualifiers.js';
import { PART_ASKED } from '../../src/lang/zh/figure-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { conversationState } from '../../src/understand/conversation.js';
import type { UnderstoodQuery } from '../../src/retrieve/query.js';

const today = new Date('2026-12-03');
const PLACES = knownPlaces(['云南省', '浙江省', '江苏省', '吉林省', '湖南省', '山东省', '上海市', '国务院']);
const understandQuestion = (q: string, options: { today: Date }) => understandQuery(q, PLACES, options);

describe('each side of a comparison in its own year', () => {
  it('gives each place the year written after it', () => {
    expect(
      yearsBySide({
        placeAt: [0, 20],
        years: [
          { at: 2, year: 2024 },
          { at: 22, year: 2026 },
        ],
      }),
    ).toEqual([[2024], [2026]]);
    // Places in the question's order, whatever order `placeAt` lists them in.
    expect(
      yearsBySide({
        placeAt: [20, 0],
        years: [
          { at: 2, year: 2024 },
          { at: 22, year: 2026 },
        ],
      }),
    ).toEqual([[2026], [2024]]);
  });

  it('gives none for one year, the same year twice, years before the places, or a place not named', () => {
    expect(yearsBySide({ placeAt: [0, 20], years: [{ at: 2, year: 2024 }] })).toBeNull();
    expect(
      yearsBySide({
        placeAt: [0, 20],
        years: [
          { at: 2, year: 2024 },
          { at: 22, year: 2024 },
        ],
      }),
    ).toBeNull();
    expect(
      yearsBySide({
        placeAt: [5, 20],
        years: [
          { at: 0, year: 2024 },
          { at: 2, year: 2026 },
        ],
      }),
    ).toBeNull();
    expect(
      yearsBySide({
        placeAt: [-1, 20],
        years: [
          { at: 2, year: 2024 },
          { at: 22, year: 2026 },
        ],
      }),
    ).toBeNull();
    expect(
      yearsBySide({
        placeAt: [0],
        years: [
          { at: 2, year: 2024 },
          { at: 22, year: 2026 },
        ],
      }),
    ).toBeNull();
  });

  it('reads "云南24年…和浙江今年…" so, through the question reader', () => {
    const q = understandQuestion('云南24年启动的省级零碳园区 和浙江今年要启动的 数量比一比', { today });
    expect(q.places).toEqual(['云南省', '浙江省']);
    expect(q.sideYears).toEqual([[2024], [2026]]);
    expect(understandQuestion('浙江和江苏2024年GDP哪个高', { today }).sideYears).toBeUndefined();
  });

  it('cuts each side’s own words at the next place', () => {
    const question = '吉林“畅返不畅”和湖南农村公路提质改造 25年计划哪个里程长';
    expect(ownWords(question, [0, 9], 1)).toBe('湖南农村公路提质改造 25年计划哪个里程长');
    expect(ownWords(question, [0, 9], 0)).toBe('吉林“畅返不畅”和');
    expect(ownWords(question, [-1, 9], 0)).toBeNull();
  });
});

describe('a report named by its year', () => {
  const named = (q: string) => understandQuestion(q, { today });

  it('is read first as the year it reviews for a result, then as the year it plans', () => {
    const q = named('24年政府工作报告里赤字规模比上年年初预算多了多少');
    expect(q.namedReport).toMatchObject({ year: 2024, readAs: 2023 });
    const other = otherReadingOfNamedReport(q) as UnderstoodQuery;
    expect(other.years).toEqual([2024]);
    expect(other.intent).toBe('plan');
    // The report's own year needs no note; the year it reviews does.
    expect(other.yearNotes.some((n) => n.phrase.includes('报告'))).toBe(false);
    const back = otherReadingOfNamedReport(other) as UnderstoodQuery;
    expect(back.years).toEqual([2023]);
    expect(back.intent).toBe('result');
    expect(back.yearNotes.some((n) => n.year === 2023)).toBe(true);
  });

  it('has no other reading when no report is named or other years are asked', () => {
    expect(otherReadingOfNamedReport(named('浙江2024年GDP多少'))).toBeNull();
    const q = named('24年政府工作报告里赤字规模多少');
    expect(otherReadingOfNamedReport({ ...q, years: [2020, 2021] })).toBeNull();
  });
});

describe('follow-up words', () => {
  it('"其中…" asks a part of the earlier figure', () => {
    expect(asksPartOfEarlier('其中全国首创多少')).toBe(true);
    expect(asksPartOfEarlier('那其中出口呢')).toBe(true);
    expect(asksPartOfEarlier('全国首创的其中多少')).toBe(false);
    expect(PART_ASKED.exec('自贸区累计推出多少项制度创新成果，其中全国首创多少')?.[1]).toBe('全国首创');
    expect(PART_ASKED.exec('其中通双车道的多少座')?.[1]).toBe('通双车道');
  });

  it('"比谁多", "哪个更高" name no subject; three characters of a noun do', () => {
    expect('跟浙江比谁多'.replace(WHICH_IS_MORE_ASKED, '')).toBe('跟浙江');
    expect(namesOwnSubject('跟浙江比谁多', '广东去年新增专精特新小巨人多少家', ['浙江'], [])).toBe(false);
    expect(namesOwnSubject('哪个更高', '广东GDP多少', [], [])).toBe(false);
    expect(namesOwnSubject('地表水呢', '过去五年全国细颗粒物浓度降了多少', [], [])).toBe(true);
    expect(namesOwnSubject('加固重建的呢', '吉林24年安置了多少户危房群众', [], ['24年'])).toBe(true);
  });
});

describe('a figure’s name and the question’s words', () => {
  it('share a noun only past a verb they both write', () => {
    expect(sharesNounWith('新增百亿企业', '福建25年计划新增多少专精特新中小企业')).toBe(false);
    expect(sharesNounWith('省级以上专精特新中小企业', '福建25年计划新增多少专精特新中小企业')).toBe(true);
    expect(sharesNounWith('新引进知名品牌首店', '江苏去年引进首店多少家')).toBe(true);
  });
});

describe('data rows of the session', () => {
  it('reads the grain harvest in everyday words as 粮食产量', () => {
    expect(toReportWording('吉林去年粮食打了多少斤')).toBe('吉林去年粮食产量多少斤');
    expect(toReportWording('湖南24年打了多少粮食')).toBe('湖南24年粮食产量多少');
    expect(toReportWording('湖南24年产了多少万吨钢')).toBe('湖南24年产了多少万吨钢');
  });

  it('reads "砍到只剩" as 减少到', () => {
    expect(toReportWording('工业产品生产许可证这些年砍到只剩几类')).toBe('工业产品生产许可证这些年减少到几类');
    expect(toReportWording('现在只剩3家')).toBe('现在减少到3家');
  });

  it('asks a number by "哪个多", "哪个里程长", "比一比"', () => {
    expect(asksForQuantity('建议和提案哪个多')).toBe(true);
    expect(asksForQuantity('哪个里程长')).toBe(true);
    expect(asksForQuantity('数量比一比')).toBe(true);
    expect(asksForQuantity('哪个好')).toBe(false);
  });

  it('splits the things asked by "哪个多" and "各压了多少"', () => {
    expect(askedSubjects('办理人大代表建议和政协委员提案哪个多')).toEqual(['办理人大代表建议', '政协委员提案']);
    expect(askedSubjects('办理时限和提交材料各压了多少')).toEqual(['办理时限', '提交材料']);
  });

  it('reads 全国 as the field of a gap asked in points', () => {
    expect(NATIONAL_RANK_CONTEXT.test('高出全国几个点')).toBe(true);
    expect(NATIONAL_RANK_CONTEXT.test('哪个省GDP增速高于全国')).toBe(false);
    expect(asksForGap('高出全国几个点')).toBe(true);
  });

  it('reads rural things as no group of residents', () => {
    const rural = POPULATION_GROUPS.find((g) => g.word === '农村');
    expect(rural?.asked.test('广东改造农村危旧桥')).toBe(false);
    expect(rural?.asked.test('今年农村公路里')).toBe(false);
    expect(rural?.asked.test('农村居民收入')).toBe(true);
  });

  it('reads yn and jl as 云南 and 吉林, 农机化率 as the mechanisation rate, a typo searched by its place', () => {
    expect(understandQuestion('yn法治建设群众满意率保持在多少以上', { today }).places).toEqual(['云南省']);
    expect(understandQuestion('jl25年粮食产量', { today }).places).toEqual(['吉林省']);
    expect(understandQuestion('吉林25年农机化率要到多少', { today }).indicators[0]?.name).toBe('农作物耕种收综合机械化率');
    expect(understandQuestion('湖男工业百亿企业现在一共几家', { today }).searchText).not.toContain('湖男');
  });

  it('reads a number asked of a plan now over as its result', () => {
    expect(understandQuestion('山东十四五期间建成几个国家生态文明建设示范区', { today }).intent).toBe('result');
    expect(understandQuestion('山东十四五期间建成几个国家生态文明建设示范区', { today: new Date('2024-06-01') }).intent).toBe('plan');
  });
});

describe('a follow-up asking its own number of its own subject, without 呢', () => {
  const inConversation = (...questions: string[]) => {
    const state = conversationState(questions.map((q) => understandQuestion(q, { today })));
    if (!state) throw new Error('no conversation');
    return state;
  };

  it('keeps the place, takes its own year, and leaves the earlier subject', () => {
    const q = inConversation('上海25年计划启动几个城中村改造项目', '完成了吗', '那24年不成套旧住房改造了多少');
    expect(q.places).toEqual(['上海市']);
    expect(q.years).toEqual([2024]);
    expect(q.indicators).toEqual([]);
    expect(q.question).not.toContain('城中村');
  });

  it('is still the earlier subject when the words it adds are a short verb, a rank or a gap', () => {
    expect(inConversation('上海25年计划启动几个城中村改造项目', '那24年改造了多少').question).toContain('城中村改造');
    expect(inConversation('江苏2025年GDP多少', '在全国排第几').indicators[0]?.name).toBe('地区生产总值');
    expect(inConversation('山东24年地方一般公共预算收入增长多少', '增速比全国高几个点').indicators[0]?.name).toBe('一般公共预算收入');
  });
});
