/**
 * A question asking a figure over several years rather than one year's: "这五年…涨了多少", "五年来", "十四五期间",
 * "over the five years", "average annual". Read by the figure lead, which then puts a span's figure ("五年增长
 * 30.8%", "年均增长5%", a 2021-2025 period) before a single year's beside it.
 */
export const SPAN_ASKED =
  /这五年|五年来|过去五年|近五年|这几年|五年间|五年里|五年中|五年(?:一共|累计|总共)|十[一二三四五]五(?:期间|时期|以来|这五年)|年均|\bover (?:the )?(?:past |last )?(?:five|5) years\b|\bfive-year\b|\b(?:14th|fourteenth) five-year plan\b|\b(?:14th|fourteenth) fyp\b|\baverage annual\b|\bin total over\b/i;

/** Every place a question asks over several years ("这五年年均" → 这五年, 年均): a time asked, no subject. */
export const SPAN_ASKED_EVERYWHERE = new RegExp(SPAN_ASKED.source, 'gi');

/** Whether the question asks a figure over several years. */
export function asksOverSpan(question: string): boolean {
  return SPAN_ASKED.test(question);
}

/** The words by which a question asks over several years ("这五年", "十四五期间"), or null. */
export function spanAskedIn(question: string): string | null {
  return SPAN_ASKED.exec(question)?.[0] ?? null;
}
