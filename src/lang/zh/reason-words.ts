import { anyOf } from './word-pattern.js';

/** Question-side: words that ask why ("为什么没完成", "why did … fall"). */
export const REASON_QUESTION_WORDS: readonly string[] = ['为什么', '为何', '原因', '怎么没'];
export const REASON_QUESTION_WORDS_EN: readonly string[] = ['why', 'reason'];

/** Report-side: words that give a cause ("受国际环境影响", "由于…导致"). */
export const REASON_REPORT_WORDS: readonly string[] = ['受', '由于', '因为', '影响', '原因', '冲击', '导致', '拖累'];

const REASON_QUESTION = anyOf([...REASON_QUESTION_WORDS, ...REASON_QUESTION_WORDS_EN], 'i');
const REASON_REPORT = anyOf(REASON_REPORT_WORDS);

export function asksForReason(question: string): boolean {
  return REASON_QUESTION.test(question);
}

export function givesReason(sentence: string): boolean {
  return REASON_REPORT.test(sentence);
}
