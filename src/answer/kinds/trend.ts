import { isAmountChangeOnly, isGrowthOnly } from '../../figures/figure-shape.js';
import { isRankFigure } from '../../figures/rank-figures.js';
import { isStreakLength } from '../../figures/streak-lengths.js';
import { asksForPlan } from '../../lang/zh/intent-words.js';
import { placeLabel } from '../../lang/zh/place-words.js';
import type { UnderstoodQuery } from '../../retrieve/query.js';
import { englishIndicator, englishPlace } from '../english-names.js';
import { RECENT_YEARS } from '../../lang/zh/relative-years.js';
import { asksForGrowth } from '../../lang/zh/change-words.js';
import { message } from '../messages.js';
import { valueText } from '../figure-format.js';
import type { Answer, Figure } from '../schema.js';
import type { AnswerFrame, AnswerTools } from './answer-tools.js';
import { linesAnswer } from './lines-answer.js';
import { isAskedSubject, subjectLabel, withAskedSubject } from './asked-subject.js';
import { tableTrendAnswer } from './table-trend.js';
import { type YearValue, yearsVerdict } from './verdicts.js';
import { type FigureCandidate, figureCandidates, inOneUnit, reachedIn } from './figure-candidates.js';
import { FROM_TO, YEAR_JOINERS } from '../../lang/zh/years.js';
import { comparesWithYearBefore } from '../../lang/zh/year-comparison-words.js';
import { asksMultiYearAverage } from '../../lang/zh/verdict-words.js';
import { asksAmount, asksTrend } from '../../lang/zh/trend-words.js';
import { asksResultOfYearBefore, asksTargetAgainstResult } from '../../lang/zh/comparison-follow-up-words.js';

/**
 * A trend: the asked indicator of one place for each year asked (a range "2021到2024" is every
 * year in it), or every year the place's reports give results for; the latest five years cited.
 * Fewer than two years with the figure: null, and the ordinary answer (often a from–to sentence,
 * "从7248亿元提高到8865亿元") stands.
 */
export async function trendAnswer(tools: AnswerTools, frame: AnswerFrame): Promise<Answer | null> {
  // "安徽人工造林面积近两年变化": a subject the glossary does not know, read like an indicator when the
  // place's reports state figures under its name; a question asking no number is not a trend of one.
  if (!frame.query.indicators.length) {
    const subject = frame.query.wantsQuantity || asksTrend(frame.query.question) ? withAskedSubject(tools, frame.query) : null;
    return subject ? trendAnswer(tools, { ...frame, query: subject }) : null;
  }
  const { query } = frame;
  const place = query.places[0];
  // "过去五年GDP年均增速" asks the span's one average, which the reports state as such: no year's figure answers it.
  if (asksMultiYearAverage(query.question)) return null;
  // "十四五期间…怎么变化的": the sentence that states the period from–to answers it whole.
  if (query.planPeriod && query.years.length < 2 && (await statedOverPeriod(tools, query, query.planPeriod.to))) return null;
  const asked = query.years.length >= 2 ? range(Math.min(...query.years), Math.max(...query.years)) : heldYears(tools, place);
  // The figure table first: every year it files the indicator under, with the targets beside.
  // Years asked with a target among them ("24年增长多少，25年目标多少"): one year of each kind is the answer.
  const targetsAmongYears = query.years.length >= 2 && asksForPlan(query.question);
  const fromTable = await tableTrendAnswer(tools, frame, query.years.length >= 2 ? asked : null, targetsAmongYears);
  if (fromTable) return fromTable;
  const growth = asksForGrowth(query.question);
  const byYear = await yearCandidates(tools, query, asked.slice(-TREND_YEARS), growth);
  const shown = asked.slice(-TREND_YEARS);
  // "广东2024年和2025年GDP增长各多少" where one year's report gives only the level ("迈上14万亿元"): that year's level,
  // said to be all it gives, beside the other's growth, never the year dropped unsaid.
  const levelOnly: number[] = [];
  if (growth && query.years.length === 2 && !query.yearSpan && !query.planPeriod) {
    const lacking = byYear.filter((y) => !y.candidates.length);
    const levels = lacking.length === 1 ? await yearCandidates(tools, query, [lacking[0].key], false) : [];
    const level = levels[0]?.candidates.find(
      (c) => c.figure.unit !== '%' && !isGrowthOnly(c.figure) && !isRankFigure(c.figure) && !isStreakLength(c.figure),
    );
    if (level) {
      lacking[0].candidates = [level];
      levelOnly.push(lacking[0].key);
    }
  }
  const alike = inOneUnit(byYear).map(({ key, candidate }) => ({ year: key, ...candidate }));
  // Two years asked outright ("24年和25年分别多少") whose figures measure different things (a
  // level one year, only a rate the next): each year's own figure, and no verdict.
  const mixed = alike.length < 2 && query.years.length === 2 && byYear.every((y) => y.candidates.length > 0);
  const points = mixed ? byYear.map(({ key, candidates }) => ({ year: key, ...candidates[0] })) : alike;
  // Fewer than two years in the sentences too: one year's result with the targets beside it, when
  // the table holds them, rather than a one-year answer to a question about the years.
  // A subject outside the glossary asked for years named ("这两年分别多少") with one year's figure: that
  // year, cited, and the other named as missing, never a span's total read as a year's.
  const oneOfNamed = points.length === 1 && query.years.length >= 2 && isAskedSubject(query.indicators[0]);
  if (points.length < 2 && !oneOfNamed) {
    const fromTableOnly = await tableTrendAnswer(tools, frame, query.years.length >= 2 ? asked : null, true);
    // Two years asked outright of a glossary indicator, one of them held and the table silent: the year held, and the
    // other said to be missing, never the one year's answer as if it were the years'.
    if (fromTableOnly || points.length !== 1 || query.years.length !== 2 || query.yearSpan || query.planPeriod) return fromTableOnly;
  }
  const citations = points.map((p) => tools.citation(p.sentence.sentence, p.sentence.score));
  const figures = points.map((p, i) => ({ ...p.figure, citationId: citations[i].id }));
  const lang = query.language;
  // "这几年财政收入多少" where the reports state only its growth: each value said to be a growth,
  // and a line saying the amounts are not stated, never a rate read as the amount.
  const ratesForAmount = !growth && asksAmount(query.question) && points.every((p) => isGrowthOnly(p.figure));
  // A year read as its plan beside a year's result: each value says its kind, and a target is not set against an actual.
  const kindsMixed = new Set(points.map((p) => p.figure.kind)).size > 1;
  const kindMark = (f: Figure) => (kindsMixed && f.kind === 'target' ? message('trendTargetMark', lang) : '');
  const items = points.map((p, i) =>
    message('trendItem', lang, {
      year: p.year,
      value: (mixed || ratesForAmount ? figureText(p.figure, lang) : pointValue(p, growth)) + kindMark(p.figure),
      n: i + 1,
    }),
  );
  const missing = shown.filter((y) => !points.some((p) => p.year === y));
  // "2024年比上一年多几天" where only 2024's report is held: the difference it states ("290天、增加19天") answers.
  const statedChange =
    points.length === 1 && missing.includes(points[0].year - 1) && statesOwnChange(points[0].figure) ? points[0].figure.change : undefined;
  const [older, newer] = points.length === 2 && !mixed && !ratesForAmount && !kindsMixed ? points : [];
  const lines = [
    message(kindsMixed ? 'trendLeadKindsMixed' : 'trendLead', lang, {
      // Every year read as its plan ("比上年高还是低" after a target): targets, said so.
      target: points.every((p) => p.figure.kind === 'target'),
      place: lang === 'en' ? englishPlace(place) : placeLabel(place),
      indicator: indicatorLabel(subjectLabel(query, sharedIndicator(points) ?? query.indicators[0].name), lang),
      items,
    }) +
      (older && newer
        ? yearsVerdict(comparedValue(older), comparedValue(newer), lang)
        : kindsMixed
          ? kindsVerdict(points, query.question, lang)
          : '') +
      (statedChange
        ? message('trendStatedChange', lang, {
            year: points[0].year,
            down: statedChange.direction === 'down',
            value: statedChange.value,
            unit: statedChange.unit,
          })
        : ''),
    ...(ratesForAmount ? [message('trendGrowthOnly', lang)] : []),
    ...(levelOnly.length ? [message('trendLevelOnly', lang, { years: levelOnly })] : []),
    ...(missing.length ? [message('trendMissing', lang, { years: missing })] : []),
  ];
  return linesAnswer(frame, lines, citations, figures);
}

/**
 * The two years a question sets side by side: the two it names ("24年和25年"), or its year and the
 * one before when it asks the difference from it ("2025年比上年高多少"); none otherwise.
 */
export function yearsCompared(query: UnderstoodQuery): number[] {
  if (query.years.length === 2) return query.years;
  if (query.years.length === 1 && comparesWithYearBefore(query.question)) return [query.years[0] - 1, query.years[0]];
  return [];
}

/** Two years asked, the earlier the year before the later and not held, and the difference between them asked ("比上一年多几天"). */
export function statesAskedDifference(query: Pick<UnderstoodQuery, 'years' | 'question'>, unwritten: number): boolean {
  return query.years.length === 2 && unwritten === Math.max(...query.years) - 1 && comparesWithYearBefore(query.question);
}

/** A figure whose sentence states its own change from the year before as an amount ("增加19天"), not only a rate. */
export function statesOwnChange(figure: Figure): boolean {
  return figure.change !== undefined && !isGrowthOnly(figure);
}

/** The years the place's reports give results for, oldest first. */
export function heldYears(tools: AnswerTools, place: string): number[] {
  const held = tools.retriever.corpus.documents
    .map((d) => d.meta)
    .filter((d) => d.issuer === place && d.reportsOn !== null)
    .map((d) => d.reportsOn as number);
  return [...new Set(held)].sort((a, b) => a - b);
}

/**
 * Each year's figures of the asked indicator for the query's one place, each year on its own
 * evidence (the report that states that year's result), of the asked kind: rates when growth is asked.
 */
export async function yearCandidates(
  tools: AnswerTools,
  query: UnderstoodQuery,
  years: readonly number[],
  growth: boolean,
): Promise<{ key: number; candidates: FigureCandidate[] }[]> {
  const byYear: { key: number; candidates: FigureCandidate[] }[] = [];
  const planYears = yearsAskedOfPlan(query);
  const ofYear = async (year: number, planOnly: boolean): Promise<FigureCandidate[]> => {
    // Each year asked for its number of the indicator: "近三年" is no word to search for.
    const side: UnderstoodQuery = {
      ...query,
      years: [year],
      planPeriod: null,
      intent: planOnly ? 'plan' : 'result',
      wantsQuantity: true,
      searchText: `${query.searchText.replace(RECENT_YEARS_WORDS, ' ')} ${query.indicators.map((i) => i.name).join(' ')}`,
    };
    const outcome = await tools.retriever.retrieve(side, 3);
    return outcome.kind === 'found' ? figureCandidates(tools, side, outcome.sentences, planOnly ? 'target' : 'actual', growth) : [];
  };
  for (const year of years) {
    const planOnly = planYears.includes(year);
    const candidates = await ofYear(year, planOnly);
    // A year a conversation's follow-up added as a plan ("比23年多还是少" after a plan) whose report sets none: its result.
    const asResult = planOnly && !candidates.length && query.bothYearsTalked ? await ofYear(year, false) : [];
    byYear.push({ key: year, candidates: asResult.length ? asResult : candidates });
  }
  // A year no sentence of its own gives the figure for may be the end of a span the reports sum
  // up ("十四五"时期 "从29.6件增加到65件"): read from the place's sentences about the indicator.
  const lacking = byYear.filter((y) => !y.candidates.length);
  if (lacking.length) {
    const any: UnderstoodQuery = { ...query, years: [], planPeriod: null, intent: 'result', wantsQuantity: true };
    const outcome = await tools.retriever.retrieve(any, 5);
    if (outcome.kind === 'found')
      for (const y of lacking) y.candidates = figureCandidates(tools, { ...any, years: [y.key] }, outcome.sentences, 'actual', growth);
  }
  return byYear;
}

/**
 * The years a question asks the plan of, read as their targets: a later year whose own words ask it after an earlier year's
 * that do not ("24年新建的和25年计划建的": 2025, the words from its year to the next); otherwise, a plan asked of the years
 * together ("今年目标…比去年高还是低"), every year's.
 */
export function yearsAskedOfPlan(
  query: Pick<UnderstoodQuery, 'question' | 'years' | 'yearNotes' | 'bothYearsTalked' | 'conversationPlanYears'>,
): number[] {
  // "目标比上年实际高还是低": the later year's plan against the year before's result, as the question says.
  if (query.years.length === 2 && asksForPlan(query.question) && asksResultOfYearBefore(query.question)) return [Math.max(...query.years)];
  // "两年一样多吗" after a year's plan and another's result: each year as the conversation asked it.
  if (query.bothYearsTalked && query.conversationPlanYears) {
    const planned = query.conversationPlanYears;
    return query.years.filter((y) => planned.includes(y));
  }
  if (!asksForPlan(query.question)) return [];
  const at = query.yearNotes
    .map((n) => ({ year: n.year, phrase: n.phrase, at: query.question.indexOf(n.phrase) }))
    .filter((n) => n.at >= 0)
    .sort((a, b) => a.at - b.at);
  // Each year's words: from it to the next year named.
  const words = at.map((n, i) => query.question.slice(n.at + n.phrase.length, at[i + 1]?.at));
  const own = at.filter((_, i) => asksForPlan(words[i]));
  // "24年和25年的计划": the first year's words are only a joiner, and the plan asked after the last is both years'.
  const firstSaysMore = (words[0] ?? '').replace(YEAR_JOINERS, '').length >= 2;
  if (at.length >= 2 && own.length && !own.includes(at[0]) && firstSaysMore) return own.map((n) => n.year);
  return [...query.years];
}

/** Whether the reports give the indicator's level reached over a period ending in `end` ("从7248亿元提高到8865亿元"). */
async function statedOverPeriod(tools: AnswerTools, query: UnderstoodQuery, end: number): Promise<boolean> {
  const outcome = await tools.retriever.retrieve(query, 3);
  if (outcome.kind !== 'found') return false;
  const atEnd = { ...query, years: [end] };
  return figureCandidates(tools, atEnd, outcome.sentences, 'actual', false).some(
    (c) => FROM_TO.test(c.sentence.sentence.text) && reachedIn(c.figure, c.sentence.sentence.text),
  );
}

/** The name every point's figure gives the indicator ("每万人口高价值发明专利拥有量"), if they agree. */
function sharedIndicator(points: readonly YearPoint[]): string | null {
  const names = new Set(points.map((p) => p.figure.indicator));
  return names.size === 1 ? [...names][0] : null;
}

/** The indicator as the lead names it: in English its English name where the glossary has one ("GDP"). */
function indicatorLabel(name: string, lang: 'zh' | 'en'): string {
  return (lang === 'en' ? englishIndicator(name) : null) ?? name;
}

type YearPoint = FigureCandidate & { year: number };

/** A point as a verdict compares it: its value, and its range in the value's scale when the figure is written as one. */
function comparedValue(p: YearPoint): YearValue {
  const { range, value } = p.figure;
  if (!range || value === 0) return { year: p.year, value: p.value };
  // The value compared may be an end of the range itself (a rate read as written) or the figure in a base unit.
  const sameScale = p.value === value || p.value === range.low || p.value === range.high;
  const scale = sameScale ? 1 : p.value / value;
  return { year: p.year, value: p.value, range: { low: range.low * scale, high: range.high * scale } };
}

/** A point's value as compared: the rate when growth is asked of a level that carries one. */
function pointValue(p: YearPoint, growth: boolean): string {
  return growth && p.figure.unit !== '%' ? `${p.value}%` : valueText(p.figure);
}

/** A figure with the change it carries, for years that set no like against like: "3.79万亿元，增长5%", "增长5.1%". */
function figureText(f: Figure, lang: 'zh' | 'en'): string {
  if (!f.change) return valueText(f);
  const down = f.change.direction === 'down';
  // A value that is its own change reads as the change: "增长5.1%", "下降1.2%" (never "下降-1.2%"), "增加20亿斤".
  const own = isAmountChangeOnly(f) ? 'leadAmountChange' : isGrowthOnly(f) ? 'leadGrowthOnly' : null;
  if (own) return `${message(own, lang, { down })}${valueText({ ...f, value: Math.abs(f.value) })}`;
  return `${valueText(f)}${message('leadChange', lang, { down, value: f.change.value, unit: f.change.unit })}`;
}

/** A trend states at most this many years (the latest), each cited. */
const TREND_YEARS = 5;

/** "近三年", "过去五年": words of the span, not of the figure. */
const RECENT_YEARS_WORDS = new RegExp(RECENT_YEARS.source, 'gi');

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, Math.min(to - from + 1, 50)) }, (_, i) => from + i);
}

/**
 * A target beside a result: not compared, unless the question sets the one against the other on purpose ("目标比上年实际
 * 高还是低"), which is answered in their kinds' words ("2023年目标低于2022年实绩"), in one unit only.
 */
function kindsVerdict(points: readonly { year: number; figure: Figure }[], question: string, lang: 'zh' | 'en'): string {
  const target = points.find((p) => p.figure.kind === 'target');
  const actual = points.find((p) => p.figure.kind === 'actual');
  if (points.length !== 2 || !target || !actual || target.figure.unit !== actual.figure.unit || !asksTargetAgainstResult(question))
    return message('verdictKinds', lang);
  const { value } = target.figure;
  const than = actual.figure.value;
  return message('verdictTargetAgainstResult', lang, {
    year: target.year,
    than: actual.year,
    order: value === than ? 'same' : value > than ? 'higher' : 'lower',
  });
}
