/**
 * Shares: an indicator measured as a part of another ("研发经费支出相当于全市生产总值的比例",
 * "…占GDP比重", "研发投入强度"). The reports write a share several ways; its figure takes one
 * compact name, and a question asking a share is answered by a share, not the indicator's level.
 */

/** "X相当于Y的比例", "X占Y的比重": the part, the whole, and the share word. */
const SHARE_SHAPE = /^(.+?)(?:相当于|占)(.+?)的?(?:比重|比例)$/;
/** Words a share of a named thing is written with right after its name ("普惠托位占比提高到68%", "…比重达到…"). */
export const SHARE_SUFFIXES: readonly string[] = ['占比', '比重', '比例'];
/**
 * A share written before the thing it is part of, "76.1%的财政支出用于民生", "七成以上的…": the part's share, given
 * without a share word after the name.
 */
export const SHARE_BEFORE_NAME = /(?:\d+(?:\.\d+)?%|[一二三四五六七八九]成(?:以上|左右|多)?)的$/;
/** The share word a figure's compact name ends with. */
export const SHARE_WORD = '比重';
/** A share's name may pass the usual name length: its part and its whole are both needed. */
export const MAX_SHARE_NAME = 28;

/** Whether a name is a part of a whole: "X占Y比重", "X相当于Y的比例". */
export function isShareShape(name: string): boolean {
  return SHARE_SHAPE.test(name);
}

/** The part a share measures: "研发经费支出占全市生产总值比重" → "研发经费支出"; null for a name that is no share of that shape. */
export function sharePart(name: string): string | null {
  return SHARE_SHAPE.exec(name)?.[1] ?? null;
}

/** "全社会研发经费支出相当于全市生产总值的比例" → "全社会研发经费支出占全市生产总值比重"; other names unchanged. */
export function compactShareName(name: string): string {
  const m = SHARE_SHAPE.exec(name);
  return m ? `${m[1]}占${m[2]}${SHARE_WORD}` : name;
}

/**
 * A figure name that is a share: "…占…比重", "…比例", "…强度", "…占比", a part of a whole named
 * with no share word ("核电装机规模占全国": 25.8%), and a ratio to a whole ("社会物流总费用与地区生产总值的比率": 15%).
 */
export const SHARE_NAME = /(?:比重|比例|强度|占比|份额|占(?:全国|全省|全市|全区|全球|世界|全世界)的?|与[^与，、]{2,16}的?比率)$/;

/** A percentage named by the whole it is a part of, written "占X的64%" with no share word: "增值税留抵退税占退税减税总额". */
export const SHARE_OF_NAMED_WHOLE = /占[^占，、]{2,14}$/;

/**
 * The tail that makes a name a share of its part: "占全国份额", "占全市生产总值比重", "相当于…的比例", "占比",
 * "占全国". The share words are SHARE_NAME's (比重, 比例, 份额, 占比).
 */
const SHARE_TAIL = /(?:(?:占|相当于)[^占]{0,14}?的?(?:比重|比例|份额)|占比|占(?:全国|全省|全市|全区|全球|世界|全世界)的?)$/;

/**
 * The part a share is of, for any share name: "货物贸易出口占全国份额" → "货物贸易出口", "全社会研发投入占比" →
 * "全社会研发投入"; null for a name that is no share or has no part ("研发投入强度", "占比").
 */
export function partOfShare(name: string): string | null {
  const m = SHARE_TAIL.exec(name);
  return m && m.index > 0 ? name.slice(0, m.index) : null;
}
/**
 * A question asking a share: "占GDP比重", "占比", "投入强度". Energy and carbon intensity
 * ("能耗强度", "碳排放强度") are the reports' 单位生产总值能耗 / 碳排放: a level per unit of GDP,
 * written with no 强度 in the reports.
 */
export const SHARE_QUESTION = /占.{0,12}(?:比重|比例|份额)|占比|份额|(?<!能耗|能源消耗|碳排放|排放)强度/;

/**
 * Where a rate's own words end at the whole it is a share of, the noun after its 的 is what it measures: "贡献了全省74.6%的
 * 规模工业增加值" (a share of the province's industrial value added), "占全国40%左右的税收".
 */
export const SHARE_SCOPE_END = /(?:全国|全省|全市|全区|全县|全球|世界)$/;
/** A verb of reaching people before a rate and its 的 ("供水工程覆盖94%的农村人口"): the rate is the share of the noun reached. */
export const SHARE_VERB_END = /(?:覆盖|惠及)$/;
/**
 * What a subject may end in before its rate without holding it ("…增长5%的目标", "达到80%的水平"): a verb of change or
 * level, after which the noun past 的 is no whole the rate is a share of. A subject ending otherwise ("其他三级公立医院50%
 * 的门诊预约号源…") holds that share of the noun.
 */
export const RATE_VERB_END =
  /(?:增长|增加|提高|提升|下降|降低|减少|达到|达|超过|超|突破|为|是|在|占|实现|完成|约|近|保持|稳定在|控制在|以上|以内|左右|贡献|了)$/;

/** A question asking an intensity ("研发投入强度"): by its definition a share of the economy, GDP being the whole. */
const INTENSITY_QUESTION = /(?<!能耗|能源消耗|碳排放|排放)强度/;
/** The whole an intensity is a share of. */
const ECONOMY_WHOLE = /生产总值|GDP|经济总量/i;

/**
 * Whether a share answers no intensity asked: "企业研发投入占全社会比重" (the firms' part of all R&D) is a share of
 * another whole than the economy, so it is no "研发投入强度", though it names 研发投入.
 */
export function isShareOfOtherWholeThanIntensity(name: string, question: string): boolean {
  if (!INTENSITY_QUESTION.test(question)) return false;
  const part = partOfShare(name);
  return part !== null && !ECONOMY_WHOLE.test(name.slice(part.length));
}

/**
 * A rate that opens its clause and is followed by the things it counts and what they did, with no 的: "70%村卫生室实现与
 * 乡镇卫生院一体化管理", "50%以上村卫生室实现…". It is the share of those things that did it, as "89.4%的公园实现…" is.
 */
export const RATE_OF_HOLDERS_DOING = /^[\u4e00-\u9fff]{2,8}?(?:实现|达到|完成|具备|接入|纳入)/;
/** What may stand before such a rate in its clause: nothing, or the whole it is counted over ("全市70%村卫生室…"). */
export const RATE_OF_HOLDERS_SCOPE = /(?:^|[，。；;,：:、]|全市|全省|全国|全区|全县)$/;

/** A proportion asked in words ("…的比例是多少"): a rate of the things done answers it as a share does. */
export const PROPORTION_ASKED = /比例/;
/** A rate of things done, by its name ("一体化管理率", "覆盖率"), not a growth rate ("增长率"). */
export const PROPORTION_RATE_NAME = /(?<!增长|增)率$/;
/** A growth rate by its name ("研发经费增长率", "投资增速"): no proportion of things, whatever its unit. */
export const GROWTH_RATE_NAME = /(?:增长|增)率$|增速$|增幅$/;
/** A share of a whole asked by 占 ("占比", "占多少"): answered by a share written as one only. */
export const SHARE_OF_WHOLE_ASKED = /占/;

/** A result as a share of its plan: "完成投资为年度计划的146.1%", "建设标准厂房完成年度目标的160.1%". */
export const SHARE_OF_PLAN_NAME = /(?:为|占|完成|达)(?:年度|全年)?(?:计划|目标)(?:任务)?$/;

/** A share of the economy, written with its whole: "占GDP比重", "占地区生产总值比重" (any case). */
const SHARE_OF_ECONOMY = /占(?:gdp|地区生产总值|经济总量)的?比重/i;

/** Whether a question asks a share of the economy with its whole named ("制造业占GDP比重多少"). */
export function asksShareOfEconomy(question: string): boolean {
  return SHARE_OF_ECONOMY.test(question);
}
