import { CHINESE_YEAR_DIGITS } from '../lang/zh/five-year-plans.js';
import {
  ARABIC_YEAR,
  CHINESE_YEAR,
  FIVE_YEAR_LOOKBACK_HEADING,
  isPlanName,
  OPENING_FIVE_YEAR_LOOKBACK,
  OPENING_PLAN_NAME,
  OPENING_SUB_YEAR_PART,
  PLAN_END,
  PLAN_NAME,
  PLAN_START,
  planOfOrdinalUnit,
  SUB_YEAR_PART_PATTERNS,
} from '../lang/zh/period-words.js';
import { PROBLEMS_OPENING, planTransitionPattern } from '../lang/zh/section-kind-words.js';
import type { PeriodRange, SectionKind } from './types.js';

/** Periods a text names, in order: "2024年" → "2024", "“十四五”" → "2021-2025", "二〇三五年" → "2035". */
export function periodsNamedIn(text: string): string[] {
  const found: Array<{ at: number; label: string }> = [];
  for (const m of text.matchAll(ARABIC_YEAR)) found.push({ at: m.index, label: m[1] });
  for (const m of text.matchAll(CHINESE_YEAR)) {
    found.push({ at: m.index, label: [...m[1]].map((c) => CHINESE_YEAR_DIGITS[c]).join('') });
  }
  // "十四五" and its long form "第十四个五年规划".
  for (const m of text.matchAll(PLAN_NAME)) {
    const plan = planOfOrdinalUnit(m[1]);
    if (!plan || !isPlanName(m[0])) continue;
    // "推动“十五五”开好局、起好步" is the plan's first year; "“十四五”圆满收官" its last.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    const year = PLAN_START.test(after) ? plan.from : PLAN_END.test(after) ? plan.to : null;
    found.push({ at: m.index, label: year ? String(year) : `${plan.from}-${plan.to}` });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.label);
}

/**
 * The five years a paragraph looks back on when it opens with them ("过去五年，…", "“十四五”时期，…"
 * in the review of a plan's last year): reports put that review under the next plan's heading.
 */
export function openingPastPlan(paragraph: string, reportsOn: number | null): string | null {
  const named = OPENING_PLAN_NAME.exec(paragraph);
  if (named) {
    const plan = planOfOrdinalUnit(named[1]);
    return plan && reportsOn !== null && plan.to <= reportsOn ? `${plan.from}-${plan.to}` : null;
  }
  return OPENING_FIVE_YEAR_LOOKBACK.test(paragraph) && reportsOn !== null ? `${reportsOn - 4}-${reportsOn}` : null;
}

/** The part of a year a text speaks of ("一季度" → Q1). */
export function subYearPart(text: string): string | null {
  return SUB_YEAR_PART_PATTERNS.find((p) => p.pattern.test(text))?.part ?? null;
}

/** A sentence that opens with the part of the year it reports: "一季度，全区…", "今年上半年,…". */
export function openingSubYearPart(sentence: string): string | null {
  const m = OPENING_SUB_YEAR_PART.exec(sentence);
  return m ? subYearPart(m[1]) : null;
}

/** Adds a sub-year part to a whole-year label: ("2025", "Q1") → "2025Q1". */
export function withPart(period: string, part: string | null): string {
  return part && /^\d{4}$/.test(period) ? `${period}${part}` : period;
}

/** Where a period label starts and ends, as years. */
export function periodYears(label: string): { from: number; to: number } | null {
  const p = parsePeriod(label);
  return p ? { from: p.from, to: p.to } : null;
}

/**
 * The period a heading speaks of when it names several ("“十四五”时期发展成就和“十五五”时期主要目标"):
 * a plan looks forward, so its period is the first that reaches the plan year; results look back.
 */
export function choosePeriod(
  named: readonly string[],
  kind: SectionKind,
  meta: { reportsOn: number | null; plansFor: number | null },
): string | null {
  if (!named.length) return null;
  // The report's own year wins over a five-year span named beside it ("“十四五”时期和2025年工作回顾").
  if (kind === 'plan' && meta.plansFor !== null) {
    return named.find((p) => p === String(meta.plansFor)) ?? named.find((p) => (periodYears(p)?.to ?? 0) >= meta.plansFor!) ?? named[0];
  }
  if (kind === 'result' && meta.reportsOn !== null) {
    return (
      named.find((p) => p === String(meta.reportsOn)) ??
      named.find((p) => (periodYears(p)?.from ?? Infinity) <= meta.reportsOn!) ??
      named[0]
    );
  }
  return named[0];
}

export function parsePeriod(label: string): PeriodRange | null {
  const m = /^(\d{4})(?:-(\d{4}))?(Q1-3|Q\d|H\d)?$/.exec(label);
  if (!m) return null;
  return { from: Number(m[1]), to: Number(m[2] ?? m[1]), part: m[3] ?? null };
}

/**
 * Where a report with few or no headings turns from results to plans: "2024年是…之年",
 * "做好2024年…工作", "2024年经济社会发展目标…", "今年…主要预期目标".
 */
export function planTransitionCue(paragraph: string, plansFor: number | null): boolean {
  const y = plansFor ? String(plansFor) : '\\d{4}';
  return planTransitionPattern(y).test(paragraph);
}

/** Paragraphs and sentences that weigh problems rather than report results or set plans. */
export function problemsCue(text: string): boolean {
  return PROBLEMS_OPENING.test(text);
}

/** The period of a passage of the given kind when nothing more specific is known. */
export function kindOfPeriodForDefault(
  kind: SectionKind,
  meta: { reportsOn: number | null; plansFor: number | null; docYear: number | null },
): string {
  const year =
    kind === 'plan'
      ? (meta.plansFor ?? meta.docYear)
      : kind === 'result'
        ? (meta.reportsOn ?? meta.docYear)
        : (meta.docYear ?? meta.reportsOn);
  return year ? String(year) : 'unknown';
}

/**
 * The five years a review heading spans when they end with the year the report reviews: a plan's
 * name ("“十四五”时期和2025年工作回顾" → "2021-2025") or the five years looked back on ("过去五年和
 * 2025年工作回顾"). Null for any other heading.
 */
export function reviewHeadingSpan(heading: string, reportsOn: number | null): string | null {
  if (reportsOn === null) return null;
  for (const m of heading.matchAll(PLAN_NAME)) {
    const plan = planOfOrdinalUnit(m[1]);
    if (plan && isPlanName(m[0]) && plan.to === reportsOn) return `${plan.from}-${plan.to}`;
  }
  return FIVE_YEAR_LOOKBACK_HEADING.test(heading) ? `${reportsOn - 4}-${reportsOn}` : null;
}
