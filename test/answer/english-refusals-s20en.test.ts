import { describe, expect, it } from 'vitest';
import { govFirstLine } from '../support/engine.js';

/**
 * Session 20 (English helper), through the engine: English questions the reports answer that the evidence check refused,
 * for compounds the dictionary read word by word (巩固率, 通用机场), a name the reports write out (高铁 as 高速铁路), and the
 * rest of the question's verb ("keep running") weighed as its topic.
 */
const today = new Date('2026-12-03');
const refused = "don't cover";

describe('English questions refused for their wording (s20en)', () => {
  it("reads compounds in the reports' words (巩固率, 通用机场)", async () => {
    expect(await govFirstLine("What was Fujian's nine-year compulsory education retention rate in 2024?", today)).toContain('99.6%');
    expect(await govFirstLine('How many general aviation airports did Anhui build?', today)).toContain('8座');
  });

  it('finds a name the reports write out (high-speed rail: 高速铁路运营里程)', async () => {
    const line = await govFirstLine('How did the length of China’s high-speed rail network change over the five years to 2022?', today);
    expect(line).not.toContain(refused);
    expect(line).toContain('4.2万公里');
  });

  it('weighs no part of the verb as the topic ("will Shandong keep running": 继续实施)', async () => {
    expect(
      await govFirstLine('How many key projects at provincial, city and county level will Shandong keep running in 2025?', today),
    ).toContain('15000个');
  });

  it('a report phrase holding an indicator\'s name asks the phrase ("childcare subsidy" 育儿补贴, not 托位)', async () => {
    expect(await govFirstLine('How many families in Anhui got the childcare subsidy last year?', today)).toContain('149.5万');
  });

  it('still refuses what the reports do not hold', async () => {
    expect(await govFirstLine('What was the box office take in Beijing cinemas last year?', today)).toContain(refused);
    expect(await govFirstLine('How many Michelin-starred restaurants does Shanghai have?', today)).toContain(refused);
  });
});
