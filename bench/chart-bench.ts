import type { Chart } from '../src/answer/schema.js';
import { renderChartPng } from '../src/chart/render-chart.js';
import { svgToPng } from '../src/chart/render-png.js';
import { renderChartSvg } from '../src/chart/render-svg.js';

/** A trend of ten points, actual and target, with one gap: the size the 300 ms is about. */
export const TEN_POINT_TREND: Chart = {
  type: 'line',
  title: '钱塘区历年地区生产总值增速',
  unit: '%',
  categories: ['2016年', '2017年', '2018年', '2019年', '2020年', '2021年', '2022年', '2023年', '2024年', '2025年'],
  series: [
    { name: '实际', kind: 'actual', values: [8.1, 8.5, null, 7.2, 3.9, 9.8, 4.1, 6.2, 6.5, null] },
    { name: '目标', kind: 'target', values: [8, 8, 7.5, 7, 6.5, 7, 6.5, 6, 6, 6] },
  ],
  sources: ['2024年钱塘区政府工作报告', '2025年钱塘区政府工作报告', '2023年钱塘区政府工作报告'],
  language: 'zh',
};

export interface ChartBenchRow {
  step: 'first chart (cold)' | 'svg (echarts)' | 'png (resvg)' | 'chart (svg + png)';
  runs: number;
  medianMs: number;
  maxMs: number;
  /** CPU time of this process (user + system), median: less sensitive than wall time to other load. */
  medianCpuMs: number;
}

/** Renders the ten-point trend `rounds` times in this process, timing the SVG and PNG steps apart. */
export function runChartBench(rounds = 15): ChartBenchRow[] {
  const first = timed(() => renderChartPng(TEN_POINT_TREND));
  const svg = renderChartSvg(TEN_POINT_TREND);
  const steps = {
    'svg (echarts)': () => renderChartSvg(TEN_POINT_TREND),
    'png (resvg)': () => svgToPng(svg),
    'chart (svg + png)': () => renderChartPng(TEN_POINT_TREND),
  } as const;
  const rows: ChartBenchRow[] = [{ step: 'first chart (cold)', runs: 1, medianMs: first.wall, maxMs: first.wall, medianCpuMs: first.cpu }];
  for (const [step, run] of Object.entries(steps) as Array<[ChartBenchRow['step'], () => unknown]>) {
    const samples = Array.from({ length: rounds }, () => timed(run));
    rows.push({
      step,
      runs: rounds,
      medianMs: median(samples.map((s) => s.wall)),
      maxMs: Math.max(...samples.map((s) => s.wall)),
      medianCpuMs: median(samples.map((s) => s.cpu)),
    });
  }
  return rows;
}

function timed(run: () => unknown): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
