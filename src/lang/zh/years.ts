import { FIVE_YEAR_PLANS } from './five-year-plans.js';
import { alternation } from './regexp.js';

/**
 * Words before a year that make it a base, a start or a benchmark rather than the year a figure is
 * for: "比2023年增长", "由2020年的7.2%提升至7.4%", "是2020年的1.5倍", "高于2023年", "恢复至2019年",
 * "锚定2035年", "提前实现2025年目标".
 */
export const YEAR_BASE_WORDS: readonly string[] = [
  '比',
  '较',
  '同比',
  '相比',
  '与',
  '对比',
  '从',
  '由',
  '相当于',
  '高于',
  '低于',
  '超过',
  '恢复到',
  '恢复至',
  '锚定',
  '提前实现',
  '提前完成',
];
/** "是2020年的1.5倍": a year followed by 的 is a base after these ("特别是2023年" is not). */
export const YEAR_BASE_OF_WORDS: readonly string[] = ['是', '为', '从', '由'];
/** "2019年以来", "2020年起", "2021年至今": after these a year is a start, not the year of a figure. */
export const YEAR_START_WORDS: readonly string[] = ['以来', '起', '至今'];

const BASE_BEFORE = new RegExp(`(${alternation(YEAR_BASE_WORDS)})$`);
const BASE_OF_BEFORE = new RegExp(`(${alternation(YEAR_BASE_OF_WORDS)})$`);
const YEAR_WITH_FOLLOWER = new RegExp(`((?:19|20)\\d{2})年(${alternation([...YEAR_START_WORDS, '的'])})?`, 'g');

/**
 * The years a sentence states as the years of its figures, in order: "2021年R&D经费支出增长0.3%" →
 * ["2021"]. Years that are a base or a start ("2019年以来", "2020年的") do not count.
 */
export function statedYears(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(YEAR_WITH_FOLLOWER)) {
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
export const FIVE_YEAR_REVIEW_WORDS: readonly string[] = [
  '年均',
  '五年',
  ...FIVE_YEAR_PLANS.map((p) => p.name),
  '连续跨越',
  '连续迈上',
  '连续突破',
  '连续跃上',
];
export const FIVE_YEAR_REVIEW = new RegExp(alternation(FIVE_YEAR_REVIEW_WORDS));

/** The narrower cue that makes a sentence under a review heading a five-year one: averages, milestones. */
export const FIVE_YEAR_FIGURE_WORDS: readonly string[] = ['年均', '连续跨越', '连续迈上', '连续跃上', '连续跨上', '连跨'];
export const FIVE_YEAR_FIGURES = new RegExp(alternation(FIVE_YEAR_FIGURE_WORDS));

/** "从2.77%提高到3.3%": a change over the years reviewed, whose end value is also the last year's. */
export const FROM_WORDS: readonly string[] = ['从', '由'];
/** The verbs of a change from one value to another: "从…提高到", "由…下降至", "由2110公里增至3055公里". */
export const FROM_TO_VERBS: readonly string[] = ['提高', '增加', '提升', '增长', '上升', '扩大', '下降', '降低', '增', '升', '降', '减'];
export const TO_WORDS: readonly string[] = ['到', '至'];
export const FROM_TO = new RegExp(`(${alternation(FROM_WORDS)})[^，。；,;]{0,12}(${alternation(FROM_TO_VERBS)})(${alternation(TO_WORDS)})`);

/** A year written straight before a word ("2025年州市级…"): the segmenter would glue 年 to that word (年州). */
const YEAR_BEFORE_WORD = /(\d{2,4}年)(?=[\u4e00-\u9fff])/g;

/** A question's text with a space after each year written straight before a word, for the segmenter. */
export function withYearsApart(text: string): string {
  return text.replace(YEAR_BEFORE_WORD, '$1 ');
}

/**
 * A question's text with a space either side of each phrase that said its time ("前年老旧小区改造…": 前年 | 老旧小区), so the
 * segmenter never glues the phrase to the word beside it into one no report writes (年老).
 */
export function withPhrasesApart(text: string, phrases: readonly string[]): string {
  return phrases.filter((p) => /^[\u4e00-\u9fff]+$/.test(p)).reduce((t, p) => t.split(p).join(` ${p} `), text);
}

/** Words joining two years, no words of the first year's own: "24年和25年", "24年、25年的". */
export const YEAR_JOINERS = /[和与及、跟同的\s，,]/g;
