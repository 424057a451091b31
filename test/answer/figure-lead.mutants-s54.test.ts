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

describe('money asked of a thing no indicator names', () => {
  const PLACES_HN = knownPlaces(['湖南省']);
  const askHn = (q: string) => understandQuery(q, PLACES_HN, { today: new Date('2026-12-07') });
  const citation = (sentence: string) => resultCitation('c1', sentence, '湖南省');

  it('is not answered by a length ("提质改造农村公路3000公里" of "投入多少钱搞农村公路")', () => {
    const roads = handFigure('提质改造农村公路', 3000, '公里', { district: '湖南省' });
    expect(figureLead(askHn('湖南去年投入多少钱搞农村公路'), [roads], [citation('提质改造农村公路3000公里。')])).toBeNull();
  });

  it('is not answered by a rate ("战略性新兴产业产值增长11.5%" of "往新兴产业投了多少钱")', () => {
    const rate = handFigure('战略性新兴产业产值', 11.5, '%', { district: '湖南省', change: { direction: 'up', value: 11.5, unit: '%' } });
    expect(figureLead(askHn('湖南去年往新兴产业投了多少钱'), [rate], [citation('战略性新兴产业产值增长11.5%。')])).toBeNull();
  });

  it('beside a length, a bare magnitude still answers it', () => {
    const roads = handFigure('提质改造农村公路', 3000, '公里', { district: '湖南省' });
    const money = handFigure('农村公路建设资金', 120, '亿', { district: '湖南省' });
    const cited = [citation('提质改造农村公路3000公里，农村公路建设资金120亿。')];
    expect(figureLead(askHn('湖南去年投入多少钱搞农村公路'), [roads, money], cited)).toMatch(/120亿/);
  });

  it('is answered by money per person ("每人多少万元": 16.8万元/人)', () => {
    const rate = handFigure('全员劳动生产率', 16.8, '万元/人', { district: '湖南省' });
    expect(figureLead(askHn('湖南去年全员劳动生产率每人多少万元'), [rate], [citation('全员劳动生产率16.8万元/人。')])).toMatch(
      /16\.8万元\/人/,
    );
  });

  it('is answered by a bare magnitude, which may be money ("投入农村公路建设资金120亿")', () => {
    const money = handFigure('投入农村公路建设资金', 120, '亿', { district: '湖南省' });
    expect(figureLead(askHn('湖南去年投入多少钱搞农村公路'), [money], [citation('投入农村公路建设资金120亿。')])).toMatch(/120亿/);
  });
});
