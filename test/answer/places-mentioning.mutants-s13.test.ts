/**
 * "哪些省提到了低空经济", "浙江报告有没有提到低空经济" on hand-built reports (no index): which places
 * write the name, of the level asked, most mentions first, the latest report's sentence cited for
 * each, at most five citations; the plain no. Mutation run of session 13 (the corpus cases are in
 * trips-s12.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { AnswerFrame, AnswerTools } from '../../src/answer/kinds/answer-tools.js';
import { placesMentioningAnswer } from '../../src/answer/kinds/places-mentioning.js';
import type { Citation } from '../../src/answer/schema.js';
import type { Sentence } from '../../src/ingest/types.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

/** Documents: issuer, level, period. */
const DOCS: Record<string, { issuer: string; level: string; period: string }> = {
  zj26: { issuer: '浙江省', level: 'province', period: '2026' },
  zj25: { issuer: '浙江省', level: 'province', period: '2025' },
  js26: { issuer: '江苏省', level: 'province', period: '2026' },
  gd26: { issuer: '广东省', level: 'province', period: '2026' },
  sd26: { issuer: '山东省', level: 'province', period: '2026' },
  fj26: { issuer: '福建省', level: 'province', period: '2026' },
  ah26: { issuer: '安徽省', level: 'province', period: '2026' },
  hz26: { issuer: '杭州市', level: 'city', period: '2026' },
  qt26: { issuer: '钱塘区', level: 'district', period: '2026' },
};
const ISSUERS = [...new Set(Object.values(DOCS).map((d) => d.issuer))];
const PLACES = knownPlaces(ISSUERS);

let n = 0;
const sentence = (doc: string, text: string, isHeading = false): Sentence => ({
  id: `${doc}-${n++}`,
  docId: doc,
  text,
  norm: text.normalize('NFKC').replace(/\s+/g, ''),
  paragraph: 1,
  index: 0,
  section: [],
  headingId: null,
  isHeading,
  period: DOCS[doc].period,
  kind: 'plan',
  source: 'text',
  span: { start: 0, end: text.length },
});

function toolsOver(sentences: Sentence[]): AnswerTools {
  const retriever = {
    corpus: { sentences, documents: Object.values(DOCS).map((meta) => ({ meta })) },
    issuerOf: (id: string) => DOCS[id].issuer,
  };
  return {
    retriever: retriever as unknown as AnswerTools['retriever'],
    coverage: ISSUERS.map((district) => ({ district, years: ['2026'] })),
    figureTable: undefined as unknown as AnswerTools['figureTable'],
    citation: (s: Sentence, score: number): Citation => ({
      id: s.id,
      docId: s.docId,
      title: `${s.period}年${DOCS[s.docId].issuer}政府工作报告`,
      district: DOCS[s.docId].issuer,
      year: Number(s.period),
      period: s.period,
      kind: s.kind,
      section: '',
      paragraph: s.paragraph,
      sentence: s.text,
      source: s.source,
      score,
    }),
    figuresFor: () => [],
  };
}

function frameOf(question: string, places?: string[]): AnswerFrame {
  const read = understandQuery(question, PLACES, { today: new Date('2026-12-01') });
  const query = places ? { ...read, places } : read;
  return { id: 'q', question, query, understood: { places: query.places, years: query.years, intent: query.intent } };
}

const firstLine = (text: string) => text.split('\n')[0];

describe('placesMentioningAnswer', () => {
  it('is null for a question that asks no mention', () => {
    expect(placesMentioningAnswer(toolsOver([]), frameOf('浙江2025年GDP是多少'))).toBeNull();
  });

  it('names the places that write the name, most mentions first, and those that do not', () => {
    const tools = toolsOver([
      sentence('js26', '发展低空经济。'),
      sentence('zj26', '培育低空经济新业态。'),
      sentence('zj25', '低空经济起步。'),
      sentence('gd26', '全力推进新质生产力。'),
    ]);
    const answer = placesMentioningAnswer(tools, frameOf('哪些省提到了低空经济'))!;
    expect(answer.notFound).toBe(false);
    expect(firstLine(answer.text)).toBe('写到“低空经济”的有2个地方：浙江省、江苏省；没有写到的：广东省、山东省、福建省、安徽省');
    // The latest report's sentence stands for a place.
    expect(answer.citations.map((c) => c.sentence)).toEqual(['培育低空经济新业态。', '发展低空经济。']);
    expect(answer.citations.every((c) => c.score === 1)).toBe(true);
  });

  it('orders places of as many mentions by name, and skips headings', () => {
    const tools = toolsOver([
      sentence('zj26', '低空经济。'),
      sentence('js26', '低空经济。', true),
      sentence('js26', '发展低空经济。'),
      sentence('ah26', '发展低空经济。'),
    ]);
    const answer = placesMentioningAnswer(tools, frameOf('哪些省提到了低空经济'))!;
    const names = ['浙江省', '江苏省', '安徽省'].sort((a, b) => a.localeCompare(b));
    expect(firstLine(answer.text)).toBe(`写到“低空经济”的有3个地方：${names.join('、')}；没有写到的：广东省、山东省、福建省`);
  });

  it('reads the name in any case', () => {
    const tools = toolsOver([sentence('zj26', '建设5g基站。')]);
    const answer = placesMentioningAnswer(tools, frameOf('哪些省提到了5G'))!;
    expect(firstLine(answer.text)).toMatch(/^写到“5G”的有1个地方：浙江省/);
  });

  it('keeps to the level asked: districts, not provinces or cities', () => {
    const tools = toolsOver([sentence('zj26', '低空经济。'), sentence('hz26', '低空经济。'), sentence('qt26', '低空经济。')]);
    const answer = placesMentioningAnswer(tools, frameOf('哪些区提到了低空经济'))!;
    expect(firstLine(answer.text)).toBe('写到“低空经济”的有1个地方：钱塘区');
    expect(answer.citations.map((c) => c.district)).toEqual(['钱塘区']);
  });

  it('cites at most five places, one sentence each', () => {
    const tools = toolsOver(['zj26', 'js26', 'gd26', 'sd26', 'fj26', 'ah26'].map((d) => sentence(d, '低空经济。')));
    const answer = placesMentioningAnswer(tools, frameOf('哪些省提到了低空经济'))!;
    expect(answer.citations).toHaveLength(5);
    expect(firstLine(answer.text)).toMatch(/^写到“低空经济”的有6个地方/);
  });

  it('says yes for one place asked, with how often its reports write it', () => {
    // The earlier report's sentence comes first in the corpus: the latest one is cited.
    const tools = toolsOver([sentence('zj25', '低空经济。'), sentence('zj26', '低空经济。'), sentence('js26', '低空经济。')]);
    const answer = placesMentioningAnswer(tools, frameOf('浙江报告有没有提到低空经济'))!;
    expect(firstLine(answer.text)).toBe('有：浙江省的报告写到“低空经济”（2处）');
    expect(answer.citations.map((c) => c.district)).toEqual(['浙江省']);
    expect(answer.citations[0].period).toBe('2026');
  });

  it('says no for a place asked whose reports do not write it, though others do', () => {
    const tools = toolsOver([sentence('js26', '低空经济。')]);
    const answer = placesMentioningAnswer(tools, frameOf('浙江报告有没有提到低空经济'))!;
    expect(answer.notFound).toBe(false);
    expect(firstLine(answer.text)).toBe('没有：浙江省的报告没有写到“低空经济”');
    expect(answer.citations).toEqual([]);
  });

  it('is a plain no, with the coverage, when no report writes it', () => {
    const tools = toolsOver([sentence('js26', '发展数字经济。')]);
    const answer = placesMentioningAnswer(tools, frameOf('哪些省提到了低空经济'))!;
    expect(answer.notFound).toBe(true);
    expect(firstLine(answer.text)).toBe('没有：这些报告都没有写到“低空经济”。');
    expect(answer.citations).toEqual([]);
    expect(answer.coverage?.length).toBe(ISSUERS.length);
  });

  it('lists two places asked that write it, not a yes of one', () => {
    const tools = toolsOver([sentence('zj26', '低空经济。'), sentence('js26', '低空经济。'), sentence('gd26', '低空经济。')]);
    const answer = placesMentioningAnswer(tools, frameOf('浙江和江苏报告有没有提到低空经济'))!;
    const names = ['浙江省', '江苏省'].sort((a, b) => a.localeCompare(b));
    expect(firstLine(answer.text)).toBe(`写到“低空经济”的有2个地方：${names.join('、')}`);
  });

  it('heads the answer with no note of a year read', () => {
    const tools = toolsOver([sentence('zj26', '低空经济。')]);
    const answer = placesMentioningAnswer(tools, frameOf('去年哪些省提到了低空经济'))!;
    expect(answer.text).not.toMatch(/去年|2025/);
  });
});
