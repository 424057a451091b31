/**
 * The characters Chinese numerals are written with, as data: digits (with their financial and
 * traditional forms), units, magnitudes, and the words around them that are or are not amounts.
 */

export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  幺: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  倆: 2,
  俩: 2,
  三: 3,
  叁: 3,
  參: 3,
  叄: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
/** 两 is "two of", never a decimal digit: 两百点两 is 200 and 2, not 200.2. */
export const NOT_DECIMAL_DIGITS = new Set(['两', '兩', '倆', '俩', '幺']);
export const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
export const LARGE_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 };
/** Financial numerals that are also ordinary words (陆地, 队伍, 收拾, 放肆) when they stand alone. */
export const AMBIGUOUS_ALONE = new Set(['陆', '陸', '伍', '拾', '肆']);
/** Lone 一/四 inside common words that are not amounts. */
export const BLOCKED_BIGRAMS = new Set([
  '一切',
  '一看',
  '一些',
  '一般',
  '一直',
  '一致',
  '一定',
  '一旦',
  '一起',
  '一样',
  '一流',
  '一体',
  '统一',
  '唯一',
  '万一',
  '四川',
  '壹切',
]);
/** 减负, 抱负, 胜负: after these 负 is a verb or noun, not a minus sign. */
export const NOT_SIGN_BEFORE_FU = new Set(['减', '抱', '胜', '担', '背', '肩', '辜', '自', '欠', '正', '重', '承']);
/** Approximators that may stand before a magnitude: 十多万, 500余万. */
export const APPROXIMATORS = new Set(['余', '多', '几', '幾']);
/** After Arabic digits 千 starts a unit (千瓦, 千米), not a magnitude. */
export const KILO_UNIT_NEXT = new Set(['瓦', '米', '克', '伏', '卡', '帕', '赫', '焦', '字', '兆']);

/** Characters of the percent and fraction words (百分之, 千分之, 万分之, 分之, 个百分点), each with its traditional form. */
export const BAI: readonly string[] = ['百', '佰'];
export const QIAN: readonly string[] = ['千', '仟'];
export const WAN: readonly string[] = ['万', '萬'];
export const FEN: readonly string[] = ['分'];
export const ZHI: readonly string[] = ['之'];
/** 点: the decimal point of a Chinese numeral (三点五) and the 点 of 个百分点. */
export const DIAN: readonly string[] = ['点', '點'];
export const GE: readonly string[] = ['个', '個'];
/** The minus sign of a Chinese numeral: 负五. */
export const NEGATIVE: readonly string[] = ['负', '負'];
/** 打对折: "half price", a discount of 50%. */
export const DUI: readonly string[] = ['对', '對'];
/** Single characters that are tokens of their own around numerals, by the token they make. */
export const NUMERAL_SIGNS = {
  half: '半',
  and: '又',
  percent: '%',
  permille: '‰',
  /** Tenths: 七成 is 70%. */
  cheng: '成',
  /** Discount tenths: 九折 is 90% of the price. */
  zhe: '折',
  slash: '/',
} as const;
/** Units of a date, which a number before them counts: 年, 月, 日, 号. */
export const DATE_UNITS = '年月日号';
