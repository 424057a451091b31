/**
 * Session 21's lead of levels passed (figure-lead.ts otherLevelsPassed; stryker.s21c.json): "跨了哪几个台阶" leads every
 * level the sentence says the subject passed, each once, and nothing else of the sentence; "几个台阶" leads the count alone.
 */
import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import type { Figure } from '../../src/answer/schema.js';
import { milestonesPassed } from '../../src/figures/milestones-passed.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { resultCitation, resultFigure } from '../support/hand-built-evidence.js';

const PLACES = knownPlaces(['浙江省', '上海市']);
const ask = (q: string) => understandQuery(q, PLACES, { today: new Date('2026-12-03') });
const SENTENCE = '经济总量连续迈上4万亿、5万亿两个台阶，达到5.2万亿元，一般公共预算收入跨越3000亿、4000亿两个台阶';
const frame = (citationId: string, kind: Figure['kind'] = 'actual') => ({ period: '2024', district: '浙江省', citationId, kind });
const passed = (sentence: string, citationId: string, kind: Figure['kind'] = 'actual') =>
  milestonesPassed(sentence, frame(citationId, kind)) as Figure[];
const figures: Figure[] = [
  ...passed(SENTENCE, 'c1'),
  resultFigure('经济总量', 5.2, '万亿元', 'c1'),
  ...passed('经济总量跨越6万亿、7万亿两个台阶', 'c2'),
  ...passed('经济总量迈上8万亿、9万亿两个台阶', 'c1', 'target'),
];
const citations = [resultCitation('c1', SENTENCE), resultCitation('c2', '经济总量跨越6万亿、7万亿两个台阶')];
const count = (text: string, part: string) => text.split(part).length - 1;

describe('the levels passed asked ("哪几个台阶")', () => {
  it('leads each level of the subject the sentence passed, once, and no other figure', () => {
    const lead = figureLead(ask('浙江2024年经济总量跨了哪几个台阶'), figures, citations) ?? '';
    expect(count(lead, '4万亿')).toBe(1);
    expect(count(lead, '5万亿')).toBe(1);
    for (const other of ['5.2万亿元', '2个', '3000亿', '4000亿', '6万亿', '7万亿', '8万亿', '9万亿']) expect(lead).not.toContain(other);
  });

  it('leads the count alone for "几个台阶"', () => {
    const lead = figureLead(ask('浙江2024年经济总量连续迈上几个台阶'), figures, citations) ?? '';
    expect(lead).toContain('2个');
    expect(lead).not.toContain('4万亿');
    expect(lead).not.toContain('5万亿');
  });
});

describe('levels passed asked of two places', () => {
  it('leads each place’s figure, not the first place’s levels alone', () => {
    const shanghai = '经济总量连续迈上4万亿、5万亿两个台阶';
    const both: Figure[] = [...passed(SENTENCE, 'c1'), ...(milestonesPassed(shanghai, { ...frame('c3'), district: '上海市' }) as Figure[])];
    const lead =
      figureLead(ask('浙江和上海2024年经济总量跨了哪几个台阶'), both, [...citations, resultCitation('c3', shanghai, '上海市')]) ?? '';
    expect(lead).toContain('浙江省');
    expect(lead).toContain('上海市');
  });
});
