/**
 * A sector named by itself where its growth is asked ("工业增速", "工业、服务业、社零增速分别是多少"):
 * the indicator the reports measure the sector by. Only before a growth word, directly or through
 * a list that ends in one, so 工业投资, 工业互联网 and 现代服务业 keep their own meaning.
 */
export interface SectorShorthand {
  /** The sector as a question writes it, with the words that may stand before it. */
  pattern: RegExp;
  /** The indicator the reports write for it. */
  indicator: string;
  example: string;
}

/** What may follow a sector before the growth word: nothing, or the rest of a list ("、服务业、社零"). */
const BEFORE_GROWTH = '(?=(?:[、和与及,，][^，。？?！!]{0,16}?)?(?:增速|增长|增幅))';

/** What may follow a sector named in full at a question's end: a target, a number asked, 呢, nothing. */
const AT_QUESTION_END = '(?=(?:的)?(?:目标|预期目标|是多少|多少|怎么样|咋样|情况|呢|[?？]|$))';

/** Words that make a sector a narrower one ("现代服务业", "数字工业"): no shorthand then. */
const NARROWING = '(?<!现代|生产性|生活性|数字|新兴|高技术|高新技术|装备|先进|传统|重|轻|化)';

/**
 * A sector straight after the place, year, 的 or 那 ("江苏去年投资怎么样", "上海的消费表现如何", "那外贸呢"),
 * before how it went, a growth, amount or target, 呢 or the question's end: the economy's whole sector, never a part of it (民间投资, 新型消费).
 */
const AFTER_NAME = '(?<=^|[年的市省区县国那]|\\d)';
const HOW_IT_WENT = '(?=(?:市场|形势|运行)?(?:增速|增长|增幅|涨幅|怎么样|咋样|怎样|表现|情况|如何|好不好|多少|规模|总额|目标|呢|[?？]|$))';

export const SECTOR_SHORTHANDS: readonly SectorShorthand[] = [
  { pattern: new RegExp(`${AFTER_NAME}消费${HOW_IT_WENT}`, 'g'), indicator: '社会消费品零售总额', example: '上海去年消费表现如何' },
  { pattern: new RegExp(`${AFTER_NAME}外贸${HOW_IT_WENT}`, 'g'), indicator: '进出口总额', example: '那外贸呢' },
  { pattern: new RegExp(`${AFTER_NAME}投资${HOW_IT_WENT}`, 'g'), indicator: '固定资产投资', example: '浙江去年投资怎么样' },
  { pattern: new RegExp(`${AFTER_NAME}工业${HOW_IT_WENT}`, 'g'), indicator: '规上工业增加值', example: '钱塘区2024年工业怎么样' },
  { pattern: new RegExp(`${AFTER_NAME}物价${HOW_IT_WENT}`, 'g'), indicator: '居民消费价格', example: '江苏去年物价怎么样' },
  { pattern: new RegExp(`${AFTER_NAME}就业${HOW_IT_WENT}`, 'g'), indicator: '城镇新增就业', example: '上海去年就业情况' },
  { pattern: new RegExp(`${AFTER_NAME}财政${HOW_IT_WENT}`, 'g'), indicator: '一般公共预算收入', example: '广东去年财政怎么样' },
  {
    pattern: new RegExp(`${NARROWING}(?:规上|规模以上)?工业${BEFORE_GROWTH}`, 'g'),
    indicator: '规上工业增加值',
    example: '山东2025年工业、服务业、社零增速分别是多少',
  },
  // "规上工业" said in full is the sector's value added wherever the question ends on it or asks its
  // target or figure ("规上工业目标", "规上工业呢"), not only before a growth word.
  {
    pattern: new RegExp(`(?:规上|规模以上)工业${AT_QUESTION_END}`, 'g'),
    indicator: '规上工业增加值',
    example: '粤25年规上工业目标',
  },
  {
    pattern: new RegExp(`${NARROWING}服务业${BEFORE_GROWTH}`, 'g'),
    indicator: '服务业增加值',
    example: '山东2025年服务业增速多少',
  },
  { pattern: new RegExp(`外贸${BEFORE_GROWTH}`, 'g'), indicator: '进出口总额', example: '广东2025年外贸增长多少' },
  // English: "trade growth" is foreign trade's, not a trade-in programme's.
  {
    pattern: /\b(?:goods |foreign )?trade(?= (?:growth|grew|rose|increase))/gi,
    indicator: 'foreign trade',
    example: "Guangdong's 2025 GDP growth and trade growth?",
  },
];

/** The question with each sector shorthand written as its indicator (see SECTOR_SHORTHANDS). */
export function withSectorIndicators(question: string): string {
  return SECTOR_SHORTHANDS.reduce((text, row) => text.replace(row.pattern, row.indicator), question);
}
