import { describe, expect, it } from 'vitest';
import type { Citation, Figure } from '../../src/answer/schema.js';
import { askedSubjects, severalSubjectsLead } from '../../src/answer/several-subjects.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

/**
 * Session 33's mutants of "A比B多几家" (src/answer/several-subjects.ts): the difference is said only between two figures of
 * one kind and one unit that differ, the more first or second as it is, and the question's leading space is no part of
 * the first thing.
 */
const today = new Date('2026-12-05');
const read = (q: string) => ({ ...understandQuery(q, knownPlaces(['钱塘区']), { today }), places: ['钱塘区'] });
const citation: Citation = {
  id: 'c1',
  docId: 'd',
  title: 't',
  district: '钱塘区',
  year: 2023,
  period: '2023',
  kind: 'result',
  section: [],
  paragraph: 1,
  sentence: '认定省级数字农业工厂18家、未来农场2家。',
} as never;
const figure = (indicator: string, value: number, unit = '家', kind: Figure['kind'] = 'actual'): Figure =>
  ({ indicator, value, unit, kind, period: '2023', district: '钱塘区', citationId: 'c1', source: 'text' }) as never;
const lead = (question: string, figures: Figure[]) => severalSubjectsLead(read(question), figures, [citation]);
const QUESTION = '钱塘23年认定的省级数字农业工厂 比未来农场多几家';

describe('the difference of two things', () => {
  it('the first more: 前者多; the second more: 后者多, by the difference in the unit', () => {
    expect(lead(QUESTION, [figure('认定省级数字农业工厂', 18), figure('未来农场', 2)])).toMatch(/。前者多16家$/);
    expect(lead(QUESTION, [figure('认定省级数字农业工厂', 2), figure('未来农场', 18)])).toMatch(/。后者多16家$/);
  });

  it('no difference said between equal values, other units or a target and a result', () => {
    for (const pair of [
      [figure('认定省级数字农业工厂', 18), figure('未来农场', 18)],
      [figure('认定省级数字农业工厂', 18), figure('未来农场', 2, '个')],
      [figure('认定省级数字农业工厂', 18), figure('未来农场', 2, '家', 'target')],
    ]) {
      const said = lead(QUESTION, pair);
      expect(said).not.toBeNull();
      expect(said).not.toMatch(/多\d/);
    }
  });

  it('a question written with spaces around it reads the same things', () => {
    expect(askedSubjects(` ${QUESTION} `)).toEqual(askedSubjects(QUESTION));
    expect(askedSubjects(` ${QUESTION}`)[0]).toBe('钱塘23年认定的省级数字农业工厂');
  });
});
