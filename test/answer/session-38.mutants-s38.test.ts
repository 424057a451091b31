import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import { completionRateNote } from '../../src/answer/kinds/completion-rate.js';
import { targetNotStatedNote } from '../../src/answer/target-not-stated.js';
import { coverageText } from '../../src/answer/coverage.js';
import { yearsVerdict } from '../../src/answer/kinds/verdicts.js';
import { statesAskedDifference, statesOwnChange, yearsAskedOfPlan } from '../../src/answer/kinds/trend.js';
import { asksBareDifference } from '../../src/lang/zh/comparison-follow-up-words.js';
import { wordsBesidesAskingAgain } from '../../src/lang/zh/follow-up-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { conversationState } from '../../src/understand/conversation.js';
import { handFigure, resultCitation } from '../support/hand-built-evidence.js';

/**
 * Session 38's lines, each decision pinned without the engine (the mutation run of stryker.s38.json; the engine's answers:
 * test/answer/questions-s38.test.ts).
 */
const PLACES = knownPlaces(['浙江省', '北京市', '杭州市', '拱墅区', '国务院', '江苏省']);
const today = new Date('2026-12-05');
const ask = (q: string) => understandQuery(q, PLACES, { today });
const talk = (...questions: string[]) => {
  const state = conversationState(questions.map(ask));
  if (!state) throw new Error('no questions');
  return state;
};

describe('a follow-up adding a year', () => {
  it('two years: set side by side; no year to add: nothing side by side', () => {
    const added = talk('杭州23年认定了多少家首批总部企业', '24年打算认定多少家', '比23年多还是少');
    expect(added.years).toEqual([2023, 2024]);
    expect(added.bothYearsTalked).toBe(true);
    const none = talk('浙江GDP目标多少', '比上年快吗');
    expect(none.years).toEqual([]);
    expect(none.bothYearsTalked).toBeUndefined();
  });

  it('a conversation-relative year beside the conversation’s, oldest first, either way', () => {
    expect(talk('全国24年居民收入实际增长多少', '比上年高还是低').years).toEqual([2023, 2024]);
    expect(talk('全国24年居民收入实际增长多少', '比下一年高还是低').years).toEqual([2024, 2025]);
  });
});

describe('the years a conversation asked as plans', () => {
  it('a year added after a plan is asked as a plan too', () => {
    expect(talk('浙江26年GDP目标多少', '比去年高还是低').conversationPlanYears).toEqual([2026, 2025]);
  });

  it('after a result it is not', () => {
    expect(talk('浙江25年GDP增长多少', '比去年高还是低').conversationPlanYears).toEqual([]);
  });

  it('after a plan of no year, the year named is asked as the plan the conversation carries', () => {
    expect(talk('浙江GDP目标多少', '比去年高还是低').conversationPlanYears).toEqual([2025]);
  });
});

describe('the gap to the target asked after a year’s result and its target', () => {
  it('asked after both: attainment', () => {
    expect(talk('拱墅22年GDP增速多少', '当时目标是多少来着', '差了多少').asksAttainment).toBe(true);
  });

  it('asked after the result alone, or after two years: not attainment', () => {
    expect(talk('拱墅22年GDP增速多少', '差了多少').asksAttainment).not.toBe(true);
    expect(talk('拱墅22年GDP目标多少', '23年呢', '差了多少').asksAttainment).not.toBe(true);
  });
});

describe('yearsAskedOfPlan', () => {
  const query = (question: string, years: number[], over: object = {}) => ({ question, years, yearNotes: [], ...over });

  it('"目标比上年实际高还是低": the later year only, whatever the conversation asked', () => {
    expect(
      yearsAskedOfPlan(query('目标比上年实际高还是低', [2022, 2023], { bothYearsTalked: true, conversationPlanYears: [2022, 2023] })),
    ).toEqual([2023]);
    // One year: no later year to single out.
    expect(yearsAskedOfPlan(query('目标比上年实际高还是低', [2023]))).toEqual([2023]);
    // No plan asked: none.
    expect(yearsAskedOfPlan(query('比上年实际高还是低', [2022, 2023]))).toEqual([]);
  });

  it('the conversation’s plan years only when it set its two years side by side', () => {
    expect(yearsAskedOfPlan(query('差多少', [2025, 2026], { bothYearsTalked: true, conversationPlanYears: [2026] }))).toEqual([2026]);
    expect(yearsAskedOfPlan(query('差多少', [2025, 2026], { conversationPlanYears: [2026] }))).toEqual([]);
    expect(yearsAskedOfPlan(query('目标差多少', [2025, 2026], { bothYearsTalked: true }))).toEqual([2025, 2026]);
  });
});

describe('words of the language layer', () => {
  it('a difference asked with spaces around it', () => {
    expect(asksBareDifference('  差多少  ')).toBe(true);
  });

  it('an English word with an apostrophe is one word', () => {
    expect(wordsBesidesAskingAgain("what's the figure for jiangsu?", ['jiangsu'], [])).toEqual([]);
  });
});

describe('a streak written after the asked indicator’s figure', () => {
  const sentence = 'PM2.5年均浓度较“十三五”末改善16.5%，连续5年达国家二级标准。';
  const citations = [resultCitation('c1', sentence, '江苏省')];
  const figures = [
    handFigure('PM2.5年均浓度较“十三五”末改善', 16.5, '%', { citationId: 'c1', period: '2021-2025' }, '江苏省'),
    handFigure('达国家二级标准', 5, '年', { citationId: 'c1', qualifier: '连续', shape: 'streak', period: '2025' }, '江苏省'),
  ];

  it('answers "连着几年" of the indicator', () => {
    const lead = figureLead(ask('江苏PM2.5年均浓度连着几年达到国家二级标准'), figures, citations);
    expect(lead).toMatch(/连续5年/);
  });

  it('not a streak of another sentence', () => {
    const other = [figures[0], { ...figures[1], citationId: 'c2' }];
    const lead = figureLead(ask('江苏PM2.5年均浓度连着几年达到国家二级标准'), other, [
      ...citations,
      resultCitation('c2', '连续5年达国家二级标准。', '江苏省'),
    ]);
    expect(lead ?? '').not.toMatch(/连续5年/);
  });
});

describe('how much of the plan was done', () => {
  const parked = handFigure('新增停车泊位', 14539, '个', { citationId: 'c1' }, '拱墅区');
  const target = handFigure('新增停车泊位', 3500, '个', { citationId: 'c2', kind: 'target' }, '拱墅区');
  const rate = handFigure('新增停车泊位完成率', 415.4, '%', { citationId: 'c1' }, '拱墅区');

  it('the rate the result’s sentence states, asked or not', () => {
    expect(completionRateNote('新增停车泊位多少', parked, target, [parked, rate], 'zh')).toBe('，完成率415.4%（报告所写）');
    expect(completionRateNote('how many parking spaces', parked, target, [parked, rate], 'en')).toBe(
      ', 415.4% of the target (as the report states)',
    );
  });

  it('only a rate of the result’s own name, in percent', () => {
    const other = handFigure('城市更新完成率', 80, '%', { citationId: 'c1' }, '拱墅区');
    const count = handFigure('新增停车泊位完成率', 415, '个', { citationId: 'c1' }, '拱墅区');
    expect(completionRateNote('新增停车泊位多少', parked, target, [parked, other, count], 'zh')).toBe('');
  });

  it('none stated and asked: the one divided by the other, said so; not asked: nothing', () => {
    expect(completionRateNote('新增停车泊位完成率多少', parked, target, [parked], 'zh')).toBe('，完成率415.4%（两数相除）');
    expect(completionRateNote('新增停车泊位多少', parked, target, [parked], 'zh')).toBe('');
  });

  it('no division of a rate, of two units, of a range, of a growth target, of a zero or of no target', () => {
    const asked = '完成率多少';
    const share = handFigure('新增停车泊位', 50, '%', { citationId: 'c1' }, '拱墅区');
    expect(completionRateNote(asked, share, { ...target, unit: '%' }, [], 'zh')).toBe('');
    expect(completionRateNote(asked, parked, { ...target, unit: '万个' }, [], 'zh')).toBe('');
    expect(completionRateNote(asked, parked, { ...target, range: { low: 3000, high: 3500 } }, [], 'zh')).toBe('');
    expect(completionRateNote(asked, parked, { ...target, change: { direction: 'up', value: 5, unit: '%' } }, [], 'zh')).toBe('');
    expect(completionRateNote(asked, parked, { ...target, value: 0 }, [], 'zh')).toBe('');
    expect(completionRateNote(asked, parked, null, [], 'zh')).toBe('');
  });

  it('a result that is the rate itself is not said twice', () => {
    const itself = handFigure('建设标准厂房完成年度目标', 160.1, '%', { citationId: 'c1' }, '杭州市');
    expect(completionRateNote('完成了年度目标的百分之几', itself, null, [itself], 'zh')).toBe('');
  });
});

describe('the difference to the year before, stated by the later year’s figure', () => {
  it('asked of the later year and the one before, the earlier not held', () => {
    expect(statesAskedDifference({ years: [2023, 2024], question: '比上一年多几天' }, 2023)).toBe(true);
    expect(statesAskedDifference({ years: [2023, 2024], question: '比上一年多几天' }, 2024)).toBe(false);
    expect(statesAskedDifference({ years: [2022, 2024], question: '比上一年多几天' }, 2022)).toBe(false);
    expect(statesAskedDifference({ years: [2024], question: '比上一年多几天' }, 2023)).toBe(false);
    expect(statesAskedDifference({ years: [2023, 2024], question: '两年各多少天' }, 2023)).toBe(false);
  });

  it('a level with its change states it; a bare growth rate does not', () => {
    const days = handFigure('优良天数', 290, '天', { change: { direction: 'up', value: 19, unit: '天' } }, '北京市');
    expect(statesOwnChange(days)).toBe(true);
    expect(statesOwnChange({ ...days, change: undefined })).toBe(false);
    expect(statesOwnChange(handFigure('增长', 5, '%', { change: { direction: 'up', value: 5, unit: '%' } }, '北京市'))).toBe(false);
  });
});

describe('targetNotStatedNote', () => {
  const PLACES2 = knownPlaces(['钱塘区']);
  const carried = {
    ...understandQuery('钱塘区2024年一般公共预算收入呢', PLACES2, { today }),
    intent: 'plan' as const,
    wantsQuantity: true,
  };
  const actual = handFigure('一般公共预算收入', 134, '亿元', { period: '2024', citationId: 'c1' }, '钱塘区');

  it('a carried plan answered by the year’s result only', () => {
    expect(targetNotStatedNote(carried, [actual])).toBe('报告中没有2024年的目标，以下为实绩：');
    expect(targetNotStatedNote({ ...carried, language: 'en' }, [actual])).toBe('The reports give no 2024 target; the result: ');
  });

  it('none when a target of the year is given, when the plan is written, when no plan, no number or not one year is asked', () => {
    expect(targetNotStatedNote(carried, [actual, { ...actual, kind: 'target' }])).toBeNull();
    expect(targetNotStatedNote({ ...carried, question: '钱塘区2024年一般公共预算收入目标' }, [actual])).toBeNull();
    expect(targetNotStatedNote({ ...carried, intent: 'result' }, [actual])).toBeNull();
    expect(targetNotStatedNote({ ...carried, wantsQuantity: false }, [actual])).toBeNull();
    expect(targetNotStatedNote({ ...carried, years: [2023, 2024] }, [actual])).toBeNull();
    expect(targetNotStatedNote(carried, [{ ...actual, period: '2023' }])).toBeNull();
  });
});

describe('yearsVerdict with ranges', () => {
  const v = (
    older: { value: number; range?: { low: number; high: number } },
    newer: { value: number; range?: { low: number; high: number } },
  ) => yearsVerdict({ year: 2025, ...older }, { year: 2026, ...newer }, 'zh');

  it('the upper ends decide first, then the lower', () => {
    expect(v({ value: 5, range: { low: 5, high: 6 } }, { value: 5.5 })).toBe('。2026年低于2025年');
    expect(v({ value: 5.5 }, { value: 5, range: { low: 5, high: 6 } })).toBe('。2026年高于2025年');
    expect(v({ value: 5.5 }, { value: 5, range: { low: 5, high: 5.5 } })).toBe('。2026年低于2025年');
    expect(v({ value: 5, range: { low: 5, high: 5.5 } }, { value: 5.5 })).toBe('。2026年高于2025年');
  });

  it('the same ends are the same; a bare value is its own two ends', () => {
    expect(v({ value: 5, range: { low: 5, high: 5.5 } }, { value: 5, range: { low: 5, high: 5.5 } })).toBe('。2026年与2025年持平');
    expect(v({ value: 5 }, { value: 5 })).toBe('。2026年与2025年持平');
    expect(v({ value: 5.5 }, { value: 5.5, range: { low: 5.5, high: 5.5 } })).toBe('。2026年与2025年持平');
  });
});

describe('the short coverage of many places', () => {
  const place = (district: string, years: string[]) => ({ district, years });
  const many = [
    place('国务院', ['2021（实绩）', '2022（实绩、目标与计划）', '2018-2022（实绩）']),
    place('江苏省', ['2024（实绩）', '2025（实绩、目标与计划）', '2026（目标与计划）', '2026-2030（目标与计划）', '2021-2025（实绩）']),
    place('钱塘区', ['2020（实绩）', '2021（目标与计划）', '2021-2025（目标与计划）', '2035（目标与计划）']),
    place('杭州市', ['2021-2025（实绩）', '2026-2030（目标与计划）']),
    place('拱墅区', ['2023（目标与计划）', '2024（目标与计划）']),
  ];

  it('each place’s single years, a year’s plan after its last results included, far goals and spans left out', () => {
    const text = coverageText(many, false);
    expect(text).toContain('全国（2021–2022年）');
    expect(text).toContain('江苏省（2024–2026年）');
    expect(text).toContain('钱塘区（2020–2021年）');
  });

  it('spans only where a place has no single year; plans only where it has no results', () => {
    const text = coverageText(many, false);
    expect(text).toContain('杭州市（2021–2030年）');
    expect(text).toContain('拱墅区（2023–2024年）');
  });
});
