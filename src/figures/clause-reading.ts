/**
 * Clause reading: one clause's candidates, left to right, each read as the figure its words make
 * it: a 分别 list, a ratio, a unitless level, a gap, a growth rate (or the rate of the value before
 * it: "361亿元、增长6.2%"), or a value with its unit.
 */
import { lastYearPartNamed, periodWithPart } from '../lang/zh/part-of-year-words.js';
import {
  FALLBACK_NAMES,
  GAP_OF_GROWTH,
  GROWTH_BASE_BEFORE,
  GROWTH_ONLY_NAMES,
  LIST_SEPARATOR,
  NOUN_GOES_ON,
  GROWTH_HOLDING_VERB,
  GROWTH_WORD_AFTER_RATE,
  PLAIN_GROWTH,
  RATE_NAME_END,
  RATIO_INDICATOR,
  RESPECTIVELY,
  STATES_LEVEL,
  TARGET_REFERENCE,
  UNITLESS_INDICATOR,
} from '../lang/zh/figure-words.js';
import { FROM_PATTERN, TO_VERBS, TO_WORDS } from '../lang/zh/milestone-words.js';
import { CLAUSE_DELIMITERS, firstClauseOf, RANGE_JOINER } from '../lang/zh/punctuation.js';
import { PERCENT_UNITS, PERCENTAGE_POINTS } from '../lang/zh/units.js';
import { MULTI_YEAR_QUALIFIERS } from '../lang/zh/qualifiers.js';
import { SPAN_QUALIFIER } from '../lang/zh/span-words.js';
import { STRUCTURE_TOTAL, STRUCTURE_TOTAL_SLACK, TIME_OR_SCORE_NAME } from '../lang/zh/clock-words.js';
import type { Figure } from './figure-schema.js';
import { kindFor } from './figure-kind.js';
import { amountChange, baseUnitValue, growthChange, pushFigure } from './figure-record.js';
import { amountChangeVerb, bareAmountChangeVerb, CHANGE_MANNER_WORDS, type ChangeVerb } from '../lang/zh/change-words.js';
import { clip, cleanIndicator, nearbyPhrase, type Resolved, resolveIndicator, subjectOf } from './indicator-naming.js';
import { analyzePre, joinQualifiers, type PreAnalysis, spanOf } from './pre-analysis.js';
import { attachRespectiveRates, buildRespectively, splitItems } from './respectively.js';
import { type Candidate, type Ctx, MAX_INDICATOR } from './types.js';

/** The verb of a from–to pair's second value, right after its first: "缩小到", "下降至". */
const TO_AFTER = new RegExp(`^\\s*(?:${TO_VERBS.join('|')})(?:${TO_WORDS.join('|')})`);

/**
 * The run of colon-joined numbers starting at candidate `i`: how many parts, the candidate after
 * it, and whether it has a clock's shape (15:37:21: a first part under 24, then two-digit parts
 * under 60), which the words before it decide between (see `readsAsStructure`).
 */
function ratioAt(w: string, cands: readonly Candidate[], i: number): { parts: number; next: number; clockShaped: boolean } | null {
  const c = cands[i];
  if (c.unit !== '' || c.m.script !== 'arabic') return null;
  let k = i;
  let end = c.m.end;
  while (
    k + 1 < cands.length &&
    w[end] === ':' &&
    cands[k + 1].start === end + 1 &&
    cands[k + 1].unit === '' &&
    cands[k + 1].m.script === 'arabic'
  ) {
    k++;
    end = cands[k].m.end;
  }
  if (k === i) return null;
  const parts = cands.slice(i, k + 1);
  const clockShaped =
    parts.length <= 3 &&
    parts[0].value < 24 &&
    parts.every((p) => Number.isInteger(p.value)) &&
    parts.slice(1).every((p) => p.m.text.length === 2 && p.value < 60);
  return { parts: k - i + 1, next: k + 1, clockShaped };
}

/**
 * Whether colon-joined parts under these words are one structure or ratio figure. A time or a
 * score ("用时33:45:52", "比分101:98") never is, though 比分 holds the 比 of a ratio's name. A
 * clock-shaped run is a time unless a structure's name stands before parts adding up to 100
 * ("三次产业结构为3:45:52"). Otherwise three parts or more are a structure, two only under a
 * ratio's name.
 */
function readsAsStructure(words: string, indicator: string, parts: readonly number[], clockShaped: boolean): boolean {
  if (TIME_OR_SCORE_NAME.test(words) || TIME_OR_SCORE_NAME.test(indicator)) return false;
  const named = RATIO_INDICATOR.test(indicator);
  if (clockShaped) {
    const total = parts.reduce((sum, p) => sum + p, 0);
    return named && Math.abs(total - STRUCTURE_TOTAL) <= STRUCTURE_TOTAL_SLACK;
  }
  return parts.length >= 3 || named;
}

function rangeEnd(w: string, cands: readonly Candidate[], i: number): Candidate | null {
  const c = cands[i];
  const n = cands[i + 1];
  if (!n) return null;
  const between = w.slice(c.m.end, n.start);
  const gapText = c.unit ? w.slice(c.end, n.start) : between;
  if (!RANGE_JOINER.test(gapText)) return null;
  if (c.unit !== '' && c.unit !== n.unit && !(c.unit === '%' && n.unit === '%')) return null;
  if (n.unit === '') return null;
  if (c.post) return null;
  return n;
}

/** The candidates from `i` joined by list separators ("8.3%和6.1%", "161家、460家"). */
function listRun(w: string, cands: readonly Candidate[], i: number): Candidate[] {
  const run = [cands[i]];
  let k = i + 1;
  while (k < cands.length && !cands[k].modifier && LIST_SEPARATOR.test(w.slice(run[run.length - 1].end, cands[k].start))) {
    run.push(cands[k]);
    k++;
  }
  return run;
}

/**
 * The words before a list of values rewritten as the 分别 list they are, when the name before its
 * verb splits into exactly as many items as there are values of one unit; null otherwise.
 */
function unsaidRespectively(pre: string, run: readonly Candidate[]): string | null {
  const unit = run[run.length - 1].unit;
  if (unit === '' || run.some((c) => c.unit !== '' && c.unit !== unit) || run.some((c) => c.modifier)) return null;
  const a = analyzePre(pre, unit);
  const subject = cleanIndicator(a.indicatorRaw);
  if (!subject || !splitItems(subject, run.length)) return null;
  return `${a.indicatorRaw}${RESPECTIVELY}${a.qualifiers.join('')}${a.growth?.word ?? ''}`;
}

export function processClause(ctx: Ctx, cands: Candidate[], clauseStart: number, clauseEnd: number): void {
  const { w } = ctx;
  const clauseText = w.slice(clauseStart, clauseEnd);
  const kind = kindFor(ctx, clauseText, clauseEnd);
  let cursor = clauseStart;
  let i = 0;
  let made = false;
  const before = ctx.figures.length;
  const valuesHere: Figure[] = [];
  while (i < cands.length) {
    const c = cands[i];
    if (c.modifier) {
      i++;
      continue;
    }
    const pre = w.slice(cursor, c.start);
    // "实现三季度增长4.6%、追平全国，四季度增长5.6%…，全年增长4.8%": a part of the year named before a figure is its period,
    // and the next figures' until another part, or the whole year, is named.
    const partNamed = lastYearPartNamed(pre);
    if (partNamed) ctx.period = periodWithPart(ctx.yearPeriod, partNamed);

    // 分别 + a list of values; or a list of rates for the levels a 分别 list just gave.
    const listed = pre.includes(RESPECTIVELY) || (ctx.recentValues.length >= 2 && !made);
    if (listed) {
      const run = [c];
      let k = i + 1;
      while (k < cands.length && !cands[k].modifier && LIST_SEPARATOR.test(w.slice(run[run.length - 1].end, cands[k].start))) {
        run.push(cands[k]);
        k++;
      }
      if (!pre.includes(RESPECTIVELY) && attachRespectiveRates(ctx, pre, run)) {
        cursor = run[run.length - 1].end;
        i = k;
        made = true;
        continue;
      }
      if (pre.includes(RESPECTIVELY) && run.length >= 2) {
        valuesHere.push(...buildRespectively(ctx, pre, run, clauseText, clauseEnd));
        cursor = run[run.length - 1].end;
        i = k;
        made = true;
        continue;
      }
      // "国家现代农业产业园、优势特色产业集群、地理标志保护示范区分别增加2个": one value for every item listed.
      const shared = pre.includes(RESPECTIVELY) && run.length === 1 ? itemsSharingOneValue(pre) : 0;
      if (shared) {
        valuesHere.push(...buildRespectively(ctx, pre, Array(shared).fill(c), clauseText, clauseEnd));
        cursor = c.end;
        i = k;
        made = true;
        continue;
      }
    }

    // "规上工业增加值和服务业增加值增长8.3%和6.1%": as many names as values, in order, is a 分别 list unsaid.
    if (!pre.includes(RESPECTIVELY)) {
      const run = listRun(w, cands, i);
      const unsaid = run.length >= 2 ? unsaidRespectively(pre, run) : null;
      if (unsaid !== null) {
        valuesHere.push(...buildRespectively(ctx, unsaid, run, clauseText, clauseEnd));
        cursor = run[run.length - 1].end;
        i += run.length;
        made = true;
        continue;
      }
    }

    const ratio = ratioAt(w, cands, i);
    if (ratio) {
      const a = analyzePre(pre, '');
      const indicator = resolveIndicator(ctx, a, null, clauseText).indicator;
      const structure = cands.slice(i, ratio.next).map((p) => p.value);
      if (readsAsStructure(pre, indicator, structure, ratio.clockShaped)) {
        // One figure of its own shape, its parts in order: never its first part with the rest as a qualifier.
        const f = pushFigure(ctx, { indicator, value: c.value, unit: FALLBACK_NAMES.ratioUnit, kind, shape: 'structure', structure });
        ctx.lastSubject = subjectOf(f.indicator);
        ctx.attachable = null;
        made = true;
      }
      cursor = cands[ratio.next - 1].end;
      i = ratio.next;
      continue;
    }

    const high = rangeEnd(w, cands, i);
    const unit = high ? high.unit : c.unit;
    const endCand = high ?? c;
    let a = analyzePre(pre, unit);

    if (unit === '') {
      // Unitless values only where the report states a level: "倍差缩小至1.42", "控制在1.8以内".
      const rawPre = pre.replace(/\s+/g, '');
      // "倍差由1.8缩小到1.75": the value a from–to pair starts from is a level too, read so that
      // fromToPairs pairs it; left unread, it ended up inside the name of the value reached.
      const startsPair = FROM_PATTERN.test(rawPre) && TO_AFTER.test(w.slice(c.end));
      const states = STATES_LEVEL.test(rawPre) || a.qualifiers.length > 0 || startsPair;
      const next = w[c.end] ?? '';
      const ends = startsPair || next === '' || CLAUSE_DELIMITERS.has(next) || next === '、' || next === '(' || next === ')';
      const indicator = resolveIndicator(ctx, a, null, clauseText).indicator;
      if (
        states &&
        ends &&
        (!Number.isInteger(c.value) || UNITLESS_INDICATOR.test(indicator)) &&
        !(c.value >= 1900 && c.value <= 2100 && Number.isInteger(c.value))
      ) {
        const f = pushFigure(ctx, { indicator, value: c.value, unit: '', qualifier: joinQualifiers(a.qualifiers, c.post), kind });
        ctx.lastSubject = subjectOf(f.indicator);
        ctx.attachable = null;
        made = true;
        cursor = c.end;
      }
      i++;
      continue;
    }

    const range = high ? { low: c.value, high: high.value } : undefined;
    const post = endCand.post;
    const magnitude = c.magnitude || (high ? high.magnitude : '');

    if (a.gap) {
      const subject = cleanIndicator(a.indicatorRaw);
      const base = subject && !GROWTH_ONLY_NAMES.includes(subject) ? subject : ctx.lastSubject || subject || GROWTH_ONLY_NAMES[0];
      const ref = a.gap.ref;
      // Points after a growth rate are a gap between rates: "增长5.1%,高于全市0.4个百分点" is the
      // growth's lead over the city's, named so, never the place's 地区生产总值.
      const measured = ctx.lastWasGrowth && !RATE_NAME_END.test(base) ? `${base}${GAP_OF_GROWTH}` : base;
      pushFigure(ctx, {
        indicator: clip(ref ? `${measured}${FALLBACK_NAMES.gapWith}${ref}${FALLBACK_NAMES.gap}` : `${measured}${FALLBACK_NAMES.gap}`),
        value: c.value,
        unit,
        change: { direction: c.value < 0 ? 'down' : a.gap.verb.direction, value: Math.abs(c.value), unit: PERCENTAGE_POINTS },
        range,
        qualifier: joinQualifiers(a.qualifiers, post),
        kind: ref.startsWith(TARGET_REFERENCE) ? 'actual' : kind,
        shape: 'gap',
      });
      ctx.attachable = null;
      made = true;
      cursor = endCand.end;
      i = high ? i + 2 : i + 1;
      continue;
    }

    // A rate right after a growth, its own words only a level verb ("提升0.9个百分点、达62.1%"), is the level reached.
    const levelReached = STATES_LEVEL.test(pre.replace(/\s+/g, ''));
    // A rate that is the share of the things after it ("…增长90%，70%村卫生室实现…") is no growth carried on.
    const growthCarried = cleanIndicator(a.indicatorRaw) === '' && ctx.lastWasGrowth && !levelReached && c.shareOfFollowing !== true;
    // "汽车产量继续保持40%以上增长、达357万辆": the growth word after the rate; its verbs no part of the name.
    const growthAfter = PERCENT_UNITS.has(unit) && !a.growth ? GROWTH_WORD_AFTER_RATE.exec(w.slice(endCand.end)) : null;
    if (growthAfter) a = { ...a, growth: PLAIN_GROWTH, indicatorRaw: a.indicatorRaw.replace(GROWTH_HOLDING_VERB, '') };
    const growthEnd = endCand.end + (growthAfter?.[0].length ?? 0);
    if (PERCENT_UNITS.has(unit) && (a.growth || growthCarried)) {
      const verb = a.growth ?? PLAIN_GROWTH;
      const change = growthChange(verb, c.value, unit);
      const own = cleanIndicator(a.indicatorRaw);
      // A span's rate ("年均增长5.7%", "5年增长18.7%") is no growth of the year's level before it: a figure of its own.
      // So is one over a base written before it ("较3年前增长44%"): no year's growth of the level.
      const spanned = a.qualifiers.some((q) => MULTI_YEAR_QUALIFIERS.includes(q) || SPAN_QUALIFIER.test(q) || GROWTH_BASE_BEFORE.test(q));
      if (own === '' && a.growth && !spanned && ctx.attachable && !ctx.attachable.change && ctx.attachAge <= 2 && !range) {
        ctx.attachable.change = change;
        ctx.attachable = null;
        ctx.lastWasGrowth = true;
        cursor = growthEnd;
        i++;
        made = true;
        continue;
      }
      const indicator = resolveIndicator(ctx, a, null, clauseText).indicator;
      const f = pushFigure(ctx, {
        indicator,
        value: c.value,
        unit,
        change,
        range,
        qualifier: joinQualifiers(a.qualifiers, post),
        kind,
        shape: a.streak ? 'streak' : undefined,
      });
      ctx.lastSubject = subjectOf(f.indicator);
      ctx.attachable = null;
      ctx.lastWasGrowth = true;
      made = true;
      cursor = growthEnd;
      i = high ? i + 2 : i + 1;
      continue;
    }

    // "优良天数达到290天、增加19天": a change verb alone before an amount in the unit of the level just read, in the same
    // clause, is that level's change, not a figure named 增加.
    const bareVerb = range ? undefined : bareAmountChangeVerb(a.indicatorRaw);
    const level = ctx.attachable;
    if (bareVerb && level && !level.change && valuesHere.includes(level) && level.unit === unit && !a.qualifiers.length) {
      level.change = amountChange(bareVerb, c.value, unit);
      ctx.attachable = null;
      cursor = endCand.end;
      i++;
      made = true;
      continue;
    }
    const resolved = resolveIndicator(ctx, a, endCand, clauseText);
    const { indicator, changeVerb, changeSpan } = amountChangeReading(a, resolved, range !== undefined, w.slice(endCand.end));
    // "全年增长4.8%、总量达5.3万亿元": a growth the clause gave no name of its own is the growth of the level after it.
    const unnamedGrowth = ctx.figures.length > before ? ctx.figures[ctx.figures.length - 1] : undefined;
    if (unnamedGrowth?.change?.unit === '%' && GROWTH_ONLY_NAMES.includes(unnamedGrowth.indicator) && !PERCENT_UNITS.has(unit) && !a.streak)
      unnamedGrowth.indicator = indicator;
    const f = pushFigure(ctx, {
      indicator,
      value: c.value,
      unit,
      change: changeVerb ? amountChange(changeVerb, c.value, unit) : undefined,
      range,
      qualifier: joinQualifiers([...changeSpan, ...a.qualifiers], post, c.approx ?? endCand.approx),
      kind,
      valueInBaseUnit: baseUnitValue(c.value, unit, magnitude),
      shape: a.streak ? 'streak' : resolved.share ? 'share' : undefined,
    });
    ctx.lastSubject = subjectOf(f.indicator);
    ctx.attachable = PERCENT_UNITS.has(unit) ? null : f;
    if (!PERCENT_UNITS.has(unit) && !range) valuesHere.push(f);
    ctx.attachAge = 0;
    ctx.lastWasGrowth = false;
    made = true;
    // A rate right after the noun ("15个省重点项目投资完成率174.7%") needs that noun as its own indicator.
    const next = cands[high ? i + 2 : i + 1];
    const sameClause = next !== undefined && !/[,;。、]/.test(w.slice(endCand.end, next.start));
    const nounFeedsRate = sameClause && PERCENT_UNITS.has(next.unit) && !resolved.share;
    // "1550个省重点项目完成投资7398亿元": the counted noun, its verb after it, is what the next value measures.
    const nounFeedsNext = sameClause && resolved.consumed > 0 && NOUN_GOES_ON.test(w.slice(endCand.end + resolved.consumed));
    cursor = endCand.end + (nounFeedsRate || nounFeedsNext ? 0 : resolved.consumed);
    i = high ? i + 2 : i + 1;
  }
  if (!made && ctx.attachable) ctx.attachAge++;
  if (ctx.figures.length > before) {
    ctx.recentValues = valuesHere;
    const plain = valuesHere.length === ctx.figures.length - before && valuesHere.every((f) => !f.change);
    ctx.valueRun = plain ? [...ctx.valueRun, ...valuesHere] : [];
  }
}

/**
 * "电价下降1分/千瓦时", "通用机场增加6个": an amount right after a change verb, named before it (no noun after the number:
 * "改造提升112万亩高标准农田" counts the farmland), is the change of that name, not its level: the name without its verb, the
 * verb, and a span before the verb as the change's ("高新技术企业5年增加2万家", as "五年增长30.8%"'s). A name that is all scope
 * and filler ("全省共增加2702亿元") keeps its reading.
 */
function amountChangeReading(
  a: PreAnalysis,
  resolved: Resolved,
  ranged: boolean,
  after: string,
): { indicator: string; changeVerb: ChangeVerb | undefined; changeSpan: string[] } {
  const verb = resolved.consumed || ranged ? undefined : amountChangeVerb(a.indicatorRaw);
  const named = verb && resolved.indicator.endsWith(verb.word) ? resolved.indicator.slice(0, -verb.word.length) : resolved.indicator;
  const spanned = spanOf(named, [], true);
  // "一次性增加6万亿元地方专项债务限额": said how it changed, not what; the noun after the amount names it.
  if (verb && CHANGE_MANNER_WORDS.includes(spanned.indicatorRaw)) {
    // The noun opens the phrase after the amount: its start, never a cut end ("…用于置换…和支持重大项目建设").
    const phrase = nearbyPhrase(firstClauseOf(after), true);
    const noun = phrase.slice(0, MAX_INDICATOR);
    if (noun.length >= MIN_CHANGED_INDICATOR) return { indicator: noun, changeVerb: verb, changeSpan: [] };
  }
  return verb && spanned.indicatorRaw.length >= MIN_CHANGED_INDICATOR
    ? { indicator: spanned.indicatorRaw, changeVerb: verb, changeSpan: spanned.qualifiers }
    : { indicator: resolved.indicator, changeVerb: undefined, changeSpan: [] };
}

/** The shortest name, its change verb taken off, an amount's change is read for. */
const MIN_CHANGED_INDICATOR = 2;

/** The most items a list before 分别 sharing one value is read as having. */
const MAX_SHARED_ITEMS = 8;

/** How many items a list written before 分别 with one value after it names ("A、B、C分别增加2个": 3); 0 for no list. */
function itemsSharingOneValue(pre: string): number {
  const subject = pre.slice(0, pre.lastIndexOf(RESPECTIVELY));
  const clause = subject.split(/[，,；;：:]/).pop() ?? '';
  const n = clause.split(SHARED_VALUE_ITEM_BREAK).filter((t) => t.trim().length >= 2).length;
  return n >= 2 && n <= MAX_SHARED_ITEMS ? n : 0;
}

/** What separates the items of such a list. */
const SHARED_VALUE_ITEM_BREAK = /[、和及与]/;
