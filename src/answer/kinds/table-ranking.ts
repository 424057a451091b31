/**
 * A ranking read from the figure table: every candidate place's figure of the asked indicator,
 * kind and year, like for like (one measure, one year), ranked, each value cited, the places
 * without that year's figure named; with a bar chart.
 */
import { type FigureRow, rowFigure } from '../../figure-table/index.js';
import { asksForGrowth } from '../../lang/zh/change-words.js';
import { asksForLowest } from '../../lang/zh/superlative-words.js';
import { englishPlace } from '../english-names.js';
import { formatNumber, valueText } from '../figure-format.js';
import { message } from '../messages.js';
import type { Answer } from '../schema.js';
import type { AnswerFrame, AnswerTools } from './answer-tools.js';
import { linesAnswer } from './lines-answer.js';
import { RowCitations } from './row-citations.js';
import { othersWithTies, tiedAtTop, tieOrder } from './verdicts.js';
import { seriesChart } from './series-chart.js';
import { POPULATION_GROUPS } from '../../lang/zh/population-qualifiers.js';
import { askedIndicators, inRowUnit, type TablePoint, tableKnows, tablePoints } from './table-points.js';

/** Places stated and cited in the lead; the rest are named after it. */
const SHOWN = 8;

export async function tableRankingAnswer(tools: AnswerTools, frame: AnswerFrame, places: readonly string[]): Promise<Answer | null> {
  const asked = frame.query.indicators[0]?.name;
  if (!asked) return null;
  for (const indicator of askedIndicators(tools.figureTable, asked, frame.query.question)) {
    const answer = rankingOf(tools, frame, places, indicator);
    if (answer) return answer;
  }
  return null;
}

function rankingOf(tools: AnswerTools, frame: AnswerFrame, places: readonly string[], indicator: string): Answer | null {
  const { query } = frame;
  if (!indicator || places.length < 2 || !tableKnows(tools.figureTable, indicator)) return null;
  const kind: FigureRow['kind'] = query.intent === 'plan' ? 'target' : 'actual';
  const lowest = asksForLowest(query.question);
  const rows = tools.figureTable.select({ indicator, kind });
  const request = { indicator, kind, question: query.question, rangeEnd: lowest ? ('low' as const) : ('high' as const) };
  const rankedFor = (year: number, growth: boolean) =>
    tablePoints(
      places.map((p) => ({ key: p, year, rows: rows.filter((r) => r.place === p && r.year === year) })),
      { ...request, growth },
    );
  // The year asked, else the latest year most places have the figure for: one year, like for like.
  const asked = query.years[0];
  const latest = commonYear(rows, places);
  const growthAsked = asksForGrowth(query.question);
  const rankedIn = (year: number) => {
    const ranked = rankedFor(year, growthAsked);
    // "哪个省GDP最高" with only rates for most: ranked by growth, and said so in words, not only by the unit.
    return !growthAsked && ranked.length < 2 ? { growth: true, ranked: rankedFor(year, true) } : { growth: growthAsked, ranked };
  };
  let year = asked ?? latest;
  if (year === null) return null;
  let { growth, ranked } = rankedIn(year);
  // "今年" read from the conversation or the calendar, past the reports' latest year of the figure:
  // the latest year's ranking, the year asked said to be missing first.
  let yearInstead: number | null = null;
  if (ranked.length < 2 && asked !== undefined && latest !== null && latest !== asked && query.yearNotes.some((n) => n.year === asked)) {
    yearInstead = asked;
    year = latest;
    ({ growth, ranked } = rankedIn(year));
  }
  if (ranked.length < 2) return null;
  ranked.sort(
    (a, b) =>
      (lowest ? a.value - b.value : b.value - a.value) ||
      tieOrder({ ...a.row, value: a.value }, { ...b.row, value: b.value }, lowest) ||
      a.key.localeCompare(b.key),
  );
  const lacking = places.filter((p) => !ranked.some((r) => r.key === p));
  const lang = query.language;
  const name = (p: string) => (lang === 'en' ? englishPlace(p) : p);
  const cited = new RowCitations(tools);
  const shown = ranked.slice(0, SHOWN);
  const items = shown.map((r) => {
    const n = cited.cite(r.row) ?? 0;
    // A fall is shown as one ("下降3.3%"), as the report writes it.
    const value =
      growth && r.value < 0
        ? `${message('leadGrowthOnly', lang, { down: true })}${formatNumber(-r.value)}%`
        : growth && r.row.unit !== '%'
          ? `${r.value}%`
          : valueText(rowFigure(r.row), lang);
    // "福建省 57761亿元" among 万亿元: as printed, and in the leader's unit beside it, to read the order at a glance.
    const alike = growth ? null : inUnitOfRow(r.value, r.row, shown[0].row);
    return message('rankingItem', lang, {
      place: name(r.key),
      value: alike === null ? value : `${value}${message('inLeaderUnit', lang, { value: alike, unit: shown[0].row.unit })}`,
      n,
    });
  });
  // Tied as the sort ordered them: the number, and the row's own wording and range around it.
  const worded = shown.map((r) => ({ ...r.row, value: r.value }));
  const tied = tiedAtTop(worded);
  // "居民收入增长最快"": a place whose report gives only the 城镇 and 农村 figures is not ranked
  // among the all-resident ones, but its figures are shown, each group named.
  const byGroup = groupsOnly(lacking, (group) =>
    tablePoints(
      lacking.map((p) => ({ key: p, year, rows: rows.filter((r) => r.place === p && r.year === year) })),
      { ...request, growth, group },
    ),
  );
  const groupItems = byGroup.map(({ place, points }) => ({
    place: name(place),
    values: points.map(({ group, point }) => {
      const value = growth && point.row.unit !== '%' ? `${point.value}%` : valueText(rowFigure(point.row), lang);
      return message('rankingGroupValue', lang, { group, value, n: cited.cite(point.row) ?? 0 });
    }),
  }));
  const stillLacking = lacking.filter((p) => !byGroup.some((g) => g.place === p));
  const lines = [
    (yearInstead === null ? '' : message('rankingYearInstead', lang, { year: yearInstead, latest: year })) +
      message('tableRankingLead', lang, {
        year,
        lowest,
        kind,
        // (A target is most often set as a growth: said only of results.)
        growthInstead: growth && !growthAsked && kind === 'actual',
        first: items[0],
        tied: items.slice(1, tied),
        others: othersWithTies(worded, items, tied, lang),
      }),
    ...(ranked.length > shown.length ? [message('rankingMore', lang, { places: ranked.slice(shown.length).map((r) => name(r.key)) })] : []),
    ...(groupItems.length ? [message('rankingGroupsOnly', lang, { items: groupItems })] : []),
    ...(stillLacking.length ? [message('rankingOtherYear', lang, { year, places: stillLacking.map(name) })] : []),
  ];
  const chart = seriesChart({
    type: 'bar',
    title: `${message('chartYearLabel', lang, { year })} ${indicator}${growth ? (lang === 'en' ? ' growth' : '增速') : ''}`,
    categories: ranked.map((r) => name(r.key)),
    series: [{ name: message(kind === 'target' ? 'chartTarget' : 'chartActual', lang), kind, points: ranked }],
    language: lang,
  });
  return linesAnswer(frame, lines, cited.citations, cited.figures, chart);
}

/**
 * The places that have the figure for population groups only (城镇, 农村), with each group's
 * point; none when the question names a group itself (then the ranking is of that group).
 */
function groupsOnly(
  places: readonly string[],
  pointsFor: (group: string) => TablePoint<string>[],
): { place: string; points: { group: string; point: TablePoint<string> }[] }[] {
  if (!places.length) return [];
  const byGroup = POPULATION_GROUPS.map((g) => ({ group: g.word, points: pointsFor(g.word) }));
  return places.flatMap((place) => {
    // Only rows filed under the group itself: when the question names a group, the others stay out.
    const points = byGroup.flatMap(({ group, points }) =>
      points.filter((p) => p.key === place && p.row.group === group).map((point) => ({ group, point })),
    );
    return points.length ? [{ place, points: points.reverse() }] : [];
  });
}

/** The latest year for which most of the places have a row (ties to the later year). */
function commonYear(rows: readonly FigureRow[], places: readonly string[]): number | null {
  const count = new Map<number, Set<string>>();
  for (const r of rows) {
    if (r.year === null || !places.includes(r.place)) continue;
    const set = count.get(r.year) ?? new Set<string>();
    set.add(r.place);
    count.set(r.year, set);
  }
  const best = [...count.entries()].sort((a, b) => b[1].size - a[1].size || b[0] - a[0])[0];
  return best ? best[0] : null;
}

/**
 * A level in base units (元, 人) written in another row's unit, to two decimals: 5.7761e12 元 in
 * 万亿元 is 5.78. Null when the two rows share their unit or either lacks a base unit.
 */
function inUnitOfRow(valueInBase: number, row: FigureRow, leader: FigureRow): number | null {
  if (row.unit === leader.unit || row.baseUnit === undefined || row.baseUnit !== leader.baseUnit) return null;
  const converted = inRowUnit(valueInBase, leader);
  return converted === null ? null : Number(converted.toFixed(2));
}
