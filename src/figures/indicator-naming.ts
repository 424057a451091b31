/**
 * Indicator naming: what a figure measures, from the words before its number (cleaned of time
 * words, fillers and link verbs), the noun after it ("开展500场培训"), the previous figure's subject
 * ("占…比重"), or, last, the clause's longest phrase.
 */
import { isAmountChangeOnly } from './figure-shape.js';
import {
  BARE_ECONOMY_MEASURES,
  COMPARISON_PHRASE,
  COMPARISON_OPENER,
  BATCH_AFTER_VERB,
  EXAMPLES_KIND_END,
  MEASURE_BEFORE_ATTRIBUTE,
  MEASURE_VERB_LENGTH,
  SCOPE_COUNT_END,
  LIST_TOTAL_END,
  PART_PREDICATE,
  COUNT_VERBS,
  REACH_COUNT_VERBS,
  ECONOMY_AS_WHOLE,
  ECONOMY_PARTS,
  EDGE_JOINERS,
  EXAMPLES_END,
  FALLBACK_NAMES,
  INCREMENT_PREFIXES,
  INCREMENT_SUFFIXES,
  JOINER_ENDED_VERBS,
  ITEM_SEPARATOR,
  LEADING_FILLERS,
  LEADING_JOINERS,
  LEADING_STEP,
  LEADING_TIME,
  MILESTONE_NAME,
  NAME_BREAKS,
  NOUN_LINK,
  PART_MEASURES,
  PART_OPENER,
  BARE_INCREMENT_NAMES,
  BARE_REACH_VERBS,
  OUTCOME_VERBS_AFTER_COUNT,
  WORK_UNIT_NOUNS,
  NEW_ITEM_JOINERS,
  EXAMPLES_VERB_PREFIXES,
  EXAMPLES_VERB_TAILS,
  BARE_TOTAL_NAMES,
  RATE_NAME_END,
  SUBJECT_TAILS,
  TRAILING_FILLERS,
  LEADING_LINK,
  TIME_AHEAD_VERBS,
} from '../lang/zh/figure-words.js';
import { BOUND_WORDS, LEFTOVER_POST_QUALIFIER } from '../lang/zh/qualifiers.js';
import { CLAUSE_DELIMITERS, firstClauseOf } from '../lang/zh/punctuation.js';
import { RANK_PATTERN } from '../lang/zh/rank-words.js';
import { FROM_PATTERN } from '../lang/zh/milestone-words.js';
import { compactShareName, isShareShape, MAX_SHARE_NAME, RATE_VERB_END, SHARE_SCOPE_END, SHARE_VERB_END } from '../lang/zh/share-words.js';
import { PERCENT_UNITS, TIME_SPAN_UNITS, unitMeasure } from '../lang/zh/units.js';
import { baseUnitValue } from './figure-record.js';
import type { PreAnalysis } from './pre-analysis.js';
import type { Figure } from './figure-schema.js';
import { type Candidate, type Ctx, MAX_INDICATOR } from './types.js';

export function stripWords(text: string, words: readonly string[], fromEnd: boolean): { text: string; removed: string[] } {
  let t = text;
  const removed: string[] = [];
  for (let guard = 0; guard < 12; guard++) {
    const hit = words.find((w) => (fromEnd ? t.endsWith(w) : t.startsWith(w)) && t.length >= w.length);
    if (!hit) break;
    removed.push(hit);
    t = fromEnd ? t.slice(0, t.length - hit.length) : t.slice(hit.length);
    t = t.trim();
  }
  return { text: t, removed };
}

/** Keeps the head noun nearest the value, cutting at a word boundary when there is one. */
/** Marks a name cut short may open inside of: quotes and parentheses (full-width ones are read as half-width). */
const CUT_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['(', ')'],
];

export function clip(name: string): string {
  // A dangling 从 stays at the end, where from–to pairing reads it: "…的比重从" clips its name, not the 从.
  const from = FROM_PATTERN.exec(name);
  if (from && from.index > 0) return `${clip(name.slice(0, from.index))}${from[0]}`;
  // A share keeps its part and its whole in one compact name ("…占全市生产总值比重"), not the
  // "比例" alone an over-long "…相当于全市生产总值的比例" would be cut to.
  const indicator = compactShareName(name);
  if (indicator.length <= (isShareShape(indicator) ? MAX_SHARE_NAME : MAX_INDICATOR)) return indicator;
  for (let p = 0; p < indicator.length; p++) {
    if (NAME_BREAKS.includes(indicator[p]) && indicator.length - p - 1 <= MAX_INDICATOR && indicator.length - p - 1 >= 2) {
      return indicator.slice(p + 1);
    }
  }
  // Cut inside a quoted name ("“地铁口50米共停共享”补充…泊位资源") or a parenthesis ("中国(安徽)自贸试验区…"): the words after
  // its close, not a half of it.
  const tail = indicator.slice(-MAX_INDICATOR);
  for (const [open, close] of CUT_PAIRS) {
    const closing = tail.indexOf(close);
    const opened = tail.indexOf(open);
    if (closing >= 0 && (opened < 0 || opened > closing) && tail.length - closing - 1 >= 2) return tail.slice(closing + 1);
  }
  return tail;
}

/** Trims an indicator phrase of separators, time words, fillers and linking verbs. */
export function cleanIndicator(raw: string): string {
  const compact = raw.replace(/\s+/g, '');
  // "惠及" is a verb, not 惠 and a joiner.
  if (JOINER_ENDED_VERBS.includes(compact)) return compact;
  // "“老老人”服务保障措施惠及": a name ending in such a verb keeps its last character.
  const endsInVerb = JOINER_ENDED_VERBS.some((v) => compact.endsWith(v));
  let t = endsInVerb ? compact.replace(LEADING_JOINERS, '') : compact.replace(EDGE_JOINERS, '');
  for (let guard = 0; guard < 8; guard++) {
    const before = t;
    t = t.replace(LEADING_TIME, '').replace(LEADING_STEP, '');
    t = stripWords(t, LEADING_FILLERS, false).text;
    // "⑩提质改造农村公路": a list item's circled number is no part of the name.
    t = t
      .replace(/^[、,;:\u2460-\u2473\u3251-\u325f]+/, '')
      .replace(LEADING_LINK, '')
      .replace(LEFTOVER_POST_QUALIFIER, '');
    if (t === before) break;
  }
  for (let guard = 0; guard < 8; guard++) {
    const before = t;
    t = stripWords(t, TRAILING_FILLERS, true).text;
    t = t.replace(/[、,;:(“]+$/, '');
    if (t === before) break;
  }
  if (t.endsWith('(') || /^[)”]/.test(t)) t = t.replace(/^[)”]+|\($/g, '');
  return t.replace(ALTERNATIVE_BEFORE_ENDING, '$1$2');
}

/**
 * "生活污水治理(管控)率": a word in parentheses before a measure's ending (率, 量, 额…) is an alternative of the word before
 * it; the name is read without it ("生活污水治理率", as people ask it), the citation quoting it as printed. A unit ("(万人)")
 * stays, and so does a name before another ending ("中欧班列(义新欧)开行", "中国(安徽)自贸试验区").
 */
const ALTERNATIVE_BEFORE_ENDING = /^(.*[\u4e00-\u9fff])\((?![万亿千百])[\u4e00-\u9fff]{2,4}\)([率量额数度值])$/;

export function subjectOf(indicator: string): string {
  return indicator.replace(SUBJECT_TAILS, '');
}

export interface Resolved {
  indicator: string;
  /** characters after the candidate consumed as its indicator ("11830名运动员参加亚运会") */
  consumed: number;
  /** The name is what the rate is a share of ("89.4%的公园实现24小时开放"). */
  share?: boolean;
}

/** How far before a value the words that end in a total or a verb of change are looked for (the longest is 3 characters). */
const WORDS_BEFORE_VALUE = 8;

/** The longest a name listed before a count without 等 is ("广州、深圳2个城市"); a longer one names its own count. */
const LISTED_NAME_LENGTH = 4;

export function resolveIndicator(ctx: Ctx, a: PreAnalysis, c: Candidate | null, clauseText: string): Resolved {
  let ind = cleanIndicator(a.indicatorRaw);
  let consumed = 0;
  let shareOfNoun = false;
  if (a.startsWithShare && ctx.lastSubject && !ind.startsWith(ctx.lastSubject)) {
    // "占一般公共预算收入的89.7%", "完成年度目标的160.1%": a share of the previous figure's subject.
    const share = stripWords(a.indicatorRaw.replace(/\s+/g, '').replace(LEADING_JOINERS, ''), TRAILING_FILLERS, true).text;
    ind = ctx.lastSubject + share;
  }
  if (c?.followingNoun) {
    // "获批2个省级平台" (a verb before) and "A、B等53个重大产业项目" (examples before): the
    // counted thing follows the number.
    // Names listed without 等 are short ("广州、深圳2个城市"); "…经验、深圳综合改革试点48项经验" names its own 48 before it.
    const listed = outsideQuotes(ind).split(ITEM_SEPARATOR);
    // "首发经济、会展经济、健康消费等方面29项促消费政策": 等 and a word of kind after it close a list of examples too.
    // "省市县政府机构改革和11个人口小县机构改革": a count after 和 opens an item of its own, named after it.
    const writtenBefore = ctx.w.slice(Math.max(0, c.start - WORDS_BEFORE_VALUE), c.start);
    const newItem = !PERCENT_UNITS.has(c.unit) && ITEM_JOINER_END.test(writtenBefore);
    const examples =
      newItem ||
      ind.endsWith(EXAMPLES_END) ||
      (listed.length > 1 && LIST_TOTAL_END.test(writtenBefore)) ||
      EXAMPLES_KIND_END.test(ind) ||
      SCOPE_COUNT_END.test(ind) ||
      (listed.length > 1 && (listed.at(-1) ?? '').length <= LISTED_NAME_LENGTH) ||
      // "绍兴黄酒、金华火腿、西湖龙井茶3个历史经典产业": as many names listed as the count counts them.
      (listed.length > 1 && listed.length === c.value);
    // The words before that 、 are the previous count's noun ("经验"), not this one's name.
    if (!examples && listed.length > 1) ind = cleanIndicator(listed.at(-1) ?? ind);
    const verb =
      COUNT_VERBS.find((v) => ind.replace(BATCH_AFTER_VERB, '').endsWith(v)) ??
      (TIME_SPAN_UNITS.includes(unitMeasure(c.unit)) ? TIME_AHEAD_VERBS.find((v) => ind.endsWith(v)) : undefined);
    const reachVerb = PERCENT_UNITS.has(c.unit) ? undefined : REACH_COUNT_VERBS.find((v) => ind.endsWith(v));
    // A rate names its own subject before it unless nothing does ("70%以上的区级河道").
    const rate = PERCENT_UNITS.has(c.unit);
    // "国家下达的90亿元消费品以旧换新资金": a value after an attributive 的 measures the noun after it, whatever the
    // words before the 的 (they say whose it is, not what it is).
    // Only 的 right before the value: "压缩到目前的平均4个工作日以内" is a from–to's value, not an attribute.
    // The words as written before the rate, not the name cleaned of them: "森林覆盖率达到62%的水平" ends in 达到. Read only
    // for a rate with a noun after its 的.
    const verbBefore =
      rate &&
      c.shareOfFollowing === true &&
      RATE_VERB_END.test(ctx.w.slice(Math.max(0, c.start - WORDS_BEFORE_VALUE), c.start).replace(/\s+/g, ''));
    // "供水工程覆盖94%的农村人口": a verb of reaching people before the rate.
    const reachingVerb = rate && SHARE_VERB_END.test(ind);
    const attributive = !rate && ctx.w[c.start - 1] === NOUN_LINK && a.indicatorRaw.replace(/\s+/g, '').endsWith(NOUN_LINK);
    if (attributive) {
      const cleaned = cleanIndicator(c.followingNoun);
      ind = cleaned.length >= 2 ? cleaned : c.followingNoun;
      consumed = c.followingNoun.length;
    } else if (
      rate
        ? ind === '' || (c.shareOfFollowing === true && (SHARE_SCOPE_END.test(ind) || reachingVerb || !verbBefore))
        : examples || verb || ind.length <= 4 || reachVerb !== undefined
    ) {
      // "16个小区二次供水改造完成": the noun's own completion verb names nothing.
      // "规模化供水工程覆盖94%的农村人口": what reaches them and whom, one name.
      // "其他三级公立医院50%的门诊预约号源提前向基层投放": a holder's share of the noun after 的, named both.
      const reaching = reachingVerb || (rate && ind !== '' && !SHARE_SCOPE_END.test(ind) && !verbBefore);
      // The holder is dropped where both make too long a name: what the share is of names it.
      const held = ind.length + c.followingNoun.length <= MAX_INDICATOR || reachingVerb ? ind + c.followingNoun : c.followingNoun;
      const noun = rate ? c.followingNoun : nounOfSentenceSubject(ctx.w, c.start, c.followingNoun);
      // "建成通车济南至宁津等5个项目": the verb before the examples says what was done to the things counted (建成通车项目).
      // Only a bare unit of work: "引进…等53个重大产业项目" names its noun alone.
      const doneToExamples = examples && !rate && WORK_UNIT_NOUNS.includes(noun) ? (EXAMPLES_VERB_OPENING.exec(ind)?.[0] ?? '') : '';
      // "国家助学贷款提标降息惠及1100多万学生": what reached the people and whom; where both are too long, what reached them.
      const reached = reachVerb && (ind.length + noun.length <= MAX_INDICATOR ? ind + noun : ind);
      const named = reaching ? held : reached || (rate || examples ? doneToExamples + noun : (verb ?? ind) + noun);
      const cleaned = cleanIndicator(named);
      ind = cleaned.length >= 2 ? cleaned : named;
      // A share's noun stands after its 的 ("40%左右的税收"): the 的 is read too.
      consumed = c.followingNoun.length + (rate && c.shareOfFollowing === true && ctx.w[c.end] === NOUN_LINK ? 1 : 0);
      shareOfNoun = rate && c.shareOfFollowing === true;
    }
  }
  // "赤字规模4.06万亿元，比上年增加1800亿元": a comparison names the previous figure's subject.
  if (COMPARISON_OPENER.test(ind) && ctx.lastSubject && !ind.startsWith(ctx.lastSubject)) ind = `${ctx.lastSubject}${ind}`;
  // "迈上14万亿元新台阶、达14.2万亿元": the step passed names nothing; the subject before it does.
  if (MILESTONE_NAME.test(ind) && ctx.lastSubject) ind = ctx.lastSubject;
  // "累计推出259项制度创新成果，其中56项为全国首创": the part is named by what it is, after its number.
  // "…，其中56项为全国首创，10项为国家级": the next part, named after its number too, is of the same whole.
  const opensPart = PART_OPENER.test(a.indicatorRaw) ? ctx.lastSubject : ctx.partWhole;
  const partNamedAfter = c && ind === '' && opensPart ? PART_PREDICATE.exec(ctx.w.slice(c.end)) : null;
  if (partNamedAfter) {
    ind = `${opensPart}中${partNamedAfter[1]}`;
    consumed = partNamedAfter[0].length;
    ctx.partWhole = opensPart;
  }
  if (ind === '' && ctx.lastSubject) ind = levelAfterIncrement(ctx, c) ?? ctx.lastSubject;
  // "新结对国际友好城市4对、总数达110对": a total named by its measure alone is the increment's subject's total.
  if (BARE_TOTAL_NAMES.includes(ind) && ctx.lastSubject) {
    const level = levelAfterIncrement(ctx, c);
    if (level) ind = `${level}${ind}`;
  }
  // "基本养老保险参保人数增加1.4亿、覆盖10.5亿人": a reach named by its verb alone is the subject before it's.
  // Only after 、, in the same run of figures: after a comma the reach may be of everything before ("…，惠及10万人").
  if (BARE_REACH_VERBS.includes(ind) && ctx.lastSubject && /^\s*、/.test(a.indicatorRaw)) {
    const increment = INCREMENT_SUFFIXES.find((w) => ctx.lastSubject.endsWith(w) && ctx.lastSubject.length > w.length);
    ind = `${increment ? ctx.lastSubject.slice(0, -increment.length) : ctx.lastSubject}${ind}`;
  }
  // "组建总规模1000亿元的省战略性新兴产业投资引导基金": a measure named alone after its verb, the value then 的 and a noun:
  // the noun's measure (省…引导基金总规模), not the verb's.
  const attributedTo = c?.attributedTo ? cleanIndicator(c.attributedTo) : '';
  const measure = attributedTo.length >= 2 ? MEASURE_BEFORE_ATTRIBUTE.exec(ind)?.[0] : undefined;
  if (measure && ind.length - measure.length <= MEASURE_VERB_LENGTH) ind = `${attributedTo}${measure}`;
  if (ind === '' && c) ind = nearbyPhrase(ctx.w.slice(c.end, c.end + 40), true);
  // "向困难群众发放一次性生活补助，惠及1100多万人": a reach named by its verb alone, no figure before it, is the clause before's.
  const outcomeAlone = OUTCOME_VERBS_AFTER_COUNT.includes(ind) || (BARE_REACH_VERBS.includes(ind) && !ctx.lastSubject);
  if (c && outcomeAlone) ind = clip(`${previousClausePhrase(ctx.w, c.start)}${ind}`);
  if (ind === '') ind = nearbyPhrase(clauseText);
  if (ind === '') ind = nearbyPhrase(ctx.w);
  if (ind === '') ind = FALLBACK_NAMES.value;
  ind = partOfWholeMeasured(ctx, a, c, ind);
  ind = economyMeasure(ctx, c, ind);
  return { indicator: clip(ind), consumed, ...(shareOfNoun ? { share: true } : {}) };
}

/**
 * "顶住经济下行压力，…全年增长4.8%、总量达5.3万亿元": a measure named alone, in a sentence that before it writes the
 * economy as a whole (not one of its parts), is the economy's measure (经济总量).
 */
export function economyMeasure(ctx: Pick<Ctx, 'w'>, c: Pick<Candidate, 'start'> | null, ind: string): string {
  const named = BARE_ECONOMY_MEASURES[ind];
  if (!named) return ind;
  const before = ctx.w.slice(0, c ? c.start : ctx.w.length);
  const whole = ECONOMY_AS_WHOLE.exec(before);
  if (!whole) return ind;
  // "数字经济发展…总量": the economy written there is a part of it.
  return ECONOMY_PARTS.test(before.slice(Math.max(0, whole.index - 6), whole.index + 2)) ? ind : named;
}

/**
 * "汽车保有量由2552万辆增至3230万辆，其中新能源汽车由45万辆增至356万辆": a part, in the whole's unit, named without a
 * measure, measures what the whole did (新能源汽车保有量).
 */
function partOfWholeMeasured(ctx: Ctx, a: PreAnalysis, c: Candidate | null, ind: string): string {
  if (!PART_OPENER.test(a.indicatorRaw) || !ctx.lastSubject || ind.startsWith(ctx.lastSubject)) return ind;
  // "新登记147万户、其中企业57.3万家": a whole named by its increment verb alone gives the part that verb (新登记企业),
  // whatever its counter.
  if (BARE_INCREMENT_NAMES.includes(ctx.lastSubject) && ind && !RATE_NAME_END.test(ind)) return `${ctx.lastSubject}${ind}`;
  const whole = ctx.figures[ctx.figures.length - 1];
  if (!whole || (c && c.unit !== whole.unit)) return ind;
  const wholeFrom = FROM_PATTERN.exec(ctx.lastSubject);
  const wholeName = wholeFrom ? ctx.lastSubject.slice(0, wholeFrom.index) : ctx.lastSubject;
  const measure = PART_MEASURES.find((m) => wholeName.endsWith(m) && wholeName.length > m.length);
  // A from–to's start keeps its 由/从 last ("新能源汽车由"), for fromToPairs to cut the name at.
  const from = FROM_PATTERN.exec(ind);
  const name = from ? ind.slice(0, from.index) : ind;
  if (!measure || !name || PART_MEASURES.some((m) => name.endsWith(m)) || RATE_NAME_END.test(name)) return ind;
  return `${name}${measure}${from ? from[0] : ''}`;
}

/** "净增3193户、超2.4万户": the same measure in a larger magnitude, larger in its base unit. */
function largerInBaseUnit(c: Pick<Candidate, 'value' | 'unit' | 'magnitude'>, prev: Pick<Figure, 'unit' | 'valueInBaseUnit'>): boolean {
  // A candidate built without its magnitude has none.
  const magnitude = c.magnitude ?? '';
  const measure = c.unit.slice(magnitude.length);
  if (measure === '' || unitMeasure(prev.unit) !== measure) return false;
  const value = baseUnitValue(c.value, c.unit, magnitude);
  return value !== undefined && prev.valueInBaseUnit !== undefined && value > prev.valueInBaseUnit;
}

/**
 * "新增公园141座、累计达到973座": a value without a name of its own, in the unit of the increment just read and
 * larger than it, is the level reached: the increment's subject without its increment word (公园). Null when the
 * previous figure is no increment of the same unit.
 */
export function levelAfterIncrement(ctx: Pick<Ctx, 'figures' | 'lastSubject'>, c: Candidate | null): string | null {
  const prev = ctx.figures[ctx.figures.length - 1];
  // "中央对地方转移支付增加约1.5万亿元、规模近9.8万亿元": after an amount's own change, its subject is the level's name.
  const changed = !!prev && isAmountChangeOnly(prev);
  if (!c || !prev || !c.unit || PERCENT_UNITS.has(c.unit) || (prev.change && !changed)) return null;
  // "新增劳动力平均受教育年限从13.5年提高到14年": the value a from–to pair reached, not a level after an increment.
  if (FROM_PATTERN.test(prev.indicator)) return null;
  if (c.unit === prev.unit ? c.value <= prev.value : !largerInBaseUnit(c, prev)) return null;
  const subject = ctx.lastSubject;
  if (changed) return subject;
  const prefix = INCREMENT_PREFIXES.find((w) => subject.startsWith(w) && subject.length >= w.length + 2);
  if (prefix) return subject.slice(prefix.length);
  const suffix = INCREMENT_SUFFIXES.find((w) => subject.endsWith(w) && subject.length >= w.length + 2);
  return suffix ? subject.slice(0, -suffix.length) : null;
}

function outsideQuotes(text: string): string {
  return text.replace(/“[^”]*”/g, '');
}

const ITEM_JOINER_END = new RegExp(`(?:${NEW_ITEM_JOINERS.join('|')})\\s*$`);

/** The verb a list of examples opens with ("新开工晏城至表白寺等2个项目", "建成通车济南至宁津等5个项目"). */
const EXAMPLES_VERB_OPENING = new RegExp(
  `^(?:${EXAMPLES_VERB_PREFIXES.join('|')})?(?:${COUNT_VERBS.join('|')})(?:${EXAMPLES_VERB_TAILS.join('|')})?`,
);

/** The sentence's subject is this short at most ("城中村改造" opens "城中村改造跑出加速度"). */
const MAX_SUBJECT_HEAD = 6;
/** How many characters of a counted noun the sentence's subject must end in to own it (a word: 改造). */
const SHARED_WORD = 2;

/**
 * "城中村改造跑出“加速度”，启动26个改造项目": a counted unit of work (改造项目) after the first clause, opening with the word
 * the sentence's subject ends in, is that subject's (城中村改造项目): the sentence names it once, at its start.
 */
function nounOfSentenceSubject(w: string, at: number, noun: string): string {
  const firstClause = firstClauseOf(w);
  const word = noun.slice(0, SHARED_WORD);
  if (at <= firstClause.length || !WORK_UNIT_NOUNS.includes(noun.slice(SHARED_WORD))) return noun;
  const end = firstClause.indexOf(word);
  const head = end > 0 ? firstClause.slice(0, end) : '';
  return head.length >= SHARED_WORD && head.length <= MAX_SUBJECT_HEAD && /^[\u4e00-\u9fff]+$/.test(head) ? head + noun : noun;
}

/** The name the clause before `at` gives ("向更多低收入群众发放价格补贴，约6700万人受益": 发放价格补贴), or nothing. */
function previousClausePhrase(w: string, at: number): string {
  const end = clauseBreakBefore(w, at);
  return end < 0 ? '' : cleanIndicator(w.slice(clauseBreakBefore(w, end) + 1, end));
}

/** Where the last clause break before `at` stands (-1 for none). */
function clauseBreakBefore(w: string, at: number): number {
  let k = at - 1;
  while (k >= 0 && !CLAUSE_DELIMITERS.has(w[k] ?? '')) k--;
  return k;
}

/** The words of a clause without its numbers, units and qualifiers: a last-resort indicator. */
export function nearbyPhrase(text: string, first = false): string {
  const words = text
    // A rank's words ("居全国第3位") name no figure: a level with no name before it is not "居全国第".
    .replace(new RegExp(RANK_PATTERN.source, 'g'), ' ')
    .replace(/[-+]?[\d.]+\s*(?:[万亿千百]*[^\s\d,;。、]{0,2}?)(?=[,;。、\s]|$)/g, ' ')
    .replace(/[\d.%]+/g, ' ')
    .replace(BOUND_WORDS, ' ')
    .split(/[^\u4e00-\u9fffA-Za-z&()“”]+/)
    .map((x) => cleanIndicator(x))
    .filter((x) => /[\u4e00-\u9fffA-Za-z]{2}/.test(x) && !COMPARISON_PHRASE.test(x));
  if (first) return words[0] ?? '';
  return words.sort((a, b) => b.length - a.length)[0] ?? '';
}
