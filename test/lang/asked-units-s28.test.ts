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

describe('a figure set ahead, asked in English', () => {
  it('is a plan ("the number they set for this year"), a thing set up is not', () => {
    expect(asksForPlan('ok and the number they set for this year?')).toBe(true);
    expect(asksForPlan('how many funds were set up last year?')).toBe(false);
  });
});

describe('a count before its name', () => {
  it('may carry a bound and a modifier between them', async () => {
    const { COUNTED_BEFORE } = await import('../../src/lang/zh/counted-before-words.js');
    expect(COUNTED_BEFORE.test('滚动实施1500个以上省重点')).toBe(true);
    expect(COUNTED_BEFORE.test('新增5000张')).toBe(true);
    expect(COUNTED_BEFORE.test('全省第3个')).toBe(false);
    expect(COUNTED_BEFORE.test('建成3个以上示范')).toBe(false);
  });
});

describe('an outline asked in English', () => {
  it('by its blocks, areas or headings', async () => {
    const { asksForPriorities } = await import('../../src/lang/zh/question-words.js');
    expect(asksForPriorities('anhui 2026 work plan — which big blocks does it cover?')).toBe(true);
    expect(asksForPriorities('zhejiang 2026 to-do list, headings only')).toBe(true);
    expect(asksForPriorities('how big was the economy')).toBe(false);
  });

  it('by a summary in the words "sum up", "in a nutshell", "rundown" (word boundaries, not backspaces)', async () => {
    const { asksForPriorities } = await import('../../src/lang/zh/question-words.js');
    expect(asksForPriorities('sum up zhejiang 2026')).toBe(true);
    expect(asksForPriorities('zhejiang 2026 in a nutshell')).toBe(true);
    expect(asksForPriorities('give me a rundown of anhui 2026')).toBe(true);
    expect(asksForPriorities('summit of leaders', true)).toBe(false);
  });
});
