import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import { preferAskedShape } from '../../src/figures/asked-shape.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { resultCitation, resultFigure } from '../support/hand-built-evidence.js';

/** Session 40's mutation survivors (stryker.s40.json; docs/mutation-survivors.md "Session 40"), each on a hand-built input. */
const today = new Date('2026-12-05');
const PLACES = knownPlaces(['云南省', '浙江省']);

describe('a bare generic name asked as the subject leads its figure (figure-lead.ts)', () => {
  const sentence = '经营主体净增48万户、达680万户，企业净增15万户、达157万户。';
  const figures = [
    resultFigure('经营主体净增', 48, '万户', 'c1', '云南省'),
    resultFigure('经营主体', 680, '万户', 'c1', '云南省'),
    resultFigure('企业净增', 15, '万户', 'c1', '云南省'),
    resultFigure('企业', 157, '万户', 'c1', '云南省'),
  ];
  const lead = (question: string) =>
    figureLead(understandQuery(question, PLACES, { today }), figures, [resultCitation('c1', sentence, '云南省')]) ?? '';

  it('"云南企业总数多少万户": 157万户, named by its bare name', () => {
    expect(lead('云南企业总数多少万户')).toMatch(/企业（实绩）：157万户/);
  });

  it('"云南企业净增多少": 15万户, the increment named by its words', () => {
    expect(lead('云南企业净增多少')).toMatch(/企业净增（实绩）：15万户/);
  });
});

describe('a share written as one answers a proportion asked without 占 (asked-shape.ts)', () => {
  it('"数字经济比例是多少": the share, not every percentage beside it', () => {
    const figures = [
      { indicator: '市控以上断面', value: 100, unit: '%', qualifier: undefined },
      { indicator: '数字经济核心产业增加值比重', value: 12, unit: '%', qualifier: undefined },
    ];
    expect(preferAskedShape('数字经济比例是多少', figures).map((f) => f.value)).toEqual([12]);
  });
});
