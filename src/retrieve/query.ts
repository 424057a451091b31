import { normalizeForSearch } from '../ingest/normalize-search.js';
import { indicatorMention } from './indicator-mention.js';
import { toSimplified } from '../lang/zh/simplified.js';
import { glossary, placeAliases, type IndicatorEntry } from '../lang/zh/glossary.js';
import { CHINESE_YEAR_DIGITS, FIVE_YEAR_PLANS } from '../lang/zh/five-year-plans.js';
import { asksAboutShortfall, asksForPlan, asksForResult, asksWhetherCompleted, SHORTFALL_REPORT_PHRASE } from '../lang/zh/intent-words.js';
import { partOfYearAsked, type PartOfYear } from '../lang/zh/part-of-year-words.js';
import { leadingPlaceName, subjectBeforeYear } from '../lang/zh/place-shapes.js';
import { asksForAchievements, asksForPriorities, asksForQuantity, asksForValueOfIndicator, asksHow } from '../lang/zh/question-words.js';
import { asksForReason } from '../lang/zh/reason-words.js';

export type Intent = 'result' | 'plan' | 'any';

export interface KnownPlace {
  /** Issuer as the corpus names it: 钱塘区, 杭州市, 浙江省, 国务院. */
  issuer: string;
  aliases: string[];
}

export interface UnderstoodQuery {
  question: string;
  language: 'zh' | 'en';
  places: string[];
  /** Places named in the question that no report in the corpus is issued by. */
  unknownPlaces: string[];
  years: number[];
  /** "十四五" and the like: the plan period asked about. */
  planPeriod: { from: number; to: number } | null;
  part: PartOfYear | null;
  intent: Intent;
  indicators: IndicatorEntry[];
  /** Chinese text to search with: the question, English terms replaced by their Chinese. */
  searchText: string;
  wantsPriorities: boolean;
  wantsReason: boolean;
  wantsQuantity: boolean;
}

/** A year in Chinese digits: "二〇二五年". */
const CHINESE_YEAR = new RegExp(`([${Object.keys(CHINESE_YEAR_DIGITS).join('')}]{4})年`, 'g');

/** Places the corpus covers, from its metadata, with the glossary's aliases and the short forms. */
export function knownPlaces(issuers: readonly string[]): KnownPlace[] {
  return issuers.map((issuer) => ({ issuer, aliases: placeAliases(issuer) }));
}

export function understandQuery(asked: string, places: readonly KnownPlace[]): UnderstoodQuery {
  const language: 'zh' | 'en' = /[\u4e00-\u9fff]/.test(asked) ? 'zh' : 'en';
  // Read in the reports' simplified characters: "錢塘區2024年GDP" is 钱塘区's.
  const question = language === 'zh' ? toSimplified(asked) : asked;
  let text = question.normalize('NFKC');
  const lower = text.toLowerCase();

  // English indicator phrases first, longest first, so "national high-tech enterprises" is not a place.
  const indicators: IndicatorEntry[] = [];
  const translated: string[] = [];
  let rest = ` ${lower} `;
  const phrases = glossary()
    .indicators.flatMap((ind) => ind.en.map((en) => ({ en, ind })))
    .sort((a, b) => b.en.length - a.en.length);
  for (const { en, ind } of phrases) {
    const re = new RegExp(`(?<![a-z])${escapeRegExp(en)}(?![a-z])`, 'i');
    if (re.test(rest)) {
      // In a Chinese question "GDP" may sit inside another indicator's name ("占GDP比重").
      if (language === 'zh' && indicatorMention(lower, [en.toLowerCase()]) === 0) continue;
      rest = rest.replace(re, ' ');
      if (!indicators.includes(ind)) indicators.push(ind);
      translated.push(ind.name);
    }
  }
  let intentFromEnglish: Intent | null = null;
  for (const term of glossary().english) {
    for (const en of [...term.en].sort((a, b) => b.length - a.length)) {
      const re = new RegExp(`(?<![a-z])${escapeRegExp(en)}(?![a-z])`, 'i');
      if (re.test(rest)) {
        rest = rest.replace(re, ' ');
        translated.push(...term.zh);
        if (term.intent === 'plan' || (term.intent === 'result' && !intentFromEnglish)) intentFromEnglish = term.intent;
      }
    }
  }

  const foundPlaces: string[] = [];
  const placeProbe = `${text} ${rest}`;
  for (const place of places) {
    if (place.aliases.some((a) => aliasIn(placeProbe, a))) foundPlaces.push(place.issuer);
  }
  const known = new Set(places.map((p) => p.issuer));
  const unknownPlaces: string[] = [];
  for (const entry of glossary().places) {
    if (known.has(entry.name)) continue;
    if (
      [entry.name, ...entry.aliases].some((a) => aliasIn(placeProbe, a)) &&
      !foundPlaces.some((f) => f.includes(entry.name) || entry.name.includes(f))
    ) {
      // "西湖" inside "西湖区" of a known place name is not another place.
      unknownPlaces.push(entry.name);
    }
  }
  const leading = leadingPlaceName(text);
  if (leading && !foundPlaces.length && !unknownPlaces.length) unknownPlaces.push(leading);
  // "火星2024年GDP": whatever stands before the year is the subject; when it is no place we know
  // and no generic word, the question is about somewhere the corpus does not cover.
  const subject = subjectBeforeYear(text);
  if (subject && !foundPlaces.length && !unknownPlaces.length) unknownPlaces.push(subject);

  const years = new Set<number>();
  for (const m of text.matchAll(/(?<!\d)(19[5-9]\d|20\d{2})(?!\d)/g)) years.add(Number(m[1]));
  for (const m of text.matchAll(CHINESE_YEAR)) years.add(Number([...m[1]].map((c) => CHINESE_YEAR_DIGITS[c]).join('')));
  let planPeriod: { from: number; to: number } | null = null;
  for (const plan of FIVE_YEAR_PLANS) {
    if (text.includes(plan.name) || plan.english.some((en) => lower.includes(`${en} five-year`)))
      planPeriod = { from: plan.from, to: plan.to };
  }
  const part = partOfYearAsked(text);

  const q = normalizeForSearch(text).toLowerCase();
  // An English question's indicators are its English phrases, found above: "per capita GDP" is
  // not GDP as well.
  for (const ind of language === 'zh' ? glossary().indicators : []) {
    // Named as itself: "占GDP比重" asks a share, not GDP.
    if (!indicators.includes(ind) && indicatorNamesIn(ind, q).length && indicatorMention(q, indicatorNamesIn(ind, q)) > 0)
      indicators.push(ind);
  }
  // A longer indicator that contains a shorter one wins ("人均生产总值" over "生产总值").
  const specific = indicators.filter(
    (a) =>
      !indicators.some(
        (b) =>
          b !== a && indicatorNamesIn(b, q).some((nb) => indicatorNamesIn(a, q).some((na) => nb.length > na.length && nb.includes(na))),
      ),
  );

  const wantsReason = asksForReason(text);
  // "主要工作取得了哪些成效" asks what was achieved, not the plan's outline.
  const wantsPriorities = asksForPriorities(question) && !asksForAchievements(question);
  let intent: Intent = 'any';
  if (asksWhetherCompleted(text)) intent = 'result';
  else if (asksForPlan(text)) intent = 'plan';
  else if (intentFromEnglish) intent = intentFromEnglish;
  else if (asksForResult(text) || part) intent = 'result';
  // "“十四五”时期" with no other word is the plan; "“十四五”时期GDP年均增长多少" asks what it achieved.
  else if (planPeriod) intent = 'plan';

  if (language === 'en') text = `${translated.join(' ')} ${rest.trim()}`;
  // "没完成目标" is written "低于目标…个百分点" in the reports.
  if (asksAboutShortfall(question)) text = `${text} ${SHORTFALL_REPORT_PHRASE}`;
  return {
    question,
    language,
    places: foundPlaces,
    unknownPlaces,
    years: [...years].sort(),
    planPeriod,
    part,
    intent,
    indicators: specific,
    searchText: text,
    wantsPriorities,
    wantsReason,
    // "福建省2026年固定资产投资增长目标？" asks a number without saying 多少.
    wantsQuantity:
      (asksForQuantity(question) || (specific.length > 0 && !wantsReason && !asksHow(question) && asksForValueOfIndicator(question))) &&
      !wantsPriorities,
  };
}

/** The names of an indicator that a normalised, lower-cased text contains. */
function indicatorNamesIn(ind: IndicatorEntry, normalizedText: string): string[] {
  return [ind.name, ...ind.synonyms]
    .map((n) => normalizeForSearch(n).toLowerCase())
    .filter((n) => n.length >= 2 && normalizedText.includes(n));
}

function aliasIn(text: string, alias: string): boolean {
  if (/^[a-z' ]+$/i.test(alias)) return new RegExp(`(?<![a-z])${escapeRegExp(alias)}(?![a-z])`, 'i').test(text);
  return text.includes(alias);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
