/**
 * Ranks a report gives an indicator ("居全国第3位", "全国第4", "跃居全国第3位") and the words a
 * question asks one with ("排第几", "全国排名"). Data for src/figures/rank-figures.ts.
 */

/**
 * Scopes that are a named table rather than a place ("获得62枚金牌、位列金牌榜第2位": a games' medal table): a question
 * writing the table's name ("金牌榜排第几") names what the rank ranks, whatever the figure's own name.
 */
export const NAMED_RANK_TABLES: readonly string[] = ['金牌榜', '奖牌榜'];

/** A rank of a growth by its name ("进出口总额突破万亿元、增速" of "…增速居全国第5位"), not of the level. */
export const GROWTH_RANK_NAME = /(?:增速|增幅|增长)$/;

/** Where a rank is counted: only a rank with its scope is read ("第3位" alone may be a list's). */
// Longer scopes before the one they start with: "居全国城市第4位" is counted among cities.
export const RANK_SCOPES: readonly string[] = [
  '全国各城市',
  '全国城市',
  '全国',
  // "城镇和农村居民人均可支配收入…稳居各省区第1位": counted among the provinces.
  '各省区市',
  '各省区',
  '全球城市',
  '世界',
  '全省',
  '全市',
  '全球',
  '中部地区',
  '中部',
  '东部地区',
  '西部地区',
  // "农产品出口规模保持西部第1位": counted among the western provinces.
  '西部',
  '东部',
  '长三角',
  '沿海',
  ...NAMED_RANK_TABLES,
];
/** Verbs that put an indicator at a rank; shed from the indicator's name. */
export const RANK_VERBS: readonly string[] = [
  // "继续保持全省首位", "历史性跃居全国首位": the adverbs before a verb go with it (shed after it, from the end).
  '继续',
  '持续',
  '始终',
  '历史性',
  '跃居',
  '跃升至',
  '跃升',
  '上升至',
  '升至',
  '位居',
  '稳居',
  '位列',
  '保持',
  '排名',
  '排在',
  '排',
  '居',
  '列',
];
/** Between the scope and 第: "全国排名第3", "全国排第4". */
const BETWEEN = '(?:排名|排位|排)?';
/** The rank's numeral: arabic or Chinese up to 二十. */
const RANK_NUMERAL = '([0-9]{1,2}|[一二三四五六七八九十]{1,3})';
/** Counters after 第N that make it an edition or a batch, no rank: "全国第十四届冬运会", "全国第三批试点". */
const EDITION_COUNTERS = '届次批期轮季号章条款';
/** The word of the first place, read as rank 1. */
const FIRST_PLACE_WORD = '首';
/**
 * The first place written without a numeral: "居全国首位" is 全国第1位 (not "首位度", a city's primacy).
 * Its capture group follows the numeral's, so a match holds one of the two.
 */
const FIRST_PLACE = `(${FIRST_PLACE_WORD})位(?!度)`;

/** A rank reached after a rank started from: "从全国第9位升至第7位", "升至首位". */
export const RANK_REACHED = new RegExp(`(?:${RANK_VERBS.join('|')}|至|到)(?:第${RANK_NUMERAL}(?:位|名)|${FIRST_PLACE})`);

/** A further rank of a 分别 list after the first: "分别居全国第2、第4位" (its "、第4位"). */
export const RESPECTIVE_RANK_NEXT = new RegExp(`^(?:、|和|及)第${RANK_NUMERAL}(?:位|名)?`);

/** A rank with its scope: "居全国第3位" (verb, scope, numeral, 位/名), "居全国首位". */
export const RANK_PATTERN = new RegExp(
  `(?:${RANK_VERBS.join('|')})?(${RANK_SCOPES.join('|')})${BETWEEN}(?:第${RANK_NUMERAL}(?:位|名|(?![${EDITION_COUNTERS}0-9一二三四五六七八九十]))|${FIRST_PLACE})`,
);

/** The numeral a rank match holds: its written numeral, or 首 of a first place (the group after it). */
export function rankNumeral(match: RegExpExecArray, group: number): string {
  return match[group] ?? match[group + 1] ?? '';
}
/** The unit a rank figure carries; its qualifier holds the scope and 第 ("全国第"). */
export const RANK_UNIT = '位';
export const RANK_ORDINAL = '第';
/** Qualifiers of a rank figure, written before its value: "全国第3位". */
export const RANK_QUALIFIERS: readonly string[] = RANK_SCOPES.map((s) => `${s}${RANK_ORDINAL}`);

/** A question asking a rank: "全国排第几", "排名", "第几位", "rank". */
// 安排 is the plans' verb of allotting ("省级财政资金安排多少"), no rank: its 排 asks none.
export const RANK_QUESTION = /(?<!安)排第几|排名|排位|位次|第几位|第几名|(?<!安)排多少|(?<!安)排在哪|\brank(?:s|ed|ing)?\b/i;

/** What a question that asks a rank and names nothing else writes besides: "那排第几呢", "全国排名？", "在金牌榜上排第几". */
const RANK_ONLY_FILLERS = /[那呢吗啊呀在上里中的又也它还是？?，,。.！!\s]/g;

/** What overlapping rank words leave behind once one is taken out: 名 of "排第几名", 第几 of "排名第几". */
const RANK_WORD_LEFTOVERS = /第几|名次|[名位]/g;

/** Every rank word and every scope of a question, taken out to see what else it names (compiled once). */
const RANK_QUESTION_WORDS = new RegExp(RANK_QUESTION.source, 'gi');
const RANK_SCOPE_WORDS = new RegExp(RANK_SCOPES.join('|'), 'g');

/** Whether a question asks only a rank, naming nothing ("排第几", "那全国排名呢"): in a conversation, of what was asked. */
export function asksRankOnly(question: string): boolean {
  if (!RANK_QUESTION.test(question)) return false;
  // "排第几名", "排名第几": rank words overlapping, what one leaves ("名", "第几") is a rank word still.
  return !question
    .replace(RANK_QUESTION_WORDS, '')
    .replace(RANK_SCOPE_WORDS, '')
    .replace(RANK_WORD_LEFTOVERS, '')
    .replace(RANK_ONLY_FILLERS, '').length;
}

/** Names that say only "growth": the rank is of the previous indicator's growth ("…，增速居全国第4位"). */
/**
 * Words a question ranks its indicator by ("GDP排名", "GDP排序"): in a question they ask for a ranking
 * of the indicator, where a report's "GDP排名第3" names a rank (see OTHER_INDICATOR_AFTER_WORDS).
 */
export const RANKING_ASKED_AFTER_NAME = /排名|排序|排行(?:榜)?|排位/g;

export const RANK_GROWTH_NAMES: readonly string[] = ['增速', '增幅', '增长'];
/** Names of a property of the indicator before: "GDP达13.7万亿元、增长5.8%、增量全国第一". */
export const RANK_PROPERTY_NAMES: readonly string[] = [...RANK_GROWTH_NAMES, '增量', '总量', '规模'];
/** The name a rank after a growth rate takes on its indicator: "生产总值增长6.1%、居全国第3位" ranks 生产总值增速. */
export const RANK_OF_GROWTH = '增速';

/** How long a rank has held, shed from the indicator's name: "进出口总额连续39年居全国第一". */
/**
 * "肉牛屠宰量实现翻番，由全国第11位跃升至第5位": a rank clause naming nothing, after a clause that states no number,
 * ranks that clause's subject, the words before its verb.
 */
export const SUBJECT_CLAUSE_VERBS = /实现|翻番|翻一番|保持|增长|提高|提升|扩大|跃升|位居|稳居|大幅|显著|持续|不断/;

export const RANK_DURATION = /(?:连续|已连续)[0-9一二三四五六七八九十]+年$/;

const CHINESE_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The value of a rank's numeral: "3", "三", "十二". */
export function rankNumber(numeral: string): number | null {
  if (/^\d+$/.test(numeral)) return Number(numeral);
  if (numeral === FIRST_PLACE_WORD) return 1;
  const ten = numeral.indexOf('十');
  if (ten < 0) return numeral.length === 1 ? (CHINESE_DIGITS[numeral] ?? null) : null;
  const tens = ten === 0 ? 1 : (CHINESE_DIGITS[numeral.slice(0, ten)] ?? null);
  const ones = ten === numeral.length - 1 ? 0 : (CHINESE_DIGITS[numeral.slice(ten + 1)] ?? null);
  return tens === null || ones === null ? null : tens * 10 + ones;
}
