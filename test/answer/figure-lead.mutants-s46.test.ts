import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { handFigure, resultCitation } from '../support/hand-built-evidence.js';

/** Session 46's mutation survivors (stryker.s46.json) in the figure lead: the stated difference of the later year asked. */
const today = new Date('2026-12-06');
const PLACES = knownPlaces(['全国']);
const ask = (q: string) => understandQuery(q, PLACES, { today });

describe('a difference to the year before, asked over two years', () => {
  // The earlier year's statement cited first, as retrieval may rank it.
  const citations = [
    resultCitation('c1', '赤字规模4.06万亿元，比上年年初预算增加1800亿元。', '全国'),
    resultCitation('c2', '赤字规模5.66万亿元、比上年增加1.6万亿元。', '全国'),
  ];
  const figures = [
    handFigure('赤字规模比上年年初预算增加', 1800, '亿元', { kind: 'target', period: '2024', citationId: 'c1' }, '全国'),
    handFigure('赤字规模比上年增加', 1.6, '万亿元', { kind: 'target', period: '2025', citationId: 'c2' }, '全国'),
  ];

  it('leads with the later year’s stated difference, whichever is cited first', () => {
    const query = { ...ask('全国赤字规模比上一年增加了多少'), years: [2024, 2025] };
    expect(figureLead(query, figures, citations)).toMatch(/^全国2025年赤字规模比上年增加（目标）：1\.6万亿元 \[2\]/);
  });

  it('asked of one year, leads with the stated difference cited first (no later year to prefer)', () => {
    const query = { ...ask('全国赤字规模比上一年增加了多少'), years: [2025] };
    expect(figureLead(query, figures, citations)).toMatch(/1800亿元 \[1\]/);
  });
});
