import { normalizeForSearch } from '../ingest/normalize-search.js';
import { indicatorMention } from './indicator-mention.js';
import { toSimplified } from '../lang/zh/simplified.js';
import { glossary, placeAliases, type IndicatorEntry } from '../lang/zh/glossary.js';

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
  part: 'Q1' | 'H1' | 'Q1-3' | null;
  intent: Intent;
  indicators: IndicatorEntry[];
  /** Chinese text to search with: the question, English terms replaced by their Chinese. */
  searchText: string;
  wantsPriorities: boolean;
  wantsReason: boolean;
  wantsQuantity: boolean;
}

const PLAN_WORDS = /目标|计划|预期|力争|打算|安排|要求|拟|将要|target|goal|plan|aim|expect|project|forecast/i;
const RESULT_WORDS = /实现了|完成了|增长了|达到了|是多少|有多少|多少|实际|完成|实现|was|were|did|achieved|actual|reached|grew|recorded/i;
const PRIORITY_WORDS =
  /工作重点|重点工作|重点任务|工作任务|主要工作|重点(推进|做好|抓好)|主要任务|工作安排|哪几方面|哪些方面|几方面|哪几项|priorit|focus|key tasks|main tasks|summar/i;
const QUANTITY_WORDS = /多少|几|多大|规模|增速|增幅|变化|变动|how (many|much)|what (is|was|were|are)|rate|number|目标是/i;
const REASON_WORDS = /为什么|为何|原因|怎么没|why|reason/i;
/** How-questions ask for measures, not a value: "如何促进固定资产投资增长". */
const HOW_WORDS = /如何|怎样|怎么|措施|举措|办法|\bhow (to|do|does|will|can)\b/i;
const ACHIEVEMENT_WORDS = /成效|成绩|成果|取得|完成了/;
/** With an indicator named, these ask for its value: a target, a growth rate, a level. */
const VALUE_OF_INDICATOR = /目标|预期|增长|增速|增幅|涨幅|下降|总量|达到|target|growth|grow|level/i;

const GENERIC_SUBJECT =
  /^(全|本|我|今|去|明|前|近|过去|到|截至|截止|在|于|从|自|与|和|对|关于|请|总结|介绍|比较|对比|说说|讲讲|列出|哪|什么|为什么|为何|如何|怎么)/;
const CN_YEAR: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};
const FIVE_YEAR_PLANS: Record<string, [number, number]> = { 十三五: [2016, 2020], 十四五: [2021, 2025], 十五五: [2026, 2030] };

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
  const leading =
    /^(?:请问)?([\u4e00-\u9fff]{2,4}(?:区|县|市|省))(?=\d|[\u4e00-\u9fff]{0,2}(?:的|在|\d|今年|去年|全年|上半年|一季度|GDP|经济|地区))/.exec(
      text,
    );
  if (leading && !foundPlaces.length && !unknownPlaces.length && !/^(全|本|我|城|新|开发|园|街)/.test(leading[1]))
    unknownPlaces.push(leading[1]);
  // "火星2024年GDP": whatever stands before the year is the subject; when it is no place we know
  // and no generic word, the question is about somewhere the corpus does not cover.
  const subject = /^(?:请问)?([\u4e00-\u9fff]{2,6})(?=(?:19|20)\d{2}年)/.exec(text);
  if (subject && !foundPlaces.length && !unknownPlaces.length && !GENERIC_SUBJECT.test(subject[1])) unknownPlaces.push(subject[1]);

  const years = new Set<number>();
  for (const m of text.matchAll(/(?<!\d)(19[5-9]\d|20\d{2})(?!\d)/g)) years.add(Number(m[1]));
  for (const m of text.matchAll(/([〇零一二三四五六七八九]{4})年/g)) years.add(Number([...m[1]].map((c) => CN_YEAR[c]).join('')));
  let planPeriod: { from: number; to: number } | null = null;
  for (const [name, [from, to]] of Object.entries(FIVE_YEAR_PLANS)) {
    if (text.includes(name) || (name === '十四五' && /14th five-year|fourteenth five-year/i.test(lower))) planPeriod = { from, to };
  }
  const part = /前三季度|first three quarters/i.test(text)
    ? 'Q1-3'
    : /上半年|first half|h1/i.test(text)
      ? 'H1'
      : /一季度|first quarter|\bq1\b/i.test(text)
        ? 'Q1'
        : null;

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

  const wantsReason = REASON_WORDS.test(text);
  // "主要工作取得了哪些成效" asks what was achieved, not the plan's outline.
  const wantsPriorities = PRIORITY_WORDS.test(question) && !ACHIEVEMENT_WORDS.test(question);
  let intent: Intent = 'any';
  if (/(没|未|是否)(完成|实现|达到)|完成率|completion/i.test(text)) intent = 'result';
  else if (PLAN_WORDS.test(text)) intent = 'plan';
  else if (intentFromEnglish) intent = intentFromEnglish;
  else if (RESULT_WORDS.test(text) || part) intent = 'result';
  // "“十四五”时期" with no other word is the plan; "“十四五”时期GDP年均增长多少" asks what it achieved.
  else if (planPeriod) intent = 'plan';

  if (language === 'en') text = `${translated.join(' ')} ${rest.trim()}`;
  // "没完成目标" is written "低于目标…个百分点" in the reports.
  if (/(没有?|未)(完成|达到|实现)|shortfall|fell short|miss(ed)? (the )?target/i.test(question)) text = `${text} 低于目标`;
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
      (QUANTITY_WORDS.test(question) ||
        (specific.length > 0 && !wantsReason && !HOW_WORDS.test(question) && VALUE_OF_INDICATOR.test(question))) &&
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
