import { describe, expect, it } from 'vitest';
import { govFirstLine } from '../support/engine.js';

/**
 * Session 21 (English helper), through the engine: a report word no English word reached before ("marine" is 涉海 /
 * 海洋 in the reports, the dictionary gives 海产 and 海军陆战队) now answers; what the reports do not hold is still refused.
 */
const today = new Date('2026-12-03');
const refusal = /don't cover|do not cover|have nothing on/;

describe('English questions in the words the reports use (s21)', () => {
  it('reads "marine" as the reports write it (涉海重点项目)', async () => {
    const line = await govFirstLine('How much did Shandong invest in key marine projects last year?', today);
    expect(line).not.toMatch(refusal);
    expect(line).toContain('800');
  });

  it('still refuses what the reports do not hold', async () => {
    for (const question of [
      'What is the divorce rate in Zhejiang?',
      'How much were lottery sales in Jiangsu last year?',
      'What is the average wage in Shanghai?',
      'How many coffee shops does Shanghai have?',
      "What was Henan's GDP last year?",
    ])
      expect(await govFirstLine(question, today), question).toMatch(refusal);
  });
});
