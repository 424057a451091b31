/**
 * Spans a figure covers other than its own year: a change over several years ("5年提高4.5个百分点")
 * and a streak ("连续7年保持98%以上"). Written before the value, they are qualifiers of it, never
 * its name, and a streak is no year's result.
 */

/** A count of years, never a year itself: "5年", "五年", not the "20年" of 2020年. */
const NUMERAL = '(?<![0-9])(?:[1-9][0-9]?|[一二三四五六七八九十两]+)';

/** "5年", "五年来", "3年间", "这五年": a change over that many years, at the end of the words before a value. */
export const SPAN_TAIL = new RegExp(`(?:这)?${NUMERAL}年(?:来|间)?$`);
/** "连续7年", "已连续10年": a streak, at the end of the words before a value. */
export const STREAK_TAIL = new RegExp(`(?:已)?连续${NUMERAL}年$`);
/** A qualifier that is a span or a streak: printed before the value ("连续7年98%以上", "5年增长4.5个百分点"). */
export const SPAN_QUALIFIER = new RegExp(`^(?:(?:这)?${NUMERAL}年(?:来|间)?|(?:已)?连续${NUMERAL}年)$`);
/** A question asking a streak: "连续几年", "连续多少年", "两位数增长持续了几个月", "保持了几年". */
export const STREAK_QUESTION =
  /(?:连续|连着|一连)(?:第)?(?:几|多少|\d+|[一二三四五六七八九十]+)(?:个)?(?:年|月|次|届)|(?:持续|保持)了?(?:几|多少)(?:个)?(?:年|月)/;

/** The units a streak runs in: "连续8年", "连续24个月", "连续3次", "连续两届", "连续两个季度". */
const STREAK_UNITS = '(年|个月|个季度|季度|次|届)';
/** A streak a sentence writes, in digits or in words ("连续十七年获评…"): a number the sentence gives. */
export const STREAK_WRITTEN = new RegExp(`连续${NUMERAL}${STREAK_UNITS}`);

/** "连续8年全国第一", "连续24个月保持两位数增长": a streak anywhere in a sentence, its count and its unit captured. */
export const STREAK_RUN = new RegExp(`(?:已)?连续(${NUMERAL})${STREAK_UNITS}`, 'g');
/** Units a streak runs in other than years, whose count is a plain number a candidate would read: "连续24个月", "连续3次获评优秀". */
export const STREAK_COUNTED_UNITS: readonly string[] = ['个月', '个季度', '季度', '次', '届'];
/** The words a streak's count is written after: "连续"24个月. */
export const STREAK_OPENING = /连续$/;
/** "耕地面积实现5连增", "实现“四连增”": a streak written as a count of rises (or titles), the count captured. */
export const STREAK_COUNT_RUN = new RegExp(`[“"]?(${NUMERAL})连(增|涨|升|冠|胜)[”"]?`, 'g');
/** The verb before a count of rises: "实现5连增", "取得“四连冠”". */
export const STREAK_COUNT_VERBS = /(?:实现|取得|获得|迎来)$/;
/** What a count of rises says was repeated, in words a streak's length reads with ("5连增": 连续5年增长). */
export const STREAK_COUNT_PREDICATES: Readonly<Record<string, string>> = { 增: '增长', 涨: '上涨', 升: '上升', 冠: '夺冠', 胜: '获胜' };
/** The qualifier a streak's length is written after: "连续" 8年全国第一. */
export const STREAK_LENGTH_QUALIFIER = '连续';
/** The unit of a streak's length: 8年. */
export const STREAK_LENGTH_UNIT = '年';
/** Every unit a streak's length is read in: 8年, 24个月. */
export const STREAK_LENGTH_UNITS: readonly string[] = [STREAK_LENGTH_UNIT, ...STREAK_COUNTED_UNITS];
/**
 * A record over the years before it: "30年来首次达到Ⅲ类", "40多年来新高", "近5年最好水平", "14年来首次走出德国". The near word
 * (近), the count, its 多, and the record word captured; a count with neither 近 nor 来 is no record ("5年最高" is left).
 */
export const RECORD_SPAN = new RegExp(
  `(近)?(${NUMERAL})(多)?年(来|以来)?(?=首次|头一回|第一次|新高|新低|最高|最低|最好|最快|最多|最大|最优)`,
  'g',
);
/** The verbs a record is set with, at the end of the words before it, no part of what it is of: "均创", "达到", "实现". */
export const RECORD_VERBS = /(?:均|都|再|又)?(?:创下|创出|创|达到|达|实现|迎来|刷新)了?$/;
/** A duration: "历时12年成功申遗", "历经5年建成": the verb, the count, its 多 and its unit captured. */
// "土地承包到期后再延长30年": a term extended by a number of years is a duration too.
export const DURATION_VERBS: readonly string[] = ['历时', '耗时', '用时', '历经', '经过', '延长'];
/** Adverbs right before a duration's verb ("…到期后再延长30年"): how it is said, no part of what runs that long. */
export const DURATION_ADVERBS = /(?:再|又|将|还|均)$/;
export const DURATION_SPAN = new RegExp(`(${DURATION_VERBS.join('|')})(${NUMERAL})(多)?(年|个月)`, 'g');
/** How many years asked before a record or within a streak ("多少年来的", "几年来"): asking words, no subject to search for. */
export const YEARS_COUNT_ASKED = /(?:多少|几十?)年(?:来|以来)?的?/g;
/**
 * The 到 or 有 right before how many ("参保率到多少了", "到几个了", "专利池有几个"): an asking word, searched as none; left in,
 * the segmenter glues it to the word before into one no report writes (率到, 池有). ("纹身店有多少家" is kept from passing on
 * 店 and 家 by 纹身, a word no report writes, which weighs twice: the retriever's evidence check.)
 */
export const VERB_BEFORE_HOW_MANY = /[到有](?=多少|几|啥|什么)/g;
/** A question asking how long a streak runs: "连续几年", "连续多少年", "已经连续多少年"; or how many years a record is of ("多少年来头一回", "近几年最好", "best in how many years"). */
export const STREAK_LENGTH_QUESTION =
  /(?:连续|连着|一连)(?:第)?(?:几|多少)(?:个)?(?:年|月|季度|次|届)|(?:连续|连)[\u4e00-\u9fff]{1,3}?了?(?:几|多少)个?(?:季度|届)|(?:持续|保持)了?(?:几|多少)(?:个)?(?:年|月)|几连(?:冠|增|涨|升|胜)|(?:多少|几十?)年(?:来|以来)的?(?:首次|头一回|第一次|新高|新低|最)|近(?:几|多少)年(?:来|以来)?的?(?:首次|新高|新低|最)|(?:历时|耗时|用时|历经|用了|花了|延长)(?:了)?(?:几|多少)(?:个)?(?:年|月)|\b(?:in|for the first time in) how many years\b|\bhow (?:many years|long) did (?:it|they) take\b|\bhow many (?:years|quarters|months|times) (?:in a row|running|straight)\b|\bhow many (?:consecutive|straight) (?:years|quarters|months|times)\b|\b(?:years|quarters|months) (?:in a row|running|straight)\b/i;
/**
 * A streak's predicate that ranks ("连续34年居全国首位", "连续5年位列全国第一"): opening its own clause, after a figure
 * ("地方一般公共预算收入1.35万亿元，连续34年居全国首位"), what it ranks is that figure's subject.
 */
export const STREAK_RANK_PREDICATE =
  /^(?:位?居|稳居|保持|位列|排名?|名列)?[^，,；;。]{0,8}?(?:第[一二三四五六七八九十\d]+(?:位|名)?|首位|榜首|前列|第一方阵)/;
/** Subjects that name the reporting place, not what the streak is of: "北京连续9年…", "我省连续…". */
export const PLACE_SUBJECT = /^(?:我|全|本)?(?:省|市|区|县)$/;
/** A running total asked: "累计多少", "一共建了多少", "总共". */
export const CUMULATIVE_QUESTION = /累计|一共|总共|合计|\b(?:in total|so far|to date|all told|altogether|cumulative(?:ly)?)\b/i;
/** The word a running total is written after, within its clause: "累计达到120.5万亩", "累计分别达到52个和204项". */
export const CUMULATIVE_WORD = '累计';
