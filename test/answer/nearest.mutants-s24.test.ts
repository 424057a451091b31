/**
 * Session 24's nearest-held lines (answer/kinds/nearest.ts, answer/kinds/latest-results-compared.ts; stryker.s24.json), on
 * hand-built tools (no index, no engine): the nearest figure shares the first line with the line that says the question is
 * not answered; "那前一年呢" after a question of no year counts from the place's latest results year.
 */
import { describe, expect, it } from 'vitest';
import type { AnswerFrame, AnswerTools } from '../../src/answer/kinds/answer-tools.js';
import { withLatestYearShifted } from '../../src/answer/kinds/latest-results-compared.js';
import { nearestAnswer } from '../../src/answer/kinds/nearest.js';
import type { Citation, Figure } from '../../src/answer/schema.js';
import type { Sentence } from '../../src/ingest/types.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { conversationReader } from '../support/conversation.js';

const today = new Date('2026-12-03');
const PLACES = ['浙江省', '江苏省', '上海市'];
const ask = (q: string) => understandQuery(q, knownPlaces(PLACES), { today });

/** Tools over one cited sentence of 浙江省's reports, whose results run to the given years. */
function toolsOver(sentence: Partial<Sentence>, figures: Figure[], resultYears: number[]): AnswerTools {
  const s = {
    id: 's1',
    docId: 'zj',
    text: '',
    period: '2024',
    kind: 'result',
    section: ['一、2024年工作回顾'],
    paragraph: 1,
    source: 'text',
    ...sentence,
  } as Sentence;
  const retriever = {
    corpus: { sentences: [], documents: resultYears.map((y) => ({ meta: { issuer: '浙江省', reportsOn: y } })) },
    issuerOf: () => '浙江省',
    retrieve: async () => ({ kind: 'found', sentences: [{ sentence: s, score: 1 }] }),
  };
  return {
    retriever: retriever as unknown as AnswerTools['retriever'],
    coverage: [],
    figureTable: undefined as unknown as AnswerTools['figureTable'],
    citation: (x: Sentence, score: number): Citation => ({
      id: x.id,
      docId: x.docId,
      title: `${Number(x.period.slice(0, 4)) + 1}年浙江省政府工作报告`,
      district: '浙江省',
      year: Number(x.period.slice(0, 4)) + 1,
      period: x.period,
      kind: x.kind as Citation['kind'],
      section: x.section.join(' › '),
      paragraph: x.paragraph,
      sentence: x.text,
      source: 'text',
      score,
    }),
    figuresFor: () => figures,
  };
}

const frameOf = (question: string): AnswerFrame => {
  const query = ask(question);
  return { id: 'q', question, query, understood: { places: query.places, years: query.years, intent: query.intent } };
};

const gdp2024 = {
  indicator: '地区生产总值',
  value: 90131,
  unit: '亿元',
  period: '2024',
  kind: 'actual',
  district: '浙江省',
  citationId: 's1',
} as Figure;
const resultSentence = { text: '全省地区生产总值90131亿元。', period: '2024', kind: 'result' as const };

describe('the latest results shown for a year not yet reported', () => {
  const tools = toolsOver(resultSentence, [gdp2024], [2023, 2024]);

  it('say so on the first line, right after the line that says the year asked is not answered', async () => {
    const answer = await nearestAnswer(tools, frameOf('浙江去年地区生产总值多少'), '报告中没有浙江省2025年的实绩。');
    expect(answer?.text).toContain('报告中没有浙江省2025年的实绩。报告中最新的实绩是2024年的：浙江省2024年');
    expect(answer?.text).toContain('90131亿元');
  });

  it('leave one space between the two in English', async () => {
    const answer = await nearestAnswer(tools, frameOf("What was Zhejiang's GDP last year?"), 'No 2025 results yet.');
    expect(answer?.text).toContain('No 2025 results yet. The latest results in the reports are for 2024: ');
  });
});

describe('the nearest held, shown for a year the reports do not hold', () => {
  const plan2026 = {
    ...gdp2024,
    value: 5,
    unit: '%',
    period: '2026',
    kind: 'target',
    qualifier: '左右',
    change: { direction: 'up', value: 5, unit: '%' },
  } as Figure;
  const planSentence = { text: '地区生产总值增长5%左右。', period: '2026', kind: 'plan' as const, section: ['二、2026年工作安排'] };
  const question = '浙江2027年地区生产总值增长目标是多少';

  it('leads the nearest figure on the first line, after the line that says the question is not answered', async () => {
    const answer = await nearestAnswer(toolsOver(planSentence, [plan2026], [2024, 2025]), frameOf(question), '报告中没有2027年的目标。');
    expect(answer?.text).toMatch(/报告中没有2027年的目标。报告中最接近的内容：浙江省2026年[^\n]*5%/);
  });

  it('starts a line of its own when no figure leads', async () => {
    const answer = await nearestAnswer(toolsOver(planSentence, [], [2024, 2025]), frameOf(question), '报告中没有2027年的目标。');
    expect(answer?.text).toContain('报告中没有2027年的目标。\n报告中最接近的内容：');
  });
});

describe('"那前一年呢" after a question of no year', () => {
  const { inConversation } = conversationReader(PLACES, today);
  const tools = (years: number[]) => toolsOver(resultSentence, [], years);
  const followUp = () => inConversation('那前一年呢', '浙江新增国家级专精特新企业多少家');

  it('asks the year before the place’s latest results, not the year before today', () => {
    const query = withLatestYearShifted(tools([2022, 2023, 2024]), followUp());
    expect(query.years).toEqual([2023]);
    expect(query.yearNotes).toEqual([{ phrase: '前一年', year: 2023 }]);
    expect(query.places).toEqual(['浙江省']);
    expect(query.question).toBe(followUp().question);
  });

  it('leaves the question as read when the place holds no results', () => {
    const query = followUp();
    expect(withLatestYearShifted(tools([]), query)).toBe(query);
  });

  it('leaves other questions as read: no shift, several places, or not one year phrase', () => {
    const shifted = followUp();
    const noShift = inConversation('那江苏呢', '浙江新增国家级专精特新企业多少家');
    expect(withLatestYearShifted(tools([2024]), noShift)).toBe(noShift);
    const twoPlaces = { ...shifted, places: ['浙江省', '江苏省'] };
    expect(withLatestYearShifted(tools([2024]), twoPlaces)).toBe(twoPlaces);
    const noNote = { ...shifted, yearNotes: [] };
    expect(withLatestYearShifted(tools([2024]), noNote)).toBe(noNote);
    const ownYear = ask('浙江去年新增国家级专精特新企业多少家');
    expect(withLatestYearShifted(tools([2024]), ownYear)).toBe(ownYear);
  });
});
