/**
 * A target's floor or ceiling asked ("确保多少", "保底多少", "the floor it had to guarantee"; "上限多少", "at most"), where the
 * report writes a target and its bound side by side ("服务业增加值增长6%左右(确保5.5%以上)"): the bound is the answer.
 */

const FLOOR_ASKED =
  /保底|底线|下限|确保(?:了|要)?(?:多少|几)|不(?:低|少)于(?:多少|几)|起码(?:要|得)?(?:多少|几)|至少(?:要|得)?(?:多少|几|达到)|最低(?:要|得)(?:多少|几)|\bfloor\b|\bat (?:the )?(?:very )?least\b|\bguarantee/i;
const CEILING_ASKED = /上限|封顶|最多(?:要|能|不超过)?(?:多少|几)|不超过多少|\bceiling\b|\bcap\b|\bat most\b|\bupper (?:limit|bound)\b/i;

/** The qualifiers a floor is written with ("确保5.5%以上", "不低于", "至少"), and a ceiling's ("以内", "不超过", "以下"). */
const FLOOR_WRITTEN = /确保|不低于|至少|以上/;
const CEILING_WRITTEN = /不超过|以内|以下|控制在/;

export type BoundAsked = 'floor' | 'ceiling';

/** The bound a question asks of a target, or null. */
export function boundAsked(question: string): BoundAsked | null {
  if (FLOOR_ASKED.test(question)) return 'floor';
  if (CEILING_ASKED.test(question)) return 'ceiling';
  return null;
}

/** Whether a figure's qualifier writes the bound asked. */
export function writesBound(qualifier: string | undefined, bound: BoundAsked): boolean {
  return (bound === 'floor' ? FLOOR_WRITTEN : CEILING_WRITTEN).test(qualifier ?? '');
}

/**
 * The asking of a bound before how many ("至少要发多少", "起码得有几个", "不低于多少"): asking, not what is asked about, so no
 * search word (a report writes 不低于80亿元, never 至少 or the segmenter's 要发). 最低 and 最多 are left: they open names
 * ("最低工资多少").
 */
export const BOUND_ASKING = /(?:至少|最少|起码|不低于|不少于|不超过)(?:要|得|能)?(?=[\u4e00-\u9fff]?(?:多少|几))/g;
