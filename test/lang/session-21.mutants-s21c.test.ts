/**
 * Session 21's word functions (stryker.s21c.json): which milestones as against how many, and a question without its
 * words of a trend (every one of them, whatever the case).
 */
import { describe, expect, it } from 'vitest';
import { asksWhichMilestones } from '../../src/lang/zh/asked-shape-words.js';
import { withoutTrendWords } from '../../src/lang/zh/trend-words.js';

describe('which milestones', () => {
  it('asks which for 哪几个 / 哪些 / 哪个 / which, and how many otherwise', () => {
    for (const q of ['跨了哪几个台阶', '迈上了哪些台阶', '突破了哪个关口', 'Which milestones did Zhejiang pass?'])
      expect(asksWhichMilestones(q)).toBe(true);
    for (const q of ['连续迈上几个万亿台阶', '跨了多少个台阶']) expect(asksWhichMilestones(q)).toBe(false);
  });
});

describe('a question without its trend words', () => {
  it('drops every trend word, however often and in whatever case, and keeps the rest', () => {
    expect(withoutTrendWords('不成套旧住房改造这几年增长了多少')).toBe('不成套旧住房改造增长了多少');
    expect(withoutTrendWords('近几年趋势如何')).toBe('如何');
    expect(withoutTrendWords('GDP Trend lately')).toBe('GDP  ');
    expect(withoutTrendWords('城中村改造多少')).toBe('城中村改造多少');
  });
});
