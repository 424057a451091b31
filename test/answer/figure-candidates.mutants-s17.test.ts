/**
 * Ranking places by a figure no glossary indicator names (src/answer/kinds/figure-candidates.ts: `subjectShared` and
 * `figureCandidates` with no indicator asked), on hand-built sentences and figures (no index). Written from the code
 * before the mutation run of session 17's changes.
 */
import { describe, expect, it } from 'vitest';
import type { AnswerTools } from '../../src/answer/kinds/answer-tools.js';
import { figureCandidates, subjectShared } from '../../src/answer/kinds/figure-candidates.js';
import type { Citation, Figure } from '../../src/answer/schema.js';
import type { Sentence } from '../../src/ingest/types.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import type { ScoredSentence } from '../../src/retrieve/retriever.js';
import { resultCitation, resultFigure } from '../support/hand-built-evidence.js';

const PLACES = knownPlaces(['湖南省', '安徽省', '浙江省']);
const ask = (q: string) => understandQuery(q, PLACES, { today: new Date('2026-12-01') });

/** One sentence a figure (each its own, so evidence order is the figures' order), the tools answering from them. */
function evidence(figures: readonly Figure[]) {
  const sentences: ScoredSentence[] = figures.map((f, i) => ({
    sentence: { id: f.citationId, docId: 'd1', text: `第${i}句。`, norm: `第${i}句。`, paragraph: i, index: 0 } as Sentence,
    score: 1,
    namesIndicator: false,
    givesQuantity: false,
  }));
  const tools = {
    citation: (s: Sentence, score: number): Citation => ({ ...resultCitation(s.id, s.text), score }),
    figuresFor: (_q: unknown, cs: readonly Citation[]) => figures.filter((f) => cs.some((c) => c.id === f.citationId)),
  } as unknown as AnswerTools;
  return { sentences, tools };
}

const candidates = (q: string, figures: Figure[], kind: Figure['kind'] = 'actual', growth = false) => {
  const { sentences, tools } = evidence(figures);
  return figureCandidates(tools, ask(q), sentences, kind, growth).map((c) => [c.figure.indicator, c.value, c.measure]);
};

describe('subjectShared', () => {
  it('is the longest run of the name the question writes, four characters at least', () => {
    expect(subjectShared({ indicator: '农村劳动力转移就业' }, '哪个省农村劳动力转移就业最多')).toBe(9);
    expect(subjectShared({ indicator: '劳动力转移' }, '哪个省农村劳动力转移就业最多')).toBe(5);
    expect(subjectShared({ indicator: '转移就业' }, '哪个省农村劳动力转移就业最多')).toBe(4);
    expect(subjectShared({ indicator: '就业人数' }, '哪个省农村劳动力转移就业最多')).toBe(0);
    expect(subjectShared({ indicator: '移就业' }, '哪个省农村劳动力转移就业最多')).toBe(0);
  });
});

describe('figureCandidates with no glossary indicator asked', () => {
  it('keeps the figures sharing a subject with the question, the one naming more of it first, stable among equals', () => {
    const figures = [
      resultFigure('转移就业', 30, '万人', 'a', '湖南省'),
      resultFigure('城镇新增就业人数', 70, '万人', 'b', '湖南省'),
      resultFigure('农村劳动力转移就业', 50, '万人', 'c', '安徽省'),
      resultFigure('劳动力转移', 40, '万人', 'd', '浙江省'),
      resultFigure('就业转移', 20, '万人', 'e', '浙江省'),
      resultFigure('转移就业', 10, '万人', 'f', '安徽省'),
    ];
    expect(candidates('哪个省农村劳动力转移就业最多', figures)).toEqual([
      ['农村劳动力转移就业', 50, '人'],
      ['劳动力转移', 40, '人'],
      ['转移就业', 30, '人'],
      ['转移就业', 10, '人'],
    ]);
  });

  it('keeps only the kind asked', () => {
    const target = { ...resultFigure('农村劳动力转移就业', 60, '万人', 'a', '湖南省'), kind: 'target' } as Figure;
    const actual = resultFigure('农村劳动力转移就业', 50, '万人', 'b', '安徽省');
    expect(candidates('哪个省农村劳动力转移就业最多', [target, actual], 'actual')).toEqual([['农村劳动力转移就业', 50, '人']]);
    expect(candidates('哪个省农村劳动力转移就业最多', [target, actual], 'target')).toEqual([['农村劳动力转移就业', 60, '人']]);
  });

  it('leaves out a figure read as a share unless a share is asked', () => {
    const share = { ...resultFigure('农村劳动力转移就业', 30, '%', 'a', '湖南省'), shape: 'share' } as Figure;
    const level = resultFigure('农村劳动力转移就业', 50, '万人', 'b', '安徽省');
    expect(candidates('哪个省农村劳动力转移就业最多', [share, level])).toEqual([['农村劳动力转移就业', 50, '人']]);
    expect(candidates('哪个省农村劳动力转移就业占比最高', [share, level])).toEqual([
      ['农村劳动力转移就业', 30, '%'],
      ['农村劳动力转移就业', 50, '人'],
    ]);
  });
});

describe('figureCandidates: other measures of the subject', () => {
  const level = resultFigure('农村劳动力转移就业', 50, '万人', 'z', '安徽省');

  it('leaves out a share by its name (比重, 占全省), a partner’s part and a difference in points', () => {
    for (const other of [
      resultFigure('农村劳动力转移就业比重', 30, '%', 'a', '湖南省'),
      resultFigure('农村劳动力转移就业占全省', 30, '%', 'a', '湖南省'),
      resultFigure('农村劳动力转移就业占就业人员比重', 30, '%', 'a', '湖南省'),
      resultFigure('一带一路农村劳动力转移就业', 30, '万人', 'a', '湖南省'),
      resultFigure('农村劳动力转移就业', 3, '个百分点', 'a', '湖南省'),
    ])
      expect(candidates('哪个省农村劳动力转移就业最多', [other, level])).toEqual([['农村劳动力转移就业', 50, '人']]);
  });

  it('keeps a partner’s part when the question names the partner', () => {
    const partner = resultFigure('一带一路农村劳动力转移就业', 30, '万人', 'a', '湖南省');
    expect(candidates('哪个省一带一路农村劳动力转移就业最多', [partner, level])).toEqual([
      ['一带一路农村劳动力转移就业', 30, '人'],
      ['农村劳动力转移就业', 50, '人'],
    ]);
  });
});

describe('figureCandidates with a glossary indicator asked', () => {
  it('keeps the asked indicator’s figures in evidence order, whatever they share with the question', () => {
    const figures = [
      resultFigure('GDP', 5, '万亿元', 'a', '湖南省'),
      resultFigure('地区生产总值', 6, '万亿元', 'b', '安徽省'),
      resultFigure('生产总值', 7, '万亿元', 'c', '浙江省'),
      resultFigure('全省地区生产总值', 9, '万亿元', 'd', '浙江省'),
    ];
    const got = candidates('哪个省地区生产总值最高', figures);
    expect(got.map(([, v]) => v)).toEqual(figures.filter((f) => got.some(([n]) => n === f.indicator)).map((f) => f.value));
    expect(got.length).toBeGreaterThanOrEqual(2);
  });
});
