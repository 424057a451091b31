import { describe, expect, it } from 'vitest';
import { askedCountUnit } from '../../src/lang/zh/asked-shape-words.js';
import { asksForPlan } from '../../src/lang/zh/intent-words.js';

describe('the unit a count is asked in', () => {
  it('reads hours, ages and anniversaries after 多少 or 几, hours as the reports write them', () => {
    expect(askedCountUnit('提前几个钟头预报')).toBe('小时');
    expect(askedCountUnit('提前多少小时预报')).toBe('小时');
    expect(askedCountUnit('年龄线是多少岁及以上')).toBe('岁');
    expect(askedCountUnit('是理念提出几周年')).toBe('周年');
  });

  it('takes no unit from 几个 or 几家, which a follow-up carries to things counted otherwise', () => {
    expect(askedCountUnit('科技领军企业培育几家')).toBeNull();
    expect(askedCountUnit('建了几个')).toBeNull();
    expect(askedCountUnit('培育多少家')).toBe('家');
  });
});

describe('a plan asked with 要 and a 新 or 再 before the verb', () => {
  it('is a plan', () => {
    expect(asksForPlan('专精特新小巨人要新培育多少家')).toBe(true);
    expect(asksForPlan('要再建几个')).toBe(true);
    expect(asksForPlan('需要新建多少')).toBe(false);
  });
});

describe('a threshold asked in a magnitude', () => {
  it('is the unit asked: "人口门槛是多少万以上" is answered in 万', () => {
    expect(askedCountUnit('人口门槛是多少万以上')).toBe('万');
    expect(askedCountUnit('新增就业多少万')).toBeNull();
  });
});
