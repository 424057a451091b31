/**
 * The shape of figure a question asks, beyond its indicator: a rank ("全国第几", "排第几家") or a
 * share ("占GDP比重", "占GDP多少"). Only a figure of that shape answers it. Data for
 * src/figures/asked-shape.ts.
 */
import { RANK_QUESTION } from './rank-words.js';
import { SHARE_QUESTION } from './share-words.js';
import { englishCountUnit } from '../en/english-count-units.js';
import { withoutMoneyThresholds } from '../en/english-money-thresholds.js';
import { MEASURE_WORDS } from './counted-before-words.js';
import { alternation } from './regexp.js';
import { MILESTONE_NOUNS, MILESTONE_VERBS } from './milestone-words.js';

/** A rank asked as a question writes it besides RANK_QUESTION: "全国第几", "第几家", "几名". */
// Not "第几届", an edition (src/lang/zh/attribute-words.ts).
// "连着第几年了" asks how long a streak runs, not a rank.
const RANK_ASKED_TOO = /(?<!(?:连续|连着|一连))第几(?!届)|排老几|which rank|what rank/i;

/**
 * "普惠托位占多少个", "制造业占多少亿美元", "企业占了多少万户": a count or an amount of the part, asked with its measure word or its money, is no
 * share (个 of 个百分点 still asks one).
 * Defined before SHARE_ASKED_TOO, which reads it.
 */
const COUNT_AFTER_ASKING = `(?:[十百千万亿]*(?:${alternation(MEASURE_WORDS.filter((m) => m !== '个'))}|美元|元)|个(?!百分点|点))`;

/**
 * A share asked besides SHARE_QUESTION: "占GDP多少", "占全市几成", "占百分之几", "多少比例的公园24小时开放", "开放的比例是多少".
 * A growth asked in per cent ("增长百分之几", "少了百分之几") is a rate, no share.
 */
const SHARE_ASKED_TOO = new RegExp(
  String.raw`占.{0,12}(?:多少(?!${COUNT_AFTER_ASKING})|几成|百分之几|几个点)|(?:多少|多大|什么|啥)比例|比例(?:是|为|有|达到|大概|大约)?(?:多少|多大|几)|(?<!(?:增长|增加|提高|提升|上涨|下降|减少|降低|压缩|缩短|缩小|[涨增降少多减升])了?)百分之(?:多少|几)|what share|what percentage of|share of|\b(?:r&d|research and development) intensity`,
  'i',
);

export function asksForRank(question: string): boolean {
  return RANK_QUESTION.test(question) || RANK_ASKED_TOO.test(question);
}

/** Every rank asking of a question, taken out to see whether an amount is asked beside it (compiled once). */
const RANK_ASKINGS = new RegExp(`${RANK_QUESTION.source}|${RANK_ASKED_TOO.source}`, 'gi');
/** An amount asked, once the rank asking is out: "多少", "多大", "几个" (not "第几", a rank). */
const AMOUNT_ASKED_BESIDE = /多少|多大|几(?=[十百千万亿]|[个家项座台户所条])/;
/** "… and its national rank", "how much … and where does it rank": English asks the amount beside the rank. */
const AMOUNT_AND_RANK_IN_ENGLISH =
  /\b(?:and|plus|as well as)\s+(?:its |their |the )?(?:national |nationwide |country-?wide |provincial )?rank(?:ing)?\b|\bhow (?:much|many|big|large)\b/i;

/**
 * A rank asked beside the amount it ranks ("核电机组多少，全国排第几", "nuclear capacity …, and national rank?"): both answer,
 * the amount and its rank, where a rank alone ("全国排第几") asks only the rank.
 */
export function asksAmountBesideRank(question: string): boolean {
  if (!asksForRank(question)) return false;
  return AMOUNT_AND_RANK_IN_ENGLISH.test(question) || AMOUNT_ASKED_BESIDE.test(withoutRankAsked(question));
}

/** The question with its rank asking taken out ("GDP多少，全国排第几" → "GDP多少，全国"), to read the amount it asks beside. */
export function withoutRankAsked(question: string): string {
  return question.replace(RANK_ASKINGS, '');
}

export function asksForShare(question: string): boolean {
  return SHARE_QUESTION.test(question) || SHARE_ASKED_TOO.test(question);
}

/**
 * A share asked only by a bare "占…多少" ("2000人里头 重点产业的占多少", "退税减税里留抵退税占多少"): in everyday speech the
 * part's own amount as often as its proportion, so a figure of the part answers it when its sentence gives no share.
 */
// Nothing between 占 and 多少 but a particle: "占GDP多少" names the whole and asks its proportion.
const BARE_SHARE_ASKED = new RegExp(String.raw`占(?:了|去|到)?多少(?!${COUNT_AFTER_ASKING})`);
export function asksShareLoosely(question: string): boolean {
  return !SHARE_QUESTION.test(question) && BARE_SHARE_ASKED.test(question);
}

/** A gap asked: "比全国高多少", "高于全省几个百分点", "与目标差距"; not a bound ("不低于多少"). */
const GAP_ASKED =
  /(?<!不)高于|(?<!不)低于|快于|慢于|高出|差距|领先|落后|跑赢|跑输|差(?:了)?(?:几个|多少个?)(?:百分)?点|比全[国省市区](?:高|低|快|慢)|超出目标|than the (?:national|provincial)|gap|比(?!上年|去年|前年|同期|上期|上半年|上一年|[一二三四]季度|\d)(?:(?!比)[\u4e00-\u9fff]){1,12}?(?<![提升降加放])(?:高|低|快|慢)了?(?:几个|多少个?)(?:百分)?点/i;

/**
 * A gap asked against a place by name: "增速比杭州市高多少" (not "比上年高多少", a change over a year, nor "比2023年…").
 * The place is named whole with its level (市, 省, 区, 县), so "比上年" never reads as one. Only a gap stated to a
 * place of that level answers it (gapIsToPlace); asksForGap leaves it out, so a gap to 全市 never answers "比拱墅区".
 */
const GAP_TO_PLACE_ASKED = /比(?!上年|去年|前年|同期)[\u4e00-\u9fff]{1,8}?[省市区县](?:高|低|快|慢)(?:了)?(?:多少|几)/;

export function asksForGap(question: string): boolean {
  return GAP_ASKED.test(question);
}

/**
 * The wider place a gap's name writes ("与全市差距") and the level of the named place it stands for: 全市 is a 市, so
 * "比杭州市高多少" is answered by a district's gap to 全市, "比拱墅区高多少" never.
 */
const WIDER_PLACE_LEVELS: readonly (readonly [string, string])[] = [
  ['全市', '市'],
  ['全省', '省'],
  ['全国', '国'],
];

/** Whether a gap figure's name ("地区生产总值增速与全市差距") is a gap to a place of the named place's level. */
export function gapIsToPlace(gapName: string, place: string): boolean {
  return WIDER_PLACE_LEVELS.some(([scope, level]) => gapName.includes(scope) && place.endsWith(level));
}

/** Whether the gap asked is to a place the question names ("比杭州市高多少"), not to a wider place in words (比全市). */
export function asksGapToNamedPlace(question: string): boolean {
  return GAP_TO_PLACE_ASKED.test(question);
}

/** A milestone asked: "突破了哪个关口", "迈上几个台阶" (not "突破了多少万家", the level a report writes as "突破14万家"). */
const MILESTONE_ASKED = new RegExp(
  `突破(?!了?(?:多少|几)(?![个道]?(?:关|台阶)))|${[...MILESTONE_VERBS, ...MILESTONE_NOUNS].join('|')}|关口|milestone`,
  'i',
);

export function asksForMilestone(question: string): boolean {
  return MILESTONE_ASKED.test(question);
}

/** The words asking milestones at a question's end: "…连续迈上几个万亿台阶", "…跨了哪几个台阶". */
const MILESTONE_TAIL = /(?:连续)?(?:迈上|跨越|跨过|跨了|跃上|跨上|连跨|突破)[^，,。？?]*$/;

/** The milestone ask a follow-up ("浙江呢") carries over, or null when the question asks none. */
export function milestoneTailOf(question: string): string | null {
  return MILESTONE_TAIL.exec(question.trim().replace(/[？?。！!]+$/, ''))?.[0] ?? null;
}

/** Which milestones, not how many: "跨了哪几个台阶", "迈上了哪些台阶", "which milestones". */
const WHICH_MILESTONES = /哪(?:几|些|个)|which/i;

export function asksWhichMilestones(question: string): boolean {
  return WHICH_MILESTONES.test(question);
}

/**
 * A count asked in its unit: "造了多少辆", "有多少家", "多少万标箱". The figure in that unit answers
 * it, not the growth beside it in the same sentence ("增长94.5%、达168.4万辆").
 */
const COUNT_UNIT_ASKED =
  /多少(?:万|亿)?(个工作日|工作日|个小时|个钟头|个月|小时|钟头|周年|岁|辆次|辆|家|个|台|套|件|吨|标箱|标准箱|千瓦|亩|公里|所|张|户|项|人次|人|颗|艘次|艘|架次|架|座|条|列|株|棵|头|名|场次|场|处)|(?<!哪)几(个小时|个钟头|小时|钟头|周年|岁)|(?<![哪第])几(次|所|部|座|条|名|台|辆次|辆|艘次|艘|架次|架|张|套|件|场次|场|处|列|户|批|轮)(?![\u4e00-\u9fff]?[年月日号])|多少(万|亿)(?=以上|以下|左右)/;

/** An asked unit as the reports write it: "几个钟头" is counted in 小时. */
const ASKED_UNIT_AS_WRITTEN: Readonly<Record<string, string>> = { 个小时: '小时', 个钟头: '小时', 钟头: '小时' };

/**
 * Money asked by name ("并购重组金额多少", "年度投资多少钱", "一年计划投多少亿", "首贷一共贷了多少亿": 元 left unsaid after 亿 closing the question): the amount in 元 answers it, not the count of deals or
 * projects beside it in the same clause ("完成并购重组397起、1767.8亿元"). So does an investment asked ("省重点项目
 * 完成投资多少", "签约外资项目总投资多少"): "1550个省重点项目完成投资7398亿元" is answered by 7398亿元.
 */
const MONEY_ASKED =
  /金额|多少钱|成交(?:了|额)?多少|资金(?:多少|有多少)|多少(?:万|亿|万亿)?元(?!以上|以下|级)|投资(?:额|总额)?(?:是|有|达到?|完成了?)?多少(?!个|项|家)|投(?:了|入)?多少(?:万亿|亿|万)|多少(?:万亿|亿)(?=$|[？?。！!，,\s]|呢|啊|吧)/;
const MONEY_UNIT = '元';
/**
 * Money asked in English by its currency ("investment in provincial key projects, bn yuan?", "in billion yuan"); not a size
 * class of the things counted ("100m-yuan-plus projects", "worth 1 billion yuan or more": english-money-thresholds.ts).
 */
// "total money involved?", "how much money": the amount in 元 too.
const MONEY_ASKED_EN = /\b(?:yuan|rmb|cny)\b|\b(?:how much|total) money\b|\bmoney involved\b/i;

/** Measure words a count is asked in. 人 opens nouns too (人才, 人次), so it is read as a measure only where asked. */
const COUNTERS = '个家座项所条件台处名位辆艘架列场块枚部户张套颗株棵头';
/** A count asked by its measure word after 几 or 多少 ("几名", "多少家"): the measure word, or null. */
const COUNTER_ASKED = new RegExp(`(?:几|多少)(?:万|亿)?([${COUNTERS}人])`);

/** How many asked inside a phrase ("吸引了多少观众", "认定了几名人才"): the verb and its noun, the asking between them. */
const AMOUNT_ASKED_INSIDE = new RegExp(`了?(?:几|多少)(?:万|亿)?[${COUNTERS}]?`, 'g');

/** The question with its asking of how many taken out, the verb and noun it split joined ("吸引观众"). */
export function withoutAmountAsked(question: string): string {
  return question.replace(AMOUNT_ASKED_INSIDE, '');
}

/** A count asked in its measure word, not which ones ("推几项…重点项目", not "哪几件", "哪几个方面"). */
const HOW_MANY_IN_COUNTER = new RegExp(`(?<!哪)${COUNTER_ASKED.source}`);

export function asksHowManyInCounter(question: string): boolean {
  return HOW_MANY_IN_COUNTER.test(question);
}

export function askedCounter(question: string): string | null {
  return COUNTER_ASKED.exec(question)?.[1] ?? null;
}

/** The unit a question asks a count in, or null. */
export function askedCountUnit(question: string): string | null {
  // "几个" and "几家" say no unit: a follow-up carries them to things counted otherwise ("省级现代产业学院几家").
  const match = COUNT_UNIT_ASKED.exec(question);
  // "人口门槛是多少万以上": a magnitude with no measure after it is the unit ("人口20万以上").
  const asked = match?.[1] ?? match?.[2] ?? match?.[3] ?? match?.[4];
  if (asked) return ASKED_UNIT_AS_WRITTEN[asked] ?? asked;
  return (
    (MONEY_ASKED.test(question) || MONEY_ASKED_EN.test(withoutMoneyThresholds(question)) ? MONEY_UNIT : null) ?? englishCountUnit(question)
  );
}

/** "多少万辆": the magnitude a count is asked in, written before its measure word (万 of 万辆); not "多少万以上" (a threshold). */
const COUNT_MAGNITUDE_ASKED = /多少(万|千|百万|千万|亿)(?=[\u4e00-\u9fff])(?!以上|以下|左右|元)/;

/** The magnitude a count is asked in ("多少万辆": 万), or null. */
export function askedCountMagnitude(question: string): string | null {
  return COUNT_MAGNITUDE_ASKED.exec(question)?.[1] ?? null;
}

/** "几个", "多少家": a count asked in the general measures, which askedCountUnit leaves to the thing counted. */
const GENERAL_COUNT_ASKED = /(?:几|多少)(个|家)/;

/** The general measure ("个", "家") a count is asked in, or null: read only where the thing counted is named at length. */
export function generalCountMeasureAsked(question: string): string | null {
  return GENERAL_COUNT_ASKED.exec(question)?.[1] ?? null;
}

/**
 * The noun right after a count asked, which names the thing counted: "给县域重点产业链出了几条举措" counts 举措, not the
 * 产业链 before it. Up to the first mark or particle, two to six characters; a 了 ending the question is no part of it
 * ("有几个主体结顶了" counts 主体结顶).
 */
// "博物馆美术馆接待了多少观众": 多少 counts a noun without a measure word too (not a number's own word: 多少万).
const COUNTED_NOUN_ASKED = new RegExp(
  `(?:(?:几|多少)(?:${alternation(MEASURE_WORDS)})|多少(?![万亿千百]))([\\u4e00-\\u9fff]{2,6}?)(?=$|[？?。，,！!\\s呢啊吗呀]|了(?:$|[？?。，,！!\\s呢啊吗呀]))`,
);

/** The thing a count asks of, as written after its measure ("举措" of 几条举措), or null. */
export function countedNounAsked(question: string): string | null {
  return COUNTED_NOUN_ASKED.exec(question.trim())?.[1] ?? null;
}

/**
 * The thing whose size is asked, right before its measure: "在大湾区设的区域基金规模多大" asks of 区域基金 (the last two to
 * four characters before the measure), not the 投资引导基金 named earlier.
 */
const MEASURED_SUBJECT_ASKED = /([\u4e00-\u9fff]{2,4})的?(?:总规模|规模|总量|数量)(?:有|是|为)?(?:多大|多少|几何)/;

/** The thing a size is asked of, as written before its measure ("区域基金" of 区域基金规模多大), or null. */
export function measuredSubjectAsked(question: string): string | null {
  return MEASURED_SUBJECT_ASKED.exec(question)?.[1] ?? null;
}

/** A count asked ("how many", "有几个", "多少家"): the number of things, no percentage. */
export function asksHowMany(question: string): boolean {
  return /\bhow many\b/i.test(question) || GENERAL_COUNTERS.includes(askedCounter(question) ?? '');
}

/** Measure words that count things of any kind: 个, 家, 项. */
export const GENERAL_COUNTERS: readonly string[] = ['个', '家', '项'];

/** A change in points asked by its unit: "提升几个点", "多少个百分点", "by how many percentage points", "how many points did … gain". */
const POINTS_ASKED = /几个(?:百分)?点|百分点|percentage points?|how many points|by how many points/i;

export function asksForPoints(question: string): boolean {
  return POINTS_ASKED.test(question);
}

/** A percentage asked by its name ("增长百分之几", "by what percent"): a growth asked so is a rate, never an amount's increase. */
const PERCENT_ASKED = /百分之(?:几|多少)|\bby what percent(?:age)?\b|\bwhat percent(?:age)? (?:growth|increase|rise)\b/i;

export function asksPercent(question: string): boolean {
  return PERCENT_ASKED.test(question);
}

/**
 * A measure per head asked ("每万人拥有量", "per 10k people", "per capita"): a figure whose name writes it (每万人拥有量58件)
 * answers, not the total beside it (有效发明专利拥有量18000件) sharing more of the question's other words.
 */
const PER_HEAD_ASKED =
  /人均|每[十百千万]+(?:人口|人)|\bper (?:capita|head|person|(?:10k|10,000|ten thousand|1,000|thousand|100,000|hundred thousand) (?:people|residents|persons|population))\b/i;

export function asksPerHead(question: string): boolean {
  return PER_HEAD_ASKED.test(question);
}
