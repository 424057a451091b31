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

/**
 * OCR and layout spaces: inside numbers ("38 .3%", "1. 9%", "75 .7亿元"), before units and percent
 * signs, and between Chinese characters, where Chinese text never has spaces.
 */
export function closeLayoutSpaces(line: MappedText): MappedText {
  let out = replaceMapped(line, INVISIBLE, '');
  out = replaceMapped(out, new RegExp(`(\\d)${SPACE}+([.．])${SPACE}*(\\d)`, 'g'), '$1$2$3');
  // "1. 2024年…" at the start of a line is a list number before a year, not a broken decimal.
  out = replaceMapped(out, new RegExp(`(?<!^\\s*\\d?)(\\d)([.．])${SPACE}+(\\d)`, 'g'), '$1$2$3');
  out = replaceMapped(out, new RegExp(`(\\d)${SPACE}+([%％‰])`, 'g'), '$1$2');
  out = replaceMapped(out, new RegExp(`([${CJK}])${SPACE}+(?=[${CJK}\\d])`, 'g'), '$1');
  // A leading list number keeps its space: "1 努力发展…" is a heading number, not a quantity.
  out = replaceMapped(out, new RegExp(`(?<!^\\s*\\d?)(\\d)${SPACE}+(?=[${CJK}])`, 'g'), '$1');
  return trimMapped(out);
}
