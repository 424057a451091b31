import { describe, expect, it } from 'vitest';
import { attributesAsked } from '../../src/lang/zh/attribute-words.js';
import { firstLineOf, wordReportsEngine } from '../support/engine.js';

/**
 * Session 30: a city with no report of its own, asked a figure its province's report files under the city's name
 * ("长春轨道交通6号线" in 吉林's 2025 report, here beside 云南's and 湖南's). The line it is, read only when asked ("几号线", "which … metro line"),
 * answers, named in the report's word for the question's (地铁 asked, 轨道交通 written), from the sentence quoted first.
 */
const today = new Date('2026-12-04');

describe('which line is asked', () => {
  it('with a word between "which" and "line", not by any "line"', () => {
    expect(attributesAsked('which changchun metro line opened in 2024?').map((k) => k.unit)).toEqual(['号线']);
    expect(attributesAsked('which line opened?').map((k) => k.unit)).toEqual(['号线']);
    expect(attributesAsked('how long is the new metro line?').map((k) => k.unit)).toEqual([]);
  });
});

describe('a city of a covered province, asked which line (the three 2025 reports as Word files)', () => {
  const engine = wordReportsEngine('s30-place-');
  const lead = async (question: string) => firstLineOf(await engine, question, today);

  it('Chinese: the province’s sentence that states it leads and is quoted first', async () => {
    const line = await lead('长春24年开通的地铁是几号线');
    expect(line).toMatch(/长春市没有单独的报告.*吉林省2024年长春轨道交通：6号线 \[1\]/);
  });

  it('English, the city named between "which" and "metro line"', async () => {
    const line = await lead('which changchun metro line opened in 2024?');
    expect(line).toMatch(/Changchun has no report of its own.*6号线 \[1\]/);
  });
});
