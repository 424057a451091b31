/**
 * With no year and no target asked, what was achieved leads before the target set for the report's own year; with no
 * indicator asked, each place asked gets its figure (src/answer/figure-lead.ts: `resultMeant`, `achieved`, the
 * `relevant` slice), on hand-built figures and citations (no index). Written from the code before the mutation run
 * of session 17's changes.
 */
import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import type { Figure } from '../../src/answer/schema.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { resultCitation, resultFigure } from '../support/hand-built-evidence.js';

const PLACES = knownPlaces(['浙江省', '湖南省', '安徽省']);
const ask = (q: string) => understandQuery(q, PLACES, { today: new Date('2025-06-01') });
const citations = [resultCitation('c1', '第一句。'), resultCitation('c2', '第二句。'), resultCitation('c3', '第三句。')];
/** A 2025 target of the place, cited to the given citation. */
const target = (indicator: string, value: number, unit: string, citationId: string): Figure =>
  ({ ...resultFigure(indicator, value, unit, citationId), kind: 'target', period: '2025' }) as Figure;
const growth = (f: Figure): Figure => ({ ...f, change: { direction: 'up', value: f.value, unit: '%' } }) as Figure;

describe('no year asked: the result before the target cited first', () => {
  const figures = [target('地区生产总值', 9, '万亿元', 'c1'), resultFigure('地区生产总值', 8.8, '万亿元', 'c2')];

  it('leads the latest result', () => {
    expect(figureLead(ask('浙江GDP多少'), figures, citations)).toContain('8.8万亿元');
  });

  it('not where the year was dropped to find the nearest held: the citations’ order stands', () => {
    expect(figureLead(ask('浙江GDP多少'), figures, citations, false)).toContain('9万亿元');
  });

  it('not when a year, a plan or a plan’s period is asked', () => {
    expect(figureLead(ask('浙江2025年GDP多少'), figures, citations)).toContain('9万亿元');
    expect(figureLead(ask('浙江计划GDP多少'), figures, citations)).toContain('9万亿元');
    expect(figureLead({ ...ask('浙江GDP多少'), intent: 'plan' }, figures, citations)).toContain('9万亿元');
    expect(figureLead({ ...ask('浙江GDP多少'), planPeriod: { from: 2021, to: 2025 } }, figures, citations)).toContain('9万亿元');
    expect(figureLead({ ...ask('浙江GDP多少'), question: '浙江GDP力争多少' }, figures, citations)).toContain('9万亿元');
  });
});

describe('no year asked: only a result of the shape asked leads as the result', () => {
  it('a growth asked: the result’s rate, not its level cited before it', () => {
    const figures = [
      growth(target('地区生产总值', 5, '%', 'c1')),
      resultFigure('地区生产总值', 8.8, '万亿元', 'c2'),
      growth(resultFigure('地区生产总值', 5.5, '%', 'c3')),
    ];
    const lead = figureLead(ask('浙江GDP增长多少'), figures, citations) ?? '';
    expect(lead).toContain('5.5%');
    expect(lead).not.toContain('8.8万亿元');
  });

  it('a count asked in its unit: a result in another unit is no result of it', () => {
    const figures = [target('5G基站', 2, '万个', 'c1'), resultFigure('5G基站', 3, '万台', 'c2')];
    expect(figureLead(ask('浙江新建多少个5G基站'), figures, citations)).toContain('2万个');
    // A measure word counting the same things (座 for 个) is the unit asked: the result leads.
    const alike = [target('5G基站', 2, '万个', 'c1'), resultFigure('5G基站', 3, '万座', 'c2')];
    expect(figureLead(ask('浙江新建多少个5G基站'), alike, citations)).toContain('3万座');
    const inUnit = [target('5G基站', 2, '万个', 'c1'), resultFigure('5G基站', 3, '万个', 'c2')];
    expect(figureLead(ask('浙江新建多少个5G基站'), inUnit, citations)).toContain('3万个');
  });
});

describe('no indicator asked', () => {
  it('one place: the one best-named figure', () => {
    const figures = [resultFigure('高标准农田', 300, '万亩', 'c1'), resultFigure('高标准农田', 200, '万亩', 'c2')];
    const lead = figureLead(ask('浙江高标准农田多少万亩'), figures, citations) ?? '';
    expect(lead).toContain('300万亩');
    expect(lead).not.toContain('200万亩');
  });

  it('several places: each place’s figure', () => {
    const figures = [
      resultFigure('新建改造高标准农田', 300, '万亩', 'c1', '湖南省'),
      resultFigure('新建改造高标准农田', 400, '万亩', 'c2', '安徽省'),
    ];
    const sides = [resultCitation('c1', '第一句。', '湖南省'), resultCitation('c2', '第二句。', '安徽省')];
    const query = { ...ask('湖南和安徽新建改造高标准农田谁多'), wantsQuantity: true };
    const lead = figureLead(query, figures, sides) ?? '';
    expect(lead).toContain('300万亩');
    expect(lead).toContain('400万亩');
  });
});
