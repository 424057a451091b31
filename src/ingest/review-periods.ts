import {
  CHANGE_RATE,
  FIVE_YEAR_FIGURE_CUES,
  FIVE_YEAR_RUN_FIGURE_CUES,
  FIVE_YEAR_RUN_OPENING,
  FROM_TO_SPAN,
  LEVEL_REACHED,
  PLAN_NAME_OPENING,
  SINGLE_YEAR_CUES,
  yearRunOpening,
} from '../lang/zh/review-scope-words.js';
import { planByName } from '../lang/zh/five-year-plans.js';
import { statedYears } from '../lang/zh/years.js';
import type { SectionKind } from './types.js';

/**
 * A heading whose review spans a five-year plan and the plan's last year ("“十四五”时期和2025年工作
 * 回顾", "过去五年和2025年工作回顾", "“十四五”时期发展成就和“十五五”时期主要目标任务").
 */
export interface SpanningReview {
  headingId: string;
  /** The plan's span as a period label: "2021-2025". */
  plan: string;
  /** The plan's last year, the year the report reviews: "2025". */
  year: string;
}

/** Which of the two a run of sentences under the heading speaks of; 'heading' keeps the heading's label. */
export type ReviewRun = 'plan' | 'year' | 'heading';

export interface ReviewedLabel {
  period: string;
  kind: SectionKind;
}

/**
 * The run a sentence opens, if it opens one: the five years ("五年来，…", "——这五年，…", "“十四五”
 * 时期是…的五年"), the year ("过去一年，…", "2025年是…"), or — a plan other than the reviewed one named
 * as subject ("“十五五”时期是…") — back to the heading's own label.
 */
export function runOpenedBy(sentence: string, review: Pick<SpanningReview, 'plan' | 'year'>): ReviewRun | null {
  const text = sentence.trim();
  const named = PLAN_NAME_OPENING.exec(text);
  if (named) {
    const plan = planByName(named[1]);
    if (plan && `${plan.from}-${plan.to}` !== review.plan) return 'heading';
  }
  if (FIVE_YEAR_RUN_OPENING.test(text)) return 'plan';
  if (yearRunOpening(review.year).test(text)) return 'year';
  return null;
}

/**
 * The period of one sentence in a run. Five-year figures (averages, milestones, "5年增长…") are the
 * plan's in either run. In the five years' run, totals (累计), doublings and streaks are the plan's
 * too; a sentence of the year's own figures (今年, 全年, 同比, "2025年…") is the year's; a rate of
 * change not said to be the year's is the five years' ("居民人均可支配收入增长34.3%"); a level
 * or rank the five years end on and the end of a from–to span ("从72%提升至76%"), since the plan's
 * last level is the year's level, and a question about the year, or with no year, must find it;
 * the rest (the opening, what was done in the five years) is the plan's.
 */
export function sentenceRunPeriod(norm: string, run: 'plan' | 'year', review: Pick<SpanningReview, 'plan' | 'year'>): string {
  if (FIVE_YEAR_FIGURE_CUES.test(norm)) return review.plan;
  if (run === 'year') return review.year;
  if (FIVE_YEAR_RUN_FIGURE_CUES.test(norm)) return review.plan;
  if (SINGLE_YEAR_CUES.test(norm) || statedYears(norm).includes(review.year)) return review.year;
  if (CHANGE_RATE.test(norm)) return review.plan;
  if (FROM_TO_SPAN.test(norm) || LEVEL_REACHED.test(norm)) return review.year;
  return review.plan;
}

/**
 * Reads the sentences under spanning reviews in document order, keeping the run each review is in.
 * A review starts in the run its heading's label names (the year for "2025年和“十四五”…", the plan
 * for a heading naming only the plan), else in the heading's own label.
 */
export class ReviewRunReader {
  private readonly runs = new Map<string, ReviewRun>();

  /** The label of a sentence under a spanning review, given the label its paragraph has. */
  label(sentence: string, norm: string, review: SpanningReview, paragraph: ReviewedLabel): ReviewedLabel {
    const opened = runOpenedBy(sentence, review);
    if (opened) this.runs.set(review.headingId, opened);
    const run = this.runs.get(review.headingId) ?? initialRun(review, paragraph);
    if (run === 'heading') return paragraph;
    // The sentence that turns to the five years speaks of them as a whole ("这五年，…位居全球前列").
    if (opened === 'plan') return { period: review.plan, kind: 'result' };
    return { period: sentenceRunPeriod(norm, run, review), kind: 'result' };
  }
}

function initialRun(review: SpanningReview, paragraph: ReviewedLabel): ReviewRun {
  if (paragraph.kind !== 'result') return 'heading';
  if (paragraph.period === review.plan) return 'plan';
  return paragraph.period === review.year ? 'year' : 'heading';
}
