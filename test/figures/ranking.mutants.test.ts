/**
 * Figures ranked for a question (src/figures/ranking.ts) and the shape a question asks
 * (src/figures/asked-shape.ts), on hand-built figures as a report sentence gives them (issue #15:
 * the mutants of these files that changed which figure leads and no test noticed).
 */
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/answer/schema.js';
import { preferAskedShape } from '../../src/figures/asked-shape.js';
import { rankFiguresForQuestion } from '../../src/figures/index.js';

function fig(indicator: string, value: number, over: Partial<Figure> = {}): Figure {
  return { indicator, value, unit: '亿元', kind: 'actual', period: '2024', district: '钱塘区', citationId: 'c1', ...over };
}
const names = (figures: readonly Figure[]) => figures.map((f) => `${f.indicator}:${f.value}`);

describe('ranking figures for a question', () => {
  it('puts figures naming the asked term first, longer matches first, the rest after in sentence order', () => {
    const figures = [fig('一般公共预算收入', 85), fig('规上工业增加值', 120), fig('工业投资', 30), fig('税收收入', 60)];
    expect(names(rankFiguresForQuestion(figures, ['规上工业增加值']))).toEqual([
      '规上工业增加值:120',
      '一般公共预算收入:85',
      '工业投资:30',
      '税收收入:60',
    ]);
    expect(names(rankFiguresForQuestion(figures, ['工业', '规上工业增加值']))).toEqual([
      '规上工业增加值:120',
      '工业投资:30',
      '一般公共预算收入:85',
      '税收收入:60',
    ]);
  });

  it('finds a figure by a glossary synonym and by a name variant', () => {
    const figures = [fig('税收收入', 60), fig('地区生产总值', 361)];
    expect(names(rankFiguresForQuestion(figures, ['GDP']))[0]).toBe('地区生产总值:361');
    expect(names(rankFiguresForQuestion(figures, ['gdp']))[0]).toBe('地区生产总值:361');
    const variant = [fig('税收收入', 60), fig('规模以上工业增加值', 120)];
    expect(names(rankFiguresForQuestion(variant, ['规上工业']))[0]).toBe('规模以上工业增加值:120');
  });

  it('brings no synonyms for a term inside a longer asked term', () => {
    // 投资 alone would bring its group's names; inside 制造业投资 it is only a word of that name.
    const figures = [fig('税收收入', 60), fig('制造业投资', 20)];
    expect(names(rankFiguresForQuestion(figures, ['投资', '制造业投资']))).toEqual(['制造业投资:20', '税收收入:60']);
  });

  it('matches a figure whose whole name is inside a long asked term', () => {
    const figures = [fig('税收收入', 60), fig('投资', 20)];
    expect(names(rankFiguresForQuestion(figures, ['工业投资总额']))).toEqual(['投资:20', '税收收入:60']);
    // A short asked term does not take a figure named inside it.
    expect(names(rankFiguresForQuestion(figures, ['投资额']))).toEqual(['税收收入:60', '投资:20']);
    expect(names(rankFiguresForQuestion([fig('税收收入', 60), fig('工业', 20)], ['工业区']))).toEqual(['税收收入:60', '工业:20']);
  });

  it('ignores blank terms and one-letter Latin terms', () => {
    const figures = [fig('税收收入', 60), fig('R&D经费', 20)];
    expect(names(rankFiguresForQuestion(figures, ['  ', 'R']))).toEqual(['税收收入:60', 'R&D经费:20']);
  });

  it('prefers a target when a target is asked, and a growth rate when growth is asked', () => {
    const figures = [
      fig('地区生产总值', 361),
      fig('地区生产总值', 6, { unit: '%', kind: 'target', change: { direction: 'up', value: 6, unit: '%' } }),
      fig('地区生产总值', 5.5, { unit: '%', change: { direction: 'up', value: 5.5, unit: '%' } }),
    ];
    expect(names(rankFiguresForQuestion(figures, ['地区生产总值']))).toEqual(['地区生产总值:361', '地区生产总值:6', '地区生产总值:5.5']);
    expect(names(rankFiguresForQuestion(figures, ['地区生产总值', '目标']))[0]).toBe('地区生产总值:6');
    expect(names(rankFiguresForQuestion(figures, ['地区生产总值', '增速']))).toEqual([
      '地区生产总值:6',
      '地区生产总值:5.5',
      '地区生产总值:361',
    ]);
    // A figure that matches no term gains nothing from a target or growth being asked.
    const unmatched = [fig('税收收入', 60), fig('工业投资', 5, { kind: 'target', change: { direction: 'up', value: 5, unit: '%' } })];
    expect(names(rankFiguresForQuestion(unmatched, ['目标增速']))).toEqual(['税收收入:60', '工业投资:5']);
  });

  it('never lists a rank, and lists at most 8 figures', () => {
    const rank = fig('地区生产总值', 3, { unit: '位', qualifier: '全国第' });
    expect(names(rankFiguresForQuestion([rank, fig('地区生产总值', 361)], ['地区生产总值']))).toEqual(['地区生产总值:361']);
    const many = Array.from({ length: 10 }, (_, i) => fig(`指标${i}`, i));
    expect(rankFiguresForQuestion(many, ['指标9']).map((f) => f.value)).toEqual([9, 0, 1, 2, 3, 4, 5, 6]);
  });
});

describe('the shape a question asks', () => {
  const level = fig('地区生产总值', 361);
  const gap = fig('地区生产总值增速与全市差距', 0.4, { unit: '个百分点', shape: 'gap' });
  const streak = fig('地区生产总值', 5, { unit: '%', shape: 'streak', qualifier: '连续3年' });
  const milestone = fig('地区生产总值', 300, { shape: 'milestone', qualifier: '突破' });
  const rankNational = fig('地区生产总值', 8, { unit: '位', qualifier: '全国第' });
  const rankProvincial = fig('地区生产总值', 2, { unit: '位', qualifier: '全省第' });
  const share = fig('服务业增加值占地区生产总值比重', 55, { unit: '%' });
  const average = fig('地区生产总值', 5.7, { unit: '%', qualifier: '年均' });
  const start = fig('地区生产总值', 300, { qualifier: '从' });

  it('answers a gap only when a gap is asked', () => {
    expect(preferAskedShape('钱塘区GDP是多少', [gap, level])).toEqual([level]);
    expect(preferAskedShape('钱塘区GDP增速比全市高多少', [level, gap])).toEqual([gap]);
    expect(preferAskedShape('钱塘区GDP增速比全市高多少', [level])).toEqual([level]);
  });

  it('lets a streak or a milestone lead only when asked or alone', () => {
    expect(preferAskedShape('钱塘区GDP是多少', [streak, milestone, level])).toEqual([level]);
    expect(preferAskedShape('钱塘区GDP是多少', [streak])).toEqual([streak]);
    expect(preferAskedShape('钱塘区GDP连续几年增长', [streak, level])).toEqual([streak, level]);
    // Asked, a milestone answers before any other figure.
    expect(preferAskedShape('钱塘区GDP突破了什么台阶', [milestone, level])).toEqual([milestone]);
    expect(preferAskedShape('钱塘区GDP突破了什么台阶', [level])).toEqual([level]);
  });

  it('answers a rank only when a rank is asked, the asked scope first', () => {
    expect(preferAskedShape('钱塘区GDP是多少', [rankNational, level])).toEqual([level]);
    expect(preferAskedShape('钱塘区GDP全国排第几', [rankProvincial, rankNational, level])).toEqual([rankNational]);
    expect(preferAskedShape('钱塘区GDP排名', [rankProvincial, rankNational, level])).toEqual([rankProvincial, rankNational]);
  });

  it('answers a share only with a share', () => {
    expect(preferAskedShape('服务业增加值占GDP比重是多少', [level, share])).toEqual([share]);
    expect(preferAskedShape('服务业增加值占GDP比重是多少', [level])).toEqual([]);
  });

  it("prefers one year's value to a several-year average unless an average is asked", () => {
    expect(preferAskedShape('钱塘区GDP增长多少', [average, level])).toEqual([level]);
    expect(preferAskedShape('钱塘区GDP年均增长多少', [average, level])).toEqual([average, level]);
    expect(preferAskedShape('钱塘区GDP增长多少', [average])).toEqual([average]);
  });

  it('prefers the value reached to the one a from–to pair started from', () => {
    expect(preferAskedShape('钱塘区GDP是多少', [start, level])).toEqual([level]);
    expect(preferAskedShape('钱塘区GDP是多少', [start])).toEqual([start]);
  });

  it('prefers the one population group asked, and keeps both when both are asked', () => {
    const urban = fig('城镇居民人均可支配收入', 6.6, { unit: '万元' });
    const rural = fig('农村居民人均可支配收入', 3.2, { unit: '万元' });
    expect(preferAskedShape('农民收入是多少', [urban, rural])).toEqual([rural]);
    expect(preferAskedShape('城镇居民收入是多少', [urban, rural])).toEqual([urban]);
    expect(preferAskedShape('城镇和农村居民收入是多少', [urban, rural])).toEqual([urban, rural]);
  });
});
