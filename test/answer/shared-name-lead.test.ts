import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { resultCitation, resultFigure } from '../support/hand-built-evidence.js';

const PLACES = knownPlaces(['广东省']);
const ask = (q: string) => understandQuery(q, PLACES);
const citation = (id: string, sentence: string) => resultCitation(id, sentence, '广东省');
const figure = (indicator: string, value: number, citationId: string) => resultFigure(indicator, value, '元', citationId, '广东省');

describe('two figures of one sentence, no glossary indicator asked', () => {
  it('leads with the one whose name shares more with the question', () => {
    const s = '高龄老人津贴标准从每人每月100元提高到120元，失能老人护理补贴从每人每月200元提高到230元';
    const figures = [figure('高龄老人津贴标准', 120, 'c1'), figure('失能老人护理补贴', 230, 'c1')];
    expect(figureLead(ask('广东失能老人护理补贴现在多少'), figures, [citation('c1', s)])).toContain('230元');
    expect(figureLead(ask('广东高龄老人津贴现在多少'), figures, [citation('c1', s)])).toContain('120元');
  });
});
