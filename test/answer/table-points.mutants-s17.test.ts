/**
 * Levels in units that measure the same thing set on one scale (src/answer/kinds/table-points.ts: `pointOf`'s
 * EQUIVALENT_BASE_UNITS lines) and drawn back in the chart's unit (src/answer/kinds/series-chart.ts: `chartUnit`), on
 * hand-built rows. Written from the code before the mutation run of session 17's changes.
 */
import { describe, expect, it } from 'vitest';
import { chartUnit, seriesChart } from '../../src/answer/kinds/series-chart.js';
import { type PointRequest, type TablePoint, tablePoints } from '../../src/answer/kinds/table-points.js';
import type { FigureRow } from '../../src/figure-table/index.js';

function row(place: string, value: number, unit: string, valueInBaseUnit?: number, baseUnit?: string): FigureRow {
  return {
    indicatorId: '粮食产量',
    inGlossary: true,
    indicator: '粮食产量',
    place,
    period: '2024',
    year: 2024,
    kind: 'actual',
    measure: 'level',
    value,
    unit,
    ...(valueInBaseUnit !== undefined ? { valueInBaseUnit } : {}),
    ...(baseUnit !== undefined ? { baseUnit } : {}),
    citationId: place,
    docId: place,
    title: `${place}政府工作报告`,
    section: '',
    paragraph: 1,
    sentence: '',
    plansFor: 2025,
    reportsOn: 2024,
  };
}

const request: PointRequest = { indicator: '粮食产量', kind: 'actual', growth: false, question: '哪个省粮食产量最高', rangeEnd: 'high' };
const points = (rows: FigureRow[]) =>
  tablePoints(
    rows.map((r) => ({ key: r.place, year: 2024, rows: [r] })),
    request,
  );

describe('pointOf: a level in an equivalent unit', () => {
  it('is compared in the other unit: 亿斤 beside 万吨 of grain, in 吨', () => {
    const got = points([row('吉林省', 1142, '亿斤', 1142e8, '斤'), row('湖南省', 3068.4, '万吨', 3068.4e4, '吨')]);
    expect(got.map((p) => [p.key, p.value, p.measure])).toEqual([
      ['吉林省', 1142e8 * 0.0005, '吨'],
      ['湖南省', 3068.4e4, '吨'],
    ]);
  });

  it('takes the value as written when the row has no base unit, and leaves other units as they are', () => {
    expect(points([row('吉林省', 1000, '斤')]).map((p) => [p.value, p.measure])).toEqual([[0.5, '吨']]);
    expect(points([row('吉林省', 10, '万亩', 10e4, '亩')]).map((p) => [p.value, p.measure])).toEqual([[10e4, '亩']]);
    expect(points([row('吉林省', 20, '公顷')]).map((p) => [p.value, p.measure])).toEqual([[300, '亩']]);
  });
});

const point = (r: FigureRow, value: number, measure: string): TablePoint<unknown> => ({ key: r.place, row: r, value, measure });

describe('chartUnit: the chart’s unit, and the scale back into it', () => {
  it('draws points compared in 吨 back in 亿斤 when most rows are written in 亿斤', () => {
    const a = row('吉林省', 1142, '亿斤', 1142e8, '斤');
    const b = row('黑龙江省', 1600, '亿斤', 1600e8, '斤');
    const c = row('湖南省', 3068.4, '万吨', 3068.4e4, '吨');
    const pts = [point(a, 1142e8 * 0.0005, '吨'), point(b, 1600e8 * 0.0005, '吨'), point(c, 3068.4e4, '吨')];
    expect(chartUnit(pts)).toEqual({ unit: '亿斤', scale: 1e8 * 0.0005 });
    const chart = seriesChart({
      type: 'bar',
      title: '粮食产量',
      categories: ['吉林省', '黑龙江省', '湖南省'],
      series: [{ name: '实绩', kind: 'actual', points: pts }],
      language: 'zh',
    });
    expect(chart.series[0].values).toEqual([1142, 1600, 613.68]);
  });

  it('a unit with no magnitude scales by its equivalence only; a unit of no equivalence by its magnitude only', () => {
    const a = row('吉林省', 1000, '斤');
    expect(chartUnit([point(a, 500, '吨')])).toEqual({ unit: '斤', scale: 0.0005 });
    const b = row('湖南省', 5, '万亿元', 5e12, '元');
    expect(chartUnit([point(b, 5e12, '元')])).toEqual({ unit: '万亿元', scale: 1e12 });
    const c = row('湖南省', 20, '公顷');
    expect(chartUnit([point(c, 300, '亩')])).toEqual({ unit: '公顷', scale: 15 });
    expect(chartUnit([point(row('湖南省', 3, '%'), 3, '%')])).toEqual({ unit: '%', scale: 1 });
  });

  it('draws growth rates in %, whatever unit their rows’ levels are written in', () => {
    const a = row('湖南省', 5, '万亿元', 5e12, '元');
    const b = row('吉林省', 1.4, '万亿元', 1.4e12, '元');
    expect(chartUnit([point(a, 5.3, '%'), point(b, 4.3, '%')])).toEqual({ unit: '%', scale: 1 });
  });

  it('takes the unit most rows are written in, wherever the first row stands', () => {
    const c = row('湖南省', 3068.4, '万吨', 3068.4e4, '吨');
    const a = row('吉林省', 1142, '亿斤', 1142e8, '斤');
    const b = row('黑龙江省', 1600, '亿斤', 1600e8, '斤');
    expect(chartUnit([point(c, 3068.4e4, '吨'), point(a, 1142e8 * 0.0005, '吨'), point(b, 1600e8 * 0.0005, '吨')]).unit).toBe('亿斤');
    expect(chartUnit([point(a, 1142e8 * 0.0005, '吨'), point(c, 3068.4e4, '吨'), point(b, 1600e8 * 0.0005, '吨')]).unit).toBe('亿斤');
  });
});
