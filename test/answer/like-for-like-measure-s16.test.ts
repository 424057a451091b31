import { describe, expect, it } from 'vitest';
import { inOneUnit } from '../../src/answer/kinds/figure-candidates.js';
import { measureKind } from '../../src/lang/zh/level-question-words.js';
import { govFirstLine } from '../support/engine.js';

/** A ranking sets like against like: a count per head, a year's increment and a level are three things, whatever their unit. */
describe('what a figure measures beyond its unit', () => {
  it('is a count per head, an increment or a level', () => {
    expect(measureKind('每千人口3岁以下婴幼儿托位数')).toBe('per-head');
    expect(measureKind('千人口托位数')).toBe('per-head');
    expect(measureKind('人均地区生产总值')).toBe('per-head');
    expect(measureKind('新增普惠性托位')).toBe('increment');
    expect(measureKind('托育服务机构')).toBe('level');
  });

  it('keeps the places of the measure most of them have, and only those', () => {
    const c = (indicator: string, value: number) =>
      ({ measure: '个', value, figure: { indicator } }) as unknown as Parameters<typeof inOneUnit>[0][number]['candidates'][number];
    const kept = inOneUnit([
      { key: '北京市', candidates: [c('新增普惠性托位', 19000)] },
      { key: '安徽省', candidates: [c('新增托位', 40000)] },
      { key: '浙江省', candidates: [c('每千人口托位数', 4.76)] },
    ]);
    expect(kept.map((k) => k.key)).toEqual(['北京市', '安徽省']);
  });

  it('on the reports: no per-head count is ranked among increments', async () => {
    const first = await govFirstLine('哪个省新增托位最多', new Date('2026-12-03'));
    expect(first).toContain('安徽省 4万个');
    expect(first).not.toMatch(/4\.76|4\.7个/);
  });
});
