import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import type { Citation, Figure } from '../../src/answer/schema.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

const PLACES = knownPlaces(['广东省']);
const ask = (q: string) => understandQuery(q, PLACES);
const citation = (id: string, sentence: string): Citation => ({
  id,
  docId: 'd1',
  title: '2025年广东省政府工作报告',
  district: '广东省',
  year: 2025,
  period: '2024',
  kind: 'result',
  section: '一、2024年工作回顾',
  paragraph: 1,
  sentence,
  source: 'text',
  score: 1,
});
const figure = (indicator: string, value: number, citationId: string): Figure =>
  ({ indicator, value, unit: '元', period: '2024', kind: 'actual', district: '广东省', citationId }) as Figure;

describe('two figures of one sentence, no glossary indicator asked', () => {
  it('leads with the one whose name shares more with the question', () => {
    const s = '高龄老人津贴标准从每人每月100元提高到120元，失能老人护理补贴从每人每月200元提高到230元';
    const figures = [figure('高龄老人津贴标准', 120, 'c1'), figure('失能老人护理补贴', 230, 'c1')];
    expect(figureLead(ask('广东失能老人护理补贴现在多少'), figures, [citation('c1', s)])).toContain('230元');
    expect(figureLead(ask('广东高龄老人津贴现在多少'), figures, [citation('c1', s)])).toContain('120元');
  });
});
