import { type MappedText, replaceMapped, trimMapped } from './mapped-text.js';

const CJK = String.raw`\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’`;
/** Layout spaces: ASCII, ideographic and no-break spaces (Word exports put U+00A0 between names). */
const SPACE = String.raw`[ \t\u3000\u00a0]`;
/** Zero-width characters web pages leave behind; they are invisible and never part of the words. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** Markdown marks that carry no words: bullets, heading hashes, bold/italic, block quotes. */
export function stripMarkdown(line: MappedText): MappedText {
  let out = replaceMapped(line, /^\s*(?:[-*+•]\s+|#{1,6}\s+|>\s*)/g, '');
  out = replaceMapped(out, /\*\*([^*]+)\*\*/g, '$1');
  out = replaceMapped(out, /__([^_]+)__/g, '$1');
  return out;
}

const SPACED_DECIMAL = new RegExp(`(\\d)${SPACE}+([.．])${SPACE}*(\\d)`, 'g');
// "1. 2024年…" at the start of a line is a list number before a year, not a broken decimal.
const SPACE_AFTER_POINT = new RegExp(`(?<!^\\s*\\d?)(\\d)([.．])${SPACE}+(\\d)`, 'g');
const SPACED_PERCENT = new RegExp(`(\\d)${SPACE}+([%％‰])`, 'g');
const SPACE_AFTER_CJK = new RegExp(`([${CJK}])${SPACE}+(?=[${CJK}\\d])`, 'g');
// A leading list number keeps its space: "1 努力发展…" is a heading number, not a quantity.
const SPACE_BEFORE_CJK = new RegExp(`(?<!^\\s*\\d?)(\\d)${SPACE}+(?=[${CJK}])`, 'g');
const ANY_LAYOUT_SPACE = new RegExp(`${SPACE}|[\u200b-\u200d\u2060\ufeff]`);

/**
 * OCR and layout spaces: inside numbers ("38 .3%", "1. 9%", "75 .7亿元"), before units and percent
 * signs, and between Chinese characters, where Chinese text never has spaces.
 */
export function closeLayoutSpaces(line: MappedText): MappedText {
  if (!ANY_LAYOUT_SPACE.test(line.text)) return trimMapped(line);
  let out = replaceMapped(line, INVISIBLE, '');
  out = replaceMapped(out, SPACED_DECIMAL, '$1$2$3');
  out = replaceMapped(out, SPACE_AFTER_POINT, '$1$2$3');
  out = replaceMapped(out, SPACED_PERCENT, '$1$2');
  out = replaceMapped(out, SPACE_AFTER_CJK, '$1');
  out = replaceMapped(out, SPACE_BEFORE_CJK, '$1');
  return trimMapped(out);
}
