/**
 * Words of change: how reports write that a figure grew or fell, and how questions ask for it.
 * One home for what used to be seven drifting copies across retrieval and figure reading.
 */
export type ChangeDirection = 'up' | 'down' | 'flat';

export interface ChangeVerb {
  word: string;
  direction: ChangeDirection;
}

const UP = ['增长', '增速', '增幅', '涨幅', '上涨', '上升', '提高', '提升', '增加', '扩大', '拓宽'];
const DOWN = ['负增长', '下降', '降低', '减少', '回落', '下滑', '下跌', '收窄', '降幅', '缩小', '压减', '缩减', '压降'];

/**
 * Report-side verbs that attach a change to a figure ("增长5.1%", "下降0.3个百分点", "持平"),
 * longest first so "负增长" is read before "增长".
 */
export const CHANGE_VERBS: readonly ChangeVerb[] = [
  { word: '正增长', direction: 'up' as const },
  ...DOWN.map((word) => ({ word, direction: 'down' as const })),
  ...UP.map((word) => ({ word, direction: 'up' as const })),
  { word: '持平', direction: 'flat' as const },
].sort((a, b) => b.word.length - a.word.length);

/** Change words no amount follows as its change: a rate's (增速, 降幅, 负增长), and 拓宽 (a road widened by its length built). */
const NOT_AMOUNT_CHANGE_WORDS: readonly string[] = ['负增长', '增速', '增幅', '涨幅', '降幅', '拓宽'];

/**
 * Verbs that make the amount right after them a change of the thing before them, not its level: "电价下降1分/千瓦时",
 * "粮食产量增加20亿斤". Rates' words (增速, 涨幅) ask no amount; "下降至" reaches a level (a link word, read before).
 */
export const AMOUNT_CHANGE_VERBS: readonly ChangeVerb[] = [
  ...DOWN.filter((word) => !NOT_AMOUNT_CHANGE_WORDS.includes(word)).map((word) => ({ word, direction: 'down' as const })),
  ...UP.filter((word) => !NOT_AMOUNT_CHANGE_WORDS.includes(word)).map((word) => ({ word, direction: 'up' as const })),
];

/** Words before a change verb that say how the amount changed, not what ("一次性增加6万亿元地方专项债务限额"). */
export const CHANGE_MANNER_WORDS: readonly string[] = ['一次性', '大幅', '累计', '合计', '共计', '同比', '净'];

/** The change verb a name ends with, right before its amount ("一般公共预算收入下降"), when a name stands before it. */
export function amountChangeVerb(raw: string): ChangeVerb | undefined {
  const text = raw.replace(/\s+/g, '');
  const verb = AMOUNT_CHANGE_VERBS.find((v) => text.endsWith(v.word));
  if (!verb) return undefined;
  const name = text.slice(0, -verb.word.length);
  if (WORK_BEFORE_UPGRADE.some((work) => name.endsWith(work)) && UPGRADE_VERBS.includes(verb.word)) return undefined;
  return name.length >= MIN_CHANGED_NAME && !COMPARED_BEFORE_VERB.test(name) ? verb : undefined;
}

/**
 * Verbs of work a report joins with 提升 / 提高 into one verb ("无障碍点位及重要公共服务场所改造提升14万个", "整治提升背街
 * 小巷"): the amount after them counts the things worked on, not a change of a level.
 */
const WORK_BEFORE_UPGRADE: readonly string[] = ['改造', '整治', '修缮', '更新', '改建', '优化'];
const UPGRADE_VERBS: readonly string[] = ['提升', '提高'];

/**
 * A change verb written alone before an amount, right after a level ("优良天数达到290天、增加19天", "、同比增加"): the level's
 * change, in its unit. Undefined when any other word is there: "比上年增加1.6万亿元" names the difference it states.
 */
export function bareAmountChangeVerb(raw: string): ChangeVerb | undefined {
  const text = raw.replace(/\s+/g, '').replace(BARE_CHANGE_LEAD, '');
  return AMOUNT_CHANGE_VERBS.find((v) => text === v.word || text === `${v.word}了`);
}

/** Joiners a bare change verb may follow, and 同比: "、增加", "、同比减少". */
const BARE_CHANGE_LEAD = /^[、，,；;]*(?:同比)?/;

/** The shortest name a change verb's amount changes ("电价下降1分/千瓦时"); a name of scope words only is weighed after. */
const MIN_CHANGED_NAME = 2;

/** Verbs of money paid or spent that 少 / 多 before make a change ("利息一年少付了多少", "多花了多少"). */
const PAID_VERBS: readonly string[] = ['付', '缴', '交', '花', '掏', '支出', '负担'];

/** A change of an amount asked: "降了多少", "减少多少", "少付了多少", "cut by how much". */
export const AMOUNT_CHANGE_ASKED = new RegExp(
  `[降减少低][了低少]?(?:了)?(?:多少|几)|增加了?(?:多少|几)|提高了?(?:多少|几)|[少多](?:${PAID_VERBS.join('|')})了?(?:多少|几)|\\b(?:cut|reduc|lower|fell|fall|drop|increas|rais|rise|rose|hike|boost)`,
  'i',
);

/**
 * A comparison written before the verb ("赤字规模比上年增加1800亿元"): the name already says it is a difference, and
 * keeps its verb.
 */
export const COMPARED_BEFORE_VERB = /比[^，,；;：:]{0,8}$/;

/**
 * Words that introduce a growth rate right after an indicator's name in a report sentence
 * ("地区生产总值…增长5.1%", "居民消费价格上涨0.2%"): the narrower set retrieval checks for a rate.
 */
/** The words asking a growth ("比上年增长多少", "增速几何"), to be taken out where another measure is asked instead. */
const GROWTH_ASKING = /(?:比上年|比去年|比前年|同比|较上年)?(?:增长|增速|增幅|涨幅)(?:了|是|有)?(?:多少|几何|百分之几|百分之多少|几个点)?/g;

/** A question's words without its asking of a growth: "义新欧比上年增长多少" → 义新欧. */
export function withoutGrowthAsked(text: string): string {
  return text.replace(GROWTH_ASKING, ' ').trim();
}

/** The word that asks a growth rate, added to a comparison of years whose levels the reports do not give. */
export const GROWTH_ASKED_WORD = '增速';

export const RATE_INTRODUCERS: readonly string[] = ['增长', '增速', '增幅', '涨幅', '下降', '提高', '回落', '上涨'];

/** Question-side words that ask for a growth rate rather than a level: "增速多少", "how fast did … grow". */
export const GROWTH_QUESTION_WORDS: readonly string[] = [
  '增长',
  '增速',
  '增幅',
  '涨幅',
  '最快',
  '最慢',
  '更快',
  '更慢',
  '谁快',
  '谁慢',
  '涨得[快慢多]',
  '增[加长]?得[快慢多]',
  // "涨了几个点", "涨了多少": how much it rose.
  '涨了(?:几|多少)',
  // English words whole, so "enterprises" does not ask a rise.
  '\\bfaster\\b',
  '\\bslower\\b',
  '\\bgrowth\\b',
  '\\bgrow',
  '\\bgrew\\b',
  '\\bincreas',
  '\\b(?:rise|rises|risen|rising|rose)\\b',
  '\\bfastest\\b',
  '\\bslowest\\b',
  '\\byoy\\b',
  '\\by/y\\b',
  'year-on-year',
  // "up how much?", "% up?", "by what % did … climb": a journalist's shorthand for the growth.
  '\\b(?:up|down) (?:by )?how much\\b',
  '%\\s*(?:up|down)\\b',
  '\\bclimb(?:s|ed)?\\b',
];

const GROWTH_ASKED = new RegExp(GROWTH_QUESTION_WORDS.join('|'), 'i');

/**
 * A name quoted in the question ("anhui's 'grow together' finance scheme", "“增长极”建设"): its words ask no growth. Opened
 * after a space or the start, so the apostrophe of "anhui's" opens nothing.
 */
const QUOTE_MARK = /['"“‘「]/;
const QUOTED_NAME = /(?<=^|\s)['"“‘「]([^'"”’」]{1,40})['"”’」](?=$|[\s,.:;?!，。：；？！])|“[^”]{1,40}”/g;

/** Whether a question asks for a growth rate. */
export function asksForGrowth(question: string): boolean {
  // (Asked many times of one question: the quotes are looked for only where one is written.)
  return GROWTH_ASKED.test(QUOTE_MARK.test(question) ? question.replace(QUOTED_NAME, ' ') : question);
}
