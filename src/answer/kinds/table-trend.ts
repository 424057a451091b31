/**
 * A trend read from the figure table: the asked indicator of one place for every year the reports
 * hold (or the years asked), each year's result from the report that gives it, and beside it the
 * target set for that year, each value cited; with a line chart of both. A question about targets
 * ("历年增长目标") leads with the targets and gives the results beside them.
 */
import { type FigureRow, rowFigure } from '../../figure-table/index.js';
import { asksForGrowth } from '../../lang/zh/change-words.js';
import { asksAmount } from '../../lang/zh/trend-words.js';
import { placeLabel } from '../../lang/zh/place-words.js';
import { englishIndicator, englishPlace } from '../english-names.js';
import { valueText } from '../figure-format.js';
import { message } from '../messages.js';
import type { Answer } from '../schema.js';
import { asksForTarget } from '../target-without-number.js';
import type { AnswerFrame, AnswerTools } from './answer-tools.js';
import { linesAnswer } from './lines-answer.js';
import { RowCitations } from './row-citations.js';
import { type YearValue, yearsDifference, yearsVerdict } from './verdicts.js';
import { asksHowMuchBetween } from '../../lang/zh/year-comparison-words.js';
import { seriesChart } from './series-chart.js';
import { askedIndicators, inRowUnit, type TablePoint, tableKnows, tablePoints } from './table-points.js';

/** A trend states at most this many years of the asked kind (the latest). */
const TREND_YEARS = 5;

/**
 * `oneYearOfKind`: whether a single year of the asked kind may stand as the trend, with the other
 * kind's years beside it; the caller allows it once the sentences give no two years either.
 */
export async function tableTrendAnswer(
  tools: AnswerTools,
  frame: AnswerFrame,
  asked: readonly number[] | null,
  oneYearOfKind = false,
): Promise<Answer | null> {
  const name = frame.query.indicators[0]?.name;
  if (!name) return null;
  for (const indicator of askedIndicators(tools.figureTable, name, frame.query.question)) {
    const answer = trendOf(tools, frame, asked, oneYearOfKind, indicator);
    if (answer) return answer;
  }
  return null;
}

function trendOf(
  tools: AnswerTools,
  frame: AnswerFrame,
  asked: readonly number[] | null,
  oneYearOfKind: boolean,
  indicator: string,
): Answer | null {
  const { query } = frame;
  const place = query.places[0];
  if (!indicator || query.places.length !== 1 || !tableKnows(tools.figureTable, indicator)) return null;
  const rows = tools.figureTable.select({ indicator, place });
  // The kind asked; when the reports hold none of it, the kind they hold ("超长期特别国债": only what
  // each year's report plans to issue), labelled as such in the lead.
  const askedKind: FigureRow['kind'] = asksForTarget(query) ? 'target' : 'actual';
  const primary: FigureRow['kind'] = rows.some((r) => r.kind === askedKind) ? askedKind : askedKind === 'actual' ? 'target' : 'actual';
  const secondary: FigureRow['kind'] = primary === 'actual' ? 'target' : 'actual';
  const rowYears = [...new Set(rows.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  const years = asked ?? rowYears;
  const groups = years.map((y) => ({ key: y, year: y, rows: rows.filter((r) => r.year === y) }));
  const pointsOf = (kind: FigureRow['kind'], growth: boolean) =>
    tablePoints(groups, { indicator, growth, question: query.question, rangeEnd: 'high', kind, currency: query.currency });
  // "江苏近几年GDP": the level when two years give one, else the growth most reports lead with.
  // Years asked outright ("24年和25年分别多少"), or an amount asked ("从多少涨到多少"), keep the
  // level asked: the retrieval path answers them, not a rate in its place.
  let growth = asksForGrowth(query.question);
  let main = pointsOf(primary, growth).slice(-TREND_YEARS);
  if (main.length < 2 && !growth && !asked && !asksAmount(query.question)) {
    growth = true;
    main = pointsOf(primary, growth).slice(-TREND_YEARS);
  }
  if (!main.length) return null;
  const measure = main[0].measure;
  const first = main[0].key;
  const last = main[main.length - 1].key;
  // Beside them, the other kind's values of the same years, in the same measure; after the last
  // result, the next plan year's target too ("2026年目标"), never a far goal ("2035年").
  // Years asked outright: each of them, whichever kind it holds ("24年增长多少，25年目标多少").
  const side = pointsOf(secondary, growth).filter(
    (p) =>
      p.measure === measure &&
      (asked
        ? asked.includes(p.key)
        : // One year of results ("钱塘区历年GDP增速": 2024 only): every earlier year's target too (2021's 6.5%), not that
          // year alone beside the next plan.
          (p.key >= first || main.length < 2) && (p.key <= last || (secondary === 'target' && p.key === last + 1))),
  );
  const shownYears = [...new Set([...main.map((p) => p.key), ...side.map((p) => p.key)])].sort((a, b) => a - b);
  // One year of the asked kind is a trend only with other years beside it ("广东这几年GDP增速":
  // the 2025 result, the 2025 and 2026 targets); the answer then says the rest is not stated.
  if (main.length < 2 && (!oneYearOfKind || shownYears.length < 2)) return null;

  const cited = new RowCitations(tools);
  const shown = (p: TablePoint<number>): string => {
    const n = cited.cite(p.row);
    const text = growth && p.row.unit !== '%' ? `${p.value}%` : valueText(rowFigure(p.row));
    return n === null ? text : `${text} [${n}]`;
  };
  const lang = query.language;
  // The asked kind is cited first (in year order): the first citations are the answer's evidence.
  const mainText = new Map(main.map((p) => [p.key, shown(p)]));
  const sideText = new Map(side.map((p) => [p.key, shown(p)]));
  const textOf = (kind: FigureRow['kind']) => (kind === primary ? mainText : sideText);
  const items = shownYears.map((year) =>
    message('tableTrendItem', lang, { year, primary, first: textOf(primary).get(year), second: textOf(secondary).get(year) }),
  );
  const name = (lang === 'en' ? englishIndicator(indicator) : null) ?? indicator;
  const placeName = lang === 'en' ? englishPlace(place) : placeLabel(place);
  const [older, newer] = asked?.length === 2 && main.length === 2 ? main : [];
  // "比2024年多了多少": the amount between them too, in the newer row's unit.
  const shownAmount = (p: TablePoint<number>, unitOf: FigureRow) =>
    growth ? { value: p.value, unit: '%' } : { value: inUnitOf(p, unitOf), unit: unitOf.unit };
  const verdict =
    older && newer
      ? yearsVerdict(pointValue(older), pointValue(newer), lang) +
        // A value written with a bound or a milestone ("跨上5万亿元", "5%左右") is no amount to subtract from.
        (asksHowMuchBetween(query.question) && !older.row.qualifier && !newer.row.qualifier
          ? yearsDifference(shownAmount(older, newer.row), shownAmount(newer, newer.row), lang)
          : '')
      : '';
  const lines = [
    message('tableTrendLead', lang, { place: placeName, indicator: name, growth, primary, withSide: side.length > 0, items }) + verdict,
  ];
  const missing = (asked ?? []).filter((y) => !mainText.has(y) && !sideText.has(y));
  if (missing.length) lines.push(message('trendMissing', lang, { years: missing }));
  else if (main.length === 1) lines.push(message('trendOneYearOfKind', lang, { year: main[0].key, kind: primary }));
  const pointsBy = (points: readonly TablePoint<number>[]) => shownYears.map((y) => points.find((p) => p.key === y) ?? null);
  const actual = primary === 'actual' ? main : side;
  const target = primary === 'target' ? main : side;
  const chart = seriesChart({
    type: 'line',
    title: lang === 'en' ? `${placeName} ${name}${growth ? ' growth' : ''}` : `${placeName}${name}${growth ? '增速' : ''}`,
    categories: shownYears.map((year) => message('chartYearLabel', lang, { year })),
    series: [
      ...(actual.length ? [{ name: message('chartActual', lang), kind: 'actual' as const, points: pointsBy(actual) }] : []),
      ...(target.length ? [{ name: message('chartTarget', lang), kind: 'target' as const, points: pointsBy(target) }] : []),
    ],
    language: lang,
  });
  return linesAnswer(frame, lines, cited.citations, cited.figures, chart);
}

/** A level point's value in another row's unit: 142000亿元 in 万亿元 is 14.2; the row's own number when the units agree. */
function inUnitOf(point: TablePoint<number>, unitOf: FigureRow): number {
  if (point.row.unit === unitOf.unit) return point.row.value;
  const converted = inRowUnit(point.value, unitOf);
  return converted === null ? point.row.value : Number(converted.toPrecision(12));
}

/**
 * A point as a verdict compares it: its value, and the range its row is written as ("5%—5.5%") when the value is a rate
 * read from that row as written (a range of a level is compared by its value alone).
 */
function pointValue(p: TablePoint<number>): YearValue {
  const { range } = p.row;
  const ofRange = range !== undefined && p.measure === '%' && p.row.unit === '%';
  return ofRange ? { year: p.key, value: p.value, range } : { year: p.key, value: p.value };
}
