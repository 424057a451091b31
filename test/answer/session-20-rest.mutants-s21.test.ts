/**
 * Session 20's leads, the survivors its mutation run left without tests (docs/mutation-survivors.md, "Session 21, session
 * 20's query and conversation lines"): which rule of a figure's name decides in English and in Chinese, a part asked by two
 * characters, and each thing of a comparison of two places kept to its own place's figures.
 */
import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import type { Citation, Figure } from '../../src/answer/schema.js';
import { severalSubjectsLead } from '../../src/answer/several-subjects.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { resultCitation, resultFigure } from '../support/hand-built-evidence.js';
import { asked } from '../support/hand-built-query.js';

const today = new Date('2026-12-03');

describe('of one sentence’s figures, the lead', () => {
  it('in English is the longest reading shared, in Chinese a name sharing a noun before one sharing only a verb', () => {
    const figures = [resultFigure('经营主体', 100, '户', 'c1'), resultFigure('新登记个体户', 50, '户', 'c1')];
    const cite = [resultCitation('c1', '经营主体100户，新登记个体户50户。')];
    // The English question's words read as 新登记 (three characters shared) and 市场主体 (主体, two).
    const english = asked('How many newly registered market entities?', {
      wantsQuantity: true,
      language: 'en',
      searchText: '新登记 市场主体',
    });
    expect(figureLead(english, figures, cite)).toMatch(/^Zhejiang 2024 新登记个体户 \(actual\): 50户/);
    expect(figureLead(asked('新登记市场主体多少', { wantsQuantity: true }), figures, cite)).toMatch(/^浙江省2024年经营主体（实绩）：100户/);
  });

  it('in Chinese is the increment asked by 新增 before a longer name shared (the English rule is English only)', () => {
    const figures = [resultFigure('城市公园绿地面积', 100, '公顷', 'c1'), resultFigure('新增公园', 50, '个', 'c1')];
    const cite = [resultCitation('c1', '城市公园绿地面积100公顷，新增公园50个。')];
    expect(figureLead(asked('新增多少城市公园绿地', { wantsQuantity: true }), figures, cite)).toMatch(/：50个/);
  });

  it('in English, a rate asked, is the rate sharing a shorter reading before an amount sharing a longer one', () => {
    const figures = [resultFigure('重点项目完成投资', 3000, '亿元', 'c1'), resultFigure('项目完成率', 125.5, '%', 'c1')];
    const cite = [resultCitation('c1', '重点项目完成投资3000亿元，项目完成率125.5%。')];
    const english = asked('What was the completion rate of key project investment?', {
      wantsQuantity: true,
      language: 'en',
      searchText: '重点项目 完成投资 完成率',
    });
    expect(figureLead(english, figures, cite)).toMatch(/125\.5%/);
  });

  it('is the part asked after 其中 by two characters of its name', () => {
    const sentence = '自贸试验区累计推出259项制度创新成果，其中56项为全国首创。';
    const figures = [resultFigure('推出制度创新成果', 259, '项', 'c1'), resultFigure('推出制度创新成果中全国首创', 56, '项', 'c1')];
    const lead = figureLead(asked('自贸区累计推出多少项制度创新成果，其中首创多少', { wantsQuantity: true }), figures, [
      resultCitation('c1', sentence),
    ]);
    expect(lead).toMatch(/：56项/);
  });
});

describe('two places’ things compared', () => {
  const PLACES = knownPlaces(['吉林省', '湖南省', '江苏省']);
  const fig = (indicator: string, value: number, district: string, citationId: string, unit = '公里'): Figure =>
    ({ indicator, value, unit, kind: 'actual', period: '2025', district, citationId }) as Figure;
  const cites = [
    { id: 'j', sentence: '新改建农村公路1200公里，农村公路总里程达到10万公里。', district: '吉林省' } as unknown as Citation,
    { id: 'h', sentence: '新改建农村公路800公里。', district: '湖南省' } as unknown as Citation,
  ];
  const lead = (question: string, figures: Figure[]) => severalSubjectsLead(understandQuery(question, PLACES, { today }), figures, cites);

  it('each thing is its own place’s figure, though both are named alike', () => {
    const figures = [fig('新改建农村公路', 1200, '吉林省', 'j'), fig('新改建农村公路', 800, '湖南省', 'h')];
    const expected = '吉林省新改建农村公路（实绩）：1200公里 [1]；湖南省新改建农村公路（实绩）：800公里 [2]。前者更长：1200公里 对 800公里';
    expect(lead('吉林新改建农村公路和湖南新改建农村公路哪个长', figures)).toBe(expected);
    expect(lead('吉林新改建农村公路和湖南新改建农村公路哪个长', [...figures].reverse())).toBe(expected);
  });

  it('each place’s thing is its best figure alone', () => {
    const figures = [
      fig('新改建农村公路', 1200, '吉林省', 'j'),
      fig('农村公路总里程', 10, '吉林省', 'j', '万公里'),
      fig('新改建农村公路', 800, '湖南省', 'h'),
    ];
    expect(lead('吉林新改建农村公路和湖南新改建农村公路哪个长', figures)).toBe(
      '吉林省新改建农村公路（实绩）：1200公里 [1]；湖南省新改建农村公路（实绩）：800公里 [2]。前者更长：1200公里 对 800公里',
    );
  });
});
