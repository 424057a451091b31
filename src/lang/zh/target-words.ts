/**
 * Words that tell a target from a result in report sentences and table rows, and question words
 * that ask for a target. Data for src/figures.
 */

/** A clause that states an aim: "力争", "确保", "主要目标". */
export const TARGET_WORDS = /力争|确保|预期目标|主要目标|发展目标|目标(?:为|是)|目标值/;
/** A sentence that opens with its targets ("主要目标为:") makes every later clause a target. */
export const TARGET_HEADING = /预期目标|主要目标|发展目标|目标(?:为|是)|目标建议为/;
/** A clause that reports against a target is a result: "完成", "超额", "低于目标". */
export const ACHIEVED_WORDS = /完成(?!率)|低于目标|高于目标|超过目标|超额|目标的|未达到|达到或超过/;

/** Question terms that ask for a target or plan: its target figures rank first among equals. */
export const TARGET_QUESTION_WORDS = /目标|计划|预期|预计/;
/** Question terms that ask for a growth rate: figures with a change rank first among equals. */
export const GROWTH_TERM_WORDS = /增长|增速|增幅|涨幅|下降/;

/**
 * Fields of a flattened target-and-result table row:
 * "地区生产总值增长(%):目标:6.5左右,完成:5.1,低于目标1.4个百分点,完成率:78.5".
 */
export const TABLE_ROW = {
  /** Notes after the fields are not figures. */
  note: /备注[:]/,
  rate: /^完成率/,
  rateLabel: /^完成率[(%)]*[:]?/,
  target: /^(?:年度)?目标(?:值)?/,
  targetLabel: /^(?:年度)?目标(?:值)?[:]?/,
  actual: /^(?:\d{4}年)?(?:实际)?完成(?:情况|值)?(?!目标|率)/,
  actualLabel: /^(?:\d{4}年)?(?:实际)?完成(?:情况|值)?[:]?/,
  gap: /^(?:低于|高于|超过|超出)目标/,
  gapBelow: /^(?:低于)/,
  /** A row named for a growth rate, maybe an aimed one: "增长(%)", "力争增长". */
  growthName: /(力争)?(增长|增速)$/,
} as const;
