import type { Chart } from '../answer/schema.js';
import { type ChartSize, DEFAULT_CHART_SIZE } from './chart-option.js';
import { svgToPng } from './render-png.js';
import { renderChartSvg } from './render-svg.js';

/**
 * A chart answer as a PNG, synchronously: SVG by ECharts, pixels by resvg. CPU work of tens of
 * milliseconds; a process that must keep answering events (Slack) calls it through
 * OffThreadChartRenderer instead.
 */
export function renderChartPng(chart: Chart, size: ChartSize = DEFAULT_CHART_SIZE): Buffer {
  return svgToPng(renderChartSvg(chart, size));
}
