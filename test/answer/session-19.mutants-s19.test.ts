import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import type { AnswerTools } from '../../src/answer/kinds/answer-tools.js';
import { withReviewSpanHeld } from '../../src/answer/review-span-held.js';
import type { Figure } from '../../src/answer/schema.js';
import { extractFigures } from '../../src/figures/index.js';
import { knownPlaces, type UnderstoodQuery, understandQuery } from '../../src/retrieve/query.js';
import { resultCitation, resultFigure } from '../support/hand-built-evidence.js';
import { asked as askedQuery } from '../support/hand-built-query.js';

/**
 * Session 19's mutation run (docs/mutation-survivors.md, "Session 19, lead's changes"): a span of recent years no report
 * reviews yet held to the latest review of as many years (src/answer/review-span-held.ts), on a hand-built corpus of
 * sentences (no index); the lead's stated difference to the year before and a rank's start (src/answer/figure-lead.ts), on
 * hand-built figures and citations. Today pinned: 过去五年 = 2021–2025.
 */
const today = new Date('2026-12-03');
const PLACES = knownPlaces(['全国', '湖南省']);
const read = (q: string) => understandQuery(q, PLACES, { today });

type Row = { kind: string; period: string; docId: string };
const ISSUERS: Record<string, string> = { n2018: '全国', n2023: '全国', n2026: '全国', hn: '湖南省' };
const tools = (sentences: Row[]) =>
  ({
    retriever: { corpus: { sentences }, issuerOf: (docId: string) => ISSUERS[docId] ?? '' },
  }) as unknown as Pick<AnswerTools, 'retriever'>;

/** The national reviews of 2013–2017 and 2018–2022, and rows no review of the place's of five years. */
const REVIEWS: Row[] = [
  { kind: 'result', period: '2013-2017', docId: 'n2018' },
  { kind: 'result', period: '2018-2022', docId: 'n2023' },
  // A plan's span, another place's review, a span of another length, one ending after the span asked, periods not a span.
  { kind: 'plan', period: '2019-2023', docId: 'n2023' },
  { kind: 'result', period: '2019-2023', docId: 'hn' },
  { kind: 'result', period: '2020-2023', docId: 'n2023' },
  { kind: 'result', period: '2022-2026', docId: 'n2026' },
  { kind: 'result', period: 'x2019-2023', docId: 'n2023' },
  { kind: 'result', period: '2019-2023x', docId: 'n2023' },
  { kind: 'result', period: '2023', docId: 'n2023' },
];

describe('a span of recent years no report reviews yet', () => {
  const asked = read('全国过去五年高铁里程怎么变的');

  it('is read as the latest review of as many years of the place', () => {
    expect(asked.yearSpan).toEqual({ from: 2021, to: 2025 });
    const held = withReviewSpanHeld(tools(REVIEWS), asked);
    expect(held.yearSpan).toEqual({ from: 2018, to: 2022 });
    expect(held.years).toEqual([2018, 2022]);
    expect(held.yearNotes).toEqual([
      { ...asked.yearNotes[0], year: 2018 },
      { ...asked.yearNotes[1], year: 2022 },
    ]);
    expect(held.places).toEqual(['全国']);
    expect(held.question).toBe(asked.question);
  });

  it('keeps years and notes inside the span as they are', () => {
    const q: UnderstoodQuery = {
      ...asked,
      years: [2021, 2023, 2025],
      yearNotes: [...asked.yearNotes, { ...asked.yearNotes[0], year: 2023 }],
    };
    const held = withReviewSpanHeld(tools(REVIEWS), q);
    expect(held.years).toEqual([2018, 2023, 2022]);
    expect(held.yearNotes.map((n) => n.year)).toEqual([2018, 2022, 2023]);
  });

  it('takes the latest review whatever order the sentences come in', () => {
    const reversed = [REVIEWS[1], REVIEWS[0]];
    expect(withReviewSpanHeld(tools(reversed), asked).yearSpan).toEqual({ from: 2018, to: 2022 });
    expect(withReviewSpanHeld(tools([REVIEWS[0]]), asked).yearSpan).toEqual({ from: 2013, to: 2017 });
  });

  it('is left as asked when the place reviews the span asked', () => {
    const rows = [...REVIEWS, { kind: 'result', period: '2021-2025', docId: 'n2026' }];
    expect(withReviewSpanHeld(tools(rows), asked)).toBe(asked);
  });

  it('is left as asked when no review of its length is there', () => {
    expect(withReviewSpanHeld(tools(REVIEWS.slice(2)), asked)).toBe(asked);
    expect(withReviewSpanHeld(tools([]), asked)).toBe(asked);
  });

  it('is left as asked for several places, a plan, no span or a span written in years', () => {
    const rows = tools(REVIEWS);
    expect(withReviewSpanHeld(rows, { ...asked, places: ['全国', '湖南省'] })).toBeTruthy();
    expect(withReviewSpanHeld(rows, { ...asked, places: ['全国', '湖南省'] }).yearSpan).toEqual({ from: 2021, to: 2025 });
    expect(withReviewSpanHeld(rows, { ...asked, places: [] }).yearSpan).toEqual({ from: 2021, to: 2025 });
    expect(withReviewSpanHeld(rows, { ...asked, planPeriod: { from: 2021, to: 2025 } }).yearSpan).toEqual({
      from: 2021,
      to: 2025,
    });
    expect(withReviewSpanHeld(rows, { ...asked, yearSpan: null }).yearSpan).toBeNull();
    const written = read('全国2021到2025年高铁里程怎么变的');
    expect(written.yearSpan).toEqual({ from: 2021, to: 2025 });
    expect(withReviewSpanHeld(rows, written)).toBe(written);
    const notRecent = asked.yearNotes.map((n) => ({ ...n, phrase: '十四五期间' }));
    expect(withReviewSpanHeld(rows, { ...asked, yearNotes: notRecent }).yearSpan).toEqual({ from: 2021, to: 2025 });
    const twoPhrases = [asked.yearNotes[0], { ...asked.yearNotes[1], phrase: '近五年' }];
    expect(withReviewSpanHeld(rows, { ...asked, yearNotes: twoPhrases }).yearSpan).toEqual({ from: 2021, to: 2025 });
  });

  it('holds any run of recent years named relative to today', () => {
    const recent = read('湖南近三年GDP增长了多少');
    const held = withReviewSpanHeld(tools([{ kind: 'result', period: '2019-2021', docId: 'hn' }]), recent);
    expect(held.yearSpan).toEqual({ from: 2019, to: 2021 });
  });
});

describe('a difference to the year before asked', () => {
  const s = '赤字规模5.66万亿元、比上年年初预算增加1800亿元';
  const figures = [resultFigure('赤字规模', 5.66, '万亿元', 'c1'), resultFigure('赤字规模比上年年初预算增加', 1800, '亿元', 'c1')];
  const lead = (q: string, fs: Figure[] = figures) => figureLead(askedQuery(q, { wantsQuantity: true }), fs, [resultCitation('c1', s)]);

  it('is answered by the difference the report states before the level', () => {
    expect(lead('赤字规模比上年多了多少')).toMatch(/比上年年初预算增加.*1800亿元/);
    expect(lead('赤字规模比上年多了多少', [...figures].reverse())).toMatch(/1800亿元/);
  });

  it('not when the question asks no difference, or no year before', () => {
    expect(lead('赤字规模多少')).toMatch(/5\.66万亿元/);
    expect(lead('赤字规模比上年多少')).toMatch(/5\.66万亿元/);
    expect(lead('赤字规模多了多少')).toMatch(/5\.66万亿元/);
  });

  it('keeps the difference of one name when the question writes two', () => {
    const sentence = `${s}，专项债券4.4万亿元`;
    const withBonds = [...figures, resultFigure('专项债券', 4.4, '万亿元', 'c1')];
    const q = askedQuery('赤字规模和专项债券比上年多了多少', { wantsQuantity: true });
    expect(figureLead(q, withBonds, [resultCitation('c1', sentence)])).toMatch(/1800亿元/);
  });

  it('keeps only a difference of the name the question writes', () => {
    const other = [...figures, resultFigure('债务规模比上年增加', 900, '亿元', 'c1')];
    expect(lead('赤字规模比上年多了多少', other)).toMatch(/1800亿元/);
    expect(lead('赤字规模比上年多了多少', other)).not.toMatch(/900亿元/);
    // A name going on after the written one, but no difference: not kept as the same figure.
    const longer = [resultFigure('赤字规模', 5.66, '万亿元', 'c1'), resultFigure('赤字规模调整额', 1800, '亿元', 'c1')];
    expect(lead('赤字规模比上年多了多少', longer)).toMatch(/5\.66万亿元/);
  });
});

describe('a rank risen from another', () => {
  const r = '全省数字经济规模从全国第10位升至第8位';
  const ranks = (sentence: string, citationId = 'c1') =>
    extractFigures({ sentence, citationId, period: '2025', district: '某省', kind: 'result', source: 'text' }) as Figure[];

  it('says where from in the rank’s own words, asked or not', () => {
    const lead = figureLead(askedQuery('数字经济规模排第几', { wantsQuantity: true }), ranks(r), [resultCitation('c1', r)]);
    expect(lead).toContain('从全国第10位到全国第8位');
  });

  it('takes no start of another sentence or another name', () => {
    const held = '全省数字经济规模居全国第8位';
    const other = [...ranks(held), ...ranks(r, 'c2').filter((f) => f.value === 10)];
    const lead = figureLead(askedQuery('数字经济规模排第几', { wantsQuantity: true }), other, [
      resultCitation('c1', held),
      resultCitation('c2', r),
    ]);
    expect(lead).toContain('全国第8位');
    expect(lead).not.toContain('第10位');
    const renamed = ranks(r).map((f) => (f.value === 10 ? { ...f, indicator: '数字经济核心产业规模' } : f));
    const lead2 = figureLead(askedQuery('数字经济规模排第几', { wantsQuantity: true }), renamed, [resultCitation('c1', r)]);
    expect(lead2).not.toContain('第10位');
    const otherUnit = ranks(r).map((f) => (f.value === 10 ? { ...f, unit: '名' } : f));
    const lead3 = figureLead(askedQuery('数字经济规模排第几', { wantsQuantity: true }), otherUnit, [resultCitation('c1', r)]);
    expect(lead3).not.toContain('第10');
  });

  it('a level’s start is said only when a change is asked, without its 从', () => {
    const g = 'GDP从5万亿元提高到5.3万亿元';
    const figures = extractFigures({
      sentence: g,
      citationId: 'c1',
      period: '2025',
      district: '某省',
      kind: 'result',
      source: 'text',
    }) as Figure[];
    const amount = figureLead(askedQuery('GDP多少', { wantsQuantity: true, years: [2025] }), figures, [resultCitation('c1', g)]);
    expect(amount).not.toMatch(/5万亿元/);
    const trend = figureLead(askedQuery('GDP怎么变的', { wantsQuantity: true, ask: 'trend' }), figures, [resultCitation('c1', g)]);
    expect(trend).toMatch(/5万亿元/);
    expect(trend).not.toMatch(/从从/);
  });
});
