import { NATIONAL_ISSUER } from '../lang/zh/place-words.js';
import { mentionAsked } from '../lang/zh/mention-words.js';
import { asksWhichPlace } from '../lang/zh/superlative-words.js';
import { namesWorkReport } from '../lang/zh/work-report-words.js';
import type { UnderstoodQuery } from '../retrieve/query.js';

/**
 * "2025 government work report — what are the main tasks?", "2025年政府工作报告里2024年地表水优良比例": a work report named and no
 * place, here or earlier in the conversation, is the country's report (work-report-words.ts), read first as the country's;
 * the reports at large answer only when the country's hold nothing of it. Not a question over places ("哪些省的政府工作报告
 * 提到了低空经济", "哪个省…最高"), which asks every report.
 */
export function nationalReportReading(query: UnderstoodQuery): UnderstoodQuery | null {
  if (query.places.length || query.unknownPlaces.length || query.regions.length) return null;
  if (!namesWorkReport(query.question) || query.ask === 'superlative' || asksWhichPlace(query.question)) return null;
  if (mentionAsked(query.question)?.whichPlaces) return null;
  return { ...query, places: [NATIONAL_ISSUER] };
}
