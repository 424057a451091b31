import { type MappedText, replaceMapped, trimMapped } from './mapped-text.js';

const CJK = String.raw`\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’`;

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
  let out = replaceMapped(line, /(\d)[ \t\u3000]+([.．])[ \t\u3000]*(\d)/g, '$1$2$3');
  out = replaceMapped(out, /(\d)([.．])[ \t\u3000]+(\d)/g, '$1$2$3');
  out = replaceMapped(out, /(\d)[ \t\u3000]+([%％‰])/g, '$1$2');
  out = replaceMapped(out, new RegExp(`([${CJK}])[ \\t\\u3000]+(?=[${CJK}\\d])`, 'g'), '$1');
  // A leading list number keeps its space: "1 努力发展…" is a heading number, not a quantity.
  out = replaceMapped(out, new RegExp(`(?<!^\\s*\\d?)(\\d)[ \\t\\u3000]+(?=[${CJK}])`, 'g'), '$1');
  return trimMapped(out);
}
