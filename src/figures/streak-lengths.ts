/**
 * Streak lengths as figures: "杂交水稻制种面积连续8年全国第一" gives 杂交水稻制种面积 the figure 连续8年全国第一
 * (8年, a streak). A streak holding a value ("连续7年保持98%以上") is read with that value, its length in its
 * qualifier (src/figures/pre-analysis.ts); a streak with none has its length as its figure. A question asking how long ("连续几年全国第一") is answered by the length, never by
 * the held value or a share beside it; any other question never by a length (src/figures/asked-shape.ts).
 */
import {
  PLACE_SUBJECT,
  STREAK_COUNT_PREDICATES,
  STREAK_COUNT_RUN,
  STREAK_COUNT_VERBS,
  STREAK_LENGTH_QUALIFIER,
  STREAK_LENGTH_UNIT,
  STREAK_LENGTH_UNITS,
  STREAK_RANK_PREDICATE,
  STREAK_RUN,
} from '../lang/zh/span-words.js';
import { RANK_PROPERTY_NAMES, rankNumber } from '../lang/zh/rank-words.js';
import { analyzePre } from './pre-analysis.js';
import { SMALL_CHINESE_NUMBERS } from '../lang/zh/small-numbers.js';
import { kindFor } from './figure-kind.js';
import { pushFigure } from './figure-record.js';
import { clip, cleanIndicator } from './indicator-naming.js';
import type { Ctx } from './types.js';
import type { Figure } from './figure-schema.js';

/** Marks a streak's subject and its predicate stop at. */
const CLAUSE_MARK = /[，,；;。：:！？!?]/;
/** The longest predicate a streak's figure keeps ("全国第一", "高于城镇居民"); past it the words are another matter. */
const MAX_PREDICATE = 24;
/** A shorter name ("数量") says too little to be what the streak is of. */
const MIN_SUBJECT = 3;

/** Reads every streak a sentence states, as the length of its run in years (or months). */
export function readStreakLengths(ctx: Ctx): void {
  const w = ctx.w;
  for (const hit of w.matchAll(STREAK_RUN)) {
    const at = hit.index ?? 0;
    const years = countOf(hit[1]);
    if (!years) continue;
    const clauseStart = lastMark(w, at) + 1;
    const afterRun = at + hit[0].length;
    const clauseEnd = nextMark(w, afterRun);
    const predicate = w.slice(afterRun, clauseEnd).replace(/\s+/g, '');
    // A predicate cut short would misquote the report: a streak that long is left to its sentence. A streak holding a
    // value of its own ("连续7年保持98%以上", "连续3年增长8%") is read with that value, its length in its qualifier.
    if (!predicate || predicate.length > MAX_PREDICATE || /\d/.test(predicate)) continue;
    // No subject but the place ("北京连续9年稳居…榜首"): the predicate names what the streak is of, once.
    // A rank opening its own clause after a figure ("…收入1.35万亿元，连续34年居全国首位") ranks that figure's subject.
    const own = subjectOf(w.slice(clauseStart, at), ctx.input.district);
    const opensClause = !w.slice(clauseStart, at).trim() && clauseStart > 0;
    const subject =
      own ||
      (opensClause && STREAK_RANK_PREDICATE.test(predicate)
        ? subjectOf(w.slice(lastMark(w, clauseStart - 1) + 1, clauseStart - 1), ctx.input.district)
        : '');
    const name = subject || cleanIndicator(predicate);
    if (name.length < MIN_SUBJECT) continue;
    pushFigure(ctx, {
      indicator: clip(name),
      value: years,
      unit: hit[2],
      qualifier: subject ? `${STREAK_LENGTH_QUALIFIER}…${predicate}` : STREAK_LENGTH_QUALIFIER,
      kind: kindFor(ctx, w.slice(clauseStart, clauseEnd), clauseEnd),
      shape: 'streak',
    });
  }
}

/**
 * Streaks written as a count of rises: "耕地面积实现5连增" gives 耕地面积 the figure 5连增 (5年, a streak), as "连续5年增长"
 * would. Only with a subject of its own in the clause before the run.
 */
export function readStreakCounts(ctx: Ctx): void {
  const w = ctx.w;
  for (const hit of w.matchAll(STREAK_COUNT_RUN)) {
    const at = hit.index ?? 0;
    // "两连冠": the small numerals (两 too), not a rank's.
    const count = countOf(hit[1]);
    if (!count) continue;
    const clauseStart = lastMark(w, at) + 1;
    const clauseEnd = nextMark(w, at + hit[0].length);
    const subject = subjectOf(w.slice(clauseStart, at).replace(STREAK_COUNT_VERBS, ''), ctx.input.district);
    if (subject.length < MIN_SUBJECT) continue;
    pushFigure(ctx, {
      indicator: clip(subject),
      value: count,
      unit: STREAK_LENGTH_UNIT,
      qualifier: `${STREAK_LENGTH_QUALIFIER}…${STREAK_COUNT_PREDICATES[hit[2]] ?? hit[2]}`,
      kind: kindFor(ctx, w.slice(clauseStart, clauseEnd), clauseEnd),
      shape: 'streak',
    });
  }
}

/**
 * What a streak is of: the words before it in its clause, up to a figure there ("上海港集装箱吞吐量达到5506.3万
 * 标准箱、连续16年…" is the 上海港集装箱吞吐量's), cleaned of link verbs; '' when they only name the place.
 */
export function subjectOf(before: string, district: string): string {
  // "…增长3.9%、总量连续37年…": the words after the figure name a property of the subject before it (总量 of
  // 地区生产总值), or a subject of their own ("…5506.3万标准箱、港口…").
  const digit = before.search(/\d/);
  const after = digit >= 0 ? cleanIndicator(before.slice(before.lastIndexOf('、') + 1)) : '';
  const words = (digit >= 0 ? before.slice(0, digit) : before).replace(/[、\s]+$/, '');
  const own = /\d/.test(after) || RANK_PROPERTY_NAMES.includes(after) ? '' : after;
  // A growth verb before the figure ("地区生产总值增长3.9%") is no part of the name.
  const name = own || cleanIndicator(analyzePre(words, digit >= 0 ? '%' : '').indicatorRaw);
  const place = district.replace(/[省市区县]$/, '');
  if (PLACE_SUBJECT.test(name) || (place && (name === place || name === district))) return '';
  return name;
}

export function lastMark(text: string, before: number): number {
  for (let k = before - 1; k >= 0; k--) if (CLAUSE_MARK.test(text[k])) return k;
  return -1;
}

export function nextMark(text: string, from: number): number {
  for (let k = from; k < text.length; k++) if (CLAUSE_MARK.test(text[k])) return k;
  return text.length;
}

/** A streak's length in years or months ("连续8年全国第一" read as 8年), not the value held over it. */
export function isStreakLength(f: Partial<Pick<Figure, 'shape' | 'unit'>>): boolean {
  return f.shape === 'streak' && STREAK_LENGTH_UNITS.includes(f.unit ?? '');
}

/** A count of years written in digits or in Chinese numerals ("8", "十", "两": 连续两个季度); 0 when neither. */
export function countOf(numeral: string): number {
  return /^\d+$/.test(numeral) ? Number(numeral) : (SMALL_CHINESE_NUMBERS[numeral] ?? rankNumber(numeral) ?? 0);
}
