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

/** A name in pinyin is written in two or three words at most ("Xu Teli" 徐特立, "Wan Ping Cheng" 宛平城). */
const MAX_NAME_WORDS = 3;

/**
 * Runs of two or three capitalised pinyin words that spell one name together, as people's and some places' names
 * are romanised a syllable group apiece ("Xu Teli" is 徐特立, not 徐 and 特立): each run lower-cased, its words and
 * where it starts. `isOther`: words that are no part of a name (places, dictionary words).
 */
export function pinyinNameRuns(question: string, isOther: (word: string) => boolean): { words: string[]; sound: string; at: number }[] {
  const runs: { words: string[]; sound: string; at: number }[] = [];
  let run: { word: string; at: number }[] = [];
  const close = () => {
    if (run.length >= 2 && run.length <= MAX_NAME_WORDS) {
      const words = run.map((w) => w.word.toLowerCase());
      runs.push({ words, sound: words.join(''), at: run[0]?.at ?? 0 });
    }
    run = [];
  };
  for (const m of question.matchAll(/[A-Za-z]+|[^A-Za-z]+/g)) {
    const token = m[0];
    if (/^[A-Za-z]/.test(token)) {
      const lower = token.toLowerCase();
      if (/^[A-Z][a-z]*$/.test(token) && isPinyinWord(lower) && !isOther(lower)) run.push({ word: token, at: m.index });
      else close();
    } else if (!/^[ -]$/.test(token)) close();
  }
  close();
  return runs;
}

/** Shorter lower-case words are too often abbreviations or fragments ("yoy", "qoq", "bn"). */
const MIN_UNKNOWN_WORD_LENGTH = 6;

/**
 * Forms that qualify or tell an action (see english-topic-words.ts), and adjectives made from a noun
 * ("agricultural", "economic", "innovative"): they qualify the subject, never name it on their own.
 */
const INFLECTED = /(?:ed|ing|ly|al|ic|ive|ous|ary|ful|less|able|ible)$/;

/** Every spelling one edit away (a letter dropped, swapped with the next, changed or added). */
function oneEditAway(word: string): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const out: string[] = [];
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.push(head + tail.slice(1));
    if (tail.length > 1) out.push(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of letters) {
      if (tail) out.push(head + c + tail.slice(1));
      out.push(head + c + tail);
    }
  }
  return out;
}

/**
 * The lower-case words of `rest` (the question once its glossary terms were read) that `isKnown` does not know
 * (the dictionary, the glossary, the places) and that are no typo of a word `inDictionary` knows ("raliway" is railway): "anhui ethereum mining" writes a subject the
 * reports never name, as a capitalised "Ethereum" is (unknownProperNames). Stop words, pinyin, inflected forms
 * and short words are left: they name no subject, or are too often abbreviations.
 */
export function unknownLowerCaseWords(
  rest: string,
  isKnown: (word: string) => boolean,
  inDictionary: (word: string) => boolean,
  isStopWord: (word: string) => boolean,
): string[] {
  const names: string[] = [];
  for (const [word] of rest.matchAll(/(?<![A-Za-z'’-])[a-z]+(?![A-Za-z'’-])/g)) {
    if (word.length < MIN_UNKNOWN_WORD_LENGTH || INFLECTED.test(word) || isStopWord(word) || isPinyinWord(word)) continue;
    if (isKnown(word) || oneEditAway(word).some(inDictionary)) continue;
    if (!names.includes(word)) names.push(word);
  }
  return names;
}

/** The shortest single word read as a pinyin gloss: two syllables at least ("zhongshi"). */
const MIN_ONE_WORD_GLOSS = 5;

/** A parenthesis of lowercase romanised words only: "(jingying zhuti)". */
const PARENTHESISED_WORDS = /\s*\(([a-z]+(?:\s+[a-z]+){0,3})\)/g;

/**
 * "number of market entities (jingying zhuti)": the report's term in pinyin, glossing the English words before it, says
 * nothing the English does not, and its syllables are no name to look for. Taken out where every word is pinyin and none
 * names a place ("(jilin)" is the place asked) or is an English word ("(per capita)" spells as pinyin too).
 */
export function withoutPinyinGlosses(question: string, isPlaceOrWord: (word: string) => boolean): string {
  return question.replace(PARENTHESISED_WORDS, (whole, words: string) => {
    const each = words.split(/\s+/);
    // One word alone only at glossing length ("(zhongshi)"): a short one is as often an abbreviation ("(ai)").
    const glossLike = each.length >= 2 || each[0].length >= MIN_ONE_WORD_GLOSS;
    return glossLike && each.every((w) => isPinyinWord(w) && !isPlaceOrWord(w)) ? '' : whole;
  });
}
