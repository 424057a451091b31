import type { EChartsOption, SeriesOption } from 'echarts';
import type { Chart } from '../answer/schema.js';
import { CHART_WORDS } from './chart-words.js';
import { CHART_FONT_FAMILY } from './font.js';

/** The pixel size of a chart; Slack shows a 16:9 image whole in a thread without cropping. */
export interface ChartSize {
  width: number;
  height: number;
}
export const DEFAULT_CHART_SIZE: ChartSize = { width: 1000, height: 560 };

/**
 * Actual series in cool hues, target series in warm ones; beyond the hue, a target is dashed with
 * hollow points (line) or pale with a dashed outline (bar), which survives greyscale printing and
 * colour blindness.
 */
const PALETTE = { actual: ['#1f5fa8', '#2e8b57', '#5b3f99'], target: ['#c0392b', '#d35400', '#a0522d'] } as const;
const CAPTION_COLOUR = '#555555';
const TITLE_SIZE = 20;
const TEXT_SIZE = 13;
/** Sources named in the caption; more are counted ("等N份报告"), so the caption stays one or two lines. */
const CAPTION_SOURCES = 3;
/** Above this many categories the value labels would overlap: the axis carries the reading. */
const MAX_LABELLED_CATEGORIES = 12;
/** Above this many characters of x labels in all, they are slanted so that place names do not collide. */
const SLANT_ABOVE_CHARACTERS = 64;

/**
 * The ECharts option for a chart answer: a line over years for a trend, bars for a ranking;
 * the unit on the value axis, the source reports in a caption under the plot, a legend naming
 * each series. Actual series are solid lines with filled points or filled bars; target series are
 * dashed lines with hollow points or pale bars with a dashed outline. A null value is a gap: a line
 * is not drawn through a year the reports do not hold.
 */
export function chartOption(chart: Chart, size: ChartSize = DEFAULT_CHART_SIZE): EChartsOption {
  const words = CHART_WORDS[chart.language];
  const slant = chart.categories.reduce((n, c) => n + c.length, 0) > SLANT_ABOVE_CHARACTERS;
  const labelled = chart.categories.length <= MAX_LABELLED_CATEGORIES && chart.series.length <= 3;
  const shownSources = chart.sources.slice(0, CAPTION_SOURCES);
  const caption = chart.sources.length > 0 ? words.sources(shownSources, chart.sources.length - shownSources.length) : '';
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: TEXT_SIZE },
    title: {
      text: chart.title,
      left: 'center',
      top: 14,
      textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: TITLE_SIZE, fontWeight: 'normal', color: '#222222' },
    },
    legend: {
      top: 48,
      left: 'center',
      itemWidth: 28,
      textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: TEXT_SIZE },
      data: chart.series.map((s) => s.name),
    },
    grid: { left: 24, right: 36, top: 96, bottom: caption === '' ? 28 : 64, containLabel: true },
    xAxis: {
      type: 'category',
      data: [...chart.categories],
      axisTick: { alignWithLabel: true },
      axisLabel: { interval: 0, rotate: slant ? 35 : 0, fontFamily: CHART_FONT_FAMILY, fontSize: TEXT_SIZE },
    },
    yAxis: {
      type: 'value',
      name: words.unit(chart.unit),
      nameTextStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: TEXT_SIZE, align: 'left' },
      // A level trend (亿元 over years) reads better on an axis fitted to its values; bars always start at 0.
      scale: chart.type === 'line',
      axisLabel: { fontFamily: CHART_FONT_FAMILY, fontSize: TEXT_SIZE },
      splitLine: { lineStyle: { color: '#e6e6e6' } },
    },
    series: chart.series.map((s, i) => {
      const nth = chart.series.slice(0, i).filter((earlier) => earlier.kind === s.kind).length;
      const hues = PALETTE[s.kind];
      return seriesOption(chart, s, hues[nth % hues.length], labelled);
    }),
    graphic:
      caption === ''
        ? []
        : [
            {
              type: 'text',
              left: 24,
              bottom: 14,
              style: {
                text: caption,
                fill: CAPTION_COLOUR,
                fontFamily: CHART_FONT_FAMILY,
                fontSize: 12,
                width: size.width - 48,
                overflow: 'truncate',
              },
            },
          ],
  };
}

function seriesOption(chart: Chart, series: Chart['series'][number], colour: string, labelled: boolean): SeriesOption {
  const words = CHART_WORDS[chart.language];
  const target = series.kind === 'target';
  const label = {
    show: labelled,
    // On a line, actual above its point and target below: close values do not print over each other.
    position: target && chart.type === 'line' ? ('bottom' as const) : ('top' as const),
    fontFamily: CHART_FONT_FAMILY,
    fontSize: 12,
    color: target ? '#666666' : '#222222',
    formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? words.valueLabel(p.value, chart.unit) : ''),
  };
  const data = series.values.map((v) => (v === null ? null : v));
  if (chart.type === 'line') {
    return {
      type: 'line',
      name: series.name,
      data,
      connectNulls: false,
      symbol: target ? 'emptyCircle' : 'circle',
      symbolSize: target ? 9 : 8,
      lineStyle: { color: colour, width: target ? 2 : 3, type: target ? 'dashed' : 'solid' },
      itemStyle: { color: colour, borderColor: colour, borderWidth: 2 },
      label,
    };
  }
  return {
    type: 'bar',
    name: series.name,
    data,
    barMaxWidth: 48,
    itemStyle: target
      ? { color: `${colour}40`, borderColor: colour, borderWidth: 2, borderType: 'dashed' }
      : { color: colour, borderColor: colour, borderWidth: 0 },
    label,
  };
}
