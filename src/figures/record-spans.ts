/**
 * Records over the years before them, and durations, as figures: "太湖湖体水质30年来首次达到Ⅲ类" gives 太湖湖体水质 the figure 30年来首次达到Ⅲ类
 * (30年), "…均创近5年最好水平" the figure 近5年最好水平 (5年), "北京中轴线历时12年成功申遗" the figure 历时12年成功申遗. Read as a streak's length is (shape 'streak', unit 年): a
 * question asking how many years ("多少年来头一回", "近几年最好", "best in how many years") is answered by the count, and any
 * other question never by it (src/figures/asked-shape.ts).
 */
import { DURATION_SPAN, RECORD_SPAN, STREAK_LENGTH_UNIT } from '../lang/zh/span-words.js';
import { rankNumber } from '../lang/zh/rank-words.js';
import { kindFor } from './figure-kind.js';
import { pushFigure } from './figure-record.js';
import { clip, cleanIndicator } from './indicator-naming.js';
import { lastMark, nextMark, subjectOf } from './streak-lengths.js';
import type { Ctx } from './types.js';

/** The longest record phrase a figure keeps ("首次走出德国在广东举办"); past it the words are another matter. */
const MAX_RECORD = 16;
/** A shorter name says too little to be what the record is of. */
const MIN_SUBJECT = 2;
/** The verbs a record is set with, no part of what it is of: "均创", "达到", "实现". */
const RECORD_VERBS = /(?:均|都|再|又)?(?:创下|创出|创|达到|达|实现|迎来|刷新)了?$/;

/** Reads every record over a run of years a sentence states, as the count of those years. */
export function readRecordSpans(ctx: Ctx): void {
  const w = ctx.w;
  for (const hit of w.matchAll(RECORD_SPAN)) {
    const [, near, numeral, more, since] = hit;
    if (!near && !since) continue;
    const years = /^\d+$/.test(numeral) ? Number(numeral) : rankNumber(numeral);
    if (!years) continue;
    const at = hit.index ?? 0;
    const clauseStart = lastMark(w, at) + 1;
    const afterCount = at + hit[0].length;
    const clauseEnd = nextMark(w, afterCount);
    // "30年来首次达Ⅲ类、首次达到良好湖泊水平": the record up to the next item of a list.
    const listed = w.indexOf('、', afterCount);
    const recordEnd = listed >= 0 && listed < clauseEnd ? listed : clauseEnd;
    const record = w.slice(afterCount, recordEnd).replace(/\s+/g, '');
    if (!record || record.length > MAX_RECORD || /\d/.test(record)) continue;
    const subject = subjectOf(w.slice(clauseStart, at).replace(RECORD_VERBS, ''), ctx.input.district);
    if (subject.length < MIN_SUBJECT) continue;
    // Written around the count as the report writes it: "近…最好水平" reads 近5年最好水平, "多…来新高" 40多年来新高.
    const before = near ?? '';
    const after = `${since ?? ''}${record}`;
    pushFigure(ctx, {
      indicator: clip(cleanIndicator(subject)),
      value: years,
      unit: STREAK_LENGTH_UNIT,
      qualifier: [before, more ?? '', after].filter(Boolean).join('…') || undefined,
      kind: kindFor(ctx, w.slice(clauseStart, clauseEnd), clauseEnd),
      shape: 'streak',
    });
  }
}

/** Reads every duration a sentence states ("北京中轴线历时12年成功申遗"), as its count of years or months. */
export function readDurations(ctx: Ctx): void {
  const w = ctx.w;
  for (const hit of w.matchAll(DURATION_SPAN)) {
    const [, verb, numeral, more, unit] = hit;
    const count = /^\d+$/.test(numeral) ? Number(numeral) : rankNumber(numeral);
    if (!count) continue;
    const at = hit.index ?? 0;
    const clauseStart = lastMark(w, at) + 1;
    const afterCount = at + hit[0].length;
    const listed = w.indexOf('、', afterCount);
    const clauseEnd = nextMark(w, afterCount);
    const doneEnd = listed >= 0 && listed < clauseEnd ? listed : clauseEnd;
    // What took that long: "成功申遗"; a duration followed by a figure of its own ("经过5年增长到…") is that figure's span.
    const done = w.slice(afterCount, doneEnd).replace(/\s+/g, '');
    if (!done || done.length > MAX_RECORD || /\d/.test(done)) continue;
    const subject = subjectOf(w.slice(clauseStart, at), ctx.input.district);
    if (subject.length < MIN_SUBJECT) continue;
    pushFigure(ctx, {
      indicator: clip(cleanIndicator(subject)),
      value: count,
      unit,
      qualifier: [verb, more ?? '', done].filter(Boolean).join('…'),
      kind: kindFor(ctx, w.slice(clauseStart, clauseEnd), clauseEnd),
      shape: 'streak',
    });
  }
}
