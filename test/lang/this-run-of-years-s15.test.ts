import { describe, expect, it } from 'vitest';
import { FROM_TO } from '../../src/lang/zh/years.js';
import { resolveYears } from '../../src/lang/zh/relative-years.js';

const TODAY = { today: new Date('2026-12-01') };

describe('"这两年", "这三年": a run of recent years as "近两年" is', () => {
  it('is the years up to the last complete one', () => {
    expect(resolveYears('上海美丽街区这两年各建了多少', TODAY).span).toEqual({ from: 2024, to: 2025 });
    expect(resolveYears('这三年GDP增长多少', TODAY).span).toEqual({ from: 2023, to: 2025 });
  });

  it('is no run without a count ("这几年"), nor "这五年": the five years a report looks back on, whichever they are', () => {
    expect(resolveYears('这几年GDP', TODAY).span).toBeUndefined();
    expect(resolveYears('全国研发投入强度这五年提高了多少', TODAY).span).toBeUndefined();
  });
});

describe('a change from one value to another written with a one-character verb', () => {
  it.each(['高铁里程由2110公里增至3055公里', '社会物流总费用与GDP的比率从14.7%降至13%左右', '占比由20.5%升至21.1%', '从30天减至15天'])(
    '"%s" is a from–to',
    (s) => {
      expect(FROM_TO.test(s)).toBe(true);
    },
  );

  it('needs the from word: "增至" alone is a level reached', () => {
    expect(FROM_TO.test('高铁里程增至3055公里')).toBe(false);
  });
});
