import { glossary, placeAliases } from '../lang/zh/glossary.js';
import { PLACE_PINYIN_INITIALS } from '../lang/zh/place-abbreviations.js';
import {
  BARE_MEASURE_END,
  KEYWORD_QUESTION_FILLER_EN,
  KEYWORD_QUESTION_FILLER_ZH,
  KEYWORD_QUESTION_YEAR_ZH,
  MAX_BARE_MEASURE,
  NOT_A_MEASURE_END,
  NOT_BARE_MEASURE,
} from '../lang/zh/question-words.js';
import { RELATIVE_YEAR_WORDS } from '../lang/zh/relative-years.js';
import { INDICATOR_QUALIFIERS } from '../lang/zh/follow-up-words.js';
import { escapeRegExp } from '../lang/zh/regexp.js';
import type { UnderstoodQuery } from '../retrieve/query.js';

/** Questions are short; a longer text is no keyword question (bounds the replacements). */
const MAX_KEYWORD_QUESTION = 120;

let nameWords: RegExp | null = null;
/** Every name of a place (as written or its initials expanded: "上海 gdp"), every English name of an indicator, relative-year words and initials, longest first, as whole words. */
function knownWords(): RegExp {
  if (nameWords) return nameWords;
  const names = [
    ...glossary().places.flatMap((p) => placeAliases(p.name)),
    ...glossary().indicators.flatMap((i) => i.en),
    ...RELATIVE_YEAR_WORDS.flatMap((e) => e.words),
    ...Object.keys(PLACE_PINYIN_INITIALS),
  ].filter((n) => n.length >= 2);
  nameWords = new RegExp(
    `(?<![a-z])(${[...new Set(names.map((n) => n.toLowerCase()))]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})(?![a-z])`,
    'g',
  );
  return nameWords;
}

const FILLER = new RegExp(KEYWORD_QUESTION_FILLER_EN.map((w) => (/^[a-z]+$/.test(w) ? `\\b${w}\\b` : escapeRegExp(w))).join('|'), 'gi');

let chineseNames: readonly string[] | null = null;
/** Every name of a place and an indicator (synonyms and English too: "GDP"), and the relative-year words, lower-case, longest first. */
function knownChineseNames(): readonly string[] {
  chineseNames ??= [
    ...new Set([
      ...glossary().places.flatMap((p) => placeAliases(p.name)),
      ...glossary().indicators.flatMap((i) => [i.name, ...i.synonyms, ...i.en]),
      ...RELATIVE_YEAR_WORDS.flatMap((e) => e.words),
    ]),
  ]
    .filter((n) => n.length >= 2)
    .map((n) => n.toLowerCase())
    .sort((a, b) => b.length - a.length);
  return chineseNames;
}

/**
 * Whether a question is nothing but names: places, indicators, years and joining words ("zj gdp 2024",
 * "shandong: life expectancy and skilled workers?", "山东24年进出口总额"). It asks the figures it names, as "多少" would.
 */
export function isKeywordQuestion(
  query: Pick<UnderstoodQuery, 'language' | 'question' | 'indicators'> & Partial<Pick<UnderstoodQuery, 'placeSuggestions'>>,
): boolean {
  if (!query.indicators.length || query.question.length > MAX_KEYWORD_QUESTION) return false;
  // A place name read past a typo ("江书" → 江苏) is a name like the one it stands for.
  let question = query.question.toLowerCase();
  for (const s of query.placeSuggestions ?? []) question = question.split(s.written.toLowerCase()).join(' ');
  if (query.language !== 'en') {
    let rest = question.replace(/ /g, '').replace(KEYWORD_QUESTION_YEAR_ZH, '');
    for (const name of knownChineseNames()) rest = rest.split(name).join('');
    for (const filler of KEYWORD_QUESTION_FILLER_ZH) rest = rest.split(filler).join('');
    // "江苏2024年城镇居民收入": a qualifier of the indicator is part of its name.
    for (const qualifier of INDICATOR_QUALIFIERS) rest = rest.split(qualifier).join('');
    return rest === '';
  }
  const rest = question
    .replace(knownWords(), ' ')
    .replace(/(?<![\d.])(19|20)\d{2}(?![\d.])/g, ' ')
    .replace(FILLER, ' ');
  return rest.trim() === '';
}

/**
 * Whether a Chinese question is a place, a year and the name of a measured thing no glossary indicator names ("福建去年
 * 近岸海域优良海水面积比例"): it asks that thing's figure.
 */
export function isBareMeasureQuestion(query: Pick<UnderstoodQuery, 'language' | 'question' | 'indicators'>): boolean {
  if (query.language === 'en' || query.indicators.length || query.question.length > MAX_KEYWORD_QUESTION) return false;
  if (NOT_BARE_MEASURE.test(query.question)) return false;
  let rest = query.question.toLowerCase().replace(/ /g, '').replace(KEYWORD_QUESTION_YEAR_ZH, '');
  for (const name of knownChineseNames()) rest = rest.split(name).join('');
  for (const filler of KEYWORD_QUESTION_FILLER_ZH) rest = rest.split(filler).join('');
  return rest.length >= 2 && rest.length <= MAX_BARE_MEASURE && BARE_MEASURE_END.test(rest) && !NOT_A_MEASURE_END.test(rest);
}

/**
 * The query as answered: a keyword question asks its figures' values; with no year and no word of
 * a plan ("江苏GDP", "zhejiang gdp") the latest the reports state as done, not next year's target.
 */
export function withKeywordQuantity(query: UnderstoodQuery): UnderstoodQuery {
  if (query.wantsQuantity || query.wantsPriorities || !(isKeywordQuestion(query) || isBareMeasureQuestion(query))) return query;
  const latestResult = query.intent === 'any' && !query.years.length && !query.planPeriod;
  return { ...query, wantsQuantity: true, ...(latestResult ? { intent: 'result' as const } : {}) };
}
