import { describe, expect, it } from 'vitest';
import { extractFigures, type FigureInput } from '../../src/figures/index.js';

const input = (sentence: string): FigureInput => ({
  sentence,
  citationId: 'c1',
  period: '2025',
  district: '北京市',
  kind: 'result',
  source: 'text',
});
const brief = (sentence: string) => extractFigures(input(sentence)).map((f) => [f.indicator, f.value, f.unit, f.change?.value ?? null]);

describe('measure words between a name and its growth', () => {
  it('"实际增长" and "名义增长" leave the indicator\'s name as it is', () => {
    expect(brief('城镇调查失业率4.1%，居民人均可支配收入实际增长4.4%。')).toEqual([
      ['城镇调查失业率', 4.1, '%', null],
      ['居民人均可支配收入', 4.4, '%', 4.4],
    ]);
    expect(brief('全体居民人均可支配收入名义增长5.2%。')).toEqual([['全体居民人均可支配收入', 5.2, '%', 5.2]]);
  });

  it('a name that starts with 实际 keeps it ("实际使用外资")', () => {
    expect(brief('实际使用外资6.2亿美元。')).toEqual([['实际使用外资', 6.2, '亿美元', null]]);
  });
});
