/**
 * English number words a question writes for a count of years ("the last three years", "over the past
 * five years"), as relative-years.ts reads 近三年 and "last 3 years".
 */
export const ENGLISH_SMALL_NUMBERS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** The words of ENGLISH_SMALL_NUMBERS as a regular-expression alternation. */
export const ENGLISH_SMALL_NUMBER_WORDS = Object.keys(ENGLISH_SMALL_NUMBERS).join('|');
