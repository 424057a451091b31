/**
 * How Chinese report text is normalised: the form search compares, and the layout spaces that
 * OCR and web pages leave in text where Chinese never has spaces.
 */

/** The form search and matching compare: NFKC (full-width → half-width), no whitespace, no Markdown. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').replace(/\*\*/g, '').replace(/\s+/g, '');
}

/** Characters of Chinese text: CJK punctuation, ideographs, full-width forms and curly quotes. */
export const CJK_CHARS = String.raw`\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’`;
/** Layout spaces: ASCII, ideographic and no-break spaces (Word exports put U+00A0 between names). */
export const LAYOUT_SPACE = String.raw`[ \t\u3000\u00a0]`;
/** Zero-width characters web pages leave behind; they are invisible and never part of the words. */
export const INVISIBLE_CHARS = /[\u200b-\u200d\u2060\ufeff]/g;
/** Whether a line holds any layout space or invisible character at all. */
export const ANY_LAYOUT_SPACE = new RegExp(`${LAYOUT_SPACE}|[\u200b-\u200d\u2060\ufeff]`);

/** A layout-space rule: the pattern, its replacement ($1… are the pattern's groups) and what it closes. */
export interface LayoutSpaceRule {
  pattern: RegExp;
  replacement: string;
  meaning: string;
}

/**
 * OCR and layout spaces, closed in this order: inside numbers ("38 .3%", "1. 9%", "75 .7亿元"),
 * before percent signs, and between Chinese characters, where Chinese text never has spaces.
 */
export const LAYOUT_SPACE_RULES: readonly LayoutSpaceRule[] = [
  { meaning: 'zero-width characters', pattern: INVISIBLE_CHARS, replacement: '' },
  {
    meaning: 'spaces before a decimal point: "38 .3%"',
    pattern: new RegExp(`(\\d)${LAYOUT_SPACE}+([.．])${LAYOUT_SPACE}*(\\d)`, 'g'),
    replacement: '$1$2$3',
  },
  {
    // "1. 2024年…" at the start of a line is a list number before a year, not a broken decimal.
    meaning: 'spaces after a decimal point: "1. 9%"',
    pattern: new RegExp(`(?<!^\\s*\\d?)(\\d)([.．])${LAYOUT_SPACE}+(\\d)`, 'g'),
    replacement: '$1$2$3',
  },
  { meaning: 'spaces before a percent sign: "5 %"', pattern: new RegExp(`(\\d)${LAYOUT_SPACE}+([%％‰])`, 'g'), replacement: '$1$2' },
  {
    meaning: 'spaces after a Chinese character, before Chinese or a digit',
    pattern: new RegExp(`([${CJK_CHARS}])${LAYOUT_SPACE}+(?=[${CJK_CHARS}\\d])`, 'g'),
    replacement: '$1',
  },
  {
    // A leading list number keeps its space: "1 努力发展…" is a heading number, not a quantity.
    meaning: 'spaces after a digit, before Chinese: "75 亿元"',
    pattern: new RegExp(`(?<!^\\s*\\d?)(\\d)${LAYOUT_SPACE}+(?=[${CJK_CHARS}])`, 'g'),
    replacement: '$1',
  },
];
