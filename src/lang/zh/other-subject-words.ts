/**
 * Subjects a figure's name may carry that are not the reporting place: "大湾区经济总量突破15万亿元"
 * in 广东's report is the bay area's total, "全国GDP" in a province's report the country's. Such a
 * figure is not the place's own indicator. Data for src/answer/figure-format.ts.
 */
import { regions } from './regions.js';
import { NATIONAL_ISSUER } from './place-words.js';

/** Wider subjects than any one reporting place, besides the regions of regions.json. */
export const WIDER_SUBJECTS: readonly string[] = [
  '全国',
  '我国',
  '全球',
  '世界',
  '大湾区',
  '长江经济带',
  '成渝地区',
  '成渝',
  '黄河流域',
  '都市圈',
  '城市群',
  '中部地区',
  '东部地区',
  '西部地区',
];

/** The country's own subjects: the national report's "全国GDP" is its own. */
const NATIONAL_SUBJECTS: readonly string[] = ['全国', '我国'];

let subjects: readonly string[] | undefined;
function otherSubjects(): readonly string[] {
  subjects ??= [...new Set([...WIDER_SUBJECTS, ...regions().flatMap((r) => [r.name, ...r.aliases])])].sort((a, b) => b.length - a.length);
  return subjects;
}

/** Whether a figure's name starts with a subject wider than the place whose report states it. */
export function namesOtherSubject(indicator: string, district: string | undefined): boolean {
  const subject = otherSubjects().find((s) => indicator.startsWith(s));
  if (!subject) return false;
  return !(district === NATIONAL_ISSUER && NATIONAL_SUBJECTS.includes(subject));
}
