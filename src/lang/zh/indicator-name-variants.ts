/**
 * How reports vary an indicator's name without changing which indicator it is, so the figure table
 * files "设区城市PM2.5年平均浓度", "细颗粒物(PM2.5)平均浓度" and "PM_2.5平均浓度" all under PM2.5,
 * "上海港集装箱吞吐量" under 港口集装箱吞吐量, "建设筹集保障性租赁住房" under 保障性租赁住房. Each list is
 * tried in turn by `figure-table/canonical-indicator.ts`; the glossary decides whether a variant is a
 * known indicator, so a word here never files a name under an indicator the glossary does not hold.
 */

/** Areas a report measures over, written before the name: the place is still the report's. */
export const AREA_PREFIXES: readonly string[] = ['地级及以上城市', '以上城市', '设区城市', '设区市', '沿海'];

/** Statistic words inside a name: "PM2.5年平均浓度" is the indicator PM2.5浓度. Longest first. */
export const STATISTIC_INFIXES: readonly string[] = ['年平均', '平均', '年均'];

/** Verbs the extractor leaves at a name's end ("PM2.5平均浓度降到32.4"): not part of the name. Longest first. */
export const TRAILING_VERBS: readonly string[] = ['降至', '降到', '达到', '提高到', '增加到', '降', '达', '为'];

/**
 * Measure words after a name: "国家级高新技术企业数量" is the indicator 高新技术企业, "细颗粒物浓度" is
 * 细颗粒物. Longest first.
 */
export const COUNT_SUFFIXES: readonly string[] = ['数量', '总数', '浓度', '数'];

/** Name endings that say the same thing: "粮食总产", "粮食年产量" are 粮食产量. */
export const EQUIVALENT_ENDINGS: ReadonlyArray<{ ending: string; same: string }> = [
  { ending: '总产', same: '产量' },
  { ending: '总产量', same: '产量' },
  { ending: '年产量', same: '产量' },
  // "优良天数比例98.3%" is the good-air days' share: the indicator's rate, its unit telling it from the count.
  { ending: '天数比例', same: '天数' },
  { ending: '天数比率', same: '天数' },
];

/**
 * Names a report shortens to their head when the subject was said just before ("粮食播种面积1570.5万亩、
 * 总产130亿斤", "粮食面积、总产、单产…，总产762亿斤"): read with the subject the sentence names.
 */
export const BARE_HEADS: readonly string[] = ['总产', '总产量', '产量'];

/**
 * Names that are only the act ("今年先发行1万亿元" after "…发行超长期特别国债"): read as the indicator
 * the sentence names.
 */
export const BARE_ACTIONS: readonly string[] = ['先发行', '发行', '再发行', '续发行'];

/** Level words before a name: "国家级专精特新小巨人" is the 国家 one. */
export const LEVEL_WORDS: ReadonlyArray<{ word: string; same: string }> = [{ word: '国家级', same: '国家' }];

/**
 * The work done on a stock, written before it: "建设筹集保障性租赁住房6.7万套" counts the homes of the
 * year as every report does. Longest first.
 */
export const DELIVERY_PREFIXES: readonly string[] = [
  '建设筹集',
  '建设筹措',
  '筹集建设',
  '新筹集',
  '筹集',
  '筹措',
  '交付',
  '建设',
  '拟发行',
  '发行',
  '安排',
];

/**
 * Words that make a count the year's additions, not the stock: "新增高新技术企业3500家" is no
 * number of high-tech enterprises. Filed apart (`新增` + the indicator), and asked by the same words.
 */
export const ADDITION_PREFIXES: readonly string[] = ['新增', '新认定', '新培育', '新引进'];
export const ADDITION_SUFFIXES: readonly string[] = ['新增'];

/** What a question says to ask the year's additions: "每年新增多少家", "新认定了多少". */
export const ASKS_ADDITIONS = /新增|新认定|新培育|\bnew(?:ly)?\b|\badd(?:ed)?\b/i;

/**
 * A named facility before a name: "上海港集装箱吞吐量", "宁波舟山港…", "杭州萧山国际机场旅客吞吐量" are
 * the port's or airport's figure of the indicator. The facility word is kept with the rest
 * ("港集装箱吞吐量") or dropped ("旅客吞吐量"), whichever the glossary holds.
 */
export const FACILITY_WORDS: readonly string[] = ['国际机场', '机场', '港'];

/** Quotation marks around a term inside a name ("专精特新“小巨人”企业"). */
export const NAME_QUOTES = /[“”"‘’「」『』]/g;

/**
 * Words joining the items of a 分别 list ("航空旅客和货邮吞吐量分别达到…"): the head after the last item
 * ("吞吐量") is every item's.
 */
export const LIST_JOINERS: readonly string[] = ['和', '及', '与', '、'];
