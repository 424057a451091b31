import { replaceMapped, type MappedText } from './mapped-text.js';
import { CHROME_LINE_PATTERNS, METADATA_LINE, METADATA_VALUE_LINE, SPAM_INLINE_PATTERNS, SPAM_REMNANT_LINE } from './noise-rules.js';

export function isChromeLine(text: string): boolean {
  const t = text.trim();
  return CHROME_LINE_PATTERNS.some((p) => p.test(t)) || METADATA_LINE.test(t);
}

/** A bare metadata key ("索引号") whose value is printed on the next line. */
export function isBareMetadataKey(text: string): boolean {
  const t = text.trim();
  return METADATA_LINE.test(t) && t.replace(METADATA_LINE, '').trim() === '';
}

export function isMetadataValue(text: string): boolean {
  return METADATA_VALUE_LINE.test(text.trim());
}

/** Removes injected spam words from a line; returns the line and how many injections it held. */
export function removeSpam(line: MappedText): { line: MappedText; removed: number } {
  let removed = 0;
  let out = line;
  for (const pattern of SPAM_INLINE_PATTERNS) {
    out = replaceMapped(out, pattern, () => {
      removed++;
      return '';
    });
  }
  return { line: out, removed };
}

export function isSpamRemnant(text: string): boolean {
  return SPAM_REMNANT_LINE.test(text);
}
