/**
 * Colon-joined numbers that are no ratio: a time ("用时3:45:52", "于15:30开始") or a score
 * ("比分101:98"). A structure ("三次产业结构0.9:57.7:41.4") and a ratio ("城乡收入比2.31:1") are
 * written the same way, so the words before the numbers decide.
 */

/** Words naming a time of day, a duration or a score: the numbers after them are never a ratio. */
export const TIME_OR_SCORE_NAME = /比分|比赛|得分|成绩|用时|耗时|时长|时间|时刻|时段|几点/;

/**
 * What the parts of a structure in percent add up to ("3:45:52" of 三次产业结构 is 100), and how
 * far rounding lets the sum stray: a clock-shaped run under a structure's name that adds up so is
 * the structure, not a time.
 */
export const STRUCTURE_TOTAL = 100;
export const STRUCTURE_TOTAL_SLACK = 0.5;
