/** Chinese numerals for small counts, as questions and reports write them ("两个台阶", "近三年", "五连增"). */
export const SMALL_CHINESE_NUMBERS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
