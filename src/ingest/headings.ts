import { APPENDIX, LIST_ANNOUNCEMENT, LIST_ITEM_HEADING, NUMBERED_HEADING_STYLES, TOP_LEVEL_HEADING } from '../lang/zh/heading-shapes.js';
import { chineseOrdinal } from '../lang/zh/numbers/ordinal.js';
import { PLAN_CUES, RESULT_CUES, WORK_HEADING } from '../lang/zh/section-kind-words.js';
import { periodsNamedIn, periodYears } from './periods.js';
import type { SectionKind } from './types.js';

// The answer stage reads heading ordinals through this module.

export interface NumberedHeading {
  style: string;
  ordinal: number | null;
}

export function matchNumberedHeading(text: string): NumberedHeading | null {
  for (const { style, pattern } of NUMBERED_HEADING_STYLES) {
    const m = pattern.exec(text);
    if (m) return { style, ordinal: chineseOrdinal(m[1]) };
  }
  return null;
}

/** Longest a paragraph may be and still be a heading on its own. */
export const MAX_HEADING_CHARS = 48;

/**
 * A short line with no sentence punctuation that introduces what follows: the unnumbered headings
 * of illustrated summaries ("区域地位进一步提高", "二〇三五年远景目标").
 */
export function looksLikeUnnumberedHeading(text: string): boolean {
  if (text.length < 4 || text.length > 32) return false;
  if (/[。；;！？!?:：]$/.test(text) || /[。；;]/.test(text)) return false;
  if (/^[-*•]/.test(text)) return false;
  // Headings are words, not figures: a line dense with numbers is data.
  const digits = (text.match(/\d/g) ?? []).length;
  return digits <= 4;
}

/** Headings that open a top-level part of a summary: a period, a review, a set of targets. */
export function looksLikeTopLevelHeading(text: string): boolean {
  return TOP_LEVEL_HEADING.test(text) && !LIST_ITEM_HEADING.test(text);
}

/**
 * The heading of a paragraph that opens with one: the whole paragraph when short, else its lead
 * phrase ("1.经济运行稳中有进。全年…" → "1.经济运行稳中有进").
 */
export function headingText(paragraph: string): { heading: string; wholeParagraph: boolean } {
  if (paragraph.length <= MAX_HEADING_CHARS && !/[。；;].+/.test(paragraph)) {
    return { heading: paragraph.replace(/[。；;，,]$/, ''), wholeParagraph: true };
  }
  const lead = /^(.{2,60}?)[。；;：:]/.exec(paragraph);
  if (lead && lead[1].length <= MAX_HEADING_CHARS) return { heading: lead[1], wholeParagraph: false };
  const comma = /^(.{2,40}?)[，,]/.exec(paragraph);
  return { heading: comma ? comma[1] : paragraph.slice(0, 24), wholeParagraph: false };
}

export interface ReportYears {
  reportsOn: number | null;
  plansFor: number | null;
}

/**
 * Whether a heading announces results or plans: from its words, and where the words are ambiguous
 * ("2025年主要工作", "“十四五”时期发展成就和“十五五”时期主要目标任务") from the years it names — a
 * year the report looks back on is a result, the year it plans for is a plan. Null when it says
 * neither.
 */
export function headingKind(text: string, years: ReportYears = { reportsOn: null, plansFor: null }): SectionKind | null {
  const named = periodsNamedIn(text)
    .map(periodYears)
    .filter((p): p is { from: number; to: number } => p !== null);
  const reachesPlanYear = years.plansFor !== null && named.some((p) => p.to >= years.plansFor!);
  const allPast =
    named.length > 0 &&
    years.reportsOn !== null &&
    years.plansFor !== null &&
    years.reportsOn < years.plansFor &&
    named.every((p) => p.to <= years.reportsOn!);
  const result = RESULT_CUES.test(text);
  const plan = PLAN_CUES.test(text);
  if (result && plan) return reachesPlanYear ? 'plan' : 'result';
  if (result) return 'result';
  if (plan) return allPast ? 'result' : 'plan';
  if (WORK_HEADING.test(text) && !reachesPlanYear) return 'result';
  if (allPast) return 'result';
  if (reachesPlanYear && named.every((p) => p.from >= years.plansFor!)) return 'plan';
  return null;
}

/** The appendix marker and the title printed after it on the same line, or null if not one. */
export function matchAppendix(text: string): { title: string } | null {
  if (text.length > 48 || /[。；;]/.test(text)) return null;
  const m = APPENDIX.exec(text);
  if (!m) return null;
  return { title: text.slice(m[0].length).trim() };
}

/** A heading that announces how many items follow ("包含五种底色", "做到“五个坚持”") is their parent. */
export function announcesList(text: string): boolean {
  return LIST_ANNOUNCEMENT.test(text);
}
