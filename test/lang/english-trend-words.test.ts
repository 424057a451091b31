import { describe, expect, it } from 'vitest';
import { asksTrend } from '../../src/lang/zh/trend-words.js';
import { glossary } from '../../src/lang/zh/glossary.js';

describe('English words asking how a figure moved over the years', () => {
  it('ask a trend', () => {
    for (const q of [
      "how did Zhejiang's GDP evolve",
      'the evolution of jiangsu retail sales',
      'Zhejiang GDP by year',
      'historical GDP of shandong',
      'anhui gdp history',
      "How have Jiangsu's exports developed?",
      'fujian fiscal revenue trends',
      'beijing population across the years',
    ])
      expect(asksTrend(q), q).toBe(true);
  });

  it('leave a point in one year, a record and a growth rate alone', () => {
    for (const q of [
      'What will Shanghai GDP reach by year-end?',
      'by year end how many jobs will Jiangsu add',
      'Was it the highest growth in history?',
      'zhejiang exports year-on-year growth 2025',
      "How did Fujian's fixed-asset investment change last year?",
    ])
      expect(asksTrend(q), q).toBe(false);
  });

  it('are in no English name of the glossary, so reading a name longest first never takes one away', () => {
    const names = [...glossary().english.flatMap((t) => t.en), ...glossary().indicators.flatMap((i) => i.en)];
    expect(names.filter((name) => asksTrend(name))).toEqual([]);
  });
});
