/**
 * English forms of report names and amounts: acronyms kept upper-case, the small words a title
 * keeps lower-case, the place-name kinds preferred as a place's English name, and the units the
 * reports count in 万 and 亿 as multipliers of an English unit.
 */

/** Acronyms a title keeps upper-case: "gdp" → "GDP". */
export const ACRONYMS: Readonly<Record<string, string>> = { gdp: 'GDP', 'r&d': 'R&D', fdi: 'FDI', cpi: 'CPI' };

/** Small words a title keeps lower-case after its first word. */
export const TITLE_SMALL_WORDS = /^(of|and|the|per)$/;

/**
 * A place's English alias naming its kind ("qiantang district") is preferred as its name. The
 * national issuer (国务院) is named by its first English alias, "China", as 全国 is in Chinese.
 */
export const PREFERRED_PLACE_KINDS = /district|city|province|municipality/;

/** An English alias of a place: lower-case words only. */
export const ENGLISH_ALIAS = /^[a-z' ]+$/;

/** Units the reports count in 万 and 亿, as multipliers of an English unit. */
export const ENGLISH_UNITS: Readonly<Record<string, readonly [number, string]>> = {
  万亿元: [1e12, 'yuan'],
  亿元: [1e8, 'yuan'],
  万元: [1e4, 'yuan'],
  亿美元: [1e8, 'US dollars'],
  万美元: [1e4, 'US dollars'],
  万人: [1e4, 'people'],
  万户: [1e4, 'households'],
  万件: [1e4, 'items'],
};

/** English scale words, largest first. */
export const ENGLISH_SCALES: ReadonlyArray<readonly [number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];
