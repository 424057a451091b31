/**
 * Ranks as figures: "规上工业增加值增速居全国第4位" gives 规上工业增加值增速 the rank 全国第4位.
 * The rank belongs to the indicator its own clause names; a clause that names none ("…提高到
 * 8865亿元，跃居全国第3位") ranks the indicator of the figure just before it.
 */
import { FROM_PATTERN, FROM_WORDS, TO_PATTERN } from '../lang/zh/milestone-words.js';
import {
  RANK_DURATION,
  RANK_GROWTH_NAMES,
  RANK_OF_GROWTH,
  RANK_ORDINAL,
  RANK_PATTERN,
  RANK_PROPERTY_NAMES,
  RANK_REACHED,
  NAMED_RANK_TABLES,
  RANK_SCOPES,
  RANK_UNIT,
  RANK_VERBS,
  RESPECTIVE_RANK_NEXT,
  SUBJECT_CLAUSE_VERBS,
  rankNumber,
  rankNumeral,
} from '../lang/zh/rank-words.js';
import type { Figure } from './figure-schema.js';
import { FALLBACK_NAMES, RESPECTIVELY } from '../lang/zh/figure-words.js';
import { distributeSuffix, splitItems } from './respectively.js';
import { FIRST_ORDINAL, RANK_COUNTERS } from '../lang/zh/counted-rank-words.js';
import { readCountedRanks } from './counted-ranks.js';
import { kindFor } from './figure-kind.js';
import { pushFigure } from './figure-record.js';
import { clip, cleanIndicator, stripWords } from './indicator-naming.js';
import type { Candidate, Ctx } from './types.js';

/** Whether a figure is a rank ("全国第3位"), not a level or a rate of its indicator. */
export function isRankFigure(f: Pick<Figure, 'unit' | 'qualifier'>): boolean {
  const q = f.qualifier ?? '';
  if (f.unit === RANK_UNIT) return q.endsWith(RANK_ORDINAL);
  // "全国第8家", "全省首家": a rank counted in things.
  return RANK_COUNTERS.includes(f.unit) && (q.endsWith(RANK_ORDINAL) || q.endsWith(FIRST_ORDINAL));
}

/** The indicator of the last figure read, without a from–to pair's 从 and 提高到 still on it. */
function previousIndicator(ctx: Ctx): { name: string; growth: boolean } {
  const last = ctx.figures[ctx.figures.length - 1];
  if (!last) return { name: '', growth: false };
  // "增长-3%" is read as the value −3 with a change down 3: the same growth, whichever sign it carries.
  const growth = !!last.change && last.unit === '%' && Math.abs(last.change.value) === Math.abs(last.value);
  if (!TO_PATTERN.test(last.indicator)) return { name: last.indicator.replace(FROM_PATTERN, ''), growth };
  const from = ctx.figures[ctx.figures.length - 2];
  return { name: from ? from.indicator.replace(FROM_PATTERN, '') : '', growth: false };
}

/** Shortest name a clause gives its own rank: shorter ones ("数量") say too little to read. */
const MIN_OWN_NAME = 3;

/** Reads the rank a clause states, if any, as a figure of the indicator it belongs to. */
export function readRank(ctx: Ctx, clauseStart: number, clauseEnd: number, inClause: readonly Candidate[]): void {
  if (readCountedRanks(ctx, clauseStart, clauseEnd)) return;
  const clause = ctx.w.slice(clauseStart, clauseEnd);
  const hit = RANK_PATTERN.exec(clause);
  if (!hit) return;
  const at = clauseStart + hit.index;
  // The name is what the clause says after its last figure and before the rank.
  const lastBefore = inClause.filter((c) => c.end <= at).pop();
  const pre = ctx.w.slice(lastBefore ? lastBefore.end : clauseStart, at);
  let name = cleanIndicator(stripWords(cleanIndicator(pre), RANK_VERBS, true).text.replace(RANK_DURATION, ''));
  // "从全国第9位升至第7位": the rank reached is the figure.
  const from = FROM_WORDS.find((w) => name.endsWith(w));
  const reached = from ? RANK_REACHED.exec(clause.slice(hit.index + hit[0].length)) : null;
  if (from && !reached) return;
  if (from) name = cleanIndicator(name.slice(0, -from.length));
  const value = rankNumber(reached ? rankNumeral(reached, 1) : rankNumeral(hit, 2));
  if (value === null) return;
  const kind = kindFor(ctx, clause, clauseEnd);
  if (!from && readRespectiveRanks(ctx, pre, value, clause.slice(hit.index + hit[0].length), `${hit[1]}${RANK_ORDINAL}`, kind)) return;
  // No name of its own: the rank of the figure just before, of its growth after a rate
  // ("增长6.1%、居全国第3位"), or of the property the clause names ("增量全国第一"). A bare short
  // word ("数量") names only the indicator before it that ends so, or nothing a rank can be read for.
  const previous = previousIndicator(ctx);
  // "城镇和农村居民人均可支配收入分别超过8万元、4.5万元，稳居各省区第1位": a rank naming nothing after a 分别 list
  // ranks every item of it, not only the last.
  const listed = name === '' && !from ? respectiveListJustRead(ctx) : [];
  if (listed.length) {
    for (const item of listed) pushFigure(ctx, { indicator: item, value, unit: RANK_UNIT, qualifier: `${hit[1]}${RANK_ORDINAL}`, kind });
    return;
  }
  // "肉牛屠宰量实现翻番，由全国第11位跃升至第5位": no figure before, the subject of the clause before.
  // So too after a figure, when the clause between names its own subject ("进出口总额增长5%，出口实现翻番，居全国第3位": 出口's).
  const ownClauseSubject =
    name === '' ? subjectOfClauseBefore(ctx.w, clauseStart, ctx.figures.length ? MIN_CLAUSE_SUBJECT : MIN_OWN_NAME) : '';
  if (ownClauseSubject) name = ownClauseSubject;
  if (name === '') {
    // A figure named by nothing ("提高到8865亿元，居全国第3位" alone) gives its rank no name either.
    if (!previous.name || previous.name === FALLBACK_NAMES.value) return;
    name = previous.growth && !previous.name.endsWith(RANK_OF_GROWTH) ? `${previous.name}${RANK_OF_GROWTH}` : previous.name;
  } else if (RANK_PROPERTY_NAMES.includes(name)) {
    if (!previous.name) return;
    const property = RANK_GROWTH_NAMES.includes(name) ? RANK_OF_GROWTH : name;
    name = previous.name.endsWith(property) ? previous.name : `${previous.name}${property}`;
  } else if (name.length < MIN_OWN_NAME && !ownClauseSubject) {
    if (!previous.name.endsWith(name)) return;
    name = previous.name;
  }
  pushFigure(ctx, {
    indicator: clip(name),
    value,
    unit: RANK_UNIT,
    qualifier: `${hit[1]}${RANK_ORDINAL}`,
    kind,
  });
  // "从全国第10位升至第8位": the rank it rose from too, as a pair's start (its 从 as the qualifier, so it never passes
  // for the rank held now), for a lead to say where from.
  const started = from ? rankNumber(rankNumeral(hit, 2)) : null;
  if (started !== null) pushFigure(ctx, { indicator: clip(name), value: started, unit: RANK_UNIT, qualifier: from, kind });
}

/**
 * "单晶硅、电解铝产能分别居全国第2、第4位": one rank for each item of the 分别 list, in order (单晶硅产能 第2位, 电解铝产能
 * 第4位). Whether the clause was such a list, read.
 */
function readRespectiveRanks(ctx: Ctx, pre: string, first: number, after: string, qualifier: string, kind: Figure['kind']): boolean {
  const values = [first];
  let rest = after;
  // Each rank read is cut off the rest, so the loop ends within the clause.
  for (let next = RESPECTIVE_RANK_NEXT.exec(rest); next; next = RESPECTIVE_RANK_NEXT.exec(rest)) {
    const value = rankNumber(next[1]);
    if (value === null) break;
    values.push(value);
    rest = rest.slice(next[0].length);
  }
  const at = pre.lastIndexOf(RESPECTIVELY);
  if (values.length < 2 || at < 0) return false;
  const items = splitItems(cleanIndicator(pre.slice(0, at)), values.length);
  if (!items) return false;
  distributeSuffix(items).forEach((item, i) => {
    pushFigure(ctx, { indicator: clip(item), value: values[i], unit: RANK_UNIT, qualifier, kind });
  });
  return true;
}

/** Marks that end a clause. */
const CLAUSE_ENDS = /[，,；;。：:]/g;

/**
 * The words before the verb of the clause just before `clauseStart`, when that clause states no number and they are at
 * least `shortest` long; '' otherwise.
 */
function subjectOfClauseBefore(w: string, clauseStart: number, shortest: number): string {
  const before = w.slice(0, clauseStart).replace(/[，,；;：:\s]+$/, '');
  let start = 0;
  for (const m of before.matchAll(CLAUSE_ENDS)) start = m.index + 1;
  const clause = before.slice(start);
  if (/\d/.test(clause)) return '';
  const verb = SUBJECT_CLAUSE_VERBS.exec(clause);
  if (!verb) return '';
  const name = cleanIndicator(clause.slice(0, verb.index));
  return name.length >= shortest ? name : '';
}

/** A subject of its own in a clause between a figure and a rank may be a two-character indicator ("出口", "消费"). */
const MIN_CLAUSE_SUBJECT = 2;

/**
 * The items of a 分别 list when its figures are the last ones read: the names of the last figures, one for each
 * item the list named, in order; [] otherwise (a figure after the list, or no list).
 */
function respectiveListJustRead(ctx: Ctx): string[] {
  const n = ctx.respectiveItems.length;
  if (n < 2 || ctx.figures.length < n) return [];
  const last = ctx.figures.slice(-n);
  if (!last.every((f, i) => f.indicator === ctx.respectiveItems[i])) return [];
  // After growth rates ("分别增长4.3%、5.5%，均居全国第1位") the ranks are of the growths, as after one rate.
  const growth = (f: Figure) => !!f.change && f.unit === '%' && Math.abs(f.change.value) === Math.abs(f.value);
  return last.map((f) => (growth(f) && !f.indicator.endsWith(RANK_OF_GROWTH) ? `${f.indicator}${RANK_OF_GROWTH}` : f.indicator));
}

const RANK_SCOPES_ALTERNATION = RANK_SCOPES.join('|');

/** Where a question's rank words start: what it asks ranked is written before them. */
const QUESTION_RANK_WORDS = new RegExp(`${RANK_SCOPES_ALTERNATION}|排|第几|多少位`);
/** The shortest head a rank's name and a question must share ("光储产业", "两化融合"). */
const MIN_SHARED_HEAD = 4;

/**
 * Whether a question names the indicator a rank figure ranks: it writes the name whole, or the name's head and,
 * in order, only words the rest of the name holds ("光储产业竞争力全国第几" names 光储产业综合竞争力评价, "两化融合全国
 * 第几" names “两化”融合发展水平; "人工智能产业营收全国第几" does not name 人工智能产业发展评价).
 */
export function rankNamedInQuestion(indicator: string, question: string, qualifier = ''): boolean {
  if (question.includes(indicator)) return true;
  // "金牌榜排第几": the table the rank is counted in names it.
  if (NAMED_RANK_TABLES.some((t) => qualifier.startsWith(t) && question.includes(t))) return true;
  const name = indicator.replace(/[“”"‘’'《》]/g, '');
  for (let length = name.length; length >= MIN_SHARED_HEAD; length--) {
    const at = question.indexOf(name.slice(0, length));
    if (at < 0) continue;
    const after = question.slice(at + length);
    const rankAt = after.search(QUESTION_RANK_WORDS);
    // "有机产品低碳产品认证证书数 全国第几": the space a question types before its rank word is no word of the name.
    return isSubsequence((rankAt < 0 ? after : after.slice(0, rankAt)).replace(/\s+/g, ''), name.slice(length));
  }
  return namedReordered(name, question);
}

/** Characters a question adds to a rank's name to say what is measured ("开工量"), none of the name's. */
const MEASURE_CHARACTERS = '量数';
/** The share of a rank's name a reordered question must write. */
const REORDERED_SHARE = 0.6;

/**
 * "老旧小区改造开工量全国排老几" names 开工改造城镇老旧小区 in its own order: right before its rank words it writes a run
 * of MIN_SHARED_HEAD characters of the name, and around it only the name's characters (and a measure's 量 / 数), most of
 * the name in all.
 */
function namedReordered(name: string, question: string): boolean {
  const rankAt = question.search(QUESTION_RANK_WORDS);
  if (rankAt <= 0) return false;
  const before = question.slice(0, rankAt).replace(/\s+$/, '');
  let start = before.length;
  while (start > 0 && (name.includes(before[start - 1]) || MEASURE_CHARACTERS.includes(before[start - 1]))) start--;
  const span = before.slice(start);
  const own = [...span].filter((c) => !MEASURE_CHARACTERS.includes(c));
  if (own.length < REORDERED_SHARE * name.length) return false;
  for (let i = 0; i + MIN_SHARED_HEAD <= span.length; i++) if (name.includes(span.slice(i, i + MIN_SHARED_HEAD))) return true;
  return false;
}

/** Whether every character of `part` appears in `whole`, in order. */
function isSubsequence(part: string, whole: string): boolean {
  let k = 0;
  for (const ch of whole) if (k < part.length && ch === part[k]) k++;
  return k === part.length;
}
