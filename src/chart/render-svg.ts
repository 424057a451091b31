import * as echarts from 'echarts';
import type { Chart } from '../answer/schema.js';
import { type ChartSize, chartOption, DEFAULT_CHART_SIZE } from './chart-option.js';

/**
 * The chart as an SVG document, drawn by ECharts' server-side renderer (no DOM, no canvas). The
 * instance is always disposed, even when setOption throws, or every chart would stay in memory.
 */
export function renderChartSvg(chart: Chart, size: ChartSize = DEFAULT_CHART_SIZE): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    instance.setOption(chartOption(chart, size));
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}
