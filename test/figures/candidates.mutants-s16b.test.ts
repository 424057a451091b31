/**
 * A bare rate before 的 as the share of what the rest of its clause describes, and hours that say a service never
 * closes (src/figures/candidates.ts: `attributedClause` and the round-the-clock check). Written from the code
 * before the mutation run of session 16's changes (session 16, lead's changes).
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, quoteSpans } from '../../src/figures/candidates.js';
import { scanNumbers, toHalfWidth } from '../../src/lang/zh/chinese-number.js';

/** value, unit, counted noun and whether it is a share of the noun, of each candidate. */
function brief(sentence: string) {
  const w = toHalfWidth(sentence);
  return candidatesOf(w, scanNumbers(w), quoteSpans(w)).map((c) => [c.value, c.unit, c.followingNoun, c.shareOfFollowing ?? false]);
}

describe('a rate before 的', () => {
  it('is the share of the clause after it, numbers included, up to the clause’s end', () => {
    expect(brief('89.4%的公园实现24小时开放。')).toEqual([[89.4, '%', '公园实现24小时开放', true]]);
    expect(brief('89.4%的公园;实现开放')).toEqual([[89.4, '%', '公园', true]]);
    expect(brief('89.4%的公园、绿地免费开放')).toEqual([[89.4, '%', '公园', true]]);
  });

  it('leaves out a joiner or bracket that ends the clause', () => {
    expect(brief('89.4%的公园实现24小时开放和')).toEqual([[89.4, '%', '公园实现24小时开放', true]]);
  });

  it('takes twenty characters of the clause at most', () => {
    expect(brief('89.4%的城市公园实现全天开放的比例很高很高很高很高很高很高很高很高很高很高')).toEqual([
      [89.4, '%', '城市公园实现全天开放的比例很高很高很高很', true],
    ]);
  });

  it('is no share when no noun opens the clause', () => {
    expect(brief('89.4%的')).toEqual([[89.4, '%', '', false]]);
    expect(brief('89.4%的以上')).toEqual([[89.4, '%', '', false]]);
    expect(brief('89.4%的1')[0]).toEqual([89.4, '%', '', false]);
    expect(brief('89.4%的abc')).toEqual([[89.4, '%', '', false]]);
  });

  it('is a share of the noun after a qualifier and its 的 too ("89.4%以上的公园"), none without the 的', () => {
    expect(brief('89.4%以上的公园')).toEqual([[89.4, '%', '公园', true]]);
    expect(brief('覆盖率89.4%公园')).toEqual([[89.4, '%', '公园', false]]);
  });
});

describe('hours that say a service never closes', () => {
  it('are no amount', () => {
    expect(brief('公园实现24小时开放')).toEqual([]);
    expect(brief('政务大厅实现24小时不间断开放')).toEqual([]);
  });

  it('are an amount with a magnitude, or followed by other words', () => {
    expect(brief('累计服务24万小时开放')).toEqual([[24, '万小时', '开放', false]]);
    expect(brief('24小时之内开放')).toEqual([[24, '小时', '开放', false]]);
  });

  it('leave a count in another unit before the same words an amount', () => {
    expect(brief('建成24个服务站')).toEqual([[24, '个', '服务站', false]]);
  });
});
