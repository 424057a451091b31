import { isGrowthOnly } from '../figures/figure-shape.js';
import { askedCountUnit, asksForRank, asksForShare } from '../lang/zh/asked-shape-words.js';
import { AMOUNT_CHANGE_ASKED, asksForGrowth } from '../lang/zh/change-words.js';
import { asksAmount } from '../lang/zh/trend-words.js';
import { asksByNameAlone } from '../lang/zh/question-words.js';
import { asksInAUnit } from '../lang/en/english-units.js';
import { MONEY_UNIT, PERCENTAGE_POINTS } from '../lang/zh/units.js';
import { isIncrementName } from '../lang/zh/level-question-words.js';
import { isRateOnlyIndicator } from '../lang/zh/level-words.js';
import { RANK_UNIT } from '../lang/zh/rank-words.js';
import { STREAK_LENGTH_QUESTION } from '../lang/zh/span-words.js';
import type { UnderstoodQuery } from '../retrieve/query.js';
import { isAskedIndicator } from './figure-format.js';
import { namedInQuestion } from './figure-lead.js';
import { message } from './messages.js';
import type { Figure } from './schema.js';
import { asksForTarget } from './target-without-number.js';

/**
 * Whether a lead answering a level ("浙江2025年GDP多少") begins with a growth rate: the first figure of the asked
 * indicator and place is an actual growth only. False when a growth, share, rank or target is asked, or for a
 * price index or intensity, which stands for no level.
 */
export function growthLeadsForLevel(query: UnderstoodQuery, figures: readonly Figure[]): boolean {
  return askedGrowthFirst(query, figures) !== null;
}

/** The figures of the asked indicator, of the asked places: what a lead's note speaks of. */
export function askedFigures(query: UnderstoodQuery, figures: readonly Figure[]): Figure[] {
  return figures.filter((f) => isAskedIndicator(f, query) && (!query.places.length || query.places.includes(f.district)));
}

/**
 * A share, a rank, a streak's length ("粮食总产连续几年增长", whose 增长 asks no rate) or a target asked (or a plan): no
 * question of a level against its growth.
 */
function asksOtherMeasure(query: UnderstoodQuery): boolean {
  const q = query.question;
  return asksForShare(q) || asksForRank(q) || STREAK_LENGTH_QUESTION.test(q) || asksForTarget(query) || query.intent === 'plan';
}

/** The latest year's figure first: with no year asked, the lead states it, so a note speaks of that year. */
function latestFirst(figures: readonly Figure[]): Figure | undefined {
  return [...figures].sort((a, b) => yearOf(b) - yearOf(a))[0];
}

/**
 * Whether a level is asked: in words of amount ("多少", "how big"), in an amount's unit ("GDP, tn yuan?") or by naming the
 * indicator alone ("浙江2024年GDP", "GDP of zhejiang in 2024 pls").
 */
function asksLevel(query: UnderstoodQuery): boolean {
  const q = query.question;
  // A unit asked says which: "GDP, tn yuan?" a level, "GDP, in percent?" a rate.
  if (query.language === 'en' && asksInAUnit(q)) return !PERCENT_ASKED_IN_ENGLISH.test(q);
  return asksAmount(q) || asksByNameAlone(q);
}

/** A unit asked that is a percentage: a rate, no level. */
const PERCENT_ASKED_IN_ENGLISH = /%|\bper\s*cent|\bpercent|\bpoints?\b/i;

function askedGrowthFirst(query: UnderstoodQuery, figures: readonly Figure[]): Figure | null {
  const q = query.question;
  // "PM2.5浓度五年里降了多少" asks the fall, no level either.
  if (
    !query.wantsQuantity ||
    !query.indicators.length ||
    !asksLevel(query) ||
    asksForGrowth(q) ||
    AMOUNT_CHANGE_ASKED.test(q) ||
    asksOtherMeasure(query)
  )
    return null;
  const asked = askedFigures(query, figures);
  const first = query.years.length ? asked[0] : latestFirst(asked.filter((f) => f.kind === 'actual'));
  // A target's growth ("下降18%左右") and a price index or intensity ("居民消费价格上涨0.2%") stand for no missing level.
  if (!first || !isGrowthOnly(first) || first.kind !== 'actual') return null;
  if (isRateOnlyIndicator(first.indicator) || query.indicators.some((i) => isRateOnlyIndicator(i.name))) return null;
  return first;
}

/**
 * The words that go before a lead answering a level ("浙江2025年GDP多少") with the only figure the reports give, its
 * growth: "报告未给出2025年总量，只有增速：". Null when a growth, share, rank or target is asked, or when any
 * figure of the asked indicator is a level.
 */
export function levelNotStatedNote(query: UnderstoodQuery, figures: readonly Figure[]): string | null {
  const first = askedGrowthFirst(query, figures);
  if (!first) return null;
  // A rank beside the growth ("增量保持全国第1位") is no level either; nor a figure whose name only holds a loose synonym
  // of the indicator ("举办…外贸优品购物季等活动6000多场" beside 进出口's growth): a level is named by the indicator at its end.
  const names = query.indicators.flatMap((i) => [i.name, ...i.synonyms]);
  const level = (f: Figure) =>
    f.unit !== '%' && f.unit !== PERCENTAGE_POINTS && f.unit !== RANK_UNIT && names.some((n) => f.indicator.endsWith(n));
  if (askedFigures(query, figures).some(level)) return null;
  return message('levelNotStated', query.language, { years: yearOf(first) ? [yearOf(first)] : [] });
}

/**
 * The words that go before a lead answering a count asked in its unit ("北京去年新设外资企业多少家") with the only figure
 * the passages give of the thing the question names, its growth ("新设外资企业数量增长19.5%"): "报告未给出数量（家），只有
 * 增速：". Chinese questions of things no glossary indicator names (the glossary's have levelNotStatedNote).
 */
export function countNotStatedNote(query: UnderstoodQuery, figures: readonly Figure[]): string | null {
  if (!query.wantsQuantity || query.indicators.length || query.language !== 'zh') return null;
  const unit = askedCountUnit(query.question);
  if (!unit || unit === MONEY_UNIT || asksForGrowth(query.question) || asksOtherMeasure(query)) return null;
  const named = figures.filter((f) => namedInQuestion(f, query.question));
  if (!named.length || named.some((f) => f.unit.endsWith(unit)) || !isGrowthOnly(named[0])) return null;
  return message('countNotStated', query.language, { unit });
}

/** A figure's year, or 0 for a span or a part of a year with none. */
export function yearOf(f: Pick<Figure, 'period'>): number {
  return /^\d{4}$/.test(f.period) ? Number(f.period) : 0;
}

/**
 * The words that go before a lead answering a growth ("广东2024年GDP增速") with the only figure the reports give
 * of that year, its level ("迈上14万亿元"): "报告未给出2024年增速，只有总量：". Null when the growth is given, or
 * when no growth is asked.
 */
export function growthNotStatedNote(query: UnderstoodQuery, figures: readonly Figure[]): string | null {
  if (!query.wantsQuantity || !query.indicators.length || !asksForGrowth(query.question) || asksOtherMeasure(query)) return null;
  const asked = askedFigures(query, figures).filter((f) => f.kind === 'actual');
  // "十四五期间…增长了多少": asked over a plan or a span, a growth stated over it ("超850万户、增长45%") is the growth asked,
  // whatever year another figure of the name is of.
  if ((query.planPeriod || query.yearSpan) && asked.some((f) => f.change || f.unit === '%')) return null;
  const first = query.years.length ? asked.find((f) => query.years.includes(yearOf(f))) : latestFirst(asked);
  if (!first || first.change || first.unit === '%' || first.unit === PERCENTAGE_POINTS || first.unit === RANK_UNIT) return null;
  // "新认定国家高新技术企业184家" is the year's addition: how much it grew, in its own unit.
  if (isIncrementName(first.indicator)) return null;
  // The growth of that year given by another figure of it: no note.
  if (asked.some((f) => yearOf(f) === yearOf(first) && (f.change || f.unit === '%'))) return null;
  return message('growthNotStated', query.language, { years: yearOf(first) ? [yearOf(first)] : [] });
}
