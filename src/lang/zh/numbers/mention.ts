/**
 * What a number found in text is: where it sits, its value, how it was written. Numbers as Chinese
 * reports (and Microsoft Recognizers-Text) write them: Arabic digits with thousands separators,
 * full-width digits, Chinese numerals with 万/亿 magnitudes, decimals, fractions, negatives and
 * percentages.
 */

export type NumberMentionKind = 'number' | 'fraction' | 'percent' | 'percentagePoint';

/** How a percent-like mention was written; figures keep it as the unit the report used. */
export type PercentForm = '%' | '‰' | '百分之' | '千分之' | '万分之' | '个百分点' | '成' | '折';

export interface NumberMention {
  /** UTF-16 offsets into the scanned text; `end` is exclusive. */
  start: number;
  end: number;
  /** The slice of the original text. */
  text: string;
  kind: NumberMentionKind;
  /** Numbers fully scaled (1.5万 → 15000); percent-like mentions in percent (千分之2.4 → 0.24). */
  value: number;
  /**
   * The numeral before a trailing magnitude, as the report wrote it: 1.5 for "1.5万", 3000 for
   * "三千万", 2.4 for "千分之2.4". Equals `value` when nothing was split off.
   */
  written: number;
  /** Magnitude characters split off after the numeral ("万", "亿", "万亿", "千"), else "". */
  magnitude: string;
  /** Set for percent-like mentions. */
  form?: PercentForm;
  script: 'arabic' | 'chinese' | 'mixed';
  /** Preceded by 第: an ordinal, not an amount. */
  ordinal: boolean;
}

export interface ScanOptions {
  /** 折 discounts (七五折 → 75%). Off by default: 一波三折 and 百折不挠 are not discounts. */
  discounts?: boolean;
  /** 2e5, 2^5, 1.1^+23. Off by default: reports never write them. */
  scientific?: boolean;
  /** 40k, 2.5 M. Off by default: 4K video and 35kV lines are not multipliers. */
  latinMultipliers?: boolean;
  /** OCR splits such as "38 .3%" and "1. 9%". On by default. */
  ocrSpaces?: boolean;
}
