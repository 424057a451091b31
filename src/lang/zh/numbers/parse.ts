import type { NumberMention, ScanOptions } from './mention.js';
import { scanNumbers } from './scan.js';

const WHOLE: ScanOptions = { discounts: true, scientific: true, latinMultipliers: true, ocrSpaces: false };

function whole(text: string): NumberMention | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const ms = scanNumbers(trimmed, WHOLE);
  return ms.length === 1 && ms[0].start === 0 && ms[0].end === trimmed.length ? ms[0] : null;
}

/**
 * Parses a whole string as one number: "1,234", "１２.５", "一百二十三", "两千零五", "十二万三千",
 * "1.5万", "3千", "三点五", "三分之一", "负五", "半". Percentages and anything with other text → null.
 */
export function parseChineseNumber(text: string): number | null {
  const t = text.trim();
  if (t === '半' || t === '一半') return 0.5;
  const m = whole(t);
  return m && (m.kind === 'number' || m.kind === 'fraction') ? m.value : null;
}

/**
 * Parses a whole string as a percentage and returns it in percent: "3.2%", "百分之三点二" → 3.2,
 * "千分之2.4" → 0.24, "5个百分点" → 5, "七成" → 70, "九折" → 90. Anything else → null.
 */
export function parsePercentage(text: string): number | null {
  const m = whole(text);
  return m && (m.kind === 'percent' || m.kind === 'percentagePoint') ? m.value : null;
}
