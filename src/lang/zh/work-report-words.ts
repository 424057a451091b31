/**
 * "2025年政府工作报告里…", "2025 gov report — …", "per the 2023 work report": a government work report named with no place
 * is, as readers mean it, the State Council's (国务院政府工作报告), the one report everyone calls by that name. Not a
 * plan-execution report ("计划执行情况的报告"), which every place issues under its own name.
 */
const WORK_REPORT_NAMED = /政府工作报告|\b(?:government|gov't|govt|gov)\.?\s+(?:work\s+)?report\b|\bwork\s+report\b/i;

/** Whether a question names a government work report ("政府工作报告", "gov report", "work report"). */
export function namesWorkReport(question: string): boolean {
  return WORK_REPORT_NAMED.test(question);
}
