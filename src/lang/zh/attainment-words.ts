// Whether a question asks if a target was met is asked by intent-words.ts (ATTAINMENT_WORDS).

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

/**
 * The name of a figure that says how much of its plan was done, as the report writes it: "新增停车泊位完成率" (415.4%),
 * "盘活低效工业用地完成年度目标" (的130%).
 */
export const COMPLETION_RATE_NAME = /(?:完成率|完成(?:了)?(?:年度|全年)?(?:目标|任务|计划)(?:任务)?)$/;

/**
 * "完成率多少", "完成了年度目标的百分之几", "what percentage of the target": the share of the plan done, asked as a number.
 */
const COMPLETION_RATE_ASKED =
  /完成率|完成(?:了)?(?:年度|全年)?(?:目标|任务|计划)(?:任务)?的?(?:百分之|多少|几)|(?:what|which) (?:share|percent(?:age)?|proportion) of (?:the |its )?(?:annual )?(?:target|goal|plan)|completion rate/i;

export function asksCompletionRate(question: string): boolean {
  return COMPLETION_RATE_ASKED.test(question);
}
