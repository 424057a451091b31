import { describe, expect, it } from 'vitest';
import { coverageText, coverageYear } from '../../src/answer/coverage.js';
import type { Engine } from '../../src/answer/engine.js';
import { realCorpusEngine } from '../support/engine.js';

describe('coverage in the reader’s language', () => {
  it('labels periods in English for an English question', () => {
    expect(coverageYear('2024（实绩、目标与计划）', true)).toBe('2024 (results, targets and plans)');
    expect(coverageYear('2024（实绩）', false)).toBe('2024（实绩）');
    expect(coverageText([{ district: '钱塘区', years: ['2024（实绩）', '2025（目标与计划）'] }], true)).toBe(
      'Qiantang District: 2024 (results), 2025 (targets and plans)',
    );
    // The national issuer is named as the country, in either language.
    expect(coverageText([{ district: '国务院', years: ['2024（实绩）'] }], false)).toBe('全国：2024（实绩）');
    expect(coverageText([{ district: '国务院', years: ['2024（实绩）'] }], true)).toBe('China: 2024 (results)');
  });

  it('refuses an English question in English throughout', async () => {
    const engine: Engine = await realCorpusEngine();
    const answer = await engine.ask('What was Binjiang GDP in 2024?');
    expect(answer.notFound).toBe(true);
    expect(answer.text).toMatch(/^The reports do not cover 滨江区\.\nThe corpus covers: /);
    expect(answer.text).not.toMatch(/实绩|目标与计划|报告覆盖范围/);
  });
});
