import { describe, expect, it } from 'vitest';
import { levelNotStatedNote } from '../../src/answer/level-not-stated.js';
import { figureLead } from '../../src/answer/figure-lead.js';
import { askedSubjects, severalSubjectsLead } from '../../src/answer/several-subjects.js';
import { compoundedInto } from '../../src/lang/en/english-terms.js';
import { extractFigures } from '../../src/figures/extract.js';
import { askedCountUnit } from '../../src/lang/zh/asked-shape-words.js';
import { subjectOfFollowUp } from '../../src/lang/zh/place-shapes.js';
import { knownPlaces, type UnderstoodQuery, understandQuery } from '../../src/retrieve/query.js';
import { handFigure, resultCitation } from '../support/hand-built-evidence.js';

/** Session 43's mutation survivors (docs/mutation-survivors.md "Session 43"), each on a hand-built input. */
const today = new Date('2026-12-06');
const PLACES = knownPlaces(['浙江省', '福建省']);
const asked = (question: string): UnderstoodQuery => ({ ...understandQuery(question, PLACES, { today }), wantsQuantity: true });

describe('things set apart by spaces alone', () => {
  it('reads them with the spaces around them trimmed and runs of spaces as one', () => {
    expect(askedSubjects('  供应国有建设用地  新增用海各多少万亩')).toEqual(['供应国有建设用地', '新增用海']);
  });

  it('two things are enough', () => {
    expect(askedSubjects('供应国有建设用地 新增用海各多少万亩')).toEqual(['供应国有建设用地', '新增用海']);
  });
});

describe('a measure of two characters shared by the things asked ("食品和药品产量")', () => {
  it('is set aside, so each figure goes to its own thing', () => {
    const sentence = '食品产量100万吨、药品产量20万吨。';
    const figures = extractFigures({ sentence, kind: 'result', period: '2025', district: '浙江省', citationId: 'c1', source: 'text' });
    const lead = severalSubjectsLead(asked('浙江去年食品和药品产量各多少'), figures, [resultCitation('c1', sentence)]);
    expect(lead).toMatch(/食品产量（实绩）：100万吨 \[1\]；.*药品产量（实绩）：20万吨 \[1\]$/);
  });
});

describe('money asked in English beside a size class by money', () => {
  it('the class is set aside and the unit asked still reads as money', () => {
    expect(askedCountUnit('investment of the 100m-yuan-plus projects, in billion yuan?')).toBe('元');
    expect(askedCountUnit('zj 2026 target: major industrial projects (100m yuan+) to attract')).toBeNull();
  });

  it('two classes in one question are both set aside', () => {
    expect(askedCountUnit('started: 10-billion-yuan-plus projects and 100m-yuan-plus projects')).toBeNull();
  });
});

describe('no level asked', () => {
  const growthOnly = [handFigure('生产总值', 5.5, '%', { change: { direction: 'up', value: 5.5, unit: '%' } })];

  it('how it went, asked in English: no note', () => {
    expect(levelNotStatedNote(asked("How did Zhejiang's GDP do in 2024?"), growthOnly)).toBeNull();
  });

  it('a rate’s unit asked in English: no note', () => {
    expect(levelNotStatedNote(asked('zhejiang 2024 GDP, in percent?'), growthOnly)).toBeNull();
  });
});

describe('a follow-up of a name alone', () => {
  it('is read with the spaces around it trimmed', () => {
    expect(subjectOfFollowUp(' 那琼海呢 ')).toBe('琼海');
  });
});

describe('one group of residents asked, beside the other group’s figure and the all-resident one', () => {
  const income = (indicator: string, value: number, citationId: string) =>
    handFigure(indicator, value, '%', { citationId, change: { direction: 'up', value, unit: '%' } });
  const figures = [income('农村居民人均可支配收入', 6.7, 'c1'), income('居民人均可支配收入', 5.3, 'c2')];
  const citations = [resultCitation('c1', '农村居民人均可支配收入增长6.7%。'), resultCitation('c2', '居民人均可支配收入增长5.3%。')];

  it('leads with the all-resident figure, never the other group’s cited first', () => {
    const lead = figureLead(asked('浙江前年城镇居民收入多少'), figures, citations) ?? '';
    expect(lead).toMatch(/居民人均可支配收入（实绩）：增长5\.3%/);
    expect(lead).not.toMatch(/农村|6\.7/);
  });

  it('leads with the group asked when it is there, and with the all-resident figure when no group is asked', () => {
    expect(figureLead(asked('浙江前年农村居民收入多少'), figures, citations)).toMatch(/农村居民人均可支配收入（实绩）：增长6\.7%/);
    expect(figureLead(asked('浙江前年居民收入多少'), figures, citations)).toMatch(/^浙江省2024年居民人均可支配收入（实绩）：增长5\.3%/);
  });

  it('a target asked of one group is not answered by the other group’s target', () => {
    const targets = [
      handFigure('农村居民人均可支配收入', 7, '%', { kind: 'target', period: '2026', citationId: 'c1' }),
      handFigure('居民人均可支配收入', 5, '%', { kind: 'target', period: '2026', citationId: 'c2' }),
    ];
    const lead = figureLead(asked('浙江今年城镇居民收入增长目标'), targets, citations) ?? '';
    expect(lead).not.toMatch(/农村/);
  });
});

describe('a word after an indicator’s English name', () => {
  it('is read past any marks between, and none at the end of the text', () => {
    expect(compoundedInto('corporate income  tax rate', 'income')).toBe(true);
    expect(compoundedInto('income, tax', 'income')).toBe(true);
    expect(compoundedInto('zhejiang income', 'income')).toBe(false);
  });
});
