import type { Sentence } from '../ingest/types.js';
import type { UnderstoodQuery } from './query.js';
import { FIVE_YEAR_REVIEW, FROM_TO } from '../lang/zh/years.js';
import { CUMULATIVE_QUESTION, STREAK_LENGTH_QUESTION } from '../lang/zh/span-words.js';

const PERIOD = /^(\d{4})(?:-(\d{4}))?(Q1-3|Q\d|H\d)?$/;

/** A review of the years ending in the asked one, asked a running total ("去年累计…"): it may give the total reached. */
const RUNNING_TOTAL_FIT = 0.6;

/** A last-year review sentence under a heading naming the plan, asked about the plan: it may speak of the five years. */
const REVIEW_HEADING_FIT = 0.45;

/**
 * How well a sentence's period answers the asked time: 1 exact, between 0 and 1 partial, 0 not at
 * all. A plan horizon ("2021-2025") answers only target questions; a year written in the sentence
 * itself ("2019年…突破1100亿元") answers that year too.
 */
/** How well the last year's result answers a plan's end asked after the plan is over: below the plan's own review. */
const PLAN_END_RESULT_FIT = 0.8;

export function periodScore(
  sentence: Pick<Sentence, 'period' | 'kind' | 'norm'> & Partial<Pick<Sentence, 'section' | 'endsPlanReview'>>,
  query: Pick<UnderstoodQuery, 'years' | 'planPeriod' | 'part' | 'intent'> & Partial<Pick<UnderstoodQuery, 'yearSpan' | 'question'>>,
): number {
  const m = PERIOD.exec(sentence.period);
  if (query.planPeriod) {
    if (!m) return 0;
    const from = Number(m[1]);
    const to = Number(m[2] ?? m[1]);
    if (from === query.planPeriod.from && to === query.planPeriod.to) return 1;
    // The plan's last year asked with it ("十四五末" once the plan is over): that year's result is the level it reached.
    if (sentence.kind === 'result' && from === to && to === query.planPeriod.to && query.years.includes(to)) return PLAN_END_RESULT_FIT;
    // A plan within the plan answers for it, unless what the plan achieved is asked.
    if (to >= query.planPeriod.from && from <= query.planPeriod.to && sentence.kind === 'plan' && query.intent !== 'result') return 0.4;
    // The review of a plan's last year, where it speaks of the five years ("年均增长5.7%").
    if (
      sentence.kind === 'result' &&
      from >= query.planPeriod.from &&
      to === query.planPeriod.to &&
      (FIVE_YEAR_REVIEW.test(sentence.norm) || FROM_TO.test(sentence.norm))
    )
      return 0.6;
    // Under a heading that reviews the plan ("“十四五”时期和2025年工作回顾"), a sentence of the last year's review
    // may total the five years in no words of its own ("完成城镇棚户区改造73.5万套"): less than one that says so. So may
    // the level a look back on the five years ends on, under any heading ("五年来，…" then "164条…超50%").
    if (
      sentence.kind === 'result' &&
      from >= query.planPeriod.from &&
      to === query.planPeriod.to &&
      (FIVE_YEAR_REVIEW.test((sentence.section ?? []).join('')) || (sentence.endsPlanReview === true && from === to))
    )
      return REVIEW_HEADING_FIT;
    return 0;
  }
  if (!query.years.length) {
    if (!query.part) return 1;
    return m?.[3] === query.part ? 1 : 0.2;
  }
  // A run of years asked ("过去五年" = 2021–2025, "2021到2025年") is answered by a review of exactly
  // those years ("五年来…年均增长51.3%", period 2021-2025), which no single asked year matches.
  const span = query.yearSpan;
  if (span && m?.[2] && Number(m[1]) === span.from && Number(m[2]) === span.to && !m[3]) return 1;
  let best = 0;
  // "去年累计推出多少项": a running total a review of the years ending in the asked one reached ("十四五"时期 2021-2025);
  // so is a streak's length ("到去年是连着几年了": "连续两年实现大满贯" in the five years' review).
  const runningTotal = CUMULATIVE_QUESTION.test(query.question ?? '') || STREAK_LENGTH_QUESTION.test(query.question ?? '');
  for (const year of query.years) {
    if (m) {
      const from = Number(m[1]);
      const to = Number(m[2] ?? m[1]);
      const part = m[3] ?? null;
      if (from === year && to === year) {
        if (query.part) best = Math.max(best, part === query.part ? 1 : part ? 0.3 : 0.5);
        else best = Math.max(best, part ? 0.6 : 1);
      } else if (
        m[2] &&
        year >= from &&
        year <= to &&
        sentence.kind === 'plan' &&
        (query.intent === 'plan' || (query.intent === 'any' && year === from))
      ) {
        // A five-year plan sets its end year's levels and may stand in for its first year's plan; a
        // year inside it ("2027年目标" of 2026–2030) it gives no figure of its own. Asked of its first year with no word of
        // intent ("上海2026年现代化产业体系是“2+几+6+6”"), the report of that year plans the five years from it.
        best = Math.max(best, year === to ? 0.4 : year === from ? 0.15 : 0);
      } else if (m[2] && runningTotal && year === to && sentence.kind === 'result') {
        best = Math.max(best, RUNNING_TOTAL_FIT);
      }
    }
    if (sentence.norm.includes(`${year}年`)) best = Math.max(best, 0.5);
  }
  return best;
}

/**
 * Whether some sentence of a (period, kind) group can fit the question, decided without the
 * sentences: what `periodScore` allows, and the review of a plan's last year for a question about
 * the plan, whose sentences about the five years `periodScore` then tells from the rest (the rest
 * score 0 and are passed over).
 */
export function periodGroupFits(
  group: Pick<Sentence, 'period' | 'kind'>,
  query: Pick<UnderstoodQuery, 'years' | 'planPeriod' | 'part' | 'intent'> & Partial<Pick<UnderstoodQuery, 'yearSpan' | 'question'>>,
): boolean {
  if (periodScore({ ...group, norm: '' }, query) > 0) return true;
  const m = PERIOD.exec(group.period);
  if (!query.planPeriod || !m || group.kind !== 'result') return false;
  return Number(m[1]) >= query.planPeriod.from && Number(m[2] ?? m[1]) === query.planPeriod.to;
}
