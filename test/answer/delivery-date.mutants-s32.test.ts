/**
 * The day a report was delivered, on hand-built reports (no index): the report of the place and year asked (its latest when
 * no year is named), its opening line read within the first paragraphs, each report cited, and for two reports whether they
 * share the day. Session 32's mutation run (the corpus cases are in test/answer/questions-s32.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { AnswerFrame, AnswerTools } from '../../src/answer/kinds/answer-tools.js';
import { deliveryDateAnswer } from '../../src/answer/kinds/delivery-date.js';
import type { Citation } from '../../src/answer/schema.js';
import type { Sentence } from '../../src/ingest/types.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

const DOCS: Record<string, { issuer: string; docYear: number | null; title: string }> = {
  // The older report first: the latest is chosen by its year, not by the order the corpus lists them in.
  gd25: { issuer: '广东省', docYear: 2025, title: '2025年广东省政府工作报告' },
  gd27: { issuer: '广东省', docYear: 2017, title: '2017年广东省政府工作报告' },
  gd26: { issuer: '广东省', docYear: 2026, title: '2026年广东省政府工作报告' },
  sd25: { issuer: '山东省', docYear: 2025, title: '2025年山东省政府工作报告' },
  ah25: { issuer: '安徽省', docYear: 2025, title: '2025年安徽省政府工作报告' },
  qt25: { issuer: '钱塘区', docYear: 2025, title: '钱塘区2025年计划报告' },
  xx: { issuer: '江苏省', docYear: null, title: '江苏省某报告' },
};
const PLACES = knownPlaces([...new Set(Object.values(DOCS).map((d) => d.issuer))]);

let n = 0;
const sentence = (doc: string, text: string, paragraph = 1): Sentence => ({
  id: `${doc}-${n++}`,
  docId: doc,
  text,
  norm: text.normalize('NFKC').replace(/\s+/g, ''),
  paragraph,
  index: 0,
  section: [],
  headingId: null,
  isHeading: false,
  period: String(DOCS[doc].docYear ?? ''),
  kind: 'other',
  source: 'text',
  span: { start: 0, end: text.length },
});

function toolsOver(sentences: Sentence[]): AnswerTools {
  const documents = Object.entries(DOCS).map(([id, d]) => ({ meta: { id, issuer: d.issuer, docYear: d.docYear, title: d.title } }));
  return {
    retriever: {
      corpus: {
        sentences,
        documents,
        paragraph: (docId: string, p: number) => sentences.filter((s) => s.docId === docId && s.paragraph === p),
      },
    } as unknown as AnswerTools['retriever'],
    coverage: [],
    figureTable: undefined as unknown as AnswerTools['figureTable'],
    citation: (s: Sentence, score: number): Citation => ({
      id: s.id,
      docId: s.docId,
      title: DOCS[s.docId].title,
      district: DOCS[s.docId].issuer,
      year: DOCS[s.docId].docYear ?? 0,
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

function frameOf(question: string): AnswerFrame {
  const query = understandQuery(question, PLACES, { today: new Date('2026-12-05') });
  return { id: 'q', question, query, understood: { places: query.places, years: query.years, intent: query.intent } };
}

const CORPUS = [
  sentence('gd26', '——2026年1月26日在广东省第十四届'),
  sentence('gd25', '——2025年1月15日在广东省第十四届人民代表大会第三次会议上'),
  sentence('sd25', '2025年1月20日在山东省第十四届人民代表大会第三次会议上'),
  sentence('ah25', '各位代表：'),
  sentence('ah25', '2025年1月20日在安徽省第十四届人民代表大会第三次会议上', 3),
  sentence('gd27', '——2017年1月18日在广东省第十二届人民代表大会第五次会议上'),
  // A date past the opening paragraphs is no delivery line.
  sentence('qt25', '2025年3月1日在区人民代表大会上通过了决议', 4),
  sentence('xx', '——2026年2月3日在江苏省第十四届人民代表大会第五次会议上'),
];
const lead = (question: string) => deliveryDateAnswer(toolsOver(CORPUS), frameOf(question))?.text.split('\n')[0] ?? null;

describe('deliveryDateAnswer', () => {
  it('is null when no day of a report is asked, no place is named, or no report asked writes a delivery line', () => {
    expect(lead('广东26年GDP是多少')).toBeNull();
    expect(lead('政府工作报告是哪天作的')).toBeNull();
    expect(lead('钱塘区2025年的报告是哪天作的')).toBeNull();
    // A report of no year of its own is never one asked.
    expect(lead('江苏的报告是哪天作的')).toBeNull();
  });

  it('answers the report of the year named, and the latest when none is named', () => {
    expect(lead('广东25年政府工作报告是哪天作的')).toBe('《2025年广东省政府工作报告》：2025年1月15日作 [1]');
    expect(lead('广东的政府工作报告是哪天作的')).toBe('《2026年广东省政府工作报告》：2026年1月26日作 [1]');
  });

  it('reads the line within the opening paragraphs, not only the first', () => {
    expect(lead('安徽25年的报告哪天作的')).toBe('《2025年安徽省政府工作报告》：2025年1月20日作 [1]');
  });

  it('cites each report asked and says whether two share the day', () => {
    const answer = deliveryDateAnswer(toolsOver(CORPUS), frameOf('安徽和山东25年的政府工作报告 是不是同一天作的'));
    expect(answer?.text.split('\n')[0]).toBe(
      '《2025年安徽省政府工作报告》：2025年1月20日作 [1]；《2025年山东省政府工作报告》：2025年1月20日作 [2]。是同一天',
    );
    expect(answer?.citations.map((c) => c.docId)).toEqual(['ah25', 'sd25']);
    expect(answer?.notFound).toBe(false);
    expect(lead('广东和山东25年的政府工作报告 是不是同一天作的')).toMatch(/1月15日作 \[1\]；.*1月20日作 \[2\]。不是同一天$/);
    // Without the same day asked, no verdict.
    expect(lead('广东和山东25年的政府工作报告 分别是哪天作的')).not.toMatch(/同一天/);
  });

  it('answers in English in English', () => {
    expect(lead('When was the 2025 Shandong report delivered?')).toBe('2025年山东省政府工作报告: delivered on 2025-01-20 [1]');
  });
});
