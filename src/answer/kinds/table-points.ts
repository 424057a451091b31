/**
 * Points of a trend or a ranking read from the figure table: for each key (a year, a place) the
 * one row of the asked indicator, kind and measure that the best report states, like for like.
 * Each row keeps the sentence it was read from, so every value is cited.
 */
import { type AskedCurrency, inCurrency } from '../../lang/zh/currency-words.js';
import { EQUIVALENT_BASE_UNITS } from '../../lang/zh/units.js';
import type { FigureRow, FigureTable } from '../../figure-table/index.js';
import { additionsId, canonicalIndicator } from '../../figure-table/canonical-indicator.js';
import { ASKS_ADDITIONS } from '../../lang/zh/indicator-name-variants.js';
import { glossary } from '../../lang/zh/glossary.js';
import { asksForShare } from '../../lang/zh/asked-shape-words.js';
import { POPULATION_GROUPS } from '../../lang/zh/population-qualifiers.js';

export interface TablePoint<K> {
  key: K;
  row: FigureRow;
  /** The value compared: a rate in %, or a level in base units. */
  value: number;
  /** What the value measures, to set like against like: '%' for a rate, else the base unit. */
  measure: string;
}

export interface PointRequest {
  /** The question's indicator name; the table files it under its canonical id. */
  indicator: string;
  kind: FigureRow['kind'];
  /** A rate is asked (增速, 增长多少): a level's growth stands for it. */
  growth: boolean;
  /** The question's words, for the population group it names (农民收入 → 农村). */
  question: string;
  /** Which end of a target range ("5%—5.5%") stands for it. */
  rangeEnd: 'low' | 'high';
  /** The population group asked outright (城镇, 农村), instead of the one the question names. */
  group?: string;
  /** The currency asked ("折合人民币"): of a year's amount written in two currencies, that one. */
  currency?: AskedCurrency;
}

/** What the request compares: a share when one is asked ("研发投入强度", "R&D intensity"), else levels and rates. */
function measuresOf(request: PointRequest): readonly FigureRow['measure'][] {
  return asksForShare(request.question) ? ['share'] : ['level', 'rate'];
}

/** Whether the table files the question's indicator under a glossary indicator it holds rows of. */
export function tableKnows(table: FigureTable, indicator: string): boolean {
  return canonicalIndicator(indicator).inGlossary && table.has(indicator);
}

/**
 * The indicators a question's indicator is read under, first the best: "每年新增专精特新小巨人多少家"
 * asks the year's additions (filed apart from the stock) when the table holds them, then the
 * indicator itself, which is how most reports write a year's additions too.
 */
export function askedIndicators(table: FigureTable, indicator: string, question: string): string[] {
  const added = additionsId(canonicalIndicator(indicator).id);
  return ASKS_ADDITIONS.test(question) && !canonicalIndicator(indicator).additions && table.has(added) ? [added, indicator] : [indicator];
}

/**
 * The one place whose reports state the indicator, when only one does ("超长期特别国债": the country's):
 * a question naming no place asks about it. Null when several places, or none, state it.
 */
export function soleTablePlace(table: FigureTable, indicator: string | undefined): string | null {
  if (!indicator || !tableKnows(table, indicator)) return null;
  const places = new Set(table.select({ indicator }).map((r) => r.place));
  return places.size === 1 ? [...places][0] : null;
}

/** A row's value as the request compares it, or null when the row gives none of that measure. */
function pointOf<K>(key: K, row: FigureRow, request: PointRequest): TablePoint<K> | null {
  // A quarter's figure ("一季度…增长4.6%") is no year's.
  if (!measuresOf(request).includes(row.measure) || row.partOfYear) return null;
  const own = row.range ? row.range[request.rangeEnd] : row.value;
  // A share ("贡献了全省74.6%的规模工业增加值") is no growth of what it is a share of.
  if (row.measure === 'share') return row.unit === '%' && !request.growth ? { key, row, value: own, measure: '%' } : null;
  if (request.growth) {
    // "固定资产投资下降3.3%" is a growth of −3.3%: ranked and compared as such, never as +3.3%.
    if (row.measure === 'rate' && row.unit === '%')
      return { key, row, value: isGrowthRow(row) && row.change?.direction === 'down' ? -Math.abs(own) : own, measure: '%' };
    if (row.change?.unit === '%')
      return { key, row, value: row.change.direction === 'down' ? -row.change.value : row.change.value, measure: '%' };
    return null;
  }
  // A level written in % (城镇化率 76%) is the value; a growth rate (财政收入 "增长1.2%") is no level.
  if (row.measure === 'rate') return row.unit === '%' && !isGrowthRow(row) ? { key, row, value: own, measure: '%' } : null;
  const base = row.baseUnit ?? row.unit;
  const value = row.valueInBaseUnit ?? own;
  // 亿斤 and 万吨 of grain compare on one scale.
  const same = EQUIVALENT_BASE_UNITS[base];
  return same ? { key, row, value: value * same.factor, measure: same.unit } : { key, row, value, measure: base };
}

/** How well a row answers for its key: the report that gives that year's results (or sets its targets) first. */
function rank(row: FigureRow, year: number | null): number {
  if (year === null) return 0;
  const own = row.kind === 'actual' ? row.reportsOn : row.plansFor;
  if (own === year) return 0;
  // A later report restating the year ("2025年…") is next; an earlier one would be a forecast.
  return own !== null && own > year ? 1 : 2;
}

/**
 * One point a key, all in the measure most keys have, from each key's rows (corpus order, which
 * puts a report's headline figure before its later mentions).
 */
export function tablePoints<K>(
  groups: readonly { key: K; year: number | null; rows: readonly FigureRow[] }[],
  request: PointRequest,
): TablePoint<K>[] {
  // The group the question names outside the indicator's own name: "城镇调查失业率" asks no 城镇 group.
  const rest = [...indicatorNames(request.indicator)]
    .sort((a, b) => b.length - a.length)
    .reduce((q, n) => q.split(n).join(' '), request.question);
  const asked = request.group ? [request.group] : POPULATION_GROUPS.filter((g) => g.asked.test(rest)).map((g) => g.word);
  const byKey = groups.map(({ key, year, rows }) => {
    // A group asked (农村): its rows only. None asked: rows of no group, or of all residents.
    const kept = rows.filter(
      (r) => r.kind === request.kind && (asked.length === 1 ? r.group === asked[0] : !r.group || r.group === '全体'),
    );
    const points = kept
      .map((r) => pointOf(key, r, request))
      .filter((p): p is TablePoint<K> => p !== null)
      .map((p, order) => ({ p, order, rank: rank(p.row, year), currency: inAskedCurrency(p.row, request) }))
      .sort((a, b) => b.currency - a.currency || a.rank - b.rank || a.order - b.order)
      .map((x) => x.p);
    return { key, points };
  });
  const votes = new Map<string, number>();
  for (const { points } of byKey) for (const m of new Set(points.map((p) => p.measure))) votes.set(m, (votes.get(m) ?? 0) + 1);
  const measure = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return byKey.flatMap(({ points }) => {
    const point = points.find((p) => p.measure === measure);
    return point ? [point] : [];
  });
}

/** 1 for a row in the currency asked, 0 otherwise (or when none is asked). */
function inAskedCurrency(row: FigureRow, request: PointRequest): number {
  return request.currency && inCurrency(row.unit, request.currency) ? 1 : 0;
}

/** The glossary's names of the indicator a name stands for, and the name itself. */
function indicatorNames(name: string): Set<string> {
  const id = canonicalIndicator(name).id;
  const entry = glossary().indicators.find((i) => i.name === id);
  return new Set([name, ...(entry ? [entry.name, ...entry.synonyms] : [])]);
}

/** Whether a point's value is a growth rate ("增长5.5%"), not a level written in % (城镇化率 76%). */
export function isGrowthPoint(point: TablePoint<unknown>): boolean {
  const { row } = point;
  return point.measure === '%' && row.change?.unit === '%' && (row.measure !== 'rate' || isGrowthRow(row));
}

/** A row that is a growth rate itself: its value is its change ("生产总值增长5.5%"). */
function isGrowthRow(row: FigureRow): boolean {
  return row.measure === 'rate' && row.change?.unit === '%' && row.change.value === row.value;
}

/**
 * A level in base units (元, 人) written in a row's unit: 5.7761e12 元 in 万亿元 is 5.7761. Null when
 * the row carries no base unit. Callers round as they show it.
 */
export function inRowUnit(valueInBase: number, row: FigureRow): number | null {
  if (row.valueInBaseUnit === undefined || row.value === 0) return null;
  return valueInBase / (row.valueInBaseUnit / row.value);
}
