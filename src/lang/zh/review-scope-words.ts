import { TO_VERBS } from './milestone-words.js';
import { FIVE_YEAR_PLANS } from './five-year-plans.js';
import { alternation } from './regexp.js';
import { FIVE_YEAR_FIGURE_WORDS } from './years.js';

/**
 * How a review that spans a five-year plan and its last year ("“十四五”时期和2025年工作回顾") says
 * which of the two it speaks of. Reports review the year and the five years in two runs of
 * paragraphs under one heading; an opening sentence turns the run ("五年来，…", "——这五年，…",
 * "过去一年，…", "刚刚过去的2025年，…"), and single sentences inside a run carry cues of their own
 * ("年均增长5.9%" in the year's run, "今年…" in the five years' run).
 */

/** The plans' short names as one character class body: "十四五" → the 四 of 十[一二三四五六]五. */
const PLAN_NAMES = FIVE_YEAR_PLANS.map((p) => p.name);

/** Sentence openings that turn a review to the five years: "五年来，…", "——这五年，…", "经过五年接续奋斗". */
export const FIVE_YEAR_RUN_OPENERS: readonly string[] = ['五年来', '过去五年', '过去的五年', '这五年', '经过五年', '五年的'];

/** Verbs that look back before a plan's name or "五年": "回望“十四五”这极不寻常的五年". */
export const LOOK_BACK_VERBS: readonly string[] = ['回望', '回顾', '回首'];

/** What may stand before an opening: the dash of a list item ("——这五年，…"). */
const LEAD = '^(?:——|—|-)?(?:各位代表[，,！!]?)?';

/**
 * A sentence that opens a run about the five years: an opener, a look back at a plan or five years,
 * or a plan's name as the subject ("“十四五”时期是…极不平凡的五年", "“十四五”的五年，…").
 */
export const FIVE_YEAR_RUN_OPENING = new RegExp(
  `${LEAD}(?:${alternation(FIVE_YEAR_RUN_OPENERS)}|(?:${alternation(LOOK_BACK_VERBS)})[^。；]{0,16}(?:${alternation(PLAN_NAMES)}|五年)|“?(?:${alternation(PLAN_NAMES)})”?(?:时期|期间)?(?:是|的五年|以来|[，,]))`,
);

/** A sentence that opens with a plan's name as its subject: "“十五五”时期是…" turns to that plan. */
export const PLAN_NAME_OPENING = new RegExp(`${LEAD}“?(${alternation(PLAN_NAMES)})”?(?:时期|期间|规划)?(?:是|的|以来|[，,])`);

/** Sentence openings that turn a review to the one year: "过去一年，…", "一年来，…", "刚刚过去的2025年". */
export const YEAR_RUN_OPENERS: readonly string[] = ['过去一年', '过去的一年', '一年来', '刚刚过去的', '今年以来'];

/** A sentence that opens a run about the year: an opener, or the year as subject ("2025年是…", "2025年，…"). */
export function yearRunOpening(year: string): RegExp {
  return new RegExp(`${LEAD}(?:${alternation(YEAR_RUN_OPENERS)}|${year}年(?:是|以来|[，,]))`);
}

/**
 * Figures of the five years that stand out even in the year's run: averages, milestones passed,
 * a change over five years ("5年增长18.7%"), the five years looked back on.
 */
export const FIVE_YEAR_FIGURE_CUES = new RegExp(
  `${alternation(FIVE_YEAR_FIGURE_WORDS)}|(?:五|5)年(?:来|累计|增长|增加|提高|提升|下降|降低|翻番)|过去五年|(?:${alternation(PLAN_NAMES)})”?(?:时期|期间|以来)`,
);

/** Verbs of a change from one value to another: "由2552万辆增至3230万辆", "从28件提高到70件". */
export const FROM_TO_SPAN_VERBS: readonly string[] = [...TO_VERBS, '增', '降'];

/**
 * A level held through the five years rather than reached at their end: "粮食产量稳定在800亿斤以上",
 * "常年保持在95%以上". In the five years' run it is the five years' claim, not the last year's figure.
 */
export const HELD_LEVEL_WORDS: readonly string[] = ['稳定在', '保持在', '始终保持', '连续保持'];

/**
 * Figures that in the five years' run speak of the five years, though in the year's run they may
 * be the year's: totals (累计), doublings, streaks, levels passed one after another (跨过…大关),
 * levels held throughout, things added (新增19个…: added over the five years, in their run).
 */
export const FIVE_YEAR_RUN_FIGURE_CUES = new RegExp(
  `累计|新增\\d|翻番|连续\\d+年|连续[一二三四五六七八九十]+年|(?:连续|接连)(?:跨过|跨越|迈上|跃上|跨上|突破)|(?:跨过|跨越|迈上|跃上|跨上)[^，。；]{0,16}(?:台阶|大关)|${alternation(HELD_LEVEL_WORDS)}`,
);

/**
 * A change from one value to another: "由2552万辆增至3230万辆", "从28件提高到70件". Its end value is
 * the level at the plan's end, which is the year's level too.
 */
export const FROM_TO_SPAN = new RegExp(`(?:从|由)[^，。；,;]{0,20}(?:${alternation(FROM_TO_SPAN_VERBS)})(?:到|至)`);

/** Verbs of a rate of change: "增长34.3%", "下降17%", "增长4.9倍", "提升5.27个百分点". */
export const CHANGE_VERBS: readonly string[] = ['增长', '增加', '下降', '降低', '减少', '提高', '提升', '上升', '缩小', '扩大'];

/**
 * A rate of change not said to be the year's ("居民人均可支配收入增长34.3%"): in the five years'
 * run, the change over the five years.
 */
export const CHANGE_RATE = new RegExp(`(?:${alternation(CHANGE_VERBS)})(?:了)?\\d+(?:\\.\\d+)?(?:%|倍|个百分点)`);

/** Verbs of a level reached or held: "达33.5%", "提高到76.58%", "突破7万元", "稳定在95%以上". */
export const LEVEL_VERBS: readonly string[] = [
  '达到',
  '达',
  '提高到',
  '提高至',
  '提升到',
  '提升至',
  '增至',
  '增加到',
  '升至',
  '降至',
  '下降到',
  '下降至',
  '缩小到',
  '缩小至',
  '突破',
  '超过',
  '超',
  '稳定在',
  '保持在',
];

/**
 * A level or a rank the five years end on ("研发投入强度达3.38%左右", "居各省区第一"): the plan's last
 * year's level, so the year's figure as much as the plan's.
 */
export const LEVEL_REACHED = new RegExp(
  `(?:${alternation(LEVEL_VERBS)})[^，。；、]{0,8}\\d|[居列][^，。；]{0,8}(?:第[一二三四五六七八九十\\d]|首位|前列)`,
);

/** Words of one year's figure: "今年", "全年", "同比增长", "比上年". */
export const SINGLE_YEAR_WORDS: readonly string[] = ['今年', '去年', '全年', '一年来', '过去一年', '同比', '比上年', '上年'];
export const SINGLE_YEAR_CUES = new RegExp(alternation(SINGLE_YEAR_WORDS));
