/**
 * Rates before 的 as shares of the noun after them, each of a list its own, and a counted noun the clause goes on
 * about (src/figures/candidates.ts: `attributedClause`, the rate branch's `shareOfFollowing`;
 * src/figures/indicator-naming.ts: `resolveIndicator`'s followingNoun branch; src/figures/clause-reading.ts:
 * `sameClause`, `nounFeedsRate`, `nounFeedsNext`), on hand-written sentences. Written from the code before the
 * mutation run of session 17's changes.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, quoteSpans } from '../../src/figures/candidates.js';
import { extractFigures } from '../../src/figures/index.js';
import { scanNumbers, toHalfWidth } from '../../src/lang/zh/chinese-number.js';

/** value, counted noun and whether it is a share of the noun, of each candidate. */
function brief(sentence: string) {
  const w = toHalfWidth(sentence);
  return candidatesOf(w, scanNumbers(w), quoteSpans(w)).map((c) => [c.value, c.followingNoun, c.shareOfFollowing ?? false]);
}

/** Each figure's name, value and shape. */
const read = (sentence: string) =>
  extractFigures({ sentence, citationId: '1', period: '2024', district: '湖南省', kind: 'result', source: 'text' }).map((f) => [
    f.indicator,
    f.value,
    f.shape ?? '',
  ]);

describe('candidates: a bare rate’s noun after 的', () => {
  it('ends at a joiner before the next number', () => {
    expect(brief('74.6%的规模工业增加值和40%左右的税收')[0]).toEqual([74.6, '规模工业增加值', true]);
    expect(brief('74.6%的规模工业增加值及5项')[0]).toEqual([74.6, '规模工业增加值', true]);
    expect(brief('74.6%的规模工业增加值与5项')[0]).toEqual([74.6, '规模工业增加值', true]);
  });

  it('goes on past a joiner before a word', () => {
    expect(brief('74.6%的工业和服务业增加值')).toEqual([[74.6, '工业和服务业增加值', true]]);
  });
});

describe('candidates: a rate after its qualifier', () => {
  it('is a share of the noun after its 的, and of none without the 的', () => {
    expect(brief('40%左右的税收')).toEqual([[40, '税收', true]]);
    expect(brief('70%以上的区级河道')).toEqual([[70, '区级河道', true]]);
    expect(brief('70%以上区级河道')[0][2]).toBe(false);
  });
});

describe('figures: a rate after a whole named', () => {
  it('measures the noun after its 的, each rate of a list its own', () => {
    expect(read('园区贡献了全省74.6%的规模工业增加值和40%左右的税收。')).toEqual([
      ['规模工业增加值', 74.6, 'share'],
      ['税收', 40, 'share'],
    ]);
    expect(read('贡献了全国30%的产量。')).toEqual([['产量', 30, 'share']]);
    // The 的 read with the noun: the next rate's words start after it.
    expect(read('园区贡献了全省74.6%的规模工业增加值和40%的税收。')).toEqual([
      ['规模工业增加值', 74.6, 'share'],
      ['税收', 40, 'share'],
    ]);
  });

  it('names a share by its noun cleaned of a leading time word, two characters left at least', () => {
    expect(read('其中89.4%的全年公园开放。')).toEqual([['公园开放', 89.4, 'share']]);
    expect(read('其中60%的全年公园。')).toEqual([['公园', 60, 'share']]);
  });

  it('keeps its own name when no whole ends the words before it', () => {
    expect(read('园区贡献了74.6%的规模工业增加值。')).toEqual([['园区贡献', 74.6, '']]);
  });
});

describe('figures: a counted noun the clause goes on about', () => {
  it('is the subject of the value after its verb or measure', () => {
    expect(read('1550个省重点项目完成投资7398亿元。')).toEqual([
      ['省重点项目', 1550, ''],
      ['省重点项目完成投资', 7398, ''],
    ]);
    expect(read('新开工35个项目总投资达到120亿元。')).toEqual([
      ['新开工项目', 35, ''],
      ['项目总投资', 120, ''],
    ]);
  });

  it('is consumed when the next value stands in another clause, after any mark', () => {
    for (const mark of ['，', '、', '；', '。'])
      expect(read(`建成35个项目${mark}完成投资120亿元。`).map(([n]) => n)).not.toContain('项目完成投资');
  });

  it('is consumed when its verb ends the clause, before a 、 too', () => {
    expect(read('建成35个项目完成、总投资120亿元。')).toEqual([
      ['建成项目', 35, ''],
      ['总投资', 120, ''],
    ]);
  });

  it('is consumed when the clause does not go on with a verb or measure', () => {
    expect(read('新建5所学校12000个学位。').map(([n]) => n)).not.toContain('学校学位');
  });

  it('feeds a rate right after it, unless the noun was a share’s', () => {
    expect(read('15个省重点项目投资完成率174.7%。')).toEqual([
      ['省重点项目', 15, ''],
      ['省重点项目投资完成率', 174.7, ''],
    ]);
  });
});
