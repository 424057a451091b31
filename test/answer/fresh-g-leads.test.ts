import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import { isShareOfAsked } from '../../src/answer/figure-format.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { resultCitation, resultFigure } from '../support/hand-built-evidence.js';
import { conversationState } from '../../src/understand/conversation.js';

const PLACES = knownPlaces(['浙江省', '上海市', '北京市', '福建省']);
const ask = (q: string) => understandQuery(q, PLACES);
const citation = (id: string, sentence: string) => resultCitation(id, sentence);
const figure = (indicator: string, value: number, unit: string, citationId: string) => resultFigure(indicator, value, unit, citationId);

describe('fresh-g: a share of the asked indicator answers a share question', () => {
  it('reads a share named after its part as the share of the asked indicator', () => {
    expect(isShareOfAsked({ indicator: '货物贸易出口占全国份额' }, ask('浙江24年出口占全国多少'))).toBe(true);
    expect(isShareOfAsked({ indicator: '全社会研发经费支出占全市生产总值比重' }, ask('上海研发投入占GDP多少'))).toBe(true);
    // a share of another indicator, or no share at all, is not
    expect(isShareOfAsked({ indicator: '制造业外资占比' }, ask('浙江24年出口占全国多少'))).toBe(false);
    expect(isShareOfAsked({ indicator: '货物贸易出口' }, ask('浙江24年出口占全国多少'))).toBe(false);
  });

  it('leads a share question with the share, and a level question with the level', () => {
    const s = '货物贸易出口达3.9万亿元、增长9.5%，占全国份额提高到15.3%';
    const figures = [figure('货物贸易出口', 3.9, '万亿元', 'c1'), figure('货物贸易出口占全国份额', 15.3, '%', 'c1')];
    const citations = [citation('c1', s)];
    expect(figureLead(ask('浙江24年出口占全国多少'), figures, citations)).toContain('15.3%');
    expect(figureLead(ask('浙江24年出口多少'), figures, citations)).toContain('3.9万亿元');
  });

  it('a follow-up of a share question asks the share again, part over whole, not the whole’s level', () => {
    const followUp = conversationState([ask('上海研发投入占GDP多少'), ask('那北京呢')]);
    expect(followUp?.question).toMatch(/^研发经费占地区生产总值比重/);
    expect(followUp?.places).toEqual(['北京市']);
    // a level question's follow-up still asks the level
    expect(conversationState([ask('上海GDP多少'), ask('那北京呢')])?.question).toMatch(/^地区生产总值/);
  });
});
