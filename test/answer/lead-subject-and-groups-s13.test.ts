import { describe, expect, it } from 'vitest';
import { figureLead, groupSiblings, namedInQuestion } from '../../src/answer/figure-lead.js';
import { isAskedIndicator } from '../../src/answer/figure-format.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { resultCitation, resultFigure } from '../support/hand-built-evidence.js';
import type { Figure } from '../../src/answer/schema.js';

const PLACES = knownPlaces(['浙江省']);
const ask = (q: string) => understandQuery(q, PLACES);
const growth = (indicator: string, value: number, citationId: string): Figure => ({
  ...resultFigure(indicator, value, '%', citationId),
  change: { direction: 'up', value, unit: '%' },
});

describe('a figure sharing only the modifier of the asked subject does not lead', () => {
  it('工业投资 is not 规上工业增加值, though both write 工业', () => {
    expect(namedInQuestion({ indicator: '规上工业增加值' }, '浙江2024年工业投资增长多少')).toBe(false);
    expect(namedInQuestion({ indicator: '工业投资' }, '浙江2024年工业投资增长多少')).toBe(true);
    expect(namedInQuestion({ indicator: '规上工业增加值' }, '浙江2024年工业增加值增长多少')).toBe(true);
    // A change word after the subject is no measured noun: "工业增长多少" still names 规上工业增加值.
    expect(namedInQuestion({ indicator: '规上工业增加值' }, '浙江2024年工业增长多少')).toBe(true);
  });

  it('leads with nothing when the report states only the other figure', () => {
    const s = '规上工业增加值增长3.5%，高新技术产业增加值增长4.2%。';
    const figures = [growth('规上工业增加值', 3.5, 'c1'), growth('高新技术产业增加值', 4.2, 'c1')];
    expect(figureLead(ask('浙江2024年工业投资增长多少'), figures, [resultCitation('c1', s)])).toBeNull();
  });
});

describe('a rate of a plan done, or a subject’s share, is not the asked indicator', () => {
  const query = { indicators: [{ name: '固定资产投资', synonyms: ['固投', '投资'], en: [] }] };
  it('投资完成率 is not 投资', () => {
    expect(isAskedIndicator({ indicator: '投资完成率' }, query)).toBe(false);
    expect(isAskedIndicator({ indicator: '资金到位率' }, { indicators: [{ name: '资金', synonyms: [], en: [] }] })).toBe(false);
  });
  it('重大项目完成投资 is the projects’ investment; 完成投资 alone is the indicator', () => {
    expect(isAskedIndicator({ indicator: '“千项万亿”重大项目完成投资' }, query)).toBe(false);
    expect(isAskedIndicator({ indicator: '完成投资' }, query)).toBe(true);
    expect(isAskedIndicator({ indicator: '固定资产投资' }, query)).toBe(true);
    // A question naming the subject asks its investment: "省重点项目完成投资多少".
    expect(isAskedIndicator({ indicator: '省重点项目完成投资' }, { ...query, question: '福建省重点项目完成投资多少' })).toBe(true);
  });
});

describe('an indicator asked without a group where the report states only the groups', () => {
  const s = '城镇和农村居民人均可支配收入分别增长3.8%和4.9%。';
  const figures = [growth('城镇居民人均可支配收入', 3.8, 'c1'), growth('农村居民人均可支配收入', 4.9, 'c1')];
  it('leads with both groups, each named', () => {
    const lead = figureLead(ask('浙江2024年人均可支配收入增长多少'), figures, [resultCitation('c1', s)]) ?? '';
    expect(lead).toContain('城镇居民人均可支配收入（实绩）：增长3.8%');
    expect(lead).toContain('农村居民人均可支配收入（实绩）：增长4.9%');
    expect(lead.indexOf('城镇')).toBeLessThan(lead.indexOf('农村'));
  });
  it('one group asked leads with that group only', () => {
    const lead = figureLead(ask('浙江2024年农民收入增长多少'), figures, [resultCitation('c1', s)]) ?? '';
    expect(lead).toContain('4.9%');
    expect(lead).not.toContain('3.8%');
    expect(groupSiblings(figures[0], figures, '农民收入增长多少')).toEqual([]);
  });
  it('a sibling of another sentence or unit is not taken', () => {
    const other = { ...figures[1], citationId: 'c2' };
    expect(groupSiblings(figures[0], [figures[0], other], '收入增长多少')).toEqual([]);
  });
});

describe('two names written one after the other in the question', () => {
  it('the later name, what is measured, leads over the subject before it', () => {
    const c = resultCitation('c1', '累计签约外资项目217个、总投资258亿美元。');
    const figures = [resultFigure('签约外资项目', 217, '个', 'c1'), resultFigure('总投资', 258, '亿美元', 'c1')];
    expect(figureLead(ask('浙江签约外资项目总投资多少'), figures, [c])).toContain('258亿美元');
    expect(figureLead(ask('浙江签约外资项目多少个'), figures, [c])).toContain('217个');
    expect(namedInQuestion({ indicator: '总投资' }, '签约外资项目总投资多少')).toBe(true);
  });
});
