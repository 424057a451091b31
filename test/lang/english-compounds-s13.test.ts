import { describe, expect, it } from 'vitest';
import { composedHeadwords, translateContentWords } from '../../src/lang/en/english-lexicon.js';

/** Hand-built: a small lexicon and how often "the reports" write each Chinese word. */
const LEXICON = new Map<string, string[]>([
  ['logistics', ['物流']],
  ['cost', ['成本', '费用']],
  ['service', ['服务']],
  ['sector', ['门户']],
  ['diesel', ['柴油']],
  ['truck', ['货车', '柴油车']],
]);
const TIMES: Record<string, number> = {
  物流: 9,
  成本: 20,
  费用: 5,
  物流成本: 3,
  服务: 50,
  门户: 2,
  服务门户: 1,
  柴油: 4,
  货车: 2,
  柴油车: 2,
};
const written = (zh: string) => TIMES[zh] ?? 0;

describe("two English words read as the reports' compound of them (modifier's Chinese, then the head's)", () => {
  it('composes the compounds the reports write, the most written first', () => {
    expect(composedHeadwords(['logistics', 'costs'], LEXICON, written)).toEqual(['物流成本']);
  });

  it('takes no compound written only once: a chance join is no wording', () => {
    expect(composedHeadwords(['service', 'sector'], LEXICON, written)).toEqual([]);
  });

  it("puts the compound first among the head noun's readings, its own readings kept beside it", () => {
    const read = translateContentWords('logistics costs', { lexicon: LEXICON, timesWritten: written });
    expect(read.map((t) => t.english)).toEqual(['logistics', 'costs']);
    expect(read[1].chinese).toEqual(['物流成本', '成本', '费用']);
    // No compound written: the words read as before.
    const trucks = translateContentWords('diesel trucks', { lexicon: LEXICON, timesWritten: written });
    expect(trucks[1].chinese).toEqual(['货车', '柴油车']);
  });
});
