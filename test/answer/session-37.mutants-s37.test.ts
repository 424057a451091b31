import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import { message } from '../../src/answer/messages.js';
import type { Figure } from '../../src/figures/figure-schema.js';
import { buildFigureRows, type TableSource } from '../../src/figure-table/build-table.js';
import type { Sentence } from '../../src/ingest/types.js';
import { bareAmountChangeVerb } from '../../src/lang/zh/change-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { conversationState } from '../../src/understand/conversation.js';
import { handFigure, resultCitation } from '../support/hand-built-evidence.js';

/**
 * Session 37's lines, each decision pinned without the engine (the mutation run of stryker.s37.json; the engine's answers:
 * test/answer/questions-s37.test.ts).
 */
const PLACES = knownPlaces(['湖南省', '福建省', '北京市', '杭州市', '拱墅区']);
const today = new Date('2026-12-05');
const ask = (q: string) => understandQuery(q, PLACES, { today });
const talk = (...questions: string[]) => conversationState(questions.map(ask));

const HUNAN = '实现三季度增长4.6%、追平全国，四季度增长5.6%、高于全国0.2个百分点，全年增长4.8%、总量达5.3万亿元';
const up = (value: number) => ({ direction: 'up' as const, value, unit: '%' });
/** The figures figure reading gives the sentence: each quarter's bare growth, the year's growth and level. */
const quarter = (value: number, part: string, citationId = 'c1') =>
  handFigure('增长', value, '%', { period: `2024${part}`, change: up(value), citationId }, '湖南省');
const yearGrowth = (citationId = 'c1') => handFigure('经济总量', 4.8, '%', { change: up(4.8), citationId }, '湖南省');
const yearLevel = handFigure('经济总量', 5.3, '万亿元', {}, '湖南省');

describe('a quarter asked of figures read with their parts', () => {
  const citations = [resultCitation('c1', HUNAN, '湖南省'), resultCitation('c2', '四季度增长5.6%', '湖南省')];
  const figures: Figure[] = [quarter(4.6, 'Q3'), quarter(5.6, 'Q4'), yearGrowth(), yearLevel];

  it('the quarter’s bare growth leads, named by the sentence’s asked indicator, labelled with the quarter', () => {
    const line = figureLead(ask('湖南24年四季度GDP增速多少'), figures, citations) ?? '';
    expect(line).toContain('湖南省2024年四季度经济总量（实绩）：增长5.6% [1]');
    expect(line).not.toContain('报告没有单列');
    expect(figureLead(ask('湖南24年三季度GDP增速多少'), figures, citations)).toContain('三季度经济总量（实绩）：增长4.6%');
  });

  it('a quarter’s growth in another citation that names no asked indicator keeps its bare name, and the year stands in, said so', () => {
    const apart: Figure[] = [yearGrowth(), quarter(5.6, 'Q4', 'c2')];
    const line = figureLead(ask('湖南24年四季度GDP增速多少'), apart, citations) ?? '';
    expect(line.startsWith('（报告没有单列四季度的数字，以下为全年）湖南省2024年经济总量（实绩）：增长4.8%')).toBe(true);
  });

  it('the part asked leads whichever citation gives it; asked none, the whole year leads within its citation', () => {
    const twoCitations: Figure[] = [yearGrowth('c1'), { ...quarter(5.6, 'Q4', 'c2'), indicator: '经济总量' }];
    expect(figureLead(ask('湖南24年四季度GDP增速多少'), twoCitations, citations)).toContain('四季度经济总量（实绩）：增长5.6% [2]');
    const quarterFirst: Figure[] = [{ ...quarter(5.6, 'Q4'), indicator: '经济总量' }, yearGrowth()];
    expect(figureLead(ask('湖南2024年GDP增长多少'), quarterFirst, citations)).toContain('湖南省2024年经济总量（实绩）：增长4.8%');
  });

  it('a part the sentence does not single out: the year, with the note, in English too', () => {
    expect(figureLead(ask('湖南2024年二季度GDP增长多少'), figures, citations)).toMatch(
      /^（报告没有单列二季度的数字，以下为全年）湖南省2024年经济总量（实绩）：增长4.8%/,
    );
    expect(figureLead(ask('hunan h1 2024 gdp growth'), figures, citations)).toMatch(
      /^\(The reports give no separate H1 figure; the whole year's:\) Hunan 2024 GDP/,
    );
  });
});

describe('the words of a part, a stated change and a change verb', () => {
  it('messages', () => {
    expect(message('partNotGiven', 'zh', { part: '二季度' })).toBe('（报告没有单列二季度的数字，以下为全年）');
    expect(message('trendStatedChange', 'zh', { year: 2024, down: false, value: 19, unit: '天' })).toBe(
      '；2024年比上年增加19天（报告所写）',
    );
    expect(message('trendStatedChange', 'zh', { year: 2024, down: true, value: 2, unit: '万亩' })).toBe(
      '；2024年比上年减少2万亩（报告所写）',
    );
    expect(message('trendStatedChange', 'zh', { year: 2024, down: false, value: 1.2, unit: '%' })).toBe(
      '；2024年比上年增长1.2%（报告所写）',
    );
    expect(message('trendStatedChange', 'zh', { year: 2024, down: true, value: 0.5, unit: '个百分点' })).toBe(
      '；2024年比上年下降0.5个百分点（报告所写）',
    );
    expect(message('trendStatedChange', 'en', { year: 2024, down: false, value: 19, unit: '天' })).toBe(
      '; 2024 is up 19天 on the year before, as the report states',
    );
    expect(message('trendStatedChange', 'en', { year: 2024, down: true, value: 19, unit: '天' })).toContain('is down 19');
  });

  it('a bare change verb with spaces in it', () => {
    expect(bareAmountChangeVerb('、 增 加')).toEqual({ word: '增加', direction: 'up' });
  });
});

describe('conversations: the two years talked of, asking again, the year after, the whole year', () => {
  it('"两年一样多吗" sets the last two years talked of side by side, on the conversation’s subject', () => {
    const state = talk('福建24年国家级企业技术中心新增了几家', '那去年呢', '两年一样多吗');
    expect(state?.years).toEqual([2024, 2025]);
    expect(state?.bothYearsTalked).toBe(true);
    expect(state?.searchText).toContain('国家级企业技术中心');
    expect(state?.yearNotes.map((n) => n.phrase)).toEqual(['去年']);
    expect(state?.conversationYears).toEqual([2024, 2025]);
  });

  it('of three years talked of, the last two; of one, no two years', () => {
    const three = talk('北京今年疏解一般制造业企业定了多少家', '去年实际疏解了多少家', '那前年疏解了多少家', '这两年是一样多吗');
    expect(three?.years).toEqual([2024, 2025]);
    // Years no "这两年" of today's would give: the last two talked of, not all three.
    expect(talk('拱墅22年新增绿地多少平方米', '23年呢', '24年呢', '这两年一样多吗')?.years).toEqual([2023, 2024]);
    const one = talk('福建24年国家级企业技术中心新增了几家', '两年一样多吗');
    expect(one?.bothYearsTalked).toBeUndefined();
  });

  it('a number asked in words of intent and the earlier question’s own words asks again, in Chinese', () => {
    const state = talk('杭州23年认定了多少家首批总部企业', '24年打算认定多少家');
    expect(state?.searchText).toContain('首批总部企业');
    expect(state?.years).toEqual([2024]);
    const own = talk('杭州23年认定了多少家首批总部企业', '24年打算新建多少公里绿道');
    expect(own?.searchText).not.toContain('首批总部企业');
  });

  it('"第二年" is the year after the conversation’s', () => {
    const state = talk('拱墅22年新增绿地多少平方米', '第二年计划建几公里绿道');
    expect(state?.years).toEqual([2023]);
    expect(state?.yearNotes).toEqual([{ phrase: '第二年', year: 2023 }]);
  });

  it('"那全年呢" drops the quarter, "三季度呢" takes its own', () => {
    expect(talk('湖南24年四季度GDP增速多少', '那全年呢')?.part).toBeNull();
    expect(talk('湖南24年四季度GDP增速多少', '三季度呢')?.part).toBe('Q3');
    expect(talk('湖南24年四季度GDP增速多少', '那出口呢')?.part).toBe('Q4');
  });
});

describe('the figure table files a part’s figure under its part, the year’s under no part', () => {
  const sentence = (id: string, text: string): Sentence => ({
    id,
    docId: 'd1',
    text,
    norm: text,
    paragraph: 1,
    index: 0,
    section: ['一、2024年工作回顾'],
    headingId: null,
    isHeading: false,
    period: '2024',
    kind: 'result',
    source: 'text',
    span: { start: 0, end: text.length },
  });
  const source = {
    documents: [{ meta: { id: 'd1', issuer: '湖南省', title: '2025年湖南省政府工作报告', plansFor: 2025, reportsOn: 2024 } }],
    sentences: [sentence('s1', HUNAN), sentence('s2', '上半年经济回升，投资增长8%')],
  } as unknown as TableSource;
  // Built inside each test (not while the file is collected), so the mutation run sees which test reads each line.
  const row = (value: number) => buildFigureRows(source).find((r) => r.value === value);

  it('each quarter its own part and no year; the whole year written beside them, no part', () => {
    expect(row(4.6)).toMatchObject({ partOfYear: 'Q3', year: null });
    expect(row(5.6)).toMatchObject({ partOfYear: 'Q4', year: null });
    expect(row(4.8)?.partOfYear).toBeUndefined();
    expect(row(4.8)?.year).toBe(2024);
  });

  it('a sentence naming a part and not the whole year speaks of that part', () => {
    expect(row(8)?.partOfYear).toBe('H1');
  });
});
