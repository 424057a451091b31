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
    expect(answer.text).toMatch(/^The reports do not cover Binjiang\.\nThe corpus covers: /);
    expect(answer.text).not.toMatch(/实绩|目标与计划|报告覆盖范围/);
  });
});

describe('coverage of many places', () => {
  const places = ['国务院', '安徽省', '北京市', '钱塘区'].map((district, i) => ({
    district,
    years: [`${2020 + i}（实绩）`, `${2021 + i}-${2025 + i}（目标与计划）`, '2025Q1（实绩）'],
  }));

  it('gives each place the span of its single years, not every year, beyond three places', () => {
    // (Session 38: a five-year plan's span no longer stretches it: "江苏省（2021–2030年）" promised years no report gives.)
    expect(coverageText(places, false)).toBe(
      '全国（2020–2025年）、安徽省（2021–2025年）、北京市（2022–2025年）、钱塘区（2023–2025年）（问某地某年，可看该地逐年的实绩与目标）',
    );
    expect(coverageText(places, true)).toMatch(/^China \(2020–2025\), Anhui[^,]* \(2021–2025\), /);
  });

  it('leaves out a far goal, and spans only where a place has no single year', () => {
    const more = [
      ...places,
      { district: '拱墅区', years: ['2022（实绩）', '2023（目标与计划）', '2035（目标与计划）'] },
      { district: '杭州市', years: ['2021-2025（实绩）', '2026-2030（目标与计划）'] },
    ];
    const text = coverageText(more, false);
    expect(text).toContain('拱墅区（2022–2023年）');
    expect(text).toContain('杭州市（2021–2030年）');
  });

  it('lists three places year by year, as before', () => {
    expect(coverageText(places.slice(0, 3), false)).toContain('安徽省：2021（实绩），2022-2026（目标与计划）');
  });

  it('names a single year once', () => {
    expect(coverageText([...places, { district: '杭州市', years: ['2023（实绩）'] }], false)).toContain('杭州市（2023年）');
  });
});
