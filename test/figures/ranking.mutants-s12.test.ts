/**
 * Figures ranked for a question (src/figures/ranking.ts): the edges its first mutation run (session 12)
 * showed no test held — a term written with spaces round it, a two-letter Latin term, how much a longer
 * match outweighs a shorter one, and the shortest asked term and figure name that may match inside
 * each other. Names outside the glossary (茶园, 杂交水稻制种面积, XR) keep synonyms out of the scores.
 */
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/answer/schema.js';
import { rankFiguresForQuestion } from '../../src/figures/ranking.js';

function fig(indicator: string, value: number): Figure {
  return { indicator, value, unit: '亿元', kind: 'actual', period: '2024', district: '某省', citationId: 'c1' };
}
const order = (figures: readonly Figure[], terms: readonly string[]) => rankFiguresForQuestion(figures, terms).map((f) => f.indicator);

describe('ranking figures for a question: edges of the session-12 mutation run', () => {
  it('reads an asked term without the spaces round it, so its synonyms still count', () => {
    // Untrimmed, " GDP " is no glossary name and matches no figure.
    expect(order([fig('税收收入', 60), fig('地区生产总值', 361)], [' GDP '])).toEqual(['地区生产总值', '税收收入']);
  });

  it('matches a two-letter Latin term; only a one-letter one is too short', () => {
    expect(order([fig('税收收入', 60), fig('XR产业规模', 12)], ['XR'])).toEqual(['XR产业规模', '税收收入']);
  });

  it('lets a longer matched term outweigh a shorter one, whatever the sentence order', () => {
    // 茶园 scores 2 × 2, 杂交水稻制种面积 2 × 8: the longer match leads.
    expect(order([fig('新建茶园', 2), fig('杂交水稻制种面积', 30)], ['茶园', '杂交水稻制种面积'])).toEqual([
      '杂交水稻制种面积',
      '新建茶园',
    ]);
  });

  it('takes a figure named inside an asked term of four characters, never one named by a single character', () => {
    expect(order([fig('税收收入', 60), fig('茶园', 2)], ['茶园面积'])).toEqual(['茶园', '税收收入']);
    // A one-character name ("茶") is in too many terms to say it is the one asked.
    expect(order([fig('税收收入', 60), fig('茶', 2)], ['茶园面积'])).toEqual(['税收收入', '茶']);
  });
});
