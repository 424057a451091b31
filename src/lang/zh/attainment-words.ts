import { anyOf } from './word-pattern.js';

/**
 * Whether a question asks if a year's target was attained — the target set against the result:
 * "拱墅22年GDP完成目标了吗", "GDP增速超过目标没有", "did Zhejiang hit its 2025 growth target?".
 * Entries are regex fragments, matched case-insensitively.
 */
export const ATTAINMENT_WORDS: readonly string[] = [
  '(完成|达到|超过|实现|达成|超额完成|跑赢|低于|高于)了?(年度|预期|既定|当年)?(目标|任务)',
  '目标(任务)?(完成|实现|达到|达成)',
  '达标',
  '完成(了)?(吗|没|没有|与否)',
  '(meet|met|hit|reach|reached|beat|beaten|make|made|miss|missed|achieve|achieved)\\b.{0,40}\\b(target|goal)s?\\b',
  '(target|goal)s?\\b.{0,20}\\b(met|achieved|reached|missed)\\b',
];

const ATTAINMENT = anyOf(ATTAINMENT_WORDS, 'i');

export function asksAttainment(question: string): boolean {
  return ATTAINMENT.test(question);
}

/** A target that is a ceiling ("失业率5%以内", "不超过3%"): met at or below it. */
export const CEILING_QUALIFIERS: readonly string[] = ['以内', '以下', '及以下', '之内', '不超过', '不高于', '控制在'];
/** A target given roughly ("5%左右"): a little below it is not plainly a miss, so no verdict of completion is added. */
export const APPROXIMATE_QUALIFIERS: readonly string[] = ['左右', '上下'];

/** How a target bounds its result, by the qualifier written with it. */
export function targetBound(qualifier: string | undefined): 'ceiling' | 'about' | 'floor' {
  const q = qualifier ?? '';
  if (CEILING_QUALIFIERS.some((w) => q.includes(w))) return 'ceiling';
  if (APPROXIMATE_QUALIFIERS.some((w) => q.includes(w))) return 'about';
  return 'floor';
}
