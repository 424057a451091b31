/**
 * Streak lengths as figures: "杂交水稻制种面积连续8年全国第一" gives 杂交水稻制种面积 the figure 连续8年全国第一
 * (8年, a streak). The value held over a streak ("连续7年保持98%以上") is read as a figure of its own elsewhere;
 * its length is this one. A question asking how long ("连续几年全国第一") is answered by the length, never by
 * the held value or a share beside it; any other question never by a length (src/figures/asked-shape.ts).
 */
import { PLACE_SUBJECT, STREAK_LENGTH_QUALIFIER, STREAK_LENGTH_UNIT, STREAK_RUN } from '../lang/zh/span-words.js';
import { rankNumber } from '../lang/zh/rank-words.js';
import { analyzePre } from './pre-analysis.js';
import { kindFor } from './figure-kind.js';
import { pushFigure } from './figure-record.js';
import { clip, cleanIndicator } from './indicator-naming.js';
import type { Ctx } from './types.js';

/** Marks a streak's subject and its predicate stop at. */
const CLAUSE_MARK = /[，,；;。：:！？!?]/;
/** The longest predicate a streak's figure keeps ("全国第一", "高于城镇居民"); past it the words are another matter. */
const MAX_PREDICATE = 24;
/** A shorter name says too little to be what the streak is of. */
const MIN_SUBJECT = 2;

/** Reads every streak a sentence states, as the length of its run in years. */
export function readStreakLengths(ctx: Ctx): void {
  const w = ctx.w;
  for (const hit of w.matchAll(STREAK_RUN)) {
    const at = hit.index ?? 0;
    const years = /^\d+$/.test(hit[1]) ? Number(hit[1]) : rankNumber(hit[1]);
    if (!years) continue;
    const clauseStart = lastMark(w, at) + 1;
    const afterRun = at + hit[0].length;
    const clauseEnd = nextMark(w, afterRun);
    const predicate = w.slice(afterRun, clauseEnd).replace(/\s+/g, '');
    // A predicate cut short would misquote the report: a streak that long is left to its sentence.
    if (!predicate || predicate.length > MAX_PREDICATE) continue;
    // No subject but the place ("北京连续9年稳居…榜首"): the predicate names what the streak is of, once.
    const subject = subjectOf(w.slice(clauseStart, at), ctx.input.district);
    const name = subject || cleanIndicator(predicate);
    if (name.length < MIN_SUBJECT) continue;
    pushFigure(ctx, {
      indicator: clip(name),
      value: years,
      unit: STREAK_LENGTH_UNIT,
      qualifier: subject ? `${STREAK_LENGTH_QUALIFIER}…${predicate}` : STREAK_LENGTH_QUALIFIER,
      kind: kindFor(ctx, w.slice(clauseStart, clauseEnd), clauseEnd),
      shape: 'streak',
    });
  }
}

/**
 * What a streak is of: the words before it in its clause, up to a figure there ("上海港集装箱吞吐量达到5506.3万
 * 标准箱、连续16年…" is the 上海港集装箱吞吐量's), cleaned of link verbs; '' when they only name the place.
 */
function subjectOf(before: string, district: string): string {
  const digit = before.search(/\d/);
  const words = (digit >= 0 ? before.slice(0, digit) : before).replace(/[、\s]+$/, '');
  const name = cleanIndicator(analyzePre(words, '').indicatorRaw);
  const place = district.replace(/[省市区县]$/, '');
  if (PLACE_SUBJECT.test(name) || (place && (name === place || name === district))) return '';
  return name;
}

function lastMark(text: string, before: number): number {
  for (let k = before - 1; k >= 0; k--) if (CLAUSE_MARK.test(text[k])) return k;
  return -1;
}

function nextMark(text: string, from: number): number {
  for (let k = from; k < text.length; k++) if (CLAUSE_MARK.test(text[k])) return k;
  return text.length;
}
