/**
 * 分别 lists of from–to pairs (src/figures/respective-from-to.ts), written from its code for its first
 * mutation run (session 12): 由 and 至 as well as 从 and 到, decimals, three items, a lone pair, a list
 * whose ends do not match its starts, and the figures before and after the list left where they are.
 */
import { describe, expect, it } from 'vitest';
import { briefFigures } from '../support/hand-built-figures.js';

const PAIRED = [
  ['甲补贴标准', 110, '元', null],
  ['甲补贴标准', 100, '元', '从'],
  ['乙补贴标准', 220, '元', null],
  ['乙补贴标准', 200, '元', '从'],
];

describe('分别 lists of from–to pairs: session-12 mutation run', () => {
  it('reads 由 … 提高至 as 从 … 提高到, each start qualified 从', () => {
    expect(briefFigures('甲补贴、乙补贴标准分别由每人每月100元、200元提高至110元、220元')).toEqual(PAIRED);
  });

  it('pairs decimals, and three items as well as two', () => {
    expect(briefFigures('甲比率、乙比率分别从1.5%、2.5%提高到1.8%、2.8%').map((f) => f[1])).toEqual([1.8, 1.5, 2.8, 2.5]);
    expect(briefFigures('甲补贴、乙补贴、丙补贴标准分别从100元、200元、300元提高到110元、220元、330元').map((f) => f[1])).toEqual([
      110, 100, 220, 200, 330, 300,
    ]);
  });

  it('leaves a list with fewer ends than starts as read, and pairs the first ends of one with more', () => {
    expect(briefFigures('甲补贴、乙补贴标准分别从100元、200元提高到110元')).toEqual([
      ['甲补贴标准', 100, '元', null],
      ['乙补贴标准', 200, '元', null],
      ['乙补贴标准', 110, '元', null],
    ]);
    expect(briefFigures('甲补贴、乙补贴标准分别从100元、200元提高到110元、220元、330元')).toEqual([
      ...PAIRED,
      ['乙补贴标准', 330, '元', null],
    ]);
  });

  it('leaves the figures before and after the list where they are', () => {
    expect(briefFigures('全市地区生产总值增长5%，甲补贴、乙补贴标准分别从100元、200元提高到110元、220元，惠及10万人')).toEqual([
      ['地区生产总值', 5, '%', null],
      ...PAIRED,
      ['惠及', 10, '万人', null],
    ]);
  });

  it('pairs the run whose values the list gives, not an earlier run of figures in the same unit', () => {
    expect(briefFigures('人均补助100元、500元，甲补贴、乙补贴标准分别从100元、200元提高到110元、220元')).toEqual([
      ['人均补助', 100, '元', null],
      ['人均补助', 500, '元', null],
      ...PAIRED,
    ]);
  });

  it('pairs a list written with thousands separators, a figure after it of a start value left where it is', () => {
    // Session 13: the pattern reads "1,000" as one number and no longer stops the list at its comma.
    expect(briefFigures('甲补贴、乙补贴标准分别从1,000元、2,000元提高到1,100元、2,200元，另有补助1元')).toEqual([
      ['甲补贴标准', 1100, '元', null],
      ['甲补贴标准', 1000, '元', '从'],
      ['乙补贴标准', 2200, '元', null],
      ['乙补贴标准', 2000, '元', '从'],
      ['另有补助', 1, '元', null],
    ]);
  });
});
