import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { govFirstLine } from '../support/engine.js';

/** "汽车保有量…，其中新能源汽车由45万辆增至356万辆": a part named without a measure measures what the whole did. */
const read = (sentence: string) =>
  extractFigures({ sentence, citationId: '1', period: '2025', district: '山东省', kind: 'result', source: 'text' }).map((f) => [
    f.indicator,
    f.value,
  ]);

describe('a part of a whole just measured', () => {
  it('takes the whole’s measure, from–to pairs included', () => {
    expect(read('汽车保有量由2552万辆增至3230万辆，其中新能源汽车由45万辆增至356万辆。')).toEqual([
      ['汽车保有量', 3230],
      ['汽车保有量', 2552],
      ['新能源汽车保有量', 356],
      ['新能源汽车保有量', 45],
    ]);
    expect(read('粮食总产量达到1000亿斤，其中夏粮500亿斤。')).toEqual([
      ['粮食总产量', 1000],
      ['夏粮总产量', 500],
    ]);
  });

  it('keeps a measure of its own, a rate, another unit and a whole with no such measure', () => {
    expect(read('工业增加值增长6%，其中制造业增加值增长7%。').map(([n]) => n)).toEqual(['工业增加值', '制造业增加值']);
    expect(read('汽车产量300万辆，其中出口比重20%。').map(([n]) => n)).toEqual(['汽车产量', '出口比重']);
    expect(read('进出口总额4万亿元，其中出口2.5万亿元。').map(([n]) => n)).toEqual(['进出口总额', '出口']);
  });

  it('on the reports: the part leads a question about it', async () => {
    expect(await govFirstLine('山东新能源汽车保有量多少', new Date('2026-12-03'))).toContain('356万辆');
  });
});
