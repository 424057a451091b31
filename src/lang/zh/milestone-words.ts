import { SMALL_CHINESE_NUMBERS } from './small-numbers.js';

/**
 * Milestones and from–to pairs: "连续迈上4个万亿元台阶" passes levels rather than stating a value;
 * "研发投入强度从2.77%提高到3.3%" states a value then and now. Data for src/figures.
 */

/** Verbs of passing a level: "迈上", "跨越", "跃上", "跨上", "连续跨过3个万亿元大关". */
export const MILESTONE_VERBS: readonly string[] = ['迈上', '跨越', '跃上', '跨上', '连跨', '跨过', '迈过'];
/** The level passed: "…台阶", "…大关". */
export const MILESTONE_NOUNS: readonly string[] = ['台阶', '大关'];
const MILESTONE_NOUN = `(?:${MILESTONE_NOUNS.join('|')})`;
/** Several levels passed ("4个万亿元台阶", "7万亿、8万亿"), not one value reached. */
export const SEVERAL_MILESTONES = /个|、/;
/** How many levels were passed: "4个万亿元台阶", "两个万亿元台阶", "三个大台阶" (the numeral before 个 and the noun). */
export const MILESTONES_COUNTED = new RegExp(
  `([0-9]+|[${Object.keys(SMALL_CHINESE_NUMBERS).join('')}])个(?:[^，。；,;个]{0,8}?)${MILESTONE_NOUN}`,
);
/** Each level passed, written with its magnitude: "7万亿", "8万亿元", "4万亿". */
export const MILESTONE_LEVEL = /([0-9]+(?:\.[0-9]+)?)(万亿|千亿|亿|万)(元|美元)?/g;
/** The count of levels passed is counted in 个. */
export const MILESTONE_COUNT_UNIT = '个';

/** A milestone phrase: an optional 连续, a milestone verb, up to 30 characters, 台阶. */
export function milestonePattern(): RegExp {
  const verbs = MILESTONE_VERBS.join('|');
  return new RegExp(`(连续)?(${verbs})(?:(?!${verbs})[^，。；,;]){0,30}?${MILESTONE_NOUN}`, 'g');
}

/** "从2.77%", "由2020年的…": the start of a from–to pair, with its year. */
export const FROM_WORDS: readonly string[] = ['从', '由'];
/** Verbs of a from–to pair's second value: "提高到3.3%", "下降至2025年的…". */
export const TO_VERBS: readonly string[] = [
  '提高',
  '增加',
  '提升',
  '增长',
  '上升',
  '扩大',
  '下降',
  '降低',
  '缩小',
  '收窄',
  '跃升',
  '减少',
  '攀升',
  // "跨部门综合监管事项从39个拓展到91个": a scope widened.
  '拓展',
  '扩展',
];
export const TO_WORDS: readonly string[] = ['到', '至'];
/** Verbs a level reached at a span's end is written after on their own ("城镇化率达到67.5%、5年提高4.5个百分点"). */
export const REACHED_VERBS: readonly string[] = ['达到', '达'];

/**
 * The basis a from–to pair's values are counted on, written between 从 and the start value: "从每人每月1536元提高到
 * 1567元", "从每生每年6000元提高至7000元". It belongs to neither value's name.
 */
export const RATE_BASES: readonly string[] = [
  '每人每月',
  '每人每年',
  '每生每年',
  '每户每月',
  '每户每年',
  '每人',
  '每月',
  '每年',
  // "增值税起征点从月销售额3万元提高到15万元": the sales a threshold is counted on.
  '月销售额',
  '年销售额',
];
export const FROM_PATTERN = new RegExp(`(${FROM_WORDS.join('|')})((?:19|20)\\d{2})?年?(?:${RATE_BASES.join('|')})?$`);
export const TO_PATTERN = new RegExp(`^(${TO_VERBS.join('|')})(${TO_WORDS.join('|')})((?:19|20)\\d{2})?年?$`);

/**
 * Qualifiers of a level passed on the way ("突破3万亿元"): when the same sentence then gives the
 * level reached ("达到30129亿元"), the passed one is a milestone, not the year's figure.
 */
export const THRESHOLD_QUALIFIERS: readonly string[] = ['突破', '超过', '超', '逾', '迈上', '跨越', '跃上', '站上', '跨上'];
