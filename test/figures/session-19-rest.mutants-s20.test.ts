import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { resultSentence } from '../support/hand-built-figures.js';

/**
 * Session 20's mutation run of the rest of session 19's changes (docs/mutation-survivors.md, "Session 19, the rest
 * (English path, mends)"): one value after 分别 for every item listed (src/figures/clause-reading.ts).
 */
const names = (s: string) => extractFigures(resultSentence(s)).map((f) => `${f.indicator}:${f.value}${f.unit}`);

describe('one value after 分别 shared by the items listed', () => {
  it('gives each of two to eight items the value', () => {
    expect(names('甲乙、丙丁分别增加2个')).toEqual(['甲乙:2个', '丙丁:2个']);
    expect(names('出口及进口分别增长5%')).toEqual(['出口:5%', '进口:5%']);
    expect(names('出口与进口分别增长5%')).toEqual(['出口:5%', '进口:5%']);
    expect(names('甲甲、乙乙、丙丙、丁丁、戊戊、己己、庚庚、辛辛分别增加2个')).toHaveLength(8);
  });

  it('reads no shared value for nine items, or for items of one character', () => {
    expect(names('甲甲、乙乙、丙丙、丁丁、戊戊、己己、庚庚、辛辛、壬壬分别增加2个')).toHaveLength(1);
    expect(names('一、乙乙、丙丙分别增加2个')).toEqual(['一、乙乙、丙丙:2个']);
  });

  it('reads the list after the last clause mark before 分别', () => {
    for (const mark of ['，', ',', '；', ';', '：', ':'])
      expect(names(`全省出口${mark}进口和投资分别增长5%`)).toEqual(['进口:5%', '投资:5%']);
    expect(names('出口增长3%，进口和投资分别增长5%')).toEqual(['出口:3%', '进口:5%', '投资:5%']);
  });

  it('keeps one value per item when as many values as items follow', () => {
    expect(names('出口和进口分别增长5%和6%')).toEqual(['出口:5%', '进口:6%']);
    expect(names('出口分别增长5%')).toEqual(['出口:5%']);
  });
});

describe('after the first run', () => {
  it('reads the items before 分别 only, not the words after it', () => {
    expect(names('出口、进口分别比上年和前年增长5%')).toEqual(['出口:5%', '进口:5%']);
  });

  it('counts an item of one character with spaces round it as none', () => {
    expect(names('甲甲、 乙、丙丙分别增加2个')).toEqual(['甲甲、乙、丙丙:2个']);
  });
});
