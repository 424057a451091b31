import { periodsNamedIn, periodYears } from './periods.js';
import type { SectionKind } from './types.js';

/** Numbering styles of Chinese official documents, outermost first. */
export const NUMBERED_HEADING_STYLES: ReadonlyArray<{ style: string; pattern: RegExp }> = [
  { style: 'cn-dun', pattern: /^([一二三四五六七八九十]{1,3})、/ },
  { style: 'cn-paren', pattern: /^[（(]([一二三四五六七八九十]{1,3})[）)]/ },
  { style: 'arabic-dot', pattern: /^(\d{1,2})[.．、](?!\d)/ },
  { style: 'arabic-paren', pattern: /^[（(](\d{1,2})[）)]/ },
  { style: 'arabic-space', pattern: /^(\d{1,2})[ \u3000]+(?=\D)/ },
];

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

export function chineseOrdinal(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '十') return 10;
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m) return null;
  if (!m[2]) return m[1] ? CN_DIGITS[m[1]] : null;
  return (m[1] ? CN_DIGITS[m[1]] : 1) * 10 + (m[3] ? CN_DIGITS[m[3]] : 0);
}

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
  return /(\d{4}|[〇零一二三四五六七八九]{4})年|十[一二三四五六七八九]五|回顾|远景|方向|工作$|目标$/.test(text) && !/^坚持/.test(text);
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

/** Words that announce results: a review, an execution report, achievements. */
const RESULT_CUES = /执行情况|回顾|完成情况|成就|成绩|工作总结|过去一年|过去五年/;
/** Words that announce plans: targets, tasks, arrangements, the draft plan, the way ahead. */
const PLAN_CUES = /目标|任务|计划草案|草案|安排|预期|措施|重点|展望|远景|方向|部署|打算|思路|建议|聚焦|总体要求|政策取向|规划纲要/;

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
  if (/^[一二三四五六七八九十]+、\s*(\d{4}年)?(主要)?工作$/.test(text) && !reachesPlanYear) return 'result';
  if (allPast) return 'result';
  if (reachesPlanYear && named.every((p) => p.from >= years.plansFor!)) return 'plan';
  return null;
}

/** "附件1", "附件2 名词解释", "附件:2022年…执行情况表": an appendix opens a part of its own. */
const APPENDIX = /^附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*(?:[:：]\s*)?/;

/** The appendix marker and the title printed after it on the same line, or null if not one. */
export function matchAppendix(text: string): { title: string } | null {
  if (text.length > 48 || /[。；;]/.test(text)) return null;
  const m = APPENDIX.exec(text);
  if (!m) return null;
  return { title: text.slice(m[0].length).trim() };
}

/** A heading that announces how many items follow ("包含五种底色", "做到“五个坚持”") is their parent. */
export function announcesList(text: string): boolean {
  return /[一二三四五六七八九十两]+(?:种|个|大|方面|项|条|类)/.test(text);
}
