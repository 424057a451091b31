/**
 * Session 20's refusal line under mutation (docs/mutation-survivors.md, "Session 20, the session's changes"): a number
 * asked of a place and a year that no glossary indicator names is refused as no figure for that period, in Chinese only.
 */
import { describe, expect, it } from 'vitest';
import { notFoundLine } from '../../src/answer/compose.js';
import { figureLead, sharesNounWith } from '../../src/answer/figure-lead.js';
import { resultCitation, resultFigure } from '../support/hand-built-evidence.js';
import { asked } from '../support/hand-built-query.js';
import { askedSubjects } from '../../src/answer/several-subjects.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

const today = new Date('2026-12-03');
const PLACES = knownPlaces(['浙江省', '江苏省', '国务院']);
const line = (q: string) => notFoundLine(understandQuery(q, PLACES, { today }), 'no-match');

describe('a number asked of a place and year the reports do not give', () => {
  it('names the place and year in Chinese', () => {
    expect(line('浙江2024年建了多少个口袋公园')).toBe('报告没有给出浙江省2024年的这项数字。');
  });

  it('is the plain line without a place, a year, a number asked, or in English', () => {
    expect(line('浙江建了多少个口袋公园')).toBe('这些报告没有涉及这个问题。');
    expect(line('2024年建了多少个口袋公园')).toBe('这些报告没有涉及这个问题。');
    expect(line('浙江2024年口袋公园建设情况')).toBe('这些报告没有涉及这个问题。');
    expect(line('How many pocket parks did Zhejiang build in 2024?')).toBe("The reports don't cover that.");
  });
});

describe('a figure’s name sharing a noun with the question', () => {
  it('is looked for past the verbs both write, a count verb as an increment word', () => {
    expect(sharesNounWith('新增', '新增多少')).toBe(false);
    expect(sharesNounWith('建成', '建成多少')).toBe(false);
    expect(sharesNounWith('建成口袋公园', '建成多少个口袋公园')).toBe(true);
  });

  it('past three verbs at most', () => {
    expect(sharesNounWith('新增x新设x新认定x净增企业', '新增新设新认定净增企业')).toBe(true);
  });
});

describe('the things a question asks each of', () => {
  it('are split by "各…了多少" and "哪样大", "谁的规模更大", "哪项金额比较少"', () => {
    for (const q of [
      '甲和乙各增了多少',
      '甲和乙各新增了几',
      '甲和乙哪样大',
      '甲和乙谁的规模更大',
      '甲和乙哪一个要高',
      '甲和乙哪项金额比较少',
    ])
      expect(askedSubjects(q)).toEqual(['甲', '乙']);
  });
});

describe('after the first run', () => {
  it('names every place and year of the refusal', () => {
    expect(line('浙江和江苏2023年和2024年建了多少个口袋公园')).toBe('报告没有给出浙江省、江苏省2023年、2024年的这项数字。');
  });

  it('leads with the part a question asks after 其中, and with the whole otherwise', () => {
    const sentence = '自贸试验区累计推出259项制度创新成果，其中56项为全国首创。';
    const figures = [resultFigure('推出制度创新成果', 259, '项', 'c1'), resultFigure('推出制度创新成果中全国首创', 56, '项', 'c1')];
    const lead = (q: string, fs = figures) => figureLead(asked(q, { wantsQuantity: true }), fs, [resultCitation('c1', sentence)]);
    expect(lead('自贸区累计推出多少项制度创新成果，其中全国首创多少')).toMatch(/^浙江省2024年推出制度创新成果中全国首创（实绩）：56项/);
    expect(lead('自贸区累计推出多少项制度创新成果')).toMatch(/：259项/);
    expect(lead('自贸区累计推出多少项制度创新成果', [...figures].reverse())).toMatch(/：259项/);
  });

  it('leads with the name sharing a noun, not only the verb, in Chinese and English', () => {
    const sentence = '新增百亿企业10家，省级以上专精特新中小企业500家。';
    const figures = [resultFigure('新增百亿企业', 10, '家', 'c2'), resultFigure('省级以上专精特新中小企业', 500, '家', 'c2')];
    const lead = (q: string, language: 'zh' | 'en') =>
      figureLead(asked(q, { wantsQuantity: true, language }), figures, [resultCitation('c2', sentence)]);
    expect(lead('福建25年计划新增多少专精特新中小企业', 'zh')).toMatch(/：500家/);
    expect(lead('新增多少专精特新中小企业', 'en')).toMatch(/500家/);
    const champions = [resultFigure('新增“雄鹰”企业', 50, '家', 'c3'), resultFigure('国家制造业单项冠军', 44, '家', 'c3')];
    const cite = [resultCitation('c3', '新增“雄鹰”企业50家，国家制造业单项冠军44家。')];
    const english = asked('How many new national single-champion manufacturers?', {
      wantsQuantity: true,
      language: 'en',
      searchText: '新增 国家 制造业 单项冠军',
    });
    expect(figureLead(english, champions, cite)).toMatch(/44家/);
  });
});
