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
  // "这两年是增是减": the two latest years, and whether the figure rose or fell between them.
  '这两年',
  '近两年',
  '是增是减',
  '(?:增|涨|升)还是(?:减|降|跌)',
  '\\blately\\b',
  // "How have Jiangsu's exports developed?": the present perfect asks how a figure moved up to now.
  '\\bhow (?:has|have)\\b.*\\b(?:changed|developed|evolved|moved|trended)\\b',
  // "how did Zhejiang's GDP evolve", "the evolution of retail sales".
  '\\bevolv(?:e|es|ed|ing)\\b',
  '\\bevolution\\b',
  // "Zhejiang GDP by year", not "by year-end" (a point in one year).
  '\\bby year\\b(?![- ]?end)',
  // "historical GDP", "GDP history"; not "highest in history" (a record, in one year).
  '\\bhistorical(?:ly)?\\b',
  '(?<!\\bin )\\bhistory\\b',
  '\\btime series\\b',
  '\\b(?:through|across) the years\\b',
  '\\b(?:past|last|recent) couple of years\\b',
  '\\bover the (?:past |last )?(?:few |several )?years\\b',
  '\\bin recent years\\b',
  '\\brecent years\\b',
  '\\b(?:past|last) (?:few|several) years\\b',
  '\\byear by year\\b',
  '\\bover time\\b',
  '\\btrends?\\b',
];

const TREND = new RegExp(TREND_WORDS.join('|'), 'i');

export function asksTrend(question: string): boolean {
  return TREND.test(question);
}

const TREND_ALL = new RegExp(TREND_WORDS.join('|'), 'gi');

/** The question without its words asking a trend ("这几年怎么变的" → "怎么"): what is left may name a subject. */
export function withoutTrendWords(question: string): string {
  return question.replace(TREND_ALL, '');
}

/**
 * A question asking where a figure started and where it ended ("从多少涨到多少", "went from what to
 * what"): a from–to sentence answers it, over the plan period the reports last reviewed when it
 * names no span of its own.
 */
export const FROM_TO_QUESTION_WORDS: readonly string[] = [
  '从多少',
  '从几',
  '由多少',
  '\\bfrom what\\b',
  '\\bwent from\\b',
  '\\bgrown from\\b',
];

const FROM_TO_QUESTION = new RegExp(FROM_TO_QUESTION_WORDS.join('|'), 'i');

export function asksFromTo(question: string): boolean {
  return FROM_TO_QUESTION.test(question);
}

/**
 * Words asking an amount over the years ("这几年财政收入多少", "how much"): a trend of them is of
 * levels, and rates do not stand in for them. Unlike the quantity words of a one-year question,
 * not 几, which "这几年" writes.
 */
export const AMOUNT_WORDS: readonly string[] = [
  '多少',
  '多大',
  '规模',
  '总量',
  // "进出口谁多": which side has more of it, the amount's comparison.
  '谁(?:的)?(?:更)?多',
  '哪个(?:更)?多',
  '\\bhow (?:much|big|large)\\b',
  // "How many NEVs did Guangdong make": a count, whose growth alone is no answer to it.
  '\\bhow many\\b',
  '\\bnumber of\\b',
  // "What did Zhejiang's GDP reach last year?": the level reached.
  '\\bwhat did\\b.*\\b(?:reach|hit|total|amount to|come to|stand at)\\b',
  // "What was Jiangsu's GDP in 2025?", as "江苏2025年GDP是多少": the amount, unless the question goes on to
  // name a rate, a share, a rank, a target or a movement of it ("What was Jiangsu's GDP growth?").
  "\\bwhat(?:'s|’s| (?:was|is|were|are))\\b(?!.*\\b(?:trends?|evolv\\w*|chang\\w*|growth|grow\\w*|grew|rise|rose|increas\\w*|declin\\w*|fell|fall|drop\\w*|rates?|shares?|rank\\w*|percent\\w*|proportion|targets?|goals?|ratio|intensity|index|priorit\\w*|plans?)\\b)",
  // "Is Guangdong's economy bigger than Jiangsu's?": the size, not a larger growth.
  '\\b(?:bigger|larger|smaller)\\b(?!\\s+(?:growth|increase|rise|decline|drop))',
  // "the value of Zhejiang's goods exports", "the size of the digital economy".
  '\\b(?:value|size) of\\b',
];

const AMOUNT = new RegExp(AMOUNT_WORDS.join('|'), 'i');

export function asksAmount(question: string): boolean {
  return AMOUNT.test(question);
}
