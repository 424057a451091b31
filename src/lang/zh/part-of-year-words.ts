/**
 * Parts of a year, as questions and reports name them: "一季度", "上半年", "前三季度", "Q3", "四季度增长5.6%". The one list
 * the question reader (relative-years.ts, query.ts), the figure reader (a clause's figure of one quarter) and the figure
 * table read.
 */

/** A part of a year, as period labels write it after the year (2024Q3, 2025H1, 2025Q1-3). */
export type PartOfYear = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'H1' | 'H2' | 'Q1-3';

/** What a text may name: a part, or the whole year ("全年", "full year"), which is no part. */
export type YearPart = PartOfYear | 'Q1-Q4';

/** Every part, for schemas. */
export const PARTS_OF_YEAR: readonly [PartOfYear, ...PartOfYear[]] = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'Q1-3'];

/**
 * How a text names a part of the year, most specific first ("前三季度" before "三季度", "全年" before its quarters).
 * `zh` is the Chinese a report writes before a figure of that part ("三季度增长4.6%"); `other` adds what only questions type.
 */
const PART_WORDS: readonly { part: YearPart; zh: string; other: string }[] = [
  { part: 'Q1-3', zh: '前三(?:个)?季度|一至三季度|1-3季度|1[-—~至到]9月', other: 'first three quarters|\\bq1\\s*-\\s*q?3\\b' },
  { part: 'Q1-Q4', zh: '全年|四个季度|一至四季度|1[-—~至到]12月', other: 'full year|whole year|\\bq1\\s*-\\s*q?4\\b' },
  { part: 'H1', zh: '上半年|1[-—~至到]6月', other: 'first half|\\bh1\\b' },
  { part: 'H2', zh: '下半年', other: 'second half|\\bh2\\b' },
  { part: 'Q1', zh: '(?:第)?一季度|1[-—~至到]3月', other: 'first quarter|\\bq1\\b' },
  { part: 'Q2', zh: '(?:第)?二季度', other: 'second quarter|\\bq2\\b' },
  { part: 'Q3', zh: '(?:第)?三季度', other: 'third quarter|\\bq3\\b' },
  { part: 'Q4', zh: '(?:第)?四季度', other: 'fourth quarter|\\bq4\\b' },
];

/** Each part's words in questions (Chinese and English), matched case-insensitively. */
export const YEAR_PART_WORDS: readonly { pattern: RegExp; part: YearPart }[] = PART_WORDS.map(({ part, zh, other }) => ({
  pattern: new RegExp(`${zh}|${other}`, 'i'),
  part,
}));

/** Any part's words, everywhere in a text: "三季度呢" asks the conversation's figure again, of another part of the year. */
export const YEAR_PART_MENTION = new RegExp(PART_WORDS.map(({ zh, other }) => `${zh}|${other}`).join('|'), 'gi');

/** The part of the year a text names, the whole year included ("全年" → Q1-Q4), or null. */
export function yearPartNamed(text: string): YearPart | null {
  return YEAR_PART_WORDS.find(({ pattern }) => pattern.test(text))?.part ?? null;
}

/** The part of a year a question asks about, or null: the whole year is no part. */
export function partOfYearAsked(text: string): PartOfYear | null {
  const part = yearPartNamed(text);
  return part === 'Q1-Q4' ? null : part;
}

/** Whether a text names the whole year ("全年", "full year"): a follow-up asking it keeps no part the conversation had. */
export function namesWholeYear(text: string): boolean {
  return yearPartNamed(text) === 'Q1-Q4';
}

/**
 * Every part's report words, one alternative each, widest first: a match consumes "前三季度" whole, never its "三季度". The
 * words hold no capturing group of their own (only `(?:…)`), so the group that matched says which part it is.
 */
const CLAUSE_PART = new RegExp(PART_WORDS.map(({ zh }) => `(${zh})`).join('|'), 'g');

/**
 * The part of the year a report's words give the figure after them, the last one they name: "实现三季度增长4.6%" is Q3,
 * "全年增长4.8%" the whole year (Q1-Q4), "一季度…，四季度增长5.6%" Q4; null when they name none. Chinese words only: reports
 * write no English.
 */
export function lastYearPartNamed(text: string): YearPart | null {
  let last: YearPart | null = null;
  for (const m of text.matchAll(CLAUSE_PART)) {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    last = PART_WORDS[group]?.part ?? last;
  }
  return last;
}

/** A whole year's period label with a part added ("2024", Q3 → "2024Q3"); the whole year, or any other label, as it is. */
export function periodWithPart(yearPeriod: string, part: YearPart | null): string {
  return part && part !== 'Q1-Q4' && /^\d{4}$/.test(yearPeriod) ? `${yearPeriod}${part}` : yearPeriod;
}

/** The part a period label names ("2024Q3" → Q3), or null for a whole year or a span. */
export function partOfPeriod(period: string): PartOfYear | null {
  const m = /^\d{4}(Q1-3|Q[1-4]|H[12])$/.exec(period);
  return m ? (m[1] as PartOfYear) : null;
}
