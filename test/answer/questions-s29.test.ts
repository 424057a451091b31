import { describe, expect, it } from 'vitest';
import { asksForQuantity } from '../../src/lang/zh/question-words.js';
import { govFirstLine } from '../support/engine.js';
import { briefFigures } from '../support/hand-built-figures.js';

/**
 * Session 29's classes through the engine, on the seed corpus, the 20 work reports and the 2025 reports of 云南, 湖南 and
 * 吉林. Today pinned: 今年 = 2026.
 */
const today = new Date('2026-12-04');
const lead = (q: string, history: string[] = []) => govFirstLine(q, today, history);

describe('a time or a distance asked ("多久", "多长时间", "how long")', () => {
  it('asks a number', () => {
    expect(asksForQuantity('深圳到中山开车要多久')).toBe(true);
    expect(asksForQuantity('审批要多长时间')).toBe(true);
    expect(asksForQuantity('How long does the drive take?')).toBe(true);
    expect(asksForQuantity('深圳到中山的通道建好了吗')).toBe(false);
  });

  it('of a city without a report of its own, is answered from the province’s report that states it', async () => {
    const first = await lead('深圳到中山开车要多久');
    expect(first).toMatch(/^深圳市没有单独的报告；其他报告写到：广东省2024年深圳到中山车程最短（实绩）：30分钟/);
    expect(await lead('How long does it take to drive from Shenzhen to Zhongshan now?')).toMatch(/30分钟/);
  });
});

describe('a time cut short ("缩至", "缩短到")', () => {
  it('is a link word, not part of the name', () => {
    expect(briefFigures('深圳到中山车程最短缩至30分钟')).toEqual([['深圳到中山车程最短', 30, '分钟', null]]);
    expect(briefFigures('企业开办时间缩短到1个工作日')[0][0]).toBe('企业开办时间');
  });
});

describe('"relocated" in English', () => {
  it('is the reports’ 搬迁 (易地搬迁), not the resettlement housing indicator 回迁安置', async () => {
    expect(await lead('How many poor people were relocated in China under the poverty alleviation drive?')).toMatch(/960万/);
  });
});

describe('an attribute in the first line', () => {
  it('is labelled neither target nor result', async () => {
    const first = await lead('安徽今年是建党多少周年');
    expect(first).toMatch(/^（今年 = 2026年）安徽省2026年中国共产党成立：105周年 \[1\]/);
  });
});
