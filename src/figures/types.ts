/** The shapes figure reading passes between its parts: its input, number candidates, reading state. */
import { TARGET_HEADING } from '../lang/zh/target-words.js';
import type { Figure } from './figure-schema.js';
import type { NumberMention } from '../lang/zh/chinese-number.js';

export interface FigureInput {
  sentence: string;
  citationId: string;
  period: string;
  district: string;
  kind: 'result' | 'plan' | 'other';
  source: 'text' | 'table';
  /** The section's headings, when known: a plan's review there dates a from–to pair's start. */
  section?: string;
}

export type Change = NonNullable<Figure['change']>;
export type Direction = Change['direction'];

/** Longest indicator name kept; longer names are clipped to the head noun nearest the value. */
export const MAX_INDICATOR = 20;

/** A number of the sentence that may be a figure, with its unit and qualifiers. */
export interface Candidate {
  m: NumberMention;
  start: number;
  /** after unit and trailing qualifier */
  end: number;
  value: number;
  unit: string;
  /** magnitude split off the numeral ("万" of 3.4万名), for the base-unit value */
  magnitude: string;
  post?: string;
  approx?: string;
  /** "10亿元以上项目": the number qualifies a noun and is not itself a figure. */
  modifier: boolean;
  followingNoun: string;
  /** The following noun is what a bare rate before 的 is the share of ("89.4%的公园实现24小时开放"). */
  shareOfFollowing?: boolean;
  /** The noun after an amount's 的 ("1000亿元的省战略性新兴产业投资引导基金"): what the amount is of, or says of it. */
  attributedTo?: string;
}

/** The state of reading one sentence, clause by clause. */
export interface Ctx {
  w: string;
  input: FigureInput;
  /** The figures' period: the section's, or the one other year the sentence states (figurePeriod), with a part of that year
   * the words before a figure name ("三季度增长4.6%": 2024Q3). */
  period: string;
  /** The period before any part of the year was named: what "全年" returns to. */
  yearPeriod: string;
  figures: Figure[];
  /** base indicator of the last figure, for "占…比重" and bare "力争7%" */
  lastSubject: string;
  /** a value figure still waiting for its "、增长6.2%" */
  attachable: Figure | null;
  /** clauses passed since `attachable` was set */
  attachAge: number;
  lastWasGrowth: boolean;
  /** value figures of the last clause that had figures: "161家、460家,分别增长29%、43%" */
  recentValues: Figure[];
  /**
   * Plain levels (no growth, no rate) of the clauses in a row that gave only such levels: "接待游客超10.9亿人次，
   * 旅游总收入超1.3万亿元，分别增长15.8%和11.5%" gives each level of the two clauses its own rate.
   */
  valueRun: Figure[];
  /** the items of the last 分别 list, without an increment word: "…分别新认定60家和30家,累计分别达到1016家和591家" */
  respectiveItems: string[];
  /** The whole the last part named after its number was of ("累计推出259项…，其中56项为全国首创": 推出制度创新成果), for the next part. */
  partWhole: string;
  /** Where the sentence's first target heading ("预期目标") ends; Infinity without one. */
  targetHeadingEnd: number;
}

/** A fresh reading state for a sentence. */
export function newContext(w: string, input: FigureInput, period: string, lastSubject = ''): Ctx {
  return {
    w,
    input,
    period,
    yearPeriod: period,
    figures: [],
    lastSubject,
    attachable: null,
    attachAge: 0,
    lastWasGrowth: false,
    recentValues: [],
    valueRun: [],
    respectiveItems: [],
    partWhole: '',
    targetHeadingEnd: earliestMatchEnd(w, TARGET_HEADING),
  };
}

/**
 * The smallest end of any match of `pattern` in `text` (overlapping matches included): a prefix
 * `text.slice(0, end)` holds a match exactly when `end` is at least this. Read once per sentence, so
 * asking it of every clause's prefix stays linear.
 */
export function earliestMatchEnd(text: string, pattern: RegExp): number {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let best = Number.POSITIVE_INFINITY;
  for (let m = global.exec(text); m && m.index < best; m = global.exec(text)) {
    best = Math.min(best, m.index + Math.max(1, m[0].length));
    global.lastIndex = m.index + 1;
  }
  return best;
}

export const isCjk = (c: string | undefined): boolean => c !== undefined && c >= '\u4e00' && c <= '\u9fff';
