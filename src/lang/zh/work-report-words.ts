/**
 * "2025年政府工作报告里…", "2025 gov report — …", "per the 2023 work report": a government work report named with no place
 * is, as readers mean it, the State Council's (国务院政府工作报告), the one report everyone calls by that name. Not a
 * plan-execution report ("计划执行情况的报告"), which every place issues under its own name.
 */
/** How English writes "government" before a report's name: "government", "gov't", "govt", "gov", with or without a point. */
export const ENGLISH_GOVERNMENT = "(?:government|gov't|govt|gov)\\.?";

const WORK_REPORT_NAMED = new RegExp(`政府工作报告|\\b${ENGLISH_GOVERNMENT}\\s+(?:work\\s+)?report\\b|\\bwork\\s+report\\b`, 'i');

/** Whether a question names a government work report ("政府工作报告", "gov report", "work report"). */
export function namesWorkReport(question: string): boolean {
  return WORK_REPORT_NAMED.test(question);
}
