import { describe, expect, it } from 'vitest';
import { govFirstLine } from '../support/engine.js';

/**
 * Session 46: questions as people ask them, found on the tune halves of the fresh sets, asked of the engine over real
 * reports (the readings themselves: test/lang/readings-s46.test.ts).
 */
const today = new Date('2026-12-06');
const ask = (question: string, history: string[] = []) => govFirstLine(question, today, history);

describe('a follow-up asking a count again with the reports’ verb', () => {
  const earlier = '长三角生态绿色一体化发展示范区的制度创新成果';

  it('"前年新推出了多少项" is the 18项 of 2024, "那去年新推出了几项" the 7项 of 2025', async () => {
    expect(await ask('前年新推出了多少项', [earlier])).toMatch(/^（前年 = 2024年）上海市2024年推出制度创新成果（实绩）：18项 \[1\]/);
    expect(await ask('那去年新推出了几项', [earlier, '前年新推出了多少项'])).toMatch(
      /^（去年 = 2025年）上海市2025年推出制度创新成果（实绩）：7项 \[1\]/,
    );
  });
});

describe('how much a figure rose on the year before, asked as a follow-up', () => {
  it('"比上一年增加了多少" after the 2025 deficit is the 1.6万亿元 the 2025 report states, not 2024’s 1800亿元', async () => {
    expect(await ask('比上一年增加了多少', ['25年国务院报告的财政赤字安排', '赤字规模是多少'])).toMatch(
      /^全国2025年赤字规模比上年增加（目标）：1\.6万亿元/,
    );
  });
});
