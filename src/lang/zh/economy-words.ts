import type { IntentName } from './intent-examples.js';

/** The indicator that stands for "the economy" when a question names no other: 地区生产总值 (GDP). */
export const ECONOMY_INDICATOR = '地区生产总值';

/**
 * Kinds of question about the economy as a whole, which take ECONOMY_INDICATOR when they name no
 * indicator: "经济表现如何" (overview), "Which province grew slowest?" (a superlative of growth).
 */
export const ECONOMY_WIDE_INTENTS: readonly IntentName[] = ['overview', 'superlative', 'comparison', 'figure.growth'];

/** English words that say a question is about the economy as a whole. */
export const ECONOMY_WORDS: readonly string[] = ['economy', 'economic', 'grew', 'grow', 'growth'];

/**
 * 经济 as the whole economy: at the head of the question or after its place, year or 的 ("山东去年
 * 经济咋样"), never after a modifier (民营经济, 数字经济, 海洋经济 are parts of it), nor in the name of the plan's set of
 * targets ("经济社会发展目标一共定了几项指标" counts the targets, no GDP).
 */
export const WHOLE_ECONOMY = /(?:^|[年的市省区县国]|\d)经济(?!体|社会发展(?:的)?(?:主要)?(?:预期)?目标)/;

/**
 * Words that make 经济 a part of the economy, not the whole: "数字经济怎么样" asks about the digital
 * economy, never about GDP.
 */
export const ECONOMY_PART_MODIFIERS: readonly string[] = [
  '数字',
  '民营',
  '海洋',
  '实体',
  '县域',
  '开放型',
  '外向型',
  '平台',
  '夜间',
  '低空',
  '银发',
  '首发',
  '绿色',
  '循环',
  '园区',
  '总部',
  '楼宇',
  '枢纽',
  '湾区',
  '服务',
  '文旅',
  '旅游',
  '创意',
  '体育',
  '会展',
  '流量',
  '共享',
  '冰雪',
  '生物',
  '氢能',
  '林下',
  '乡村',
  '农村',
  '城市',
  '区域',
  '网络',
  '互联网',
  '非公有制',
  '集体',
  // "对全球经济增长的贡献率": the world's economy is another's, not the place's own.
  '全球',
  '世界',
];

/** A lookbehind that keeps 经济 from matching after one of ECONOMY_PART_MODIFIERS. */
export const NOT_AFTER_ECONOMY_PART = `(?<!${ECONOMY_PART_MODIFIERS.join('|')})`;

/** Whether a question writes the economy itself (经济 as a whole, "economy"), not only a growth word. */
export function namesEconomy(question: string): boolean {
  return WHOLE_ECONOMY.test(question) || ECONOMY_NAMES_EN.test(question);
}

const ECONOMY_NAMES_EN = /\beconom(y|ies|ic)\b/i;

/** Whether a question with no named indicator speaks of the economy as a whole. */
export function speaksOfEconomy(question: string): boolean {
  const lower = question.toLowerCase();
  return WHOLE_ECONOMY.test(question) || ECONOMY_WORDS.some((w) => lower.includes(w));
}

/**
 * A growth goal, target or rate with no indicator named is the economy's (its GDP growth): "What
 * growth goal did Fujian set for 2025?", "福建25年增长目标". Read only when the question names a
 * place or is a superlative across places, so a follow-up ("增长目标呢？") keeps the conversation's
 * indicator. Regex fragments.
 */
export const ECONOMY_GROWTH_WORDS: readonly string[] = [
  '增长目标',
  '增速目标',
  // "江苏和浙江去年谁增长快": a place's growth compared, no indicator named.
  '增长(?:得)?(?:更|最)?[快慢]',
  '增长预期',
  '预期增长',
  // "拱墅区2025年目标增速多少": the target written before the growth, as people also say it.
  '目标增(?:速|幅|长率?)',
  '预期增速',
  '\\bgrowth (goal|target|rate|forecast|objective|expectation)s?\\b',
  '\\b(goal|target|aim)s? for growth\\b',
  '\\bhow fast\\b',
];
const ECONOMY_GROWTH = new RegExp(ECONOMY_GROWTH_WORDS.join('|'), 'i');

/** Whether a question asks the growth of the economy as a whole in words that name no indicator. */
export function asksEconomyGrowth(question: string): boolean {
  return ECONOMY_GROWTH.test(question);
}

/**
 * A growth ranked across places with no indicator named ("去年哪个省增长最快"): the economy's. Read
 * only for a superlative naming no place: "江苏增长最快的是什么" asks which of its parts grew fastest.
 */
export const RANKED_GROWTH_WORDS: readonly string[] = ['增长(?:得)?最[快慢高低]', '增速最[快慢高低]'];
const RANKED_GROWTH = new RegExp(RANKED_GROWTH_WORDS.join('|'));

export function asksGrowthRanked(question: string): boolean {
  return RANKED_GROWTH.test(question);
}
