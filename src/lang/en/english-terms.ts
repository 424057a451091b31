import { isReportSenseCompound, reportSensePhraseTerms } from './english-lexicon.js';
import { ENGLISH_STOP_WORDS } from './stop-words.js';
import { glossary, type Glossary } from '../zh/glossary.js';

/**
 * Reading the glossary's English terms (its "english" section) in an English question: report nouns
 * ("private investment" → 民间投资), change words and intent words.
 */

export type EnglishTerm = Glossary['english'][number];

export interface EnglishTermFound {
  term: EnglishTerm;
  /** The English of the term the question wrote. */
  en: string;
  /** Where the question writes it: terms are found longest first, but their Chinese joins in the question's order. */
  at: number;
}

const blank = (matched: string): string => ' '.repeat(matched.length);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Nouns of doing in the glossary's English names, with the forms of their verb (a pattern each). */
const VERB_FORMS: Readonly<Record<string, string>> = {
  spending: 'spending|spend|spends|spent',
  investment: 'investment|invest|invests|invested|investing',
  expenditure: 'expenditure|spend|spends|spent',
};

/**
 * A term's English as a whole-word pattern whose words may be joined by quotes and hyphens as well as
 * spaces: people write "'new three' exports", "trade-in", "small- and medium-sized".
 */
export function englishPhrasePattern(en: string): RegExp {
  // Built once per phrase: every English question tries each of the glossary's hundreds of names. The pattern has no
  // global flag, so one object serves every test, exec and replace (no lastIndex kept between them).
  const known = phrasePatterns.get(en);
  if (known) return known;
  const split = en
    .toLowerCase()
    .split(/[\s'"‘’“”-]+/)
    .filter(Boolean);
  // In a name of several words a noun of doing is also written as its verb: "spending on education" is
  // "spend on education", "investment in energy" "invested in energy".
  // "at home & abroad": an ampersand between words is their "and".
  const words = split.map((w) =>
    split.length > 1 && Object.hasOwn(VERB_FORMS, w)
      ? `(?:${VERB_FORMS[w]})`
      : w === 'and' && split.length > 1
        ? '(?:and|&)'
        : escapeRegExp(w),
  );
  const pattern = new RegExp(`(?<![a-z&])${words.join(`[\\s'"‘’“”-]+`)}(?![a-z])`, 'i');
  if (phrasePatterns.size >= REMEMBERED_PATTERNS) phrasePatterns.clear();
  phrasePatterns.set(en, pattern);
  return pattern;
}

/** The patterns built, by phrase: the glossary's names and a question's words. */
const phrasePatterns = new Map<string, RegExp>();
/** Patterns remembered at most (a question's own words are phrases too). */
const REMEMBERED_PATTERNS = 20000;

/** Each term list's phrases, longest first (the lists are the glossary's and the senses', built once). */
const sortedPhrases = new WeakMap<readonly EnglishTerm[], readonly { term: EnglishTerm; en: string }[]>();

/**
 * The terms found in `text`, longest English first across all terms, each blanked once found so a
 * shorter term inside it is not read again; returns the text left. A term inside a longer name of
 * `longerNamesWin` is left to that name.
 */
export function readEnglishTerms(
  text: string,
  terms: readonly EnglishTerm[],
  longerNamesWin: readonly string[] = [],
): { rest: string; found: EnglishTermFound[] } {
  const found: EnglishTermFound[] = [];
  let rest = text;
  // Names read after these terms that win where they are longer: "high-tech industry investment" is an
  // indicator's name, not "industry investment" (工业投资) after "high-tech".
  const written = longerNamesWin.map((name) => ({ name, re: englishPhrasePattern(name) })).filter(({ re }) => re.test(text));
  // Longest first across all terms: "jobs for college graduates" before "college graduates".
  let phrases = sortedPhrases.get(terms);
  if (!phrases) {
    phrases = terms.flatMap((term) => term.en.map((en) => ({ term, en }))).sort((a, b) => b.en.length - a.en.length);
    sortedPhrases.set(terms, phrases);
  }
  // Hyphenated words the report senses hold whole ("urban-rural" → 城乡): a term written inside one ("rural") is
  // part of that word, left to the dictionary reading, which reads it whole.
  const compounds = [...text.matchAll(/[a-z]+(?:-[a-z]+)+/gi)]
    .filter((m) => isReportSenseCompound(m[0]))
    .map((m) => ({ from: m.index, to: m.index + m[0].length }));
  for (const { term, en } of phrases) {
    const re = englishPhrasePattern(en);
    // Blanked to the same length, so a match's index is where the question writes it.
    const unmasked = written.filter(({ name }) => name.length > en.length).reduce((t, { re: name }) => t.replace(name, blank), rest);
    const match = compounds.length ? firstOutside(unmasked, re, compounds) : re.exec(unmasked);
    if (match) {
      // The first written is blanked, as before; past a hyphenated word read whole, the one found.
      rest = compounds.length
        ? rest.slice(0, match.index) + blank(match[0]) + rest.slice(match.index + match[0].length)
        : rest.replace(re, blank);
      found.push({ term, en, at: match.index });
    }
  }
  // "NEVs are on the road": 新能源汽车 then 保有量, as written, so together they name 新能源汽车保有量.
  return { rest, found: found.sort((a, b) => a.at - b.at) };
}

/** The first match of `re` in `text` that is no part strictly inside one of `spans` (a hyphenated word read whole). */
function firstOutside(text: string, re: RegExp, spans: readonly { from: number; to: number }[]): RegExpExecArray | null {
  const all = new RegExp(re.source, 'gi');
  for (let m = all.exec(text); m; m = all.exec(text)) {
    const [from, to] = [m.index, m.index + m[0].length];
    if (!spans.some((s) => s.from <= from && to <= s.to && to - from < s.to - s.from)) return m;
    if (m[0].length === 0) all.lastIndex++;
  }
  return null;
}

/** Whether `phrase` holds `name` as whole words ("private investment" holds "investment"). */
function holdsWords(phrase: string, name: string): boolean {
  return phrase.toLowerCase() !== name.toLowerCase() && englishPhrasePattern(name).test(phrase);
}

let qualifying: EnglishTerm[] | undefined;

/**
 * The report nouns whose English holds an indicator's English name: "private investment" (民间投资,
 * not 固定资产投资), "online retail sales" (网上零售额, not 社会消费品零售总额), "services trade"
 * (服务贸易, not 服务业增加值). A question names the noun, not the indicator, so these are read before
 * the indicators' names. So are the report senses' phrases that hold one (english-report-senses.json).
 */
export function termsQualifyingIndicators(): readonly EnglishTerm[] {
  if (!qualifying) {
    const names = glossary().indicators.flatMap((i) => i.en);
    const holdsName = (term: EnglishTerm) => !term.intent && term.en.some((en) => names.some((name) => holdsWords(en, name)));
    // So are the report senses of phrases that hold one ("childcare subsidy" is 育儿补贴, not 托位 of "childcare").
    // Only a phrase of more words than the name: "little giant" is the indicator's own name (little-giant), not a noun holding it.
    const words = (en: string) => en.split(/[\s-]+/).length;
    const holdsShorterName = (term: EnglishTerm) =>
      term.en.some((en) => names.some((name) => words(en) > words(name) && holdsWords(en, name)));
    qualifying = [...glossary().english.filter(holdsName), ...reportSensePhraseTerms().filter(holdsShorterName)];
  }
  return qualifying;
}

/**
 * An indicator's bare English word that measures whatever subject the question names beside it: "how much
 * investment did Fujian's key provincial projects complete" asks the projects' investment (重点项目完成投资),
 * not fixed-asset investment; "exports of NEVs" are the vehicles' exports. Read as the indicator only when
 * the question names no other subject (a glossary term); otherwise as a plain word beside that subject.
 */
export const SUBJECT_MEASURE_WORDS: readonly string[] = ['investment', 'exports', 'services', 'retail sales'];

/**
 * Whether every time a bare word stands in the text, a word of its own comes right before it: no stop word,
 * no number, no place ("one-thing services", "real estate investment"; not "Anhui's services", "total investment").
 */
export function modifiedByWord(text: string, word: string, isPlace: (word: string) => boolean): boolean {
  const found = [...text.matchAll(new RegExp(englishPhrasePattern(word).source, 'gi'))];
  return (
    found.length > 0 &&
    found.every((m) => {
      const before = /([a-z][a-z'’-]*)[\s-]+$/i
        .exec(text.slice(0, m.index))?.[1]
        ?.toLowerCase()
        .replace(/['’]s$/, '');
      return before !== undefined && before.length >= 3 && !ENGLISH_STOP_WORDS.has(before) && !isPlace(before);
    })
  );
}

/**
 * Whether an English name stands in the text only joined by a hyphen to a word before it ("low-income" holds
 * "income"): the hyphenated word is another word (低收入, 低保), not the indicator the name alone reads as.
 */
export function hyphenatedInto(text: string, name: string): boolean {
  const pattern = englishPhrasePattern(name);
  // Most names are not written at all: said so before a global copy of the pattern is built.
  if (!pattern.test(text)) return false;
  const all = new RegExp(pattern.source, 'gi');
  const found = [...text.matchAll(all)];
  return found.length > 0 && found.every((m) => /[a-z]-$/i.test(text.slice(0, m.index)));
}

/**
 * Words that, right after an indicator's bare English word, make it another thing: "corporate income tax" is 所得税, no
 * income of residents. A new compound is a row here.
 */
export const OTHER_THING_AFTER_NAME: Readonly<Record<string, readonly string[]>> = {
  income: ['tax', 'taxes'],
};

/**
 * Words that, right before an indicator's bare English word, make it another thing: a project's "total investment" is its
 * 总投资, no fixed-asset investment of the place. A new compound is a row here.
 */
export const OTHER_THING_BEFORE_NAME: Readonly<Record<string, readonly string[]>> = {
  investment: ['total'],
};

/**
 * Nouns of places and bodies that, after any indicator's name, make the name their modifier: "new employment & startup
 * hubs" are hubs (就业创业赋能中心), no count of new jobs; "fixed-asset investment projects" are projects. A name and
 * another word joined by "&" or "and" before the noun are both its modifiers. A new head is a word here.
 */
export const THING_HEADS: readonly string[] = [
  'hub',
  'hubs',
  'centre',
  'centres',
  'center',
  'centers',
  'base',
  'bases',
  'park',
  'parks',
  'platform',
  'platforms',
  'zone',
  'zones',
  'station',
  'stations',
  'project',
  'projects',
  'fund',
  'funds',
];

/** Whether every time the text writes the name, a word after or before it makes it another thing ("income tax", "total investment"). */
export function compoundedInto(text: string, name: string): boolean {
  const after = OTHER_THING_AFTER_NAME[name.toLowerCase()] ?? [];
  const before = OTHER_THING_BEFORE_NAME[name.toLowerCase()] ?? [];
  const pattern = englishPhrasePattern(name);
  if (!pattern.test(text)) return false;
  const found = [...text.matchAll(new RegExp(pattern.source, 'gi'))];
  const nextWord = (end: number) => /^\W*([a-z]+)/i.exec(text.slice(end))?.[1]?.toLowerCase() ?? '';
  // The head after the name, or after one more word joined to it by "&" or "and" ("new employment & startup hubs").
  const headAfter = (end: number) => /^[\s-]*(?:(?:&|and)\s+[a-z][a-z-]*\s+)?([a-z]+)/i.exec(text.slice(end))?.[1]?.toLowerCase() ?? '';
  const previousWord = (start: number) => /([a-z]+)\W*$/i.exec(text.slice(0, start))?.[1]?.toLowerCase() ?? '';
  return (
    found.length > 0 &&
    found.every((m) => {
      const end = (m.index ?? 0) + m[0].length;
      return after.includes(nextWord(end)) || before.includes(previousWord(m.index ?? 0)) || THING_HEADS.includes(headAfter(end));
    })
  );
}

/**
 * Whether an indicator's bare English word is the head noun of a quoted name: "'get one thing done' services"
 * are government services named by the campaign (一件事), not the service sector (服务业增加值).
 */
export function headOfQuotedName(text: string, word: string): boolean {
  if (/\s/.test(word.trim())) return false;
  // A word the text does not write heads no name in it (checked before a pattern is built).
  if (!text.toLowerCase().includes(word.toLowerCase())) return false;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The opening quote starts a word: the apostrophes of "province's residents' income" quote nothing.
  return new RegExp(`(?:^|[\\s(])['"‘“][^'"’”]+['"’”]\\s+${escaped}(?![a-z])`, 'i').test(text);
}

/**
 * Groups of people an English question may narrow an indicator to ("youth unemployment", "female employment",
 * "elderly population"). Only these narrow it: an adjective before a name ("good air quality") describes it.
 */
export const POPULATION_GROUP_WORDS: readonly string[] = [
  'youth',
  'young',
  'teen',
  'teenage',
  'female',
  'women',
  'male',
  'men',
  'elderly',
  'senior',
  'child',
  'children',
  'migrant',
  'disabled',
];

/**
 * The population-group words written right before an indicator's English name: "youth" in "youth unemployment
 * rate", "rural" in "rural unemployment". They narrow the indicator to a part the reports may not state: a
 * passage that gives the whole (城镇调查失业率) but writes none of the part's Chinese (青年) does not answer it.
 */
export function wordsQualifyingIndicator(question: string, indicatorNames: readonly string[], words: readonly string[]): string[] {
  const lower = question.toLowerCase();
  return words.filter(
    (word) =>
      POPULATION_GROUP_WORDS.includes(word.toLowerCase()) &&
      indicatorNames.some((name) => englishPhrasePattern(`${word} ${name}`).test(lower)),
  );
}
