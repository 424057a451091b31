/**
 * Records over the years before them, and durations, as figures: "太湖湖体水质30年来首次达到Ⅲ类" gives 太湖湖体水质 the figure
 * 30年来首次达到Ⅲ类 (30年), "…均创近5年最好水平" the figure 近5年最好水平 (5年), "北京中轴线历时12年成功申遗" the figure
 * 历时12年成功申遗 (12年). Read as a streak's length is (shape 'streak'): a question asking how many years ("多少年来头一回",
 * "近几年最好", "历时多少年", "best in how many years") is answered by the count, and any other question never by it
 * (src/figures/asked-shape.ts).
 */
import { DURATION_ADVERBS, DURATION_SPAN, RECORD_SPAN, RECORD_VERBS, STREAK_LENGTH_UNIT } from '../lang/zh/span-words.js';
import { kindFor } from './figure-kind.js';
import { pushFigure } from './figure-record.js';
import { clip, cleanIndicator } from './indicator-naming.js';
import { countOf, lastMark, nextMark, subjectOf } from './streak-lengths.js';
import type { Ctx } from './types.js';

/** The longest words after the count a figure keeps ("首次走出德国在广东举办"); past them the words are another matter. */
const MAX_AFTER = 16;
/** A shorter name says too little to be what the record is of. */
const MIN_SUBJECT = 2;

/** A count of years read from a match: its value and unit, the words written before it and those after it up to `after`. */
interface SpanReading {
  count: number;
  unit: string;
  /** Words written before the count ("近", "历时"), then its 多; empty when none. */
  before: readonly string[];
  /** Words of the match written after the count ("来"), before the words that follow it. */
  joined: string;
}

/** Reads every record over a run of years a sentence states, as the count of those years. */
export function readRecordSpans(ctx: Ctx): void {
  readSpans(ctx, RECORD_SPAN, RECORD_VERBS, ([, near, numeral, more, since]) =>
    // "5年最高" with neither 近 before nor 来 after is no record.
    near || since ? { count: countOf(numeral), unit: STREAK_LENGTH_UNIT, before: [near ?? '', more ?? ''], joined: since ?? '' } : null,
  );
}

/** Reads every duration a sentence states ("北京中轴线历时12年成功申遗"), as its count of years or months. */
export function readDurations(ctx: Ctx): void {
  readSpans(ctx, DURATION_SPAN, DURATION_ADVERBS, ([, verb, numeral, more, unit]) => ({
    count: countOf(numeral),
    unit,
    before: [verb, more ?? ''],
    joined: '',
  }));
}

/**
 * Each match of `pattern` with a subject before it in its clause and words after it up to the clause's end or the next
 * item of a list ("30年来首次达Ⅲ类、首次达到良好湖泊水平"): a figure of the count, written around it as the report writes
 * it ("近…最好水平" reads 近5年最好水平). None when the words after it hold a figure of their own ("经过5年增长到…").
 */
function readSpans(ctx: Ctx, pattern: RegExp, verbsBefore: RegExp | null, read: (hit: RegExpMatchArray) => SpanReading | null): void {
  const w = ctx.w;
  for (const hit of w.matchAll(pattern)) {
    const reading = read(hit);
    if (!reading?.count) continue;
    const at = hit.index ?? 0;
    const clauseStart = lastMark(w, at) + 1;
    const afterCount = at + hit[0].length;
    const clauseEnd = nextMark(w, afterCount);
    const listed = w.indexOf('、', afterCount);
    const afterEnd = listed >= 0 && listed < clauseEnd ? listed : clauseEnd;
    const after = w.slice(afterCount, afterEnd).replace(/\s+/g, '');
    if (!after || after.length > MAX_AFTER || /\d/.test(after)) continue;
    const before = w.slice(clauseStart, at);
    const subject = subjectOf(verbsBefore ? before.replace(verbsBefore, '') : before, ctx.input.district);
    if (subject.length < MIN_SUBJECT) continue;
    pushFigure(ctx, {
      indicator: clip(cleanIndicator(subject)),
      value: reading.count,
      unit: reading.unit,
      qualifier: [...reading.before, `${reading.joined}${after}`].filter(Boolean).join('…'),
      kind: kindFor(ctx, w.slice(clauseStart, clauseEnd), clauseEnd),
      shape: 'streak',
    });
  }
}
