/**
 * Measure words the reports write after a subject's name to make a figure's name ("民间投资占比",
 * "服务消费增速"), with their English, said after the subject's English name in an English lead:
 * "Private Investment Share (民间投资占比, actual)". Longest first.
 */
export const ENGLISH_NAME_SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['占全国比重', 'share of the national total'],
  ['占比', 'share'],
  ['比重', 'share'],
  ['增速', 'growth'],
  ['增长', 'growth'],
  ['总量', 'total'],
  ['规模', 'scale'],
];
