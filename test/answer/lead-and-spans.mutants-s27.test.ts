/**
 * Session 27's lead and span choices on hand-built figures, queries and a hand-built retriever (no index): a measure word
 * counting the same things as the unit asked, one name quoting what is done with the things another names, a year asked of
 * its plan, and a run of recent years read as the latest review held. Mutation run of session 27 (stryker.s27.json); the
 * engine cases are in test/answer/questions-s27.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { figureLead, latestFirst } from '../../src/answer/figure-lead.js';
import type { Figure } from '../../src/answer/schema.js';
import { yearsAskedOfPlan } from '../../src/answer/kinds/trend.js';
import { nationalSpanReading, withReviewSpanHeld } from '../../src/answer/review-span-held.js';
import type { AnswerTools } from '../../src/answer/kinds/answer-tools.js';
import { knownPlaces, understandQuery, type UnderstoodQuery } from '../../src/retrieve/query.js';
import { handFigure, resultCitation } from '../support/hand-built-evidence.js';

const today = new Date('2026-12-04');
const PLACES = knownPlaces(['浙江省', '广东省', '国务院']);
const ask = (q: string) => understandQuery(q, PLACES, { today });
const fig = (indicator: string, value: number, unit: string, over: Partial<Figure> = {}): Figure =>
  handFigure(indicator, value, unit, over, '浙江省');

describe('the unit asked', () => {
  const citations = [resultCitation('c1', '接待游客5人次、3人。', '浙江省')];
  it('is a figure’s unit ending in it, or a measure counting the same things; not one only starting with it (人次)', () => {
    const lead = figureLead(ask('浙江接待游客多少人'), [fig('接待游客', 5, '人次'), fig('接待游客', 3, '人')], citations);
    expect(lead).toMatch(/3人/);
    expect(figureLead(ask('浙江接待游客多少人'), [fig('接待游客', 5, '人次'), fig('接待游客', 3, '名')], citations)).toMatch(/3名/);
  });
});

describe('one name quoting what is done with the things another names', () => {
  const older = fig('高频政务服务事项“跨境通办”', 187, '项', { district: '广东省' });
  const newer = fig('高频政务服务事项', 198, '项', { district: '广东省', period: '2025', citationId: 'c2' });
  it('is the same figure: the latest leads', () => {
    expect(latestFirst([older, newer])[0]).toBe(newer);
  });
  it('a tail that is no quoted term makes another figure', () => {
    const other = { ...older, indicator: '高频政务服务事项跨境通办' };
    expect(latestFirst([other, newer])[0]).toBe(other);
    // A short name quoted after says too little to be the same.
    expect(
      latestFirst([
        { ...older, indicator: '事项“通办”' },
        { ...newer, indicator: '事项' },
      ])[0].value,
    ).toBe(187);
  });
});

describe('the years a question asks the plan of', () => {
  const query = (question: string, notes: Array<[string, number]>) => ({
    question,
    years: notes.map(([, year]) => year),
    yearNotes: notes.map(([phrase, year]) => ({ phrase, year })),
  });
  it('a later year whose own words ask it, after one whose words do not', () => {
    expect(
      yearsAskedOfPlan(
        query('福建嵌入式养老服务机构 24年新建的和25年计划建的各多少', [
          ['24年', 2024],
          ['25年', 2025],
        ]),
      ),
    ).toEqual([2025]);
  });
  it('every year when the plan is asked of them together or first; none when no plan is asked', () => {
    const together = query('浙江今年GDP目标比去年高还是低', [
      ['今年', 2026],
      ['去年', 2025],
    ]);
    expect(yearsAskedOfPlan(together)).toEqual([2026, 2025]);
    expect(
      yearsAskedOfPlan(
        query('24年和25年的计划各是多少', [
          ['24年', 2024],
          ['25年', 2025],
        ]),
      ),
    ).toEqual([2024, 2025]);
    expect(
      yearsAskedOfPlan(
        query('福建24年和25年各新建多少', [
          ['24年', 2024],
          ['25年', 2025],
        ]),
      ),
    ).toEqual([]);
    // One year named: its plan.
    expect(yearsAskedOfPlan(query('25年计划建多少', [['25年', 2025]]))).toEqual([2025]);
  });
});

describe('a run of recent years read as the latest review held', () => {
  const tools = (periods: string[]): Pick<AnswerTools, 'retriever'> =>
    ({
      retriever: {
        corpus: { sentences: periods.map((period, i) => ({ kind: 'result', period, docId: `d${i}` })) },
        issuerOf: () => '国务院',
      },
    }) as unknown as Pick<AnswerTools, 'retriever'>;
  const english = (): UnderstoodQuery => ask('China: how many key counties got concentrated support over the past five years?');

  it('an English "past five years" (the plan under review) becomes the latest five-year review, its ends the years', () => {
    const held = withReviewSpanHeld(tools(['2018-2022']), english());
    expect(held.yearSpan).toEqual({ from: 2018, to: 2022 });
    expect(held.planPeriod).toBeNull();
    expect(held.planPeriodOver).toBeUndefined();
    expect(held.years).toEqual([2018, 2022]);
    expect(held.yearNotes.map((n) => n.year)).toEqual([2018, 2022]);
  });

  it('stays as asked when the span is reviewed, the plan not over, or the year is written', () => {
    expect(withReviewSpanHeld(tools(['2021-2025', '2018-2022']), english()).planPeriod).toEqual({ from: 2021, to: 2025 });
    const planned = { ...english(), planPeriodOver: undefined };
    expect(withReviewSpanHeld(tools(['2018-2022']), planned)).toBe(planned);
    const zh = ask('全国过去五年集中支持了多少个乡村振兴重点帮扶县');
    expect(withReviewSpanHeld(tools(['2018-2022']), zh).years).toEqual([2018, 2022]);
    const written = ask('全国2021到2025年集中支持了多少个乡村振兴重点帮扶县');
    expect(withReviewSpanHeld(tools(['2018-2022']), written)).toBe(written);
  });

  it('of no place, read as the country’s; a place named is no national reading', () => {
    const noPlace = { ...english(), places: [] };
    expect(nationalSpanReading(tools(['2018-2022']), noPlace)?.places).toEqual(['国务院']);
    expect(nationalSpanReading(tools(['2018-2022']), english())).toBeNull();
    expect(nationalSpanReading(tools(['2018-2022']), { ...noPlace, unknownPlaces: ['火星'] })).toBeNull();
    expect(nationalSpanReading(tools(['2018-2022']), { ...noPlace, planPeriodOver: undefined })).toBeNull();
  });
});
