/**
 * English forms of report names and amounts: acronyms kept upper-case, the small words a title
 * keeps lower-case, the place-name kinds preferred as a place's English name, and the units the
 * reports count in 万 and 亿 as multipliers of an English unit.
 */

/** Acronyms a title keeps upper-case: "gdp" → "GDP". */
export const ACRONYMS: Readonly<Record<string, string>> = {
  gdp: 'GDP',
  'r&d': 'R&D',
  fdi: 'FDI',
  cpi: 'CPI',
  nev: 'NEV',
  nevs: 'NEVs',
  ev: 'EV',
  evs: 'EVs',
  'pm2.5': 'PM2.5',
  sme: 'SME',
  smes: 'SMEs',
  soe: 'SOE',
  soes: 'SOEs',
  ai: 'AI',
  '5g': '5G',
  ipos: 'IPOs',
  teu: 'TEU',
  teus: 'TEUs',
};

/** Small words a title keeps lower-case after its first word. */
export const TITLE_SMALL_WORDS = /^(of|and|the|per)$/;

/**
 * A place's English alias naming its kind ("qiantang district") is preferred as its name. The
 * national issuer (国务院) is named by its first English alias, "China", as 全国 is in Chinese.
 */
export const PREFERRED_PLACE_KINDS = /district|city|province|municipality/;

/** An English alias of a place: lower-case words only. */
export const ENGLISH_ALIAS = /^[a-z' ]+$/;

/**
 * A value's Chinese qualifiers as English words before the number, longest first: "5%以上" → "over 5%",
 * "5%左右" → "about 5%", "超3000亿元" → "over 3000亿元". Written before the value in Chinese.
 */
export const ENGLISH_QUALIFIERS_BEFORE: ReadonlyArray<readonly [string, string]> = [
  ['不低于', 'at least'],
  ['不少于', 'at least'],
  ['不超过', 'at most'],
  ['不高于', 'at most'],
  ['力争', 'aiming at'],
  ['确保', 'at least'],
  ['突破', 'over'],
  ['超过', 'over'],
  ['超出', 'over'],
  ['接近', 'nearly'],
  ['迈上', 'past'],
  ['跃上', 'past'],
  ['跨上', 'past'],
  ['年均', 'average annual'],
  ['平均', 'average'],
  ['达到', ''],
  ['低于', 'below'],
  ['高于', 'above'],
  ['约', 'about'],
  ['超', 'over'],
  ['近', 'nearly'],
  ['逾', 'over'],
];

/** Written after the value in Chinese: "5%以上", "5%左右", "5%以内". */
export const ENGLISH_QUALIFIERS_AFTER: ReadonlyArray<readonly [string, string]> = [
  ['及以上', 'at least'],
  ['及以下', 'at most'],
  ['以上', 'over'],
  ['以下', 'under'],
  ['以内', 'within'],
  ['之内', 'within'],
  ['左右', 'about'],
  ['上下', 'about'],
];

/** Written between a count and its unit: "50余场", "1270多万人" (over 50, over 1270万). */
export const ENGLISH_APPROXIMATE_COUNT = /^([\d.,–-]+)(余|多)(?=\D)/;

/** English bound words: one is enough before a value ("确保5%以上" is "at least 5%", not "at least over 5%"). */
export const ENGLISH_BOUND_WORDS: ReadonlySet<string> = new Set([
  'at least',
  'at most',
  'over',
  'under',
  'within',
  'about',
  'nearly',
  'below',
  'above',
]);
