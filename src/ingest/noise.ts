import { replaceMapped, type MappedText } from './mapped-text.js';
import {
  CHROME_LINE_PATTERNS,
  FOOTER_START_LINE,
  METADATA_LINE,
  METADATA_VALUE_LINE,
  PHOTO_CAPTION_LINE,
  SPAM_INLINE_PATTERNS,
  SPAM_REMNANT_LINE,
} from '../lang/zh/noise-rules.js';

export function isChromeLine(text: string): boolean {
  const t = text.trim();
  return CHROME_LINE_PATTERNS.some((p) => p.test(t)) || METADATA_LINE.test(t) || PHOTO_CAPTION_LINE.test(t);
}

/** A line that opens a page footer: it and every line after it are not the report. */
export function isFooterStart(text: string): boolean {
  return FOOTER_START_LINE.test(text.trim());
}

/**
 * Which lines of a page are noise: chrome lines, values printed under a bare metadata key, and the
 * footer from its first line to the end.
 */
export function noiseLines(lines: readonly string[]): boolean[] {
  const noise = lines.map(isChromeLine);
  for (let i = 0; i < lines.length; i++) {
    if (!isBareMetadataKey(lines[i])) continue;
    const next = lines.findIndex((l, j) => j > i && l.trim() !== '');
    if (next > 0 && isMetadataValue(lines[next]) && !noise[next]) noise[next] = true;
  }
  const footer = lines.findIndex(isFooterStart);
  if (footer >= 0) for (let i = footer; i < lines.length; i++) noise[i] = true;
  return noise;
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
