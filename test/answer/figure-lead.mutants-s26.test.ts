/**
 * Session 26's lead choices on hand-built figures and citations (no index): the thing a count or a size is asked of, a
 * share asked among named figures, a comparison of an increase with a total, and a level as its own size. Mutation run of
 * session 26 (stryker.s26.json); the engine cases are in test/answer/questions-s26.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { figureLead, namedInQuestion } from '../../src/answer/figure-lead.js';
import type { Figure } from '../../src/answer/schema.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { handFigure, resultCitation } from '../support/hand-built-evidence.js';

const PLACES = knownPlaces(['浙江省', '江苏省', '福建省', '广东省']);
const ask = (q: string) => understandQuery(q, PLACES, { today: new Date('2026-12-04') });
const fig = (indicator: string, value: number, unit: string, over: Partial<Figure> = {}): Figure =>
  handFigure(indicator, value, unit, over, '福建省');
const one = (sentence: string, district = '福建省') => [resultCitation('c1', sentence, district)];

describe('the thing a count is asked of', () => {
  const figures = [fig('梳理明确县域重点产业链', 164, '条'), fig('出台举措', 25, '条')];
  it('is named after its measure (几条举措): 出台举措 25条 before the 产业链 sharing a longer run', () => {
    const lead = figureLead(ask('福建24年给县域重点产业链出了几条举措'), figures, one('梳理明确县域重点产业链164条，出台25条举措。'));
    expect(lead).toMatch(/出台举措（实绩）：25条/);
  });

  it('a noun the name ends in only by its first characters counts too (项目投产达效: 项目投产)', () => {
    const lead = figureLead(
      ask('福建24年推动多少个项目投产达效'),
      [fig('新开工重大项目', 500, '个'), fig('项目投产', 390, '个')],
      one('新开工重大项目500个，推动390个项目投产达效。'),
    );
    expect(lead).toMatch(/项目投产（实绩）：390个/);
  });

  it('an English question reads no counted noun', () => {
    const lead = figureLead(
      ask('How many measures did Fujian issue in 2024?'),
      figures,
      one('梳理明确县域重点产业链164条，出台25条举措。'),
    );
    expect(lead ?? '').not.toMatch(/25条.*164条/);
  });
});

describe('the thing a size is asked of', () => {
  const figures = [
    fig('省战略性新兴产业投资引导基金总规模', 1000, '亿元', { district: '广东省', valueInBaseUnit: 1e11 }),
    fig('设立区域基金总规模', 500, '亿元', { district: '广东省', valueInBaseUnit: 5e10, qualifier: '超' }),
  ];
  const cited = one('组建总规模1000亿元的省战略性新兴产业投资引导基金，国家创业投资引导基金在大湾区设立超500亿元区域基金。', '广东省');
  it('is written right before its measure (区域基金规模多大: 500亿元, not the 投资引导基金 named earlier)', () => {
    expect(figureLead(ask('广东国家创业投资引导基金在大湾区设的区域基金规模多大'), figures, cited)).toMatch(
      /设立区域基金总规模（实绩）：超500亿元/,
    );
    expect(figureLead(ask('广东组建的省战略性新兴产业投资引导基金规模多大'), figures, cited)).toMatch(/引导基金总规模（实绩）：1000亿元/);
  });
});

describe('a share asked among named figures', () => {
  const plan = (indicator: string, value: number, unit: string) =>
    fig(indicator, value, unit, { kind: 'target', period: '2025', district: '浙江省' });
  const cited = [
    { ...resultCitation('c1', '确保新增电力装机2000万千瓦以上，其中绿色能源占比60%以上。'), kind: 'plan' as const, period: '2025' },
  ];
  it('is answered by a named share before a whole the question writes', () => {
    const figures = [plan('新增电力装机', 2000, '万千瓦'), plan('绿色能源占比', 60, '%')];
    expect(figureLead(ask('浙江25年新增电力装机里 绿色能源要占多少'), figures, cited)).toMatch(/绿色能源占比（目标）：60%/);
  });

  it('but a change of the share asked is its change in points, not its level', () => {
    const figures = [
      fig('数字经济占比', 50, '%', { district: '浙江省' }),
      fig('数字经济占比', 9, '个百分点', { district: '浙江省', change: { direction: 'up', value: 9, unit: '个百分点' } }),
    ];
    expect(figureLead(ask('浙江数字经济占比提升了几个百分点'), figures, one('数字经济占比超过50%、提升9个百分点。', '浙江省'))).toMatch(
      /9个百分点/,
    );
  });
});

describe('two places compared on an increase', () => {
  const zj = fig('新增制造业单项冠军企业', 45, '家', { district: '浙江省', period: '2025', valueInBaseUnit: 45, citationId: 'c1' });
  const cited = [
    resultCitation('c1', '新增制造业单项冠军企业45家。', '浙江省'),
    resultCitation('c2', '国家制造业单项冠军达到274家。', '江苏省'),
  ];
  const q = ask('浙江和江苏25年新增单项冠军企业谁多');
  it('gives no verdict when one side’s result is a total, and says so', () => {
    const js = fig('国家制造业单项冠军', 274, '家', { district: '江苏省', period: '2025', valueInBaseUnit: 274, citationId: 'c2' });
    const lead = figureLead(q, [zj, js], cited) ?? '';
    expect(lead).toMatch(/（一为新增、一为总数，不作比较）$/);
  });

  it('says which has more when both are increases, and of two targets whatever their verbs', () => {
    const js = fig('新增制造业单项冠军企业', 52, '家', { district: '江苏省', period: '2025', valueInBaseUnit: 52, citationId: 'c2' });
    expect(figureLead(q, [zj, js], cited)).toMatch(/江苏省更多：52家 对 45家$/);
    const plans = [
      { ...zj, kind: 'target' as const },
      fig('争创单项冠军企业', 60, '家', { district: '江苏省', period: '2025', valueInBaseUnit: 60, citationId: 'c2', kind: 'target' }),
    ];
    expect(figureLead(ask('浙江和江苏25年计划新增单项冠军企业谁多'), plans, cited)).toMatch(/江苏省更多：60家 对 45家$/);
  });
});

describe('a level as its own size', () => {
  it('counts only when asked for (the fallback) and only for a level of the size nouns', () => {
    const fund = { indicator: '设立区域基金', unit: '亿元' };
    expect(namedInQuestion(fund, '区域基金规模多大')).toBe(false);
    expect(namedInQuestion(fund, '区域基金规模多大', true)).toBe(true);
    expect(namedInQuestion({ ...fund, unit: '%' }, '区域基金规模多大', true)).toBe(false);
    expect(namedInQuestion({ ...fund, unit: '个百分点' }, '区域基金规模多大', true)).toBe(false);
    expect(namedInQuestion({ indicator: '设立区域基金' }, '区域基金规模多大', true)).toBe(false);
    // 投资 is no size: a name without it measures another thing.
    expect(namedInQuestion(fund, '区域基金投资多少', true)).toBe(false);
  });
});
