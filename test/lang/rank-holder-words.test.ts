import { describe, expect, it } from 'vitest';
import { askedRank, rankSearchWords, statesRank } from '../../src/lang/zh/rank-holder-words.js';

describe('askedRank', () => {
  it('reads the rank, its field, counting and level of a which-place question', () => {
    expect(askedRank('哪个省是全国第三个GDP超10万亿的')).toEqual({
      rank: 3,
      yearsRunning: null,
      counting: true,
      field: '全国',
      threshold: '10万亿',
    });
    expect(askedRank('进出口总额连续39年全国第一的是哪')).toMatchObject({ rank: 1, yearsRunning: 39, counting: null });
    expect(askedRank('Which city first passed 5 trillion yuan GDP?')).toMatchObject({ rank: 1, counting: true, threshold: '5万亿' });
  });

  it('asks nothing of a question that names no rank or asks no place', () => {
    expect(askedRank('2025年哪个省GDP增速最低？')).toBeNull();
    expect(askedRank('浙江一般公共预算收入全国排第几')).toBeNull();
    expect(askedRank('浙江第三产业增加值是多少')).toBeNull();
  });
});

describe('statesRank', () => {
  const third = askedRank('哪个省是全国第三个GDP超10万亿的')!;
  const firstInCountry = askedRank('全国第一个经济总量破5万亿的城市是哪个')!;

  it('finds the rank in its field, however written', () => {
    expect(statesRank('地区生产总值达到10.3万亿元，成为全国第三个、北方第一个过10万亿元省份', third)).toBe(true);
    expect(statesRank('一般公共预算收入跃居全国第3位', askedRank('一般公共预算收入全国第三的是哪个省')!)).toBe(true);
    expect(statesRank('成为全国首个经济总量突破5万亿元的城市', firstInCountry)).toBe(true);
  });

  it('passes over another field, another level and another run of years', () => {
    // 北方第一个 is not the country's first.
    expect(statesRank('成为全国第三个、北方第一个过10万亿元省份', askedRank('全国第一个GDP过10万亿的省是哪个')!)).toBe(false);
    expect(statesRank('经济总量突破15万亿元，居全国首位', firstInCountry)).toBe(false);
    expect(statesRank('总量连续37年居全国首位', askedRank('进出口总额连续39年全国第一的是哪')!)).toBe(false);
    // A position (第3位) is not the third place to reach a level (第三个).
    expect(statesRank('增速居全国第3位，总量突破10万亿元', third)).toBe(false);
  });

  it('searches the ways reports write the rank', () => {
    expect(rankSearchWords(firstInCountry)).toEqual(expect.arrayContaining(['首个', '首位', '第一个']));
    expect(rankSearchWords(third)).toEqual(expect.arrayContaining(['第三个', '第3位']));
  });
});
