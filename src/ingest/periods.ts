import type { PeriodRange, SectionKind } from './types.js';

const CN_YEAR_DIGITS: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/** Five-year plans by name: "十四五" is 2021–2025. */
const FIVE_YEAR_PLANS: Record<string, [number, number]> = {
  十一五: [2006, 2010],
  十二五: [2011, 2015],
  十三五: [2016, 2020],
  十四五: [2021, 2025],
  十五五: [2026, 2030],
  十六五: [2031, 2035],
};

const PLAN_START = /^[”"」』]?(时期|规划)?[^，。；]{0,6}(开好局|起好步|开局|开篇|首年|第一年)/;
const PLAN_END = /^[”"」』]?(时期|规划)?[^，。；]{0,6}(收官|收好官|最后一年|决胜)/;

/** Periods a text names, in order: "2024年" → "2024", "“十四五”" → "2021-2025", "二〇三五年" → "2035". */
export function periodsNamedIn(text: string): string[] {
  const found: Array<{ at: number; label: string }> = [];
  for (const m of text.matchAll(/(?<!\d)(20\d{2}|19\d{2})(?:年|(?=[国经社]))/g)) found.push({ at: m.index, label: m[1] });
  for (const m of text.matchAll(/([〇零一二三四五六七八九]{4})年/g)) {
    found.push({ at: m.index, label: [...m[1]].map((c) => CN_YEAR_DIGITS[c]).join('') });
  }
  // "十四五" and its long form "第十四个五年规划".
  for (const m of text.matchAll(/(?:第)?十([一二三四五六])(?:个)?五(?:年规划)?/g)) {
    const plan = FIVE_YEAR_PLANS[`十${m[1]}五`];
    if (!plan || !(m[0].length === 3 || m[0].includes('五年'))) continue;
    // "推动“十五五”开好局、起好步" is the plan's first year; "“十四五”圆满收官" its last.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    const year = PLAN_START.test(after) ? plan[0] : PLAN_END.test(after) ? plan[1] : null;
    found.push({ at: m.index, label: year ? String(year) : `${plan[0]}-${plan[1]}` });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.label);
}

/**
 * The five years a paragraph looks back on when it opens with them ("过去五年，…", "“十四五”时期，…"
 * in the review of a plan's last year): reports put that review under the next plan's heading.
 */
export function openingPastPlan(paragraph: string, reportsOn: number | null): string | null {
  const named = /^“?十([一二三四五六])五”?(?:时期|期间)?(?:以来)?[，,]/.exec(paragraph);
  if (named) {
    const plan = FIVE_YEAR_PLANS[`十${named[1]}五`];
    return plan && reportsOn !== null && plan[1] <= reportsOn ? `${plan[0]}-${plan[1]}` : null;
  }
  return /^(过去五年|五年来)[，,]/.test(paragraph) && reportsOn !== null ? `${reportsOn - 4}-${reportsOn}` : null;
}

/** The part of a year a text speaks of ("一季度" → Q1). */
export function subYearPart(text: string): string | null {
  if (/前三季度|1[-—–至~]9月/.test(text)) return 'Q1-3';
  if (/上半年|1[-—–至~]6月/.test(text)) return 'H1';
  if (/(第?一季度|1[-—–至~]3月)/.test(text)) return 'Q1';
  return null;
}

/** A sentence that opens with the part of the year it reports: "一季度，全区…", "今年上半年,…". */
export function openingSubYearPart(sentence: string): string | null {
  const m = /^(?:今年|\d{4}年)?(前三季度|上半年|第?一季度|1[-—–至~][369]月(?:份)?)[，,、：:]/.exec(sentence);
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
  return new RegExp(
    `^(${y}年是|做好${y}年|${y}年(全[区市省])?(经济社会|国民经济和社会)?发展(的)?(主要)?(预期)?目标|今年(政府工作|经济社会发展)的?(指导思想|主要预期目标)|综合考虑.{0,20}(${y}年|今年).{0,20}目标)`,
  ).test(paragraph);
}

/** Paragraphs and sentences that weigh problems rather than report results or set plans. */
export function problemsCue(text: string): boolean {
  return /^(在肯定成绩的同时|我们也清醒(地)?(认识|看)到|同时(也要|我们也)清醒(地)?(认识|看)到|当前.{0,10}(面临|存在)|成绩来之不易|(但|但是)?(仍|还|也)(然)?存在(不少|一些)?.{0,8}(问题|不足|短板|困难|挑战))/.test(
    text,
  );
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
