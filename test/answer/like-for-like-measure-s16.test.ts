import { describe, expect, it } from 'vitest';
import { inOneUnit } from '../../src/answer/kinds/figure-candidates.js';
import { PER_HEAD_NAME } from '../../src/lang/zh/level-question-words.js';
import { govFirstLine } from '../support/engine.js';

/** A ranking or a trend sets like against like: a count per head is no total, whatever their unit. */
describe('what a figure measures beyond its unit', () => {
  it('is a count per head, or not', () => {
    for (const name of ['每千人口3岁以下婴幼儿托位数', '千人口托位数', '人均地区生产总值', '每万人口高价值发明专利拥有量'])
      expect(PER_HEAD_NAME.test(name), name).toBe(true);
    for (const name of ['新增普惠性托位', '托育服务机构', '常住人口']) expect(PER_HEAD_NAME.test(name), name).toBe(false);
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
