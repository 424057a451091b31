/**
 * Proper names a question writes that no dictionary or glossary knows: brands and chains ("How many
 * Starbucks stores are there in Shanghai?"). The reports name no such thing, so the name is kept as a word
 * they do not write, as "coffee" is (english-lexicon.ts): a passage about stores in general is no answer.
 * A name is a capitalised word inside the question (not its first word, not in capitals throughout, as
 * abbreviations are), that is no romanised Chinese name ("Pudong", "Yiwu"): those are written in the reports
 * in characters, and read elsewhere.
 */

/** A pinyin syllable: an initial (or none) and a final. */
const PINYIN_SYLLABLE =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|e|i|o|u|v)';
const PINYIN_WORD = new RegExp(`^(?:${PINYIN_SYLLABLE})+$`, 'i');

/** Shorter capitalised words are too often ordinary ("Is", "GDP" aside, "New"). */
const MIN_NAME_LENGTH = 4;

/** Whether a word is romanised Chinese: syllable after syllable of pinyin. */
export function isPinyinWord(word: string): boolean {
  return PINYIN_WORD.test(word);
}

/**
 * The capitalised words of `question` past its first word that `isKnown` does not know (the dictionary,
 * the glossary, the places) and that are no pinyin, lower-cased.
 */
export function unknownProperNames(question: string, isKnown: (word: string) => boolean): string[] {
  const words = [...question.matchAll(/[A-Za-z][A-Za-z'’]*/g)];
  const names: string[] = [];
  for (const [n, m] of words.entries()) {
    const word = m[0].replace(/['’]s?$/, '');
    if (n === 0 || word.length < MIN_NAME_LENGTH) continue;
    if (!/^[A-Z][a-z]/.test(word)) continue;
    // After a sentence's end the word is capitalised as a first word.
    if (/[.?!]\s*$/.test(question.slice(0, m.index))) continue;
    const lower = word.toLowerCase();
    if (isPinyinWord(lower) || isKnown(lower)) continue;
    if (!names.includes(lower)) names.push(lower);
  }
  return names;
}
