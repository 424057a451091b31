import { describe, expect, it } from 'vitest';
import { govFirstLine } from '../support/engine.js';

/**
 * Session 28's classes through the engine, on the seed corpus, the 20 work reports and the 2025 reports of 云南, 湖南 and
 * 吉林. Today pinned: 今年 = 2026.
 */
const today = new Date('2026-12-04');
const lead = (q: string, history: string[] = []) => govFirstLine(q, today, history);

describe('a year before the place’s earliest results', () => {
  it('is refused, with the earliest year held as the nearest, not the latest', async () => {
    const first = await lead('江苏2023年GDP是多少');
    expect(first).toMatch(/^这些报告没有.*江苏省2023年/);
    expect(first).toMatch(/报告中最接近的内容：江苏省2024年地区生产总值（实绩）：13\.7万亿元/);
  });

  it('in English too', async () => {
    expect(await lead("How big was Jiangsu's economy in 2020?")).toMatch(/nearest to it: Jiangsu 2024 GDP .*13\.7万亿元/);
  });
});

describe('two places’ amounts asked where one report gives only the growth', () => {
  it('shows the one amount and the other’s growth, said to be all its report gives', async () => {
    const first = await lead('浙江和江苏2024年GDP分别是多少');
    expect(first).toMatch(/^江苏省2024年地区生产总值（实绩）：13\.7万亿元，增长5\.8% \[1\]/);
    expect(first).toContain('（报告中没有浙江省的该项总量，只有增速：浙江省2024年生产总值（实绩）：增长5.5% [2]）');
  });

  it('asked in English as "the economies of"', async () => {
    const first = await lead('How big were the economies of Zhejiang and Jiangsu in 2024?');
    expect(first).toMatch(/^Jiangsu 2024 GDP .*13\.7万亿元/);
    expect(first).toMatch(/no amount for Zhejiang, only its growth: .*growth 5\.5% \[2\]/);
  });
});
