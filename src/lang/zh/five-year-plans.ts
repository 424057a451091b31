/**
 * China's five-year plans by name, with the years they span: "十四五" is 2021–2025. The one table
 * every stage reads (ingestion's period labels, question understanding, answer wording).
 */
export interface FiveYearPlan {
  /** The short name reports use, without quotes: 十四五. */
  name: string;
  /** The ordinal inside it: 十四 for the fourteenth. */
  ordinal: string;
  from: number;
  to: number;
  /** English ordinal forms a question may use: "14th", "fourteenth". */
  english: string[];
}

export const FIVE_YEAR_PLANS: readonly FiveYearPlan[] = [
  { name: '十一五', ordinal: '十一', from: 2006, to: 2010, english: ['11th', 'eleventh'] },
  { name: '十二五', ordinal: '十二', from: 2011, to: 2015, english: ['12th', 'twelfth'] },
  { name: '十三五', ordinal: '十三', from: 2016, to: 2020, english: ['13th', 'thirteenth'] },
  { name: '十四五', ordinal: '十四', from: 2021, to: 2025, english: ['14th', 'fourteenth'] },
  { name: '十五五', ordinal: '十五', from: 2026, to: 2030, english: ['15th', 'fifteenth'] },
  { name: '十六五', ordinal: '十六', from: 2031, to: 2035, english: ['16th', 'sixteenth'] },
];

/** The plan a name stands for ("十四五" → 2021–2025), or undefined. */
export function planByName(name: string): FiveYearPlan | undefined {
  return FIVE_YEAR_PLANS.find((p) => p.name === name);
}

/** The plan a year closes (2025 → 十四五, 2021–2025), or undefined. */
export function planClosedBy(year: number): FiveYearPlan | undefined {
  return FIVE_YEAR_PLANS.find((p) => p.to === year);
}

/** The plan whose span a period label is ("2021-2025" → 十四五), or undefined. */
export function planOfSpan(period: string): FiveYearPlan | undefined {
  return FIVE_YEAR_PLANS.find((p) => `${p.from}-${p.to}` === period);
}

/** Chinese digits as written in years: "二〇二五年" → 2025. */
export const CHINESE_YEAR_DIGITS: Readonly<Record<string, string>> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};
