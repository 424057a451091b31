import { ANY_LAYOUT_SPACE, LAYOUT_SPACE_RULES } from '../lang/zh/normalize.js';
import { type MappedText, replaceMapped, trimMapped } from './mapped-text.js';

/** Markdown marks that carry no words: bullets, heading hashes, bold/italic, block quotes. */
export function stripMarkdown(line: MappedText): MappedText {
  let out = replaceMapped(line, /^\s*(?:[-*+•]\s+|#{1,6}\s+|>\s*)/g, '');
  out = replaceMapped(out, /\*\*([^*]+)\*\*/g, '$1');
  out = replaceMapped(out, /__([^_]+)__/g, '$1');
  return out;
}

/**
 * OCR and layout spaces: inside numbers ("38 .3%", "1. 9%", "75 .7亿元"), before units and percent
 * signs, and between Chinese characters, where Chinese text never has spaces (the rules are the
 * language layer's; offsets are kept here).
 */
export function closeLayoutSpaces(line: MappedText): MappedText {
  if (!ANY_LAYOUT_SPACE.test(line.text)) return trimMapped(line);
  let out = line;
  for (const rule of LAYOUT_SPACE_RULES) out = replaceMapped(out, rule.pattern, rule.replacement);
  return trimMapped(out);
}
