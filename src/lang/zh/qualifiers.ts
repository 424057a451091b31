/**
 * Qualifiers reports write around a value: before it ("力争5%", "不低于3万人"), after it
 * ("5%左右", "70%以上"), and the approximations of a count ("50余场").
 */
import { CONVERSION_VERBS } from './currency-words.js';
import { FROM_WORDS, MILESTONE_VERBS } from './milestone-words.js';
import { RANK_ORDINAL, RANK_QUALIFIERS } from './rank-words.js';
import { byLength } from './word-lists.js';
import { SPAN_QUALIFIER, STREAK_LENGTH_QUALIFIER } from './span-words.js';

/** Written right after a value: "5.5%左右", "10亿元以上". */
export const POST_QUALIFIER = /^(?:左右|及以上|及以下|以上|以下|以内|之内|上下)/;

/**
 * A value's post-qualifier left over after a parenthesis, then a list mark: "银龄科技人才300人（其中…100人）左右、银龄技师
 * 1000人" leaves 左右 of the 300人 before the next name, which it is no part of.
 */
export const LEFTOVER_POST_QUALIFIER = new RegExp(`${POST_QUALIFIER.source}[、,;]`);

/**
 * Written before a level that is an average over several years ("城镇新增就业年均1270多万人"): a
 * qualifier of the value, not a word of its name (the link word 均 alone would leave "…就业年").
 */
export const AVERAGE_QUALIFIERS: readonly string[] = ['年均', '平均'];
/** Joins a figure's qualifiers written before and after its value: "年均1270多万人" reads 年均…多. */
export const QUALIFIER_SIDES_JOINER = '…';

/** Of those, the one that spans several years: "全年城镇调查失业率平均5.2%" is one year's average. */
export const MULTI_YEAR_QUALIFIERS: readonly string[] = ['年均'];

/**
 * A yearly average's words, with the span it is over when the report writes one ("五年…年均" → "五年年均", "年均" → "年均"),
 * to go before the verb ("五年年均增长5.2%"); null for any other qualifier.
 */
export function averageWords(qualifier: string | undefined): string | null {
  const parts = (qualifier ?? '').split('…');
  const last = parts[parts.length - 1] ?? '';
  if (!MULTI_YEAR_QUALIFIERS.includes(last) || parts.length > 2) return null;
  // The span is one figure reading wrote as a span qualifier ("五年", "十年", "5年").
  return parts.length === 2 && !SPAN_QUALIFIER.test(parts[0] ?? '') ? null : parts.join('');
}

/** Written right before a value: "不低于", "力争", "约". */
export const PRE_QUALIFIERS: readonly string[] = byLength([
  '不低于',
  '不少于',
  '不超过',
  '不高于',
  '力争',
  '确保',
  '突破',
  '超过',
  '超出',
  '接近',
  '约',
  '超',
  '近',
  '逾',
  '低于',
  '高于',
  // "迈上14万亿元新台阶": a level passed, kept with the value so a level reached after it leads.
  '迈上',
  '跃上',
  '跨上',
  ...AVERAGE_QUALIFIERS,
]);

/** Pre-qualifiers that are also comparison verbs: a bound only when nothing else explains them. */
export const BOUND_QUALIFIERS: readonly string[] = ['高于', '低于'];

/** Qualifiers of a growth rate that say it is aimed for, kept on the figure: "力争增长6%". */
export const AIM_QUALIFIERS: readonly string[] = ['力争', '确保'];

/** "约50场" / "50余场": a count given roughly, written between the number and its unit. */
export const APPROXIMATE_COUNT: readonly string[] = ['余', '多'];
/** Words that open with an approximate count's character and are no approximation: "45个多功能运动场", "3个多元…". */
export const APPROXIMATE_OPENED_WORDS: readonly string[] = [
  '多功能',
  '多元',
  '多样',
  '多层次',
  '多式联运',
  '多彩',
  '多媒体',
  '多语种',
  '余热',
];

/** Whether the text at `at` writes an approximate count's character ("多", "余"), not a word opened by it ("多功能"). */
export function approximateAt(text: string, at: number): string | undefined {
  const c = text[at];
  if (c === undefined || !APPROXIMATE_COUNT.includes(c)) return undefined;
  return APPROXIMATE_OPENED_WORDS.some((w) => text.startsWith(w, at)) ? undefined : c;
}

/** A post-qualifier opening like these ("以上", "及以下") can make the value a noun's modifier: "10亿元以上项目". */
export const OPEN_BOUND_STARTS: readonly string[] = ['以', '及'];

/** Qualifiers a value's text puts before the number ("突破2.1万件"); all others follow it ("5.5%左右"). */
export const QUALIFIERS_BEFORE_VALUE: readonly string[] = [
  '力争',
  '突破',
  '超',
  '超过',
  '约',
  '达到',
  '确保',
  '不低于',
  '不超过',
  ...AVERAGE_QUALIFIERS,
  ...RANK_QUALIFIERS,
  // An edition: "第4届" (src/lang/zh/attribute-words.ts).
  RANK_ORDINAL,
  ...FROM_WORDS,
  // An amount in the other currency: "折合1148亿元" (currency-words.ts).
  ...CONVERSION_VERBS,
  // A streak's length: "连续8年全国第一", never "8年连续全国第一".
  STREAK_LENGTH_QUALIFIER,
  // Levels passed: "连续迈上4个万亿元台阶", "跨越7万亿台阶".
  ...MILESTONE_VERBS,
  ...MILESTONE_VERBS.map((verb) => `${STREAK_LENGTH_QUALIFIER}${verb}`),
];

/** Bounds a last-resort indicator phrase drops: they are qualifiers, not names. */
export const BOUND_WORDS = /左右|以上|以下|以内/g;
