import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';

const read = (sentence: string) =>
  extractFigures({ sentence, citationId: 's1', period: '2025', district: '浙江省', kind: 'result', source: 'text' });

describe('a name that opens with a joiner character that is no joiner', () => {
  it('keeps the 和 of 和美乡村 and the 并 of 并网', () => {
    expect(read('扎实推进乡村振兴，和美乡村覆盖率达51.7%，粮食播种面积1570.5万亩').map((f) => f.indicator)).toContain('和美乡村覆盖率');
    expect(read('加快新能源发展，并网装机容量达到1.2亿千瓦。').some((f) => f.indicator.startsWith('并网装机'))).toBe(true);
  });

  it('still drops a 和 that joins two names', () => {
    const names = read('城镇和农村居民收入分别增长4%和6%').map((f) => f.indicator);
    expect(names.some((n) => n.startsWith('和'))).toBe(false);
  });
});
