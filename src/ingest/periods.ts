import type { PeriodRange, SectionKind } from './types.js';

const CN_YEAR_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** Five-year plans by name: "十四五" is 2021–2025. */
const FIVE_YEAR_PLANS: Record<string, [number, number]> = {
  十一五: [2006, 2010], 十二五: [2011, 2015], 十三五: [2016, 2020], 十四五: [2021, 2025], 十五五: [2026, 2030], 十六五: [2031, 2035],
};

/** Period a text names explicitly: "2024年" → "2024", "“十四五”" → "2021-2025", "二〇三五年" → "2035". */
export function periodNamedIn(text: string): string | null {
  const plan = /十[一二三四五六]五/.exec(text);
  const year = /(?<!\d)(20\d{2}|19\d{2})(?:年|(?=[国经社]))/.exec(text);
  const cnYear = /([〇零一二三四五六七八九]{4})年/.exec(text);
  if (year) return year[1];
  if (cnYear) return [...cnYear[1]].map((c) => CN_YEAR_DIGITS[c]).join('');
  if (plan) {
    const [from, to] = FIVE_YEAR_PLANS[plan[0]];
    return `${from}-${to}`;
  }
  return null;
}

/** The part of a year a result paragraph speaks of ("一季度" → Q1). */
export function subYearPart(text: string): string | null {
  if (/前三季度|1[-—–至]9月/.test(text)) return 'Q1-3';
  if (/上半年|1[-—–至]6月/.test(text)) return 'H1';
  if (/(第?一季度|1[-—–至]3月)/.test(text)) return 'Q1';
  return null;
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
  return new RegExp(
    `^(${y}年是|做好${y}年|${y}年(全[区市省])?(经济社会|国民经济和社会)?发展(的)?(主要)?(预期)?目标|今年(政府工作|经济社会发展)的?(指导思想|主要预期目标)|综合考虑.{0,20}(${y}年|今年).{0,20}目标)`,
  ).test(paragraph);
}

/** Paragraphs that weigh problems rather than report results or set plans. */
export function problemsCue(paragraph: string): boolean {
  return /^(在肯定成绩的同时|我们也清醒(地)?(认识|看)到|同时(也要|我们也)清醒(地)?看到|当前.{0,10}(面临|存在)|成绩来之不易)/.test(paragraph);
}

export function kindOfPeriodForDefault(kind: SectionKind, meta: { reportsOn: number | null; plansFor: number | null; docYear: number | null }): string {
  const year = kind === 'plan' ? (meta.plansFor ?? meta.docYear) : (meta.reportsOn ?? meta.docYear);
  return year ? String(year) : 'unknown';
}
