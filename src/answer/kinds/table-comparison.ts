/**
 * Two places compared from the figure table: each place's row of the asked indicator for one year
 * (the year asked, else the latest both hold), of one kind and one measure, so the verdict sets
 * like against like; the lead and verdict are the figure lead's, over those two rows; a bar chart.
 */
import { rowFigure } from '../../figure-table/index.js';
import { asksForGrowth } from '../../lang/zh/change-words.js';
import { asksAmount } from '../../lang/zh/trend-words.js';
import { composeText } from '../compose.js';
import { englishPlace } from '../english-names.js';
import { figureLead } from '../figure-lead.js';
import { message } from '../messages.js';
import type { Answer, Citation } from '../schema.js';
import { asksForTarget } from '../target-without-number.js';
import { type AnswerFrame, type AnswerTools, frameAnswer } from './answer-tools.js';
import { seriesChart } from './series-chart.js';
import { askedIndicators, isGrowthPoint, type TablePoint, tableKnows, tablePoints } from './table-points.js';

export async function tableComparisonAnswer(tools: AnswerTools, frame: AnswerFrame): Promise<Answer | null> {
  const name = frame.query.indicators[0]?.name;
  if (!name) return null;
  for (const indicator of askedIndicators(tools.figureTable, name, frame.query.question)) {
    const answer = comparisonOf(tools, frame, indicator);
    if (answer) return answer;
  }
  return null;
}

function comparisonOf(tools: AnswerTools, frame: AnswerFrame, indicator: string): Answer | null {
  const { query } = frame;
  if (!indicator || query.indicators.length !== 1 || query.places.length !== 2 || !tableKnows(tools.figureTable, indicator)) return null;
  const kind = asksForTarget(query) ? 'target' : 'actual';
  const rows = tools.figureTable.select({ indicator, kind });
  // Several years asked ("浙江和江苏24年和25年的增长目标"): the latest of them both places have, never a year not asked.
  const asked = (year: number | null) => !query.years.length || (year !== null && query.years.includes(year));
  const years =
    query.years.length === 1
      ? query.years
      : latestFirst(rows.filter((r) => query.places.includes(r.place) && asked(r.year)).map((r) => r.year));
  const growth = asksForGrowth(query.question);
  const pointsOf = (year: number, byGrowth = growth) =>
    tablePoints(
      query.places.map((p) => ({ key: p, year, rows: rows.filter((r) => r.place === p && r.year === year) })),
      { indicator, kind, growth: byGrowth, question: query.question, rangeEnd: 'high' },
    );
  for (const year of years) {
    const points = pointsOf(year);
    if (points.length === 2) return answerOf(tools, frame, points, year, growth || points.every(isGrowthPoint))?.answer ?? null;
  }
  // "钱塘和拱墅2025年GDP目标谁高": no amount asked and the year's figures are rates on both
  // sides: the rates compared, like for like, never one side's five-year level against a rate.
  if (!growth && !asksAmount(query.question)) {
    for (const year of years) {
      const points = pointsOf(year, true);
      if (points.length === 2) return answerOf(tools, frame, points, year, true)?.answer ?? null;
    }
  }
  // "广东和浙江谁的经济总量大": an amount asked, one side states it, the other only its growth: the
  // one side's amount, and the other named as lacking it, never a rate in the amount's place.
  if (!growth && asksAmount(query.question)) {
    const year = years[0];
    const points = year === undefined ? [] : pointsOf(year);
    if (points.length === 1 && year !== undefined) {
      const missing = query.places.filter((p) => p !== points[0].key);
      // "浙江和江苏2024年GDP分别是多少" where 浙江's report gives only its growth: that growth, cited and said to be
      // all the reports give, after the other side's amount; never a rate in the amount's place.
      const rates = pointsOf(year, true).filter((p) => missing.includes(p.key));
      const answer = answerOf(tools, frame, points, year, false, rates);
      if (!answer) return null;
      const note = answer.rateNote ?? message('sideMissing', query.language, { places: missing });
      return { ...answer.answer, text: answer.answer.text.replace(/^(.*)$/m, `$1${note}`) };
    }
  }
  return null;
}

/** The years rows give, latest first, each once. */
function latestFirst(years: readonly (number | null)[]): number[] {
  return [...new Set(years.filter((y): y is number => y !== null))].sort((a, b) => b - a);
}

/** A period of several years: "2021-2025". */
const SPAN = /^\d{4}-\d{4}$/;

/**
 * The answer over the compared points; `rates`, the growth of sides that lack the asked amount, are cited after them and
 * worded in `rateNote` for the first line.
 */
function answerOf(
  tools: AnswerTools,
  frame: AnswerFrame,
  points: readonly TablePoint<string>[],
  year: number,
  growth: boolean,
  rates: readonly TablePoint<string>[] = [],
): { answer: Answer; rateNote: string | null } | null {
  const { query } = frame;
  const citations: Citation[] = [];
  for (const p of [...points, ...rates]) {
    const sentence = tools.retriever.sentence(p.row.citationId);
    if (!sentence) return null;
    if (!citations.some((c) => c.id === sentence.id)) citations.push(tools.citation(sentence, 1));
  }
  // A level reached at a plan's end ("十四五"时期 "达14.2万亿元", filed under 2025) is that year's level in a
  // comparison of one year, never labelled with the plan's period beside the other side's year.
  const figures = points.map((p) => {
    const f = rowFigure(p.row);
    return p.row.measure === 'level' && p.row.year === year && SPAN.test(f.period) ? { ...f, period: String(year) } : f;
  });
  // The lead reads the two rows as it reads any two sides: "甲…[1]；乙…[2]。甲更高：x 对 y".
  const lead = figureLead({ ...query, wantsQuantity: true }, figures, citations);
  if (!lead) return null;
  const rateFigures = rates.map((p) => rowFigure(p.row));
  const rateLeads = rates.map((p, i) => figureLead({ ...query, places: [p.key], wantsQuantity: true }, [rateFigures[i]], citations));
  const rateNote =
    rates.length && rateLeads.every((l) => l !== null)
      ? message('sideGrowthOnly', query.language, { places: rates.map((p) => p.key), leads: rateLeads as string[] })
      : null;
  const lang = query.language;
  const name = (p: string) => (lang === 'en' ? englishPlace(p) : p);
  const chart = seriesChart({
    type: 'bar',
    title: `${message('chartYearLabel', lang, { year })} ${query.indicators[0].name}${growth ? (lang === 'en' ? ' growth' : '增速') : ''}`,
    categories: points.map((p) => name(p.key)),
    series: [{ name: message(points[0].row.kind === 'target' ? 'chartTarget' : 'chartActual', lang), kind: points[0].row.kind, points }],
    language: lang,
  });
  return {
    answer: frameAnswer(frame, {
      notFound: false,
      text: composeText(query, citations, lead),
      citations,
      figures: [...figures, ...rateFigures],
      chart,
    }),
    rateNote,
  };
}
