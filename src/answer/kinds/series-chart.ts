/**
 * A trend's or ranking's points as the answer's chart: values in the unit most of their rows are
 * written in (亿元 rather than 元), actual and target as separate series, the reports as sources.
 */
import { EQUIVALENT_BASE_UNITS } from '../../lang/zh/units.js';
import { type FigureRow, magnitudeOf } from '../../figure-table/index.js';
import { MAGNITUDE } from '../../lang/zh/units.js';
import type { Chart } from '../schema.js';
import type { TablePoint } from './table-points.js';

/** The unit the chart draws in, and how to bring a point's compared value into it. */
export function chartUnit(points: readonly TablePoint<unknown>[]): { unit: string; scale: number } {
  if (points.every((p) => p.measure === '%')) return { unit: '%', scale: 1 };
  const counts = new Map<string, number>();
  for (const p of points) counts.set(p.row.unit, (counts.get(p.row.unit) ?? 0) + 1);
  const unit = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const magnitude = magnitudeOf(unit);
  // Points compared on another base unit's scale (亿斤 beside 万吨, table-points) are drawn back in the chart's unit.
  const base = unit.slice(magnitude.length);
  const factor = EQUIVALENT_BASE_UNITS[base]?.factor ?? 1;
  return { unit, scale: (magnitude ? MAGNITUDE[magnitude] : 1) * factor };
}

/** A value for the chart: rounded so float noise of scaling ("5.670000000001") never shows. */
function scaled(value: number, scale: number): number {
  return Number((value / scale).toPrecision(12));
}

export interface SeriesInput {
  type: Chart['type'];
  title: string;
  categories: readonly string[];
  /** Each series with one point or null per category. */
  series: readonly { name: string; kind: FigureRow['kind']; points: readonly (TablePoint<unknown> | null)[] }[];
  language: Chart['language'];
}

export function seriesChart(input: SeriesInput): Chart {
  const all = input.series.flatMap((s) => s.points.filter((p): p is TablePoint<unknown> => p !== null));
  const { unit, scale } = chartUnit(all);
  return {
    type: input.type,
    title: input.title,
    unit,
    categories: [...input.categories],
    series: input.series.map((s) => ({ name: s.name, kind: s.kind, values: s.points.map((p) => (p ? scaled(p.value, scale) : null)) })),
    sources: [...new Set(all.map((p) => p.row.title))],
    language: input.language,
  };
}
