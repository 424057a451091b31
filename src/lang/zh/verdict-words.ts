/**
 * Questions that ask for a verdict besides the figures: whether two sides are the same ("一样吗",
 * "相同吗", "same as"), how much a figure moved over a span ("这五年提高了多少"), and an average over
 * several years ("年均增速"). Data for src/answer/figure-lead.ts and the engine.
 */

/** "北京跟上海今年GDP目标一样吗": the answer says whether they are the same. */
const SAME_ASKED = /一样|相同|一致|同样|持平吗|\bsame\b|\bequal\b|\bidentical\b/i;

/** "研发投入强度这五年提高了多少", "怎么变的": the value started from, beside the one reached. */
const CHANGE_ASKED = /(提高|提升|增加|上升|下降|减少|降低|变化|增长|扩大|缩小)了?多少|怎么变|如何变|变化|\bchanged?\b|\bfrom\b.*\bto\b/i;

/** "年均增速", "平均每年": an average over several years, which a year-by-year list does not answer. */
const AVERAGE_ASKED = /年均|平均每年|每年平均|\baverage (annual|yearly)\b|\bannual average\b/i;

export function asksWhetherSame(question: string): boolean {
  return SAME_ASKED.test(question);
}

export function asksHowMuchChanged(question: string): boolean {
  return CHANGE_ASKED.test(question);
}

export function asksMultiYearAverage(question: string): boolean {
  return AVERAGE_ASKED.test(question);
}

/** The word reports write before a yearly average over a span, searched for with the question. */
export const AVERAGE_SEARCH_WORD = '年均';

/** A rate written as a yearly average: "年均增长5.2%", "年均实际增长6.1%", "年均提高0.3%". */
export function AVERAGE_RATE_WRITTEN(value: string): RegExp {
  return new RegExp(`年均(?:实际)?(?:增长|增速|提高|上涨|下降|增加)?${value.replace('.', '\\.')}%`);
}
