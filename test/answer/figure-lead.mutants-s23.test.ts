/**
 * Session 23's lead rule (figure-lead.ts bestNamed; stryker.s23.json), on hand-built figures and citations, no engine: a
 * name sharing a longer run with the question than any name written whole is named more.
 */
import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import type { Figure } from '../../src/answer/schema.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { resultCitation, resultFigure } from '../support/hand-built-evidence.js';

const today = new Date('2026-12-03');
const ask = (q: string) => understandQuery(q, knownPlaces(['云南省']), { today });

describe('a long name the question shares most with, beside a short one it writes whole', () => {
  // The 2025 report's plan: the sentence on the wards ranked first, the 惠民实事 it belongs to after it.
  const planCitation = (id: string, sentence: string) => ({
    ...resultCitation(id, sentence, '云南省'),
    kind: 'plan' as const,
    period: '2025',
    section: '二、2025年工作安排',
  });
  const citations = [planCitation('c1', '建成5个具有Ⅱ级水平的州（市）级儿童急诊或重症学科'), planCitation('c2', '办好10件惠民实事')];
  const plan = (indicator: string, value: number, unit: string, id: string) =>
    ({ ...resultFigure(indicator, value, unit, id, '云南省'), kind: 'target', period: '2025' }) as Figure;
  const works = plan('惠民实事', 10, '件', 'c2');
  const wards = plan('州(市)级儿童急诊或重症学科', 5, '个', 'c1');

  it('leads the wards asked, not the 惠民实事 written before them', () => {
    const lead = figureLead(ask('云南惠民实事 2025年州市级儿童急诊或重症学科要建几个'), [works, wards], citations) ?? '';
    expect(lead).toContain('5个');
    expect(lead).not.toContain('10件');
  });

  it('still leads 惠民实事 when that is all the question asks', () => {
    const lead = figureLead(ask('云南2025年惠民实事有几件'), [works, wards], citations) ?? '';
    expect(lead).toContain('10件');
  });
});

describe('a name sharing less with the question than the longest name it writes whole', () => {
  const planCitation = (id: string, sentence: string) => ({
    ...resultCitation(id, sentence, '云南省'),
    kind: 'plan' as const,
    period: '2025',
    section: '二、2025年工作安排',
  });
  const citations = [
    planCitation('c1', '新建儿童急诊或重症救治点20个'),
    planCitation('c2', '建成5个儿童急诊或重症学科'),
    planCitation('c3', '办好10件惠民实事'),
  ];
  const plan = (indicator: string, value: number, unit: string, id: string) =>
    ({ ...resultFigure(indicator, value, unit, id, '云南省'), kind: 'target', period: '2025' }) as Figure;

  it('is not named more, though it shares more than the shortest name written whole', () => {
    const lead =
      figureLead(
        ask('云南惠民实事 2025年儿童急诊或重症学科要建几个'),
        [plan('新建儿童急诊或重症救治点', 20, '个', 'c1'), plan('儿童急诊或重症学科', 5, '个', 'c2'), plan('惠民实事', 10, '件', 'c3')],
        citations,
      ) ?? '';
    expect(lead).toContain('5个');
    expect(lead).not.toContain('20个');
  });
});
