import { alternation } from './regexp.js';

/**
 * Counting words a report writes between a number and the thing counted: "新增5000张家庭养老床位",
 * "建成3个国家级基地", "新开工12所学校". The number before the name is then the indicator's.
 */
export const COUNTING_WORDS: readonly string[] = [...'个家户名项件座所处条张套间台辆艘架批种款部'];

/** Measure words a count is asked with after 几 ("几家", "几座", "那年新增了几所普通高校"). */
export const COUNT_ASKED_MEASURES: readonly string[] = [...'家座所条项件台处名部户支种类块枚位场次批'];

/** Every measure word of a count, as written or asked: "12家", "几条举措". */
export const MEASURE_WORDS: readonly string[] = [...new Set([...COUNTING_WORDS, ...COUNT_ASKED_MEASURES])];

/**
 * A number and its counting word right before a name: "…5000张" before "家庭养老床位"; not an ordinal
 * ("全省第3个地区生产总值超千亿元镇" ranks a town).
 */
/** Modifiers a report writes between a count and the name counted: "1500个以上省重点技改项目", "30个国家级…", "7000个农村…". */
export const COUNT_MODIFIERS: readonly string[] = [
  '省重点',
  '市重点',
  '国家级',
  '省级',
  '市级',
  '县级',
  '重点',
  '重大',
  '农村',
  '城市',
  '城镇',
  '乡村',
];

/** A coordinate name's first alternative written before the one counted: "4G/" of "7000个农村4G/5G基站". */
const ALTERNATIVE_BEFORE = '(?:[A-Za-z0-9]{1,4}[/、])?';

// "滚动实施1500个以上省重点技改项目": a bound after the count and a modifier before the name are the count's too.
export const COUNTED_BEFORE = new RegExp(
  `(?<![第\\d.])\\d+(?:\\.\\d+)?(?:万|千|百)?(?:${alternation(COUNTING_WORDS)})(?:以上|左右|多|余)?(?:${alternation(COUNT_MODIFIERS)})?${ALTERNATIVE_BEFORE}$`,
);

/**
 * A count of places or units, then the title they were given right before its name: "5个县级城市新获评" before
 * "全国文明城市", "19个地级以上市和2个县被命名为" before "全国双拥模范城". The count is the title's.
 */
export const COUNTED_THEN_CONFERRED = new RegExp(
  `(?<![第\\d.])\\d+(?:${alternation(COUNTING_WORDS)})[\\u4e00-\\u9fff]{1,8}?新?(?:获评|被命名为?|命名为?|评为|入选|荣获)[“"]?$`,
);
/** How far before a name a count given a title is looked for. */
export const CONFERRED_REACH = 20;

/** Verbs a report confers titles with: "…获评全国百强区", "…被命名为全国双拥模范城". */
export const CONFERRING_VERBS: readonly string[] = ['获评', '被命名为', '被命名', '命名为', '评为', '入选', '荣获'];

/**
 * Counts of several kinds of place, then as many titles, each the one of its count, without 分别: "17个区、2个县（市）、
 * 124个镇获评全国百强区、百强县、千强镇". Captured: the counts, the verb, the titles.
 */
export const COUNTS_THEN_TITLES = new RegExp(
  `((?:\\d+(?:${alternation(COUNTING_WORDS)})[^\\d、，,。；;]{1,6}、)+\\d+(?:${alternation(COUNTING_WORDS)})[^\\d、，,。；;]{1,6}?)(${alternation(CONFERRING_VERBS)})([^，,。；;]+)`,
);
/** One count of such a list: its number and its counting word. */
export const LISTED_COUNT = new RegExp(`^(\\d+)(${alternation(COUNTING_WORDS)})`);
