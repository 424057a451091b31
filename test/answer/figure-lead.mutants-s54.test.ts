/**
 * Session 54's survivors of the lead (stryker.s54.json), on hand-built figures and citations (no index): a name the question
 * writes whole, four characters or more, is not set aside by a figure whose sentence shares the question's subject; a shorter
 * one written whole is no such name.
 */
import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { handFigure, resultCitation } from '../support/hand-built-evidence.js';

const PLACES = knownPlaces(['浙江省']);
const ask = (q: string) => understandQuery(q, PLACES, { today: new Date('2026-12-07') });
const SHARE_SENTENCE = '民间投资占比达到64.7%，非化石能源发电量、用电量占比均超过30%。';

describe('a name written whole before the subject its sentence shares', () => {
  it('a name of four characters written whole leads ("投资占比"), not the other share of its sentence', () => {
    const figures = [handFigure('投资占比', 64.7, '%'), handFigure('非化石能源发电量、用电量占比', 30, '%', { qualifier: '超过' })];
    const lead = figureLead(ask('浙江去年民间投资占比多少'), figures, [resultCitation('c1', SHARE_SENTENCE)]);
    expect(lead).toMatch(/投资占比（实绩）：64\.7%/);
  });

  it('a name of two characters written whole ("更新") is no name whole: the subject its sentence shares decides', () => {
    const citations = [
      resultCitation('c1', '完成更新30个。'),
      resultCitation('c2', '聚焦城镇有机更新领域，实施项目120个，年度计划投资171.4亿元。'),
    ];
    const figures = [handFigure('更新', 30, '个'), handFigure('年度计划投资', 171.4, '亿元', { citationId: 'c2' })];
    expect(figureLead(ask('浙江城镇有机更新那块 投资多少亿'), figures, citations)).toMatch(/年度计划投资（实绩）：171\.4亿元/);
  });
});
