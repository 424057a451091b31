import {
  EMPTY_LEFTOVER,
  OVERVIEW_FILLER_WORDS,
  OVERVIEW_FILLER_WORDS_EN,
  OVERVIEW_WORDS,
  OVERVIEW_WORDS_EN,
} from '../lang/zh/overview-words.js';
import { RELATIVE_YEAR_WORDS } from '../lang/zh/relative-years.js';
import { YEAR_PART_WORDS } from '../lang/zh/part-of-year-words.js';
import { SLOT, type SlotMasker, slotMasker } from './slot-mask.js';

let masker: SlotMasker | null = null;

/** Parts of a year as global patterns, made once: every occurrence is taken out. */
const YEAR_PARTS = YEAR_PART_WORDS.map(({ pattern }) => new RegExp(pattern.source, 'gi'));
const RELATIVE_YEARS = RELATIVE_YEAR_WORDS.flatMap((e) => e.words).sort((a, b) => b.length - a.length);
const ENGLISH_WORD = /[a-z]+(?:['’][a-z]+)?/g;

/**
 * Whether a question names a place and time and nothing else but words asking how it did ("安徽去年
 * 成绩单", "How did Anhui do last year?"): at least one overview word (src/lang/zh/overview-words.ts)
 * is written, and nothing is left once places, years, parts of a year, overview words and their
 * fillers are taken out. Such a question is about the place's economy as a whole. "钱塘区的呢？" and
 * "What about Jiangsu?" write no overview word: they are follow-ups. Each step is one pass over the
 * question.
 */
export function asksAboutPlaceOnly(question: string): boolean {
  masker ??= slotMasker();
  let rest = masker(question.toLowerCase());
  if (!rest.includes(SLOT.place)) return false;
  for (const slot of Object.values(SLOT)) rest = rest.split(slot).join(' ');
  for (const pattern of YEAR_PARTS) rest = rest.replace(pattern, ' ');
  for (const word of RELATIVE_YEARS) rest = rest.split(word).join(' ');
  let asks = false;
  for (const word of OVERVIEW_WORDS) {
    const parts = rest.split(word);
    if (parts.length > 1) asks = true;
    rest = parts.join(' ');
  }
  for (const word of OVERVIEW_FILLER_WORDS) rest = rest.split(word).join(' ');
  rest = rest.replace(ENGLISH_WORD, (written) => {
    const word = written.replace(/['’]s$/, '');
    if (OVERVIEW_WORDS_EN.includes(word)) {
      asks = true;
      return ' ';
    }
    return OVERVIEW_FILLER_WORDS_EN.includes(word) ? ' ' : written;
  });
  return asks && EMPTY_LEFTOVER.test(rest);
}
