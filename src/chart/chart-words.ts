import type { Lang } from '../answer/messages.js';

/**
 * The words a chart writes around the reports' numbers, in both languages. Kept beside the chart
 * rather than in answer/messages.ts because only the chart draws them; the series names come from
 * the Chart itself (the engine names them, in the answer's language).
 */
export interface ChartWords {
  /** Axis name: "单位：%" / "Unit: %". */
  unit(unit: string): string;
  /** The caption naming the source reports. */
  sources(titles: readonly string[], more: number): string;
  /** The value label of a point or bar, as the unit is written after numbers. */
  valueLabel(value: number, unit: string): string;
}

const ZH: ChartWords = {
  unit: (unit) => `单位：${unit}`,
  sources: (titles, more) => `来源：${titles.join('；')}${more > 0 ? ` 等${titles.length + more}份报告` : ''}`,
  valueLabel: (value, unit) => `${formatValue(value)}${unit === '%' ? '%' : ''}`,
};

const EN: ChartWords = {
  unit: (unit) => `Unit: ${unit}`,
  sources: (titles, more) => `Sources: ${titles.join('; ')}${more > 0 ? ` and ${more} more` : ''}`,
  valueLabel: (value, unit) => `${formatValue(value)}${unit === '%' ? '%' : ''}`,
};

export const CHART_WORDS: Readonly<Record<Lang, ChartWords>> = { zh: ZH, en: EN };

/** Up to two decimals, no trailing zeros: 5.5, 12, 0.35. */
function formatValue(value: number): string {
  return String(Math.round(value * 100) / 100);
}
