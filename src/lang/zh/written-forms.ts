import { MEDAL_TALLY, TALLY_WITH_BRONZE } from './medal-words.js';
import { writesInSomeReading } from './parenthetical-alternatives.js';

/**
 * Words a question writes that a report states in a shorter form of its own: "银牌" asked, "斩获12金8银4铜" written.
 * A sentence that writes the short form covers the word. A new form is a row here.
 */
export interface WrittenForm {
  /** The word as a question writes it. */
  word: string;
  /** How a report writes it instead. */
  written: RegExp;
  example: string;
}

/** A medal tally (src/lang/zh/medal-words.ts) as a test of one sentence, without the global pattern's state. */
const TALLY = new RegExp(MEDAL_TALLY.source);

export const WRITTEN_FORMS: readonly WrittenForm[] = [
  { word: '金牌', written: TALLY, example: '广东残奥会金牌拿了几块 (斩获12金8银4铜)' },
  { word: '银牌', written: TALLY, example: '广东残奥会银牌拿了几块 (斩获12金8银4铜)' },
  { word: '铜牌', written: TALLY_WITH_BRONZE, example: '山东奥运会铜牌几块 (勇夺8金9银6铜)' },
  { word: '奖牌', written: TALLY, example: '山东巴黎奥运会拿了多少奖牌 (勇夺8金9银6铜)' },
];

const FORMS = new Map(WRITTEN_FORMS.map((f) => [f.word, f.written]));

/**
 * Whether a sentence writes the word as it stands, in a reading of an alternative in parentheses ("国(境)外" writes 境外),
 * or in a report's short form of it.
 */
export function writesWord(sentence: string, word: string): boolean {
  return writesInSomeReading(sentence, word) || (FORMS.get(word)?.test(sentence) ?? false);
}
