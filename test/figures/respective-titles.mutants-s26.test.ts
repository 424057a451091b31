/**
 * Session 26's readings of counts shared out without 分别 (titles, ranks) on hand-built sentences, for the mutation run of
 * the session's lines (stryker.s26.json).
 */
import { describe, expect, it } from 'vitest';
import { withRespectiveTitles } from '../../src/figures/respective-titles.js';
import { extractFigures } from '../../src/figures/index.js';
import type { Figure } from '../../src/answer/schema.js';
import { resultSentence } from '../support/hand-built-figures.js';

const count = (value: number, indicator: string, unit = '个', over: Partial<Figure> = {}): Figure => ({
  indicator,
  value,
  unit,
  kind: 'actual',
  period: '2024',
  district: '广东省',
  citationId: 'c',
  ...over,
});
const names = (figures: Figure[]) => figures.map((f) => `${f.indicator}:${f.value}${f.unit}`);

describe('withRespectiveTitles', () => {
  it('keeps a title’s own scope and shares the first one’s only with those that write none', () => {
    const out = withRespectiveTitles('3个区、4个县获评全国百强区、全省百强县。', [count(3, '区'), count(4, '县')]);
    expect(names(out)).toEqual(['获评全国百强区:3个', '获评全省百强县:4个']);
    const plain = withRespectiveTitles('3个区、4个县获评百强区、百强县。', [count(3, '区'), count(4, '县')]);
    expect(names(plain)).toEqual(['获评百强区:3个', '获评百强县:4个']);
  });

  it('gives equal counts their titles in order, each figure once', () => {
    const out = withRespectiveTitles('2个区、2个县获评全国百强区、百强县。', [count(2, '区'), count(2, '县')]);
    expect(names(out)).toEqual(['获评全国百强区:2个', '获评全国百强县:2个']);
  });

  it('renames only a plain count of the listed counter, not a shaped figure or another unit', () => {
    const out = withRespectiveTitles('3个区、4家医院获评全国百强区、百强医院。', [
      count(3, '区', '个', { shape: 'streak' }),
      count(3, '区'),
      count(4, '医院', '个'),
      count(4, '医院', '家'),
    ]);
    expect(names(out)).toEqual(['区:3个', '获评全国百强区:3个', '医院:4个', '获评全国百强医院:4家']);
  });

  it('leaves the figures as read when counts and titles differ in number or a title is empty', () => {
    const figures = [count(3, '区'), count(4, '县')];
    expect(withRespectiveTitles('3个区、4个县获评全国百强区。', figures)).toEqual(figures);
    expect(withRespectiveTitles('3个区、4个县获评全国百强区、 。', figures)).toEqual(figures);
    expect(withRespectiveTitles('3个区获评全国百强区。', figures)).toEqual(figures);
    // A figure the sentence holds no count of stays as it is, and the next count is still looked for.
    expect(names(withRespectiveTitles('3个区、4个县获评全国百强区、百强县。', [count(4, '县')]))).toEqual(['获评全国百强县:4个']);
  });
});

describe('ranks shared out over a 分别 list', () => {
  const ranks = (sentence: string) =>
    extractFigures(resultSentence(sentence))
      .filter((f) => f.unit === '位')
      .map((f) => `${f.indicator}:${f.value}`);

  it('need 分别 and as many items as ranks', () => {
    expect(ranks('出口、进口分别居全国第3、第5位。')).toEqual(['出口:3', '进口:5']);
    expect(ranks('出口、进口、消费分别居全国第3、第5位。')).not.toContain('出口:3');
    expect(ranks('出口、进口居全国第3、第5位。')).not.toEqual(['出口:3', '进口:5']);
  });

  it('read ranks in Chinese numerals and three of them', () => {
    expect(ranks('甲产能、乙产能、丙产能分别居全国第二、第四和第九位。')).toEqual(['甲产能:2', '乙产能:4', '丙产能:9']);
  });
});
