/**
 * Structured figures from one cited sentence: what was measured (indicator), the value and unit as
 * the report wrote them, growth, qualifiers and ranges. Reads the way these reports write: value
 * then growth ("361亿元、增长6.2%"), growth alone ("GDP增长4.6%"), one rate list over several
 * indicators ("分别增长3.8%和4.9%"), gaps ("低于目标5.5个百分点"), and flattened table rows.
 */
import { blankBracketedAlternatives, blankPairedNouns, unwrapUnits } from '../lang/zh/wrapped-units.js';
import { scanNumbers, toHalfWidth } from '../lang/zh/chinese-number.js';
import { milestonePattern, SEVERAL_MILESTONES, THRESHOLD_QUALIFIERS } from '../lang/zh/milestone-words.js';
import { ANY_NUMERAL } from '../lang/zh/units.js';
import { RANK_PATTERN } from '../lang/zh/rank-words.js';
import type { Figure } from './figure-schema.js';
import { candidatesOf, quoteSpans } from './candidates.js';
import { processClause } from './clause-reading.js';
import { readRank } from './rank-figures.js';
import { readStreakCounts, readStreakLengths } from './streak-lengths.js';
import { readDurations, readRecordSpans } from './record-spans.js';
import { withRespectiveTitles } from './respective-titles.js';
import { withSharedVerbNames } from './shared-verb-names.js';
import { withThresholdParts } from './threshold-parts.js';
import { clausesOf } from './clauses.js';
import { cleanIndicator, clip } from './indicator-naming.js';
import { fromToPairs } from './from-to.js';
import { respectiveFromTo } from './respective-from-to.js';
import { milestonesPassed } from './milestones-passed.js';
import { readMedalTallies } from './medal-tallies.js';
import { withSectorShares } from './sector-shares.js';
import { withConversionsNamed } from './currency-conversions.js';
import { writesMedalTally } from '../lang/zh/medal-words.js';
import { figurePeriod } from './period.js';
import { tableFact } from './table-facts.js';
import { type Candidate, type FigureInput, newContext } from './types.js';

const MILESTONES = milestonePattern();

/** Reads every figure a sentence states. Never throws; returns [] when there is none. */
export function extractFigures(input: FigureInput): Figure[] {
  const halfWidth = toHalfWidth(input.sentence)
    // Markdown bold around numbers ("**1100亿元**") goes; inside a number it must not join digits.
    .replace(/([\d.])\*\*(?=[\d.])/g, '$1 ')
    .replace(/\*\*/g, '')
    .replace(/^\s*[-*•·]\s+/, '')
    .replace(/[\r\n]+/g, '');
  // The levels passed are figures of their own, asked only as milestones (milestones-passed.ts).
  const passed = milestonesPassed(halfWidth, {
    period: figurePeriod(halfWidth, input.period),
    district: input.district,
    citationId: input.citationId,
    kind: input.kind === 'plan' ? 'target' : 'actual',
  });
  const read = halfWidth
    // Milestones passed ("连续迈上4个万亿元台阶", "跨越7万亿、8万亿、9万亿三个大台阶") are not values:
    // blanked, so the subject carries over to the value that follows ("、达14.2万亿元"). One level
    // reached ("迈上14万亿元新台阶") is the value.
    .replace(MILESTONES, (m) => (SEVERAL_MILESTONES.test(m) ? ' '.repeat(m.length) : m));
  // "每立方米20微克" is 20微克/立方米 (same length, so positions hold).
  // "从15个县(市)扩大到57个县(市)": the counted thing both values carry is no name of either (same length).
  // "超100条（个）幸福河湖", "5个县（市、区）": the alternatives in brackets are no part of the name (same length).
  const unwrapped = blankBracketedAlternatives(blankPairedNouns(unwrapUnits(read)));
  // A first place needs no numeral ("数字经济规模稳居全国首位" is 全国第1位).
  if (!ANY_NUMERAL.test(unwrapped) && !RANK_PATTERN.test(unwrapped)) return passed;
  // "斩获8金4银4铜": a medal tally is three counts of its own, read first and blanked for the rest (only a sentence
  // that writes one pays for its reading).
  const tallied = writesMedalTally(unwrapped) ? newContext(unwrapped, input, figurePeriod(unwrapped, input.period)) : null;
  const w = tallied ? readMedalTallies(tallied) : unwrapped;
  const medals = tallied?.figures ?? [];
  if (input.source === 'table') {
    const fact = tableFact(w, input);
    if (fact) return fact;
  }
  const quotes = quoteSpans(w);
  const cands = candidatesOf(w, scanNumbers(w), quotes);
  const ctx = newContext(w, input, figurePeriod(w, input.period), milestoneSubject(w));
  const clauses = clausesOf(w, cands);
  const byClause = candidatesByClause(clauses, cands);
  clauses.forEach(([a, b], k) => {
    const inClause = byClause[k];
    if (inClause.length > 0) processClause(ctx, inClause, a, b);
    else {
      if (ctx.attachable) ctx.attachAge++;
      // A clause without figures ends a run of levels a later 分别 list of rates may share out.
      ctx.valueRun = [];
    }
    // Ranks are ordinals, no candidates: read after the clause's figures, whose indicator they may rank.
    readRank(ctx, a, b, inClause);
  });
  // Streaks ("连续8年全国第一") are no candidates either: their lengths are read over the whole sentence.
  readStreakLengths(ctx);
  readStreakCounts(ctx);
  readRecordSpans(ctx);
  readDurations(ctx);
  const titled = withThresholdParts(withSharedVerbNames(withRespectiveTitles(w, ctx.figures)), w);
  // "三次产业比重为4.0∶37.7∶58.3": each sector's share beside the structure; "160.6亿美元、折合1148亿元人民币": the yuan named.
  return [...medals, ...withSectorShares(withConversionsNamed(markMilestones(fromToPairs(respectiveFromTo(titled, w), input)))), ...passed];
}

/**
 * "突破3万亿元，达到30129亿元": the level passed is a milestone when the sentence goes on to the
 * level reached, of the same indicator and unit, at least as high: the reached one is the figure.
 */
function markMilestones(figures: Figure[]): Figure[] {
  const passed = (f: Figure) => THRESHOLD_QUALIFIERS.includes(f.qualifier?.split('…')[0] ?? '');
  return figures.map((f, i) => {
    if (!passed(f) || f.valueInBaseUnit === undefined || f.shape) return f;
    const reached = figures.some(
      (g, j) =>
        j !== i &&
        !passed(g) &&
        !g.shape &&
        g.indicator === f.indicator &&
        g.kind === f.kind &&
        g.unit.slice(-1) === f.unit.slice(-1) &&
        (g.valueInBaseUnit ?? Number.NEGATIVE_INFINITY) >= (f.valueInBaseUnit ?? 0),
    );
    return reached ? { ...f, shape: 'milestone' as const } : f;
  });
}

/**
 * The candidates starting in each clause, in their own order: one binary search per candidate
 * instead of a pass over all candidates per clause.
 */
function candidatesByClause(clauses: ReadonlyArray<[number, number]>, cands: readonly Candidate[]): Candidate[][] {
  const out: Candidate[][] = clauses.map(() => []);
  for (const c of cands) {
    let lo = 0;
    let hi = clauses.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (c.start < clauses[mid][0]) hi = mid - 1;
      else if (c.start >= clauses[mid][1]) lo = mid + 1;
      else {
        out[mid].push(c);
        break;
      }
    }
  }
  return out;
}

/**
 * The subject of milestones passed when no figure follows it in its clause: "全省生产总值连续跨越…
 * 三个大台阶，年均增长5.9%" grows 全省生产总值, the name the next clause's bare rate takes.
 */
function milestoneSubject(blanked: string): string {
  const gap = /\s{4,}/.exec(blanked);
  if (!gap) return '';
  const clauseStart = Math.max(...CLAUSE_MARKS.map((m) => blanked.lastIndexOf(m, gap.index)));
  const subject = cleanIndicator(blanked.slice(clauseStart + 1, gap.index).replace(/\s+/g, ''));
  return subject.length >= MIN_SUBJECT ? clip(subject) : '';
}

/** Marks a milestone's subject starts after. */
const CLAUSE_MARKS = ['，', ',', '；', ';', '。', '：', ':'];
/** A subject shorter than this ("我省") names no indicator. */
const MIN_SUBJECT = 3;
