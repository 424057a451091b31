import { describe, expect, it } from 'vitest';
import { namesNothingNew, namesOwnRankedSubject, namesOwnSubject } from '../../src/lang/zh/follow-up-words.js';

/**
 * Whether a follow-up names a subject of its own (session 16's mutation run of newWords, namesOwnRankedSubject and
 * namesOwnSubject in src/lang/zh/follow-up-words.ts): hand-built question pairs at the edges the survivors would move.
 */
const METRO = '广东深圳的地铁客流最高到多少了';

describe('namesNothingNew', () => {
  it('finds a Latin word of the follow-up in the earlier question whatever its case', () => {
    expect(namesNothingNew('gdp呢', '浙江GDP多少', [], [])).toBe(true);
  });
});

describe('namesOwnSubject', () => {
  // Session 20: three characters name a subject too ("地表水呢" after a PM2.5 question); two do not.
  it('is a subject of three Chinese characters, not fewer', () => {
    expect(namesOwnSubject('浙江这两年美丽街区多少', METRO, ['浙江'], ['这两年'])).toBe(true);
    expect(namesOwnSubject('浙江这两年老街区多少', METRO, ['浙江'], ['这两年'])).toBe(true);
    expect(namesOwnSubject('浙江这两年街区多少', METRO, ['浙江'], ['这两年'])).toBe(false);
  });

  it('counts what is left once the verbs of building go', () => {
    // 新建街区 is a verb of building and a word of two characters; 绿道公园 a subject of its own.
    expect(namesOwnSubject('浙江新建街区多少', '上海公园多少', ['浙江'], [])).toBe(false);
    expect(namesOwnSubject('浙江新增绿道公园多少', '上海公园多少', ['浙江'], [])).toBe(true);
  });

  it('is not words the earlier question wrote', () => {
    expect(namesOwnSubject('浙江的地铁客流呢', METRO, ['浙江'], [])).toBe(false);
  });

  it('is any one piece of the question that names a subject', () => {
    expect(namesOwnSubject('浙江美丽街区，公园呢', METRO, ['浙江'], [])).toBe(true);
  });
});

describe('namesOwnRankedSubject', () => {
  it('is what is ranked, four characters or more, once the asking words go', () => {
    expect(namesOwnRankedSubject('哪个省创新能力最强', '浙江去年GDP多少', [], [])).toBe(true);
    expect(namesOwnRankedSubject('区域创新能力，哪个省最强', '浙江去年GDP多少', [], [])).toBe(true);
  });

  it('is not what the earlier question asked, whatever its case', () => {
    expect(namesOwnRankedSubject('哪个省GDP增速最快', '浙江去年GDP增速多少', [], [])).toBe(false);
    expect(namesOwnRankedSubject('哪个省CPI涨幅最高', '上海去年CPI涨幅多少', [], [])).toBe(false);
  });

  it('never joins the words on either side of an asking word or a word about a figure into one subject', () => {
    // 农村 (a qualifier) and 收入; GDP and 增速 (the earlier question asked 增长): no subject of four characters.
    expect(namesOwnRankedSubject('农村哪个省收入最高', '浙江去年城镇居民收入多少', [], [])).toBe(false);
    expect(namesOwnRankedSubject('哪个省GDP指标增速最高', '浙江去年GDP增长多少', [], [])).toBe(false);
  });
});
