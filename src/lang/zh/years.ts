/**
 * Words before a year that make it a base, a start or a benchmark rather than the year a figure is
 * for: "比2023年增长", "由2020年的7.2%提升至7.4%", "是2020年的1.5倍", "高于2023年", "恢复至2019年",
 * "锚定2035年", "提前实现2025年目标".
 */
const BASE_BEFORE = /(比|较|同比|相比|与|对比|从|由|相当于|高于|低于|超过|恢复(?:到|至)|锚定|提前(?:实现|完成))$/;
/** "是2020年的1.5倍": a year followed by 的 is a base after these ("特别是2023年" is not). */
const BASE_OF_BEFORE = /(是|为|从|由)$/;

/**
 * The years a sentence states as the years of its figures, in order: "2021年R&D经费支出增长0.3%" →
 * ["2021"]. Years that are a base or a start ("2019年以来", "2020年的") do not count.
 */
export function statedYears(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(/((?:19|20)\d{2})年(以来|起|至今|的)?/g)) {
    const before = sentence.slice(Math.max(0, m.index - 4), m.index);
    if ((m[2] && m[2] !== '的') || BASE_BEFORE.test(before) || (m[2] === '的' && BASE_OF_BEFORE.test(before))) continue;
    out.push(m[1]);
  }
  return out;
}

/** The years a period label spans: "2024" → 2024–2024, "2021-2025" → 2021–2025, "2025Q1" → 2025–2025. */
export function periodSpan(label: string): { from: number; to: number } | null {
  const m = /^(\d{4})(?:-(\d{4}))?/.exec(label);
  return m ? { from: Number(m[1]), to: Number(m[2] ?? m[1]) } : null;
}

/**
 * How a review speaks of five years rather than one: averages ("年均增长5.9%"), "五年", a plan's
 * name, milestones passed ("连续跨越7万亿、8万亿、9万亿三个大台阶").
 */
export const FIVE_YEAR_REVIEW = /年均|五年|十[一二三四五六]五|连续(跨越|迈上|突破|跃上)/;

/** The narrower cue that makes a sentence under a review heading a five-year one: averages, milestones. */
export const FIVE_YEAR_FIGURES = /年均|连续(跨越|迈上|跃上|跨上)|连跨/;

/** "从2.77%提高到3.3%": a change over the years reviewed, whose end value is also the last year's. */
export const FROM_TO = /(从|由)[^，。；,;]{0,12}(提高|增加|提升|增长|上升|扩大|下降|降低)(到|至)/;
