/**
 * Measure words that count the same things in turn: one report writes "加装电梯869台", the next plan
 * "加装电梯完工600部". Beside one and the same subject they are one measure, so a result and its
 * target are set side by side; each group's first word stands for the group.
 */
export const EQUIVALENT_COUNTERS: readonly (readonly string[])[] = [
  // Machines: 电梯, 充电桩.
  ['台', '部'],
  // Places and sites: 村卫生室, 公园, 驿站; projects, counted by 个 or 项 ("实施120项重大科技攻关", "10个省重大科技创新项目").
  ['个', '处', '座', '所', '项'],
  // Medals: "拿了几块金牌" of "斩获8金" read as 8枚.
  ['枚', '块'],
  // People: "新增两院院士几名" of "9位科学家增选为两院院士".
  ['人', '名', '位'],
];

/** The word standing for a measure word's group ("部" → "台"); any other measure as it is. */
export function countedAs(measure: string): string {
  return EQUIVALENT_COUNTERS.find((group) => group.includes(measure))?.[0] ?? measure;
}

/**
 * An English question writes no measure word: the one guessed from its noun ("labs" → 家) may be written 个 by the report
 * ("首批63个省重点实验室"), the measure word of anything. Only that way round: a figure counted by 座 or 项 is no count of
 * firms, nor a figure in 家 an answer to things guessed 个.
 */
export function countsAsGuessedInEnglish(guessed: string, written: string): boolean {
  return countedAs(written) === countedAs(guessed) || (guessed === '家' && written === '个');
}

/**
 * A count of times, its thing's measure and 次 ("辆次", "场次", "人次"): asked so ("全年多少万辆次"), it is answered by the
 * count the report writes without 次 too ("抵离口岸的交通工具达2813.8万辆").
 */
export const TIMES_COUNTED = /^[\u4e00-\u9fff]次$/;
