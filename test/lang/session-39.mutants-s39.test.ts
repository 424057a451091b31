import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import { severalSubjectsLead } from '../../src/answer/several-subjects.js';
import { issuerNamesOf, namedReportPattern } from '../../src/lang/zh/relative-years.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { resultCitation, resultFigure } from '../support/hand-built-evidence.js';

/** Session 39's mutation survivors (stryker.s39.json), each on a hand-built input: docs/mutation-survivors.md "Session 39". */
const today = new Date('2026-12-05');
const PLACES = knownPlaces(['国务院', '云南省', '杭州市']);
const understood = (question: string) => understandQuery(question, PLACES, { today });

describe('the names a report’s issuer is written with', () => {
  it('Chinese names only, whole, longest first, in the glossary’s order among equals', () => {
    const names = issuerNamesOf([
      { name: '浙江省', aliases: ['浙江', 'zhejiang', 'sh沪', '沪sh'] },
      { name: '国务院', aliases: ['全国', '中华人民共和国'] },
    ]);
    expect(names).toEqual(['中华人民共和国', '浙江省', '国务院', '浙江', '全国']);
  });

  it('the pattern reads the year and the whole name, an issuer between them or none, in either case', () => {
    const pattern = namedReportPattern(['浙江']);
    expect(pattern.exec('24年浙江的政府工作报告里')?.slice(0, 2)).toEqual(['24年浙江的政府工作报告', '24']);
    expect(pattern.exec('2023年江苏省报告')?.slice(0, 2)).toEqual(['2023年江苏省报告', '2023']);
    expect(pattern.exec('per the 2025 Work Report')?.slice(0, 2)).toEqual(['2025 Work Report', '2025']);
    expect(pattern.exec('2024年计划执行报告')).toBeNull();
    expect(pattern.exec('24年浙江')).toBeNull();
  });
});

describe('the figure whose own words the question writes', () => {
  const sentence = '银行业金融机构普惠小微企业贷款增长27.3%，大型商业银行普惠小微企业贷款余额增长40%';
  const lead = (question: string, figures: ReturnType<typeof resultFigure>[]) =>
    figureLead(understood(question), figures, [resultCitation('c1', sentence, '国务院')]) ?? '';

  it('a figure named by an indicator wording the question does not write is not preferred for having no own words', () => {
    const figures = [
      resultFigure('普惠小微企业贷款', 27.3, '%', 'c1', '国务院'),
      resultFigure('大型商业银行普惠小微企业贷款', 40, '%', 'c1', '国务院'),
    ];
    expect(lead('全国24年大型商业银行普惠小微贷款增幅多少', figures)).toContain('40%');
  });

  it('an own word of two characters counts', () => {
    const figures = [
      resultFigure('银行业普惠小微企业贷款', 27.3, '%', 'c1', '国务院'),
      resultFigure('涉农普惠小微企业贷款', 40, '%', 'c1', '国务院'),
    ];
    expect(lead('全国24年涉农普惠小微贷款增长多少', figures)).toContain('40%');
  });
});

describe('the owner of several things, set aside', () => {
  it('"生产安全事故的起数、死亡人数": the owner’s words are no thing’s own (死亡人数 is not 起数’s)', () => {
    const sentence = '生产安全事故起数、死亡人数分别下降9.1%、11.5%';
    const figures = [
      resultFigure('生产安全事故起数', 9.1, '%', 'c1', '云南省'),
      resultFigure('生产安全事故死亡人数', 11.5, '%', 'c1', '云南省'),
    ];
    const lead =
      severalSubjectsLead(understood('云南24年生产安全事故的起数、死亡人数 各下降多少'), figures, [
        resultCitation('c1', sentence, '云南省'),
      ]) ?? '';
    expect(lead).toMatch(/生产安全事故起数.*9.1%.*生产安全事故死亡人数.*11.5%/);
  });
});
