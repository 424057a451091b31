import { describe, expect, it } from 'vitest';
import { chartOption } from '../../src/chart/chart-option.js';
import { renderChartPng } from '../../src/chart/render-chart.js';
import { renderChartSvg } from '../../src/chart/render-svg.js';
import { pngSize } from './png-header.js';
import { RANKING_EN, TREND_ZH } from './sample-charts.js';

/** The text ECharts drew, from the SVG's <text> elements. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
}

describe('renderChartPng', () => {
  it('renders a PNG of the asked pixel size', () => {
    expect(pngSize(renderChartPng(TREND_ZH))).toEqual({ width: 1000, height: 560 });
    expect(pngSize(renderChartPng(RANKING_EN, { width: 640, height: 360 }))).toEqual({ width: 640, height: 360 });
  });
});

describe('renderChartSvg', () => {
  it('labels a Chinese trend with its title, years, unit, legend and sources', () => {
    const shown = texts(renderChartSvg(TREND_ZH));
    expect(shown).toContain('钱塘区历年地区生产总值增速');
    for (const year of TREND_ZH.categories) expect(shown).toContain(year);
    expect(shown).toContain('单位：%');
    expect(shown).toEqual(expect.arrayContaining(['实际', '目标']));
    expect(shown).toContain('来源：2024年钱塘区政府工作报告；2025年钱塘区政府工作报告');
    expect(shown).toContain('9.8%');
  });

  it('writes English axis and caption words for an English answer', () => {
    const shown = texts(renderChartSvg(RANKING_EN));
    expect(shown).toEqual(expect.arrayContaining(['GDP growth targets for 2026', 'Unit: %', 'Sources: Zhejiang 2026 report', 'Zhejiang']));
  });

  it('draws the target dashed and the actual solid, with a gap where a value is missing', () => {
    const svg = renderChartSvg(TREND_ZH);
    expect(svg).toMatch(/stroke-dasharray/);
    const option = chartOption(TREND_ZH);
    const series = option.series as Array<{ lineStyle: { type: string }; data: unknown[]; connectNulls: boolean }>;
    expect(series.map((s) => s.lineStyle.type)).toEqual(['solid', 'dashed']);
    expect(series[0].data[2]).toBeNull();
    expect(series[0].connectNulls).toBe(false);
  });

  it('names the count of sources beyond the three it lists', () => {
    const many = { ...TREND_ZH, sources: ['甲报告', '乙报告', '丙报告', '丁报告', '戊报告'] };
    expect(texts(renderChartSvg(many))).toContain('来源：甲报告；乙报告；丙报告 等5份报告');
  });
});
