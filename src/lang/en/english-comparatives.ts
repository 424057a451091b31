/**
 * English comparisons between places: "Is Guangdong's economy bigger than Jiangsu's?", "Zhejiang vs Jiangsu
 * economy", "How does Anhui's economy compare with Fujian's?". Asked of the economy with no indicator named,
 * they compare its GDP, as "广东经济总量比江苏大吗" does.
 */
const COMPARATIVE = '(?:bigger|larger|smaller|faster|slower|higher|lower|stronger|weaker|better|worse)';
const ENGLISH_COMPARISON = new RegExp(
  [
    `\\b${COMPARATIVE}\\s+than\\b`,
    // "Which economy grew faster, Zhejiang or Jiangsu?"
    `\\bwhich\\b[^?]*\\b${COMPARATIVE}\\b`,
    `\\b${COMPARATIVE}\\b[^?]*\\bor\\b`,
    '\\b(?:vs\\.?|versus)(?=\\s)',
    '\\bcompared?s?\\s+(?:to|with)\\b',
    '\\bcompare\\b',
  ].join('|'),
  'i',
);

/** Whether an English question compares two things. */
export function comparesInEnglish(question: string): boolean {
  return ENGLISH_COMPARISON.test(question);
}
