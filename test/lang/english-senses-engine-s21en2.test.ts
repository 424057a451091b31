import { describe, expect, it } from 'vitest';
import { govFirstLine } from '../support/engine.js';

/**
 * Session 21 (second English helper), through the engine: English worded as people ask it reaches the report's figure
 * (a verb of two words, a hyphenated word, a phrase the dictionary misreads); what the reports do not hold stays refused.
 */
const today = new Date('2026-12-03');
const refusal = /don't cover|do not cover|have nothing on/;

describe('English questions in the words the reports use (s21en2)', () => {
  it('reads "bills" as 议案, not 发票', async () => {
    const line = await govFirstLine('How many bills did the State Council submit to the NPC Standing Committee in 2024?', today);
    expect(line).not.toMatch(refusal);
    expect(line).toContain('19');
  });

  it('reads "opening rate" and "cross-region settlement" (开通率, 异地结算)', async () => {
    const line = await govFirstLine(
      "What's the opening rate of designated hospitals for in-province cross-region settlement in Zhejiang?",
      today,
    );
    expect(line).toContain('100%');
  });

  it('reads "strong counties" in the plural and drops "like … ones"', async () => {
    expect(await govFirstLine('How many strong counties does Shandong manage like directly-administered ones?', today)).toContain('15');
  });

  it('leads the figure the compound names ("service-area exits": 18 服务区出入口, not 2 高速公路出入口)', async () => {
    expect(await govFirstLine('How many expressway service-area exits did Fujian open in 2024?', today)).toContain('18');
  });

  it('still refuses what the reports do not hold', async () => {
    for (const question of [
      'What is the per-person pet insurance subsidy in Beijing?',
      'How many casinos did Guangdong claw back?',
      'How many coffee shops is Shanghai building this year?',
      'How many top-tier golf courses is Beijing building?',
      'How many coffee shops per person does Shanghai have?',
    ])
      expect(await govFirstLine(question, today), question).toMatch(refusal);
  });
});
