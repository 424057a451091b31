/**
 * Words that ask how a figure moved over the years, whatever the intent classifier makes of the
 * rest ("江苏这几年GDP增速" reads much like a one-year growth question): with one place and one
 * indicator, they ask a trend. Spans with a count ("近五年", "2021到2024年") are years of their own
 * (relative-years.ts); these name none, so the trend covers every year the reports hold.
 */
export const TREND_WORDS: readonly string[] = [
  '这几年',
  '近几年',
  '过去几年',
  '最近几年',
  '这些年',
  '近些年',
  '近年来',
  '历年',
  '逐年',
  '每年',
  '每一年',
  '一年比一年',
  '走势',
  '趋势',
  '\\bover the (?:past |last )?(?:few |several )?years\\b',
  '\\bin recent years\\b',
  '\\brecent years\\b',
  '\\b(?:past|last) (?:few|several) years\\b',
  '\\byear by year\\b',
  '\\bover time\\b',
  '\\btrend\\b',
];

const TREND = new RegExp(TREND_WORDS.join('|'), 'i');

export function asksTrend(question: string): boolean {
  return TREND.test(question);
}
