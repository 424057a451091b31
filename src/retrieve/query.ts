import { asksOutlineOfCount } from '../lang/zh/priority-words.js';
import { STREAK_LENGTH_QUESTION } from '../lang/zh/span-words.js';
import { withHyphensInWords } from '../lang/en/english-spellings.js';
import { attributesAsked, nameShapeAsked, withoutNameShapes } from '../lang/zh/attribute-words.js';
import { withSelfCorrection } from '../understand/self-correction.js';
import { isOnlyGreeting } from '../lang/zh/greeting-words.js';
import { asksHowManyInCounter, asksPercent } from '../lang/zh/asked-shape-words.js';
import { withoutWhichOfThem } from '../lang/zh/comparison-follow-up-words.js';
import { normalizeForSearch } from '../lang/zh/normalize.js';
import { indicatorMention } from './indicator-mention.js';
import {
  NEUTRAL_BEFORE,
  QUESTION_LEAD_IN,
  SUBJECT_TAKING_VERB,
  TIME_BEFORE_VERB,
  WHOLE_BEFORE_VERB,
} from '../lang/zh/indicator-context.js';
import { toSimplified } from '../lang/zh/simplified.js';
import { capitalised } from '../lang/en/capitalised.js';
import { cityOfShortName, countyBeforeYear, provinceOf, glossary, placeAliases, type IndicatorEntry } from '../lang/zh/glossary.js';
import { FIVE_YEAR_PLANS } from '../lang/zh/five-year-plans.js';
import {
  asksAboutAttainment,
  asksAboutShortfall,
  asksForPlan,
  asksForResult,
  asksForResultBeyondHowMuch,
  namesTask,
  asksWhetherCompleted,
  SHORTFALL_REPORT_PHRASE,
} from '../lang/zh/intent-words.js';
import { partOfYearAsked, type PartOfYear } from '../lang/zh/part-of-year-words.js';
import {
  citiesAfterProvince,
  leadingPlaceName,
  RELATIVE_YEAR_AFTER_SUBJECT,
  subjectBeforeIndicator,
  subjectBeforeShortYear,
  subjectOfFollowUp,
  subjectBeforeYear,
} from '../lang/zh/place-shapes.js';
import { asksMainTargets } from '../lang/zh/main-target-words.js';
import { RANKING_ASKED_AFTER_NAME } from '../lang/zh/rank-words.js';
import {
  asksForAchievements,
  asksForPriorities,
  asksForQuantity,
  asksForValueOfIndicator,
  asksHow,
  asksHowItWent,
} from '../lang/zh/question-words.js';
import { asksForReason } from '../lang/zh/reason-words.js';
import { asksAboutEvents } from '../lang/zh/event-words.js';
import { asksWhichPlace, isOfLowerLevel } from '../lang/zh/superlative-words.js';
import {
  ENGLISH_NATIONAL_SUBJECT,
  ENGLISH_NATIONAL_TITLE,
  ENGLISH_WHICH_PLACE,
  LEADING_NATIONAL_SUBJECT,
  NATIONAL_TITLE_CONFERRED,
  NATIONAL_ISSUER,
  NATIONAL_RANK_CONTEXT,
  NATIONAL_LIST_NAMED,
  NATIONAL_AS_GIVER,
  CAPITAL_AS_GIVER,
  CONFERRING_PLACE,
  ENGLISH_NAME_BEFORE_PLACE_KIND,
  isNameLike,
} from '../lang/zh/place-words.js';
import { regions } from '../lang/zh/regions.js';
import { withoutNamesOpeningEntities } from '../understand/entity-named-after-place.js';
import { RECENT_YEARS, resolveYears } from '../lang/zh/relative-years.js';
import { writtenAsComparisonBase } from '../lang/zh/year-comparison-words.js';
import type { IntentName } from '../lang/zh/intent-examples.js';
import { toReportWording } from '../lang/zh/colloquial-phrasings.js';
import { interchangeableWordsIn } from '../lang/zh/interchangeable-words.js';
import { asksQuantityInEnglish, indicatorsNamedByVerb } from '../lang/zh/english-indicator-verbs.js';
import { asksSinceFounding, withoutSinceFounding } from '../lang/zh/since-founding-words.js';
import { type AskedCurrency, askedCurrency } from '../lang/zh/currency-words.js';
import { expandPinyinInitialsInEnglish, expandPlaceAbbreviations, placeNamesInLatin } from '../lang/zh/place-abbreviations.js';
import { classifyIntent } from '../understand/intents.js';
import { asksAboutPlaceOnly } from '../understand/place-only-question.js';
import {
  englishLexicon,
  qualifiedHeadwords,
  qualifiersBefore,
  qualifiersInside,
  nounPhraseCompounds,
  reportSensePhrases,
  reportWordingsOf,
  singular,
  translateContentWords,
  type LexiconTranslation,
} from '../lang/en/english-lexicon.js';
import { withoutEventYears } from '../lang/zh/event-years.js';
import { fusedPairSpellings } from '../lang/zh/paired-compounds.js';
import {
  isPinyinWord,
  pinyinNameRuns,
  unknownLowerCaseWords,
  unknownProperNames,
  withoutPinyinGlosses,
} from '../lang/en/english-proper-names.js';
import { ENGLISH_STOP_WORDS } from '../lang/en/stop-words.js';
import { moneyThresholdsIn } from '../lang/en/english-money-thresholds.js';
import { editionSpellings, editionsIn, numberedNamesIn, numberedNameSpellings } from '../lang/en/english-numbered-names.js';
import { PRIORITY_THEMES } from '../lang/zh/priority-themes.js';
import {
  englishPhrasePattern,
  headOfQuotedName,
  modifiedByWord,
  hyphenatedInto,
  compoundedInto,
  readEnglishTerms,
  SUBJECT_MEASURE_WORDS,
  termsQualifyingIndicators,
  type EnglishTermFound,
} from '../lang/en/english-terms.js';
import { qualifierBeforeHeadNoun, partShareOfEconomy, shareOfWhole } from '../lang/en/english-share-wording.js';
import { splitPhrasesIn } from '../lang/en/english-split-phrases.js';
import { MEASURE_WORDS, OUTLINE_ASKING_WORDS } from '../lang/en/english-topic-words.js';
import { asksInFutureTense, asksPastIntention } from '../lang/en/english-future-wording.js';
import { isTimeOnlyFollowUp, isWrittenAsKeywords } from '../lang/en/english-question-openers.js';
import { asksInAUnit } from '../lang/en/english-units.js';
import { BARE_FIVE_YEARS, namesPlanByOrdinal, PLAN_NAME, RELATIVE_PLANS } from '../lang/en/english-plan-spans.js';
import { comparesInEnglish } from '../lang/en/english-comparatives.js';
import { withoutCountryInNames } from '../lang/en/english-country-in-names.js';
import {
  asksEconomyGrowth,
  asksGrowthRanked,
  ECONOMY_INDICATOR,
  ECONOMY_WIDE_INTENTS,
  namesEconomy,
  speaksOfEconomy,
} from '../lang/zh/economy-words.js';
import { RATE_INTRODUCERS } from '../lang/zh/change-words.js';
import { blankNotPlaceWords, editDistance, matchPlaces, type PlaceSuggestion } from '../understand/place-match.js';
import { yearsBySide } from '../understand/side-years.js';

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
  /** Cities named inside a province the question also names ("广东深圳去年GDP多少"): asked in that province's report. */
  citiesWithin?: string[];
  years: number[];
  /** "十四五" and the like: the plan period asked about. */
  planPeriod: { from: number; to: number } | null;
  /** The plan period asked ended before this year ("十四五期间" asked in 2026): its results are held. */
  planPeriodOver?: boolean;
  part: PartOfYear | null;
  intent: Intent;
  /** A result read only from a year that is over ("how many … in 2025?"), no word of the question asking it. */
  resultFromPastYear?: boolean;
  /**
   * A plan read only from its years being to come (a task's number asked how many of this year, "今年开工筹集…多少套"): the
   * first year not yet over when it was read, so a follow-up about a year before it asks a result.
   */
  planOfYearsFrom?: number;
  indicators: IndicatorEntry[];
  /** Chinese text to search with: the question, English terms replaced by their Chinese. */
  searchText: string;
  /**
   * An English question's words the glossary does not know, with the dictionary's Chinese for them
   * (alternatives: a sentence need write only one).
   */
  lexiconTranslations?: LexiconTranslation[];
  /**
   * An English question's glossary terms whose Chinese are alternative report wordings ("major projects" →
   * 重大项目, 重点项目, 重大工程): a sentence is about the term when it writes any of them.
   */
  termAlternatives?: LexiconTranslation[];
  /**
   * An English question's nouns with the qualifiers before them, as the reports write the whole name
   * ("national key labs" → 全国重点实验室): a sentence writing one names the asked subject itself.
   */
  englishCompounds?: string[];
  wantsPriorities: boolean;
  wantsReason: boolean;
  wantsQuantity: boolean;
  /** What kind of question it is, by the intent classifier trained from the examples file. */
  ask: IntentName;
  /** The classifier's probability for `ask`; below CONFIDENT it decides nothing on its own. */
  askConfidence: number;
  /** How a relative or abbreviated year was read ("去年" → 2025), to state in the answer. */
  yearNotes: { phrase: string; year: number }[];
  /** A place written with a typo, read as the known place it is nearest to ("拱树区" → 拱墅区). */
  placeSuggestions: PlaceSuggestion[];
  /** Regions named ("长三角"), whose covered members are in `places`. */
  regions: string[];
  /**
   * A report named by its year ("24年政府工作报告里…") and no other year asked: the report's year and the year its
   * years were read as (the year before for a result, the report's own otherwise); the other reading is tried
   * when this one finds nothing, since a report holds both the year it reviews and the year it plans.
   */
  namedReport?: { year: number; phrase: string; readAs: number };
  /** The review since the place was set up is asked ("钱塘新区成立以来", "since its launch"): see since-founding-words.ts. */
  sinceFounding?: boolean;
  /** The currency an amount is asked in ("折合人民币多少", "in US$"): see currency-words.ts. */
  currency?: AskedCurrency;
  /**
   * Two places each named with a year of its own ("云南24年…和浙江今年…"): each place's years, in the order of `places`;
   * each side of the comparison is asked in its own.
   */
  sideYears?: number[][];
  /** A run of years asked ("近三年", "2021到2024"), whose ends are in `years`. */
  yearSpan: { from: number; to: number } | null;
  /**
   * Whether the question asks if a target was met ("完成目标了吗", "did X hit its target"): its
   * answer needs the target and the actual figure side by side.
   */
  asksAttainment: boolean;
  /**
   * Whether the question asks a plan's main targets in general ("广东2026年有啥目标"), answered with
   * the plan's own list; a follow-up ("第二条呢", "那江苏呢") keeps asking it.
   */
  asksMainTargets?: boolean;
  /**
   * Set when the economy (GDP) was read into a question that does not name it: one that names only
   * a place and asks how it did ("安徽去年成绩单"), or asks a growth with no indicator ("哪个增长更快",
   * "Which one grew faster?"). The question as written, without it (no indicator), and whether its words ask a
   * figure (a growth) rather than only how the place did. In a conversation that reading comes
   * first: "哪个增长更快？" after 上海 and 北京's GDP compares the two; "钱塘区怎么样？" after an
   * outline question asks 钱塘区's outline.
   */
  economyAssumed?: { wantsQuantity: boolean; intent: Intent; asksFigure: boolean };
  /**
   * The country is the place only because 全国 is written as the field of a rank or share and no
   * other place is named ("在全国排第几", "占全国多少"): in a conversation, the place talked about is meant.
   */
  nationalAsField?: boolean;
  /**
   * The wording whose attribute kinds are asked (src/lang/zh/attribute-words.ts), when it is not the question's own: "那晶圆呢"
   * after "碳化硅衬底是几英寸的" asks the size of the wafers too. Unset: the question's own wording.
   */
  attributesFrom?: string;
  /**
   * The country is the place only because an English title opens with "national" ("national new-urbanisation pilots"):
   * in a conversation about a place, that place's titles are meant.
   */
  nationalAsTitle?: boolean;
  /**
   * In a conversation: the span of years ("过去五年") was read from an earlier question into one that names a topic of its
   * own ("基本养老保险覆盖多少人"). The span says which report's review answers; the question's own ask stands, so an
   * amount is the span's figure, not the span's years one by one.
   */
  spanCarried?: boolean;
  /**
   * In a conversation: "那25年呢" after "24年报告里增加了多少": the earlier question asked the difference to the year before,
   * and the follow-up switches only the year or the place, so it asks that difference too (the report's stated 比上年增加).
   */
  differenceCarried?: boolean;
  /**
   * "那年落地的高层次人才创业项目呢" after "…人才新政是多少条": the count's measure word (条) came with the earlier question's
   * ask, carried to a subject of the follow-up's own, which may be counted in another (61个). It asks a count, not that unit.
   * The words carried ("多少条").
   */
  unitCarried?: string;
  /**
   * "转移支付增长百分之几": a growth asked in per cent, as written before the everyday wordings were read (they make it
   * "增长多少", so it is read as no share). A rate answers it, never an amount's increase.
   */
  percentAsked?: boolean;
  /**
   * "那前一年呢" after a question of no year, answered with the latest results: the offset from the place's latest
   * results year the follow-up asks, not from today's (the engine knows which years the reports hold).
   */
  latestYearShift?: number;
  /** In a conversation: every place its questions have named so far, first named first. */
  conversationPlaces?: string[];
  /** …and every year its questions have asked, first asked first: the two a "两年一样多吗" sets side by side. */
  conversationYears?: number[];
  /** A follow-up read as asking the conversation's two years ("两年一样多吗"): its years are those two. */
  bothYearsTalked?: boolean;
  /** …and of the years asked, those last asked as plans ("今年定了多少"), not results: each is read as its target then. */
  conversationPlanYears?: number[];
  /** …and those named since a question last asked a topic of its own: the places "哪个更快" compares. */
  topicPlaces?: string[];
  /**
   * Things named after a place the corpus has no report from ("宁波舟山港", "揭阳潮汕机场"), read
   * as the thing, not the place: a sentence answers only when it names one of them.
   */
  namedThings?: string[];
}

export interface UnderstandOptions {
  /** Today, for 今年/去年/明年; the clock's date when unset. */
  today?: Date;
  /**
   * How often the reports write a Chinese word: an English question's words the glossary does not
   * know are translated into the lexicon's headwords the reports write. Unset: all headwords count.
   */
  timesWritten?: (chinese: string) => number;
  /** In how many report sentences two Chinese words are written together: an English word's headwords are chosen by the question's other words. */
  writtenTogether?: (a: string, b: string) => number;
  /** The reports' Chinese spellings of a romanised name ("Zhongguancun" → 中关村), most written first; none when unset. */
  romanisedName?: (name: string, beside?: readonly string[]) => readonly string[];
}

/** Places the corpus covers, from its metadata, with the glossary's aliases and the short forms. */
export function knownPlaces(issuers: readonly string[]): KnownPlace[] {
  return issuers.map((issuer) => ({ issuer, aliases: placeAliases(issuer) }));
}

/** The words before a growth asked, places, years and asking words taken out ("园区亩均税收" of "湖南园区亩均税收25年要增长多少"). */
function subjectBeforeGrowth(question: string, placeNames: readonly string[]): string {
  const at = question.search(GROWTH_ASKED_AT);
  const before = at >= 0 ? question.slice(0, at) : '';
  return [...placeNames]
    .sort((a, b) => b.length - a.length)
    .reduce((t, p) => t.split(p).join(' '), before)
    .replace(/(?:19|20)?\d{2}年|[今去明前]年|全[省市区国]|目标|计划|预期|今年|的|要|是/g, ' ');
}

/** Whether some run of the words is a phrase the reports write (four characters of it, or the whole of a shorter run). */
function writesReportSubject(words: string, timesWritten: UnderstandOptions['timesWritten']): boolean {
  if (!timesWritten) return false;
  for (const run of words.match(/[\u4e00-\u9fff]{3,}/g) ?? []) {
    const size = Math.min(REPORT_PHRASE, run.length);
    for (let i = 0; i + size <= run.length; i++) if (timesWritten(run.slice(i, i + size)) > 0) return true;
  }
  return false;
}

/**
 * The language a question is written in: Chinese when it writes Chinese beyond the names of places; an English question
 * naming a place in Chinese ("what about 安徽 — how many smart factories this year?") is English. Two English words at
 * least: "浙江GDP" is Chinese.
 */
function questionLanguage(asked: string, places: readonly KnownPlace[]): 'zh' | 'en' {
  if (!HAN.test(asked)) return 'en';
  if (!ENGLISH_WORDS.test(asked)) return 'zh';
  const names = places
    .flatMap((p) => [p.issuer, ...p.aliases])
    .filter((n) => HAN.test(n))
    .sort((a, b) => b.length - a.length);
  const rest = names.reduce((t, n) => t.split(n).join(' '), asked);
  return HAN.test(rest) ? 'zh' : 'en';
}
const HAN = /[\u4e00-\u9fff]/;
/** Two English words, each of two letters or more. */
const ENGLISH_WORDS = /[a-z]{2,}[\s-]+[a-z]{2,}/i;

/** Characters of a run looked up as a phrase of the reports. */
const REPORT_PHRASE = 4;
/** Where a question's growth asked starts ("增长目标", "要增长", "增速"). */
const GROWTH_ASKED_AT = /增长|增速|预期增长/;

let latinPlaceWords: ReadonlySet<string> | null = null;
/**
 * Whether a lowercase word is a place's name in Latin letters (the glossary's, covered or not: "jilin", "xinjiang"), a stop
 * word or a dictionary word ("capita"): no pinyin gloss to take out.
 */
function isPlaceOrEnglishWord(word: string): boolean {
  latinPlaceWords ??= new Set(glossary().places.flatMap((p) => p.aliases.map((a) => a.toLowerCase())));
  return ENGLISH_STOP_WORDS.has(word) || englishLexicon().get(singular(word)) !== undefined || latinPlaceWords.has(word);
}

export function understandQuery(asked: string, places: readonly KnownPlace[], options: UnderstandOptions = {}): UnderstoodQuery {
  const language = questionLanguage(asked, places);
  // Read in the reports' simplified characters ("錢塘區2024年GDP" is 钱塘区's), and in the reports'
  // own words: "老百姓一年挣多少" asks 居民人均可支配收入.
  // "浙江2024年，不对，2023年GDP…": a question that corrects itself is read as it was meant.
  const asWritten = withSelfCorrection(
    language === 'zh' ? toSimplified(asked) : asked,
    places.flatMap((p) => [p.issuer, ...p.aliases]),
  );
  // "沪2025年GDP" names 上海: abbreviations are read as the short names the glossary knows.
  const question = withAcronymTyposMended(
    toReportWording(
      language === 'zh'
        ? expandPlaceAbbreviations(asWritten)
        : placeNamesInLatin(expandPinyinInitialsInEnglish(withHyphensInWords(withoutPinyinGlosses(asWritten, isPlaceOrEnglishWord)))),
    ),
    language,
  );
  // "the China International Import Expo" names an event (written in Shanghai's report), not the country as the place.
  let text = language === 'en' ? withoutCountryInNames(question.normalize('NFKC')) : question.normalize('NFKC');
  const lower = text.toLowerCase();

  // English indicator phrases first, longest first, so "national high-tech enterprises" is not a place.
  const indicators: IndicatorEntry[] = [];
  const translated: string[] = [];
  /** The Chinese of English words that name no indicator on their own ("NEVs" → 新能源汽车, "on the road" → 保有量). */
  const termsTranslated: string[] = [];
  /** Those of them that name a subject ("integrated circuits" → 集成电路), not a change ("growth" → 增长). */
  const subjectsTranslated: string[] = [];
  // "What share of Jiangsu's investment is private?" is read as "… share of jiangsu's private investment".
  // "growth in the Asian Games year": the event says the year asked (relative-years.ts), no subject (亚运会).
  let rest = ` ${language === 'en' ? withoutNameShapes(qualifierBeforeHeadNoun(withoutEventYears(lower), isEnglishName)) : lower} `;
  let intentFromEnglish: Intent | null = null;
  /** The English the glossary's terms were read from: no intent word inside them ("projects" holds "project"). */
  const termsRead: string[] = [];
  const termAlternatives: LexiconTranslation[] = [];
  const englishCompounds: string[] = [];
  // A qualified noun read before the indicators ("invention patents granted", 发明专利授权量) is not the
  // indicator its Chinese holds (有效发明专利拥有量): its Chinese joins no indicator's name below.
  const takeTerms = (found: readonly EnglishTermFound[], joinsIndicatorNames = true, searched = '') => {
    for (const { term, en, at } of found) {
      // The reports' other wordings of the term ("college graduates": 高校毕业生 beside 大学生) are searched and count as it.
      const otherWordings = language === 'en' ? reportWordingsOf(en) : [];
      // "national key labs": the qualifiers before the term, as the reports prefix its Chinese (全国重点实验室).
      const qualified =
        language === 'en' && !term.intent
          ? qualifiedHeadwords(
              [...qualifiersBefore(searched.slice(0, at)), ...qualifiersInside(en, term.zh)],
              [...term.zh, ...otherWordings],
              options.timesWritten ?? everyCompound,
            )
          : [];
      englishCompounds.push(...qualified);
      const wordings = [...new Set([...qualified, ...term.zh, ...otherWordings])];
      if ((term.alternatives && term.zh.length > 1) || otherWordings.length || qualified.length)
        termAlternatives.push({ english: en, chinese: wordings });
      translated.push(...wordings);
      if (joinsIndicatorNames) termsTranslated.push(...term.zh);
      if (!term.intent) termsRead.push(en);
      if (!term.intent && term.zh.some((zh) => !SUBJECTLESS_TERMS.includes(zh))) subjectsTranslated.push(...term.zh);
      if (term.intent === 'plan' || (term.intent === 'result' && !intentFromEnglish)) intentFromEnglish = term.intent;
    }
  };
  // "private investment" is 民间投资, not 固定资产投资: a report noun holding an indicator's English name
  // is read before the indicators' names.
  const qualifiedFound: EnglishTermFound[] = [];
  if (language === 'en') {
    const qualified = readEnglishTerms(
      rest,
      termsQualifyingIndicators(),
      glossary().indicators.flatMap((i) => i.en),
    );
    rest = qualified.rest;
    takeTerms(qualified.found, false, rest);
    qualifiedFound.push(...qualified.found);
  }
  const phrases = indicatorPhrasesLongestFirst();
  // "How much investment did the key projects complete": a subject the glossary names beside a bare measure word
  // is what the word measures; the word is then read as a plain word, not as its indicator.
  const namesSubject =
    language === 'en' &&
    [...qualifiedFound, ...readEnglishTerms(rest, glossary().english).found].some(
      ({ term }) => !term.intent && term.zh.some((zh) => !SUBJECTLESS_TERMS.includes(zh) && !MEASURE_WORDS.has(zh)),
    );
  // "guangdong logistics costs as a share of gdp": the whole a share is taken of is the denominator its
  // sentence writes (与地区生产总值的比率), searched for, but no indicator asked when the part names a subject.
  const share = language === 'en' ? shareOfWhole(rest) : null;
  // "What share of Guangdong's economy is the tertiary sector?" asks the tertiary sector's share (第三产业比重), the
  // name English writes as "tertiary sector share".
  const economyShare = language === 'en' ? partShareOfEconomy(rest) : null;
  if (economyShare) rest = rest.split(economyShare.part).join(` ${economyShare.asShare} `);
  const isPlaceWord = (word: string) => places.some((p) => p.aliases.some((a) => a.toLowerCase() === word));
  const partNamesSubject = (share?.part ?? '')
    .split(/[^a-z&'-]+/)
    .map((w) => w.replace(/'s$/, ''))
    .some((w) => w.length >= 3 && !ENGLISH_STOP_WORDS.has(w) && !isPlaceWord(w));
  for (const { en, ind } of phrases) {
    if (namesSubject && SUBJECT_MEASURE_WORDS.includes(en.toLowerCase())) continue;
    // "one-thing services", "real estate investment": a bare measure word right after a word of its own
    // (no place, no stop word) measures that word's subject, not the indicator it names alone.
    if (language === 'en' && SUBJECT_MEASURE_WORDS.includes(en.toLowerCase()) && modifiedByWord(rest, en, isPlaceWord)) continue;
    if (language === 'en' && headOfQuotedName(question, en)) continue;
    // "low-income", "high-income": a word joined to the name by a hyphen makes another word, not the indicator.
    if (language === 'en' && hyphenatedInto(rest, en)) continue;
    // "corporate income tax rate": a word after the name makes another thing (所得税), not the indicator.
    if (language === 'en' && compoundedInto(rest, en)) continue;
    if (
      share &&
      partNamesSubject &&
      englishPhrasePattern(en).test(` ${share.whole} `) &&
      !englishPhrasePattern(en).test(` ${share.part} `)
    ) {
      rest = rest.replace(englishPhrasePattern(en), ' ');
      translated.push(ind.name);
      continue;
    }
    // "urban rural income gap" is "urban-rural income gap": words joined by a space, a hyphen or quotes.
    const re = englishPhrasePattern(en);
    if (re.test(rest)) {
      // In a Chinese question "GDP" may sit inside another indicator's name ("占GDP比重").
      if (language === 'zh' && indicatorMention(lower, [en.toLowerCase()]) === 0) continue;
      rest = rest.replace(re, ' ');
      if (!indicators.includes(ind)) indicators.push(ind);
      translated.push(ind.name);
    }
  }
  // "created the most jobs": an indicator named by its verb.
  for (const name of language === 'en' ? indicatorsNamedByVerb(lower) : []) {
    const ind = glossary().indicators.find((i) => i.name === name);
    if (ind && !indicators.includes(ind)) {
      indicators.push(ind);
      translated.push(ind.name);
    }
  }
  // The reports' wordings of English phrases ("processing time" → 办理时限, "regular high school" →
  // 普通高中), read whole though a word of them is a stop word ("time") or a glossary term ("school" → 学校,
  // then not read on its own); a longer glossary term wins. They are dictionary readings, and their words are
  // read by the dictionary no more.
  const senseReadings: LexiconTranslation[] = [];
  // Where each reading stands in the question: its blanked length, and its phrase's own.
  const senseSpans: { at: number; length: number; phrase: number }[] = [];
  if (language === 'en') {
    const written = options.timesWritten ?? (() => 1);
    const senses = readEnglishTerms(rest, reportSensePhrases(englishTermNames()), englishTermNames());
    for (const { term, en, at } of senses.found) {
      senseReadings.push({ english: en, chinese: term.zh.filter((zh) => written(zh) > 0) });
      const length = [...senses.rest.slice(at)].findIndex((ch) => ch !== ' ');
      senseSpans.push({ at, length: length < 0 ? senses.rest.length - at : length, phrase: en.length });
    }
  }
  const terms = readEnglishTerms(rest, glossary().english);
  const termsSearched = rest;
  rest = terms.rest;
  // "tech leading talents": a glossary word inside a longer report phrase ("leading" → 龙头 inside "leading talents" → 领军人才)
  // is part of that phrase, read whole, not a subject of its own a passage must also write. Words of intent are read as ever.
  const insideSense = ({ term, en, at }: EnglishTermFound) =>
    !term.intent && senseSpans.some((span) => span.at <= at && at + en.length <= span.at + span.phrase && en.length < span.phrase);
  const inside = terms.found.filter(insideSense);
  takeTerms(
    terms.found.filter((t) => !inside.includes(t)),
    true,
    termsSearched,
  );
  // Still a subject named: "How fast did Anhui's strategic emerging industries grow" asks no GDP.
  for (const { term, en } of inside) {
    termsRead.push(en);
    if (term.zh.some((zh) => !SUBJECTLESS_TERMS.includes(zh))) subjectsTranslated.push(...term.zh);
  }
  for (const { at, length } of senseSpans) rest = `${rest.slice(0, at)}${' '.repeat(length)}${rest.slice(at + length)}`;
  // "average new jobs per year" (年均), "NEVs were registered" (上牌): words apart that the reports write as one.
  if (language === 'en') translated.push(...splitPhrasesIn(lower));

  // Content words the glossary does not know ("loans outstanding", "services trade"): the
  // dictionary's Chinese for them, as the reports write it, searched for as well. Place names are
  // no content words.
  const lexiconTranslations: LexiconTranslation[] = [...senseReadings];
  if (language === 'en') {
    const placeWords = new Set([
      ...places.flatMap((p) => p.aliases.flatMap((a) => a.toLowerCase().split(/[^a-z]+/))),
      ...glossaryPlaceWords(),
    ]);
    // The glossary's readings so far (its terms, the indicators' names) choose among a word's headwords;
    // a change or a measure (增长, 占比) is written beside anything and chooses nothing.
    const context = translated.filter((zh) => !MEASURE_WORDS.has(zh) && !SUBJECTLESS_TERMS.includes(zh));
    // "10-billion-yuan-plus projects": a size class by money, as the reports write it (百亿元以上), when they write it. It
    // sets the subject apart as a name does: a passage that does not write it is about other projects.
    for (const { written, at, chinese } of moneyThresholdsIn(rest)) {
      const spellings = chinese.filter((zh) => (options.timesWritten ?? (() => 0))(zh) > 0);
      if (!spellings.length) continue;
      lexiconTranslations.push({ english: written, chinese: spellings, name: true });
      rest = `${rest.slice(0, at)}${' '.repeat(written.length)}${rest.slice(at + written.length)}`;
    }
    lexiconTranslations.push(
      // "counting from its new-area launch": the review since founding is a period (sinceFounding), its words no subject.
      ...translateContentWords(withoutSinceFounding(rest), {
        exclude: placeWords,
        timesWritten: options.timesWritten,
        writtenTogether: options.writtenTogether,
        context,
      }),
    );
    // "Zhongguancun park", "Xiong'an": a romanised name no dictionary knows is read as the reports spell it
    // in characters (中关村, 雄安), found by its pinyin in the reports themselves.
    if (options.romanisedName) {
      const readWords = new Set(lexiconTranslations.flatMap((t) => t.english.split(' ')));
      const besideWords = () =>
        [...new Set([...translated, ...lexiconTranslations.flatMap((t) => t.chinese)])].filter((zh) => zh.length >= 2);
      // "Xu Teli": a name romanised in words of its own is read whole first (徐特立), its words then read as found.
      const isOther = (word: string) => placeWords.has(word) || readWords.has(word) || ENGLISH_STOP_WORDS.has(word);
      for (const run of pinyinNameRuns(question, isOther)) {
        const chinese = options.romanisedName(run.sound, besideWords());
        if (!chinese.length) continue;
        lexiconTranslations.push({ english: run.words.join(' '), chinese, name: true });
        for (const word of run.words) readWords.add(word);
      }
      for (const written of rest.split(/[^a-z'’-]+/)) {
        const word = written.replace(/['’]s$/, '').replace(/^['’-]+|['’-]+$/g, '');
        const sound = word.replace(/['’-]/g, '');
        if (sound.length < 4 || !isPinyinWord(sound) || readWords.has(word) || placeWords.has(word) || ENGLISH_STOP_WORDS.has(word))
          continue;
        if (englishLexicon().get(singular(word)) !== undefined) continue;
        // The question's other words as the reports write them: a name written once right before one is the name.
        const chinese = options.romanisedName(word, besideWords());
        if (chinese.length) {
          lexiconTranslations.push({ english: word, chinese, name: true });
          readWords.add(word);
        }
      }
    }
    // "Jilin-1 satellites": a name and its number, written in the reports as the name's characters and an ordinal with
    // 号 (“吉林一号”). The name's characters are a place's or a romanised name's; only spellings the reports write count.
    for (const { word, n, written } of numberedNamesIn(question)) {
      const place = glossary().places.find((p) => [p.name, ...p.aliases].some((a) => a.toLowerCase() === word));
      const names = [
        ...(place ? [place.name, ...place.aliases.filter((a) => /^[\u4e00-\u9fff]+$/.test(a))] : []),
        ...(options.romanisedName?.(word) ?? []),
      ];
      const spellings = [...new Set(names.flatMap((zh) => numberedNameSpellings(zh, n)))].filter(
        (zh) => (options.timesWritten ?? (() => 0))(zh) > 0,
      );
      if (spellings.length) lexiconTranslations.push({ english: written, chinese: spellings, name: true });
    }
    // "the 7th China International Import Expo": the edition the reports write before the event's name (第七届).
    for (const { n, written } of editionsIn(question)) {
      const spellings = editionSpellings(n).filter((zh) => (options.timesWritten ?? (() => 0))(zh) > 0);
      if (spellings.length) lexiconTranslations.push({ english: written, chinese: spellings, name: true });
    }
    // "Starbucks": a name no dictionary knows, left in the question once its terms were read, is a word
    // the reports do not write, as an untranslated dictionary word is.
    const translatedWords = new Set(lexiconTranslations.flatMap((t) => t.english.split(/[\s-]+/)));
    const isKnown = (word: string) =>
      placeWords.has(word) || translatedWords.has(word) || !rest.includes(word) || englishLexicon().get(singular(word)) !== undefined;
    for (const name of unknownProperNames(question, isKnown)) lexiconTranslations.push({ english: name, chinese: [] });
    // "anhui ethereum mining": a lower-case word no dictionary knows, and no typo of one, is a word the reports do not write.
    const inDictionary = (word: string) => englishLexicon().get(singular(word)) !== undefined;
    for (const word of unknownLowerCaseWords(rest, isKnown, inDictionary, (w) => ENGLISH_STOP_WORDS.has(w)))
      if (!lexiconTranslations.some((t) => t.english === word)) lexiconTranslations.push({ english: word, chinese: [] });
    // "water supply & drainage pipes": two readings the reports fuse into one word (供水, 排水 → 供排水) are covered by it.
    withFusedPairs(lexiconTranslations, options.timesWritten ?? (() => 0));
    for (const found of lexiconTranslations) translated.push(...found.chinese);
    englishCompounds.push(...lexiconTranslations.flatMap((t) => t.qualified ?? []));
    // "national advanced manufacturing clusters": the reports' whole name of a noun phrase read word by word.
    const readings = new Map<string, readonly string[]>();
    for (const { en, term } of [...qualifiedFound, ...terms.found])
      if (!term.intent && term.zh.length) readings.set(en.toLowerCase(), term.zh);
    for (const t of lexiconTranslations) if (t.chinese.length) readings.set(t.english, t.chinese);
    for (const zh of nounPhraseCompounds(lower, readings, options.timesWritten ?? everyCompound))
      if (!englishCompounds.includes(zh)) englishCompounds.push(zh);
  }

  const foundPlaces: string[] = [];
  // "新获评全国文明城市": a title conferred names no country.
  const placeProbe = `${text} ${rest}`.replace(TITLE_CONFERRED, ' ');
  for (const place of places) {
    if (place.aliases.some((a) => aliasIn(placeProbe, a))) foundPlaces.push(place.issuer);
  }
  // In the order the question names them: "浙江和江苏" answers Zhejiang first.
  const firstMention = (issuer: string) => {
    const lower = placeProbe.toLowerCase();
    const at = (places.find((p) => p.issuer === issuer)?.aliases ?? []).map((a) => lower.indexOf(a.toLowerCase())).filter((i) => i >= 0);
    return at.length ? Math.min(...at) : Number.MAX_SAFE_INTEGER;
  };
  foundPlaces.sort((a, b) => firstMention(a) - firstMention(b));
  // "杭州钱塘24年GDP", "杭州市钱塘区", "浙江杭州": a wider place written right before a place inside it names where that
  // place is, and is not asked about itself.
  const qualifying = placesQualifyingOthers(placeProbe.toLowerCase(), foundPlaces, places);
  if (qualifying.length) foundPlaces.splice(0, foundPlaces.length, ...foundPlaces.filter((p) => !qualifying.includes(p)));
  // "hk–zhuhai–macau bridge" (港珠澳大桥), "the Peaceful China assessment" (平安中国): a place inside a name the reports' words
  // were read from is no place asked — known or not, when another place is.
  const namesReadWhole = lexiconTranslations.filter((t) => t.chinese.length && /[\s-]/.test(t.english)).map((t) => t.english);
  const probeWithoutNames = namesReadWhole.reduce(
    (probe, name) => probe.split(name).join(' '.repeat(name.length)),
    placeProbe.toLowerCase(),
  );
  // The places found none of whose names a probe writes.
  const notWrittenIn = (probe: string) =>
    foundPlaces.filter((issuer) => !(places.find((p) => p.issuer === issuer)?.aliases ?? []).some((a) => aliasIn(probe, a.toLowerCase())));
  const onlyInNames = notWrittenIn(probeWithoutNames);
  if (onlyInNames.length && onlyInNames.length < foundPlaces.length)
    foundPlaces.splice(0, foundPlaces.length, ...foundPlaces.filter((p) => !onlyInNames.includes(p)));
  // "前年钱塘被杭州认定为总部型企业的 几家": the place that confers a title, beside the place asked, is not asked itself;
  // nor is the capital that gives ("shandong 2025 — money from beijing").
  const blank = (m: string) => ' '.repeat(m.length);
  const probeWithoutConferring = probeWithoutNames.replace(CONFERRING_PLACE, blank).replace(CAPITAL_AS_GIVER, blank);
  const onlyConferring = notWrittenIn(probeWithoutConferring);
  if (onlyConferring.length && onlyConferring.length < foundPlaces.length)
    foundPlaces.splice(0, foundPlaces.length, ...foundPlaces.filter((p) => !onlyConferring.includes(p)));
  // Where the question as written names a place (-1 when only its reading does).
  const placeMentionAt = (issuer: string) => {
    const at = firstMention(issuer);
    return at === Number.MAX_SAFE_INTEGER || at >= text.length ? -1 : at;
  };
  const hasNational = places.some((p) => p.issuer === NATIONAL_ISSUER);
  if (hasNational && !foundPlaces.length && LEADING_NATIONAL_SUBJECT.test(text)) foundPlaces.push(NATIONAL_ISSUER);
  // "浙江一般公共预算收入全国排第几" asks Zhejiang's rank, not the country's figure.
  // "全国第一个经济总量破5万亿的城市是哪个" asks which place: 全国 is the field there too.
  if ((foundPlaces.length > 1 || asksWhichPlace(text)) && NATIONAL_RANK_CONTEXT.test(text))
    foundPlaces.splice(foundPlaces.indexOf(NATIONAL_ISSUER) >>> 0, foundPlaces.includes(NATIONAL_ISSUER) ? 1 : 0);
  // "广冻核电装机占全国多少": 全国 is the field the share is of; the place asked may be a typo found below,
  // and only when none is found is the country the subject.
  const nationalOnlyAsField =
    foundPlaces.length === 1 &&
    foundPlaces[0] === NATIONAL_ISSUER &&
    NATIONAL_RANK_CONTEXT.test(text) &&
    !LEADING_NATIONAL_SUBJECT.test(text);
  if (nationalOnlyAsField) foundPlaces.length = 0;
  const known = new Set(places.map((p) => p.issuer));
  const unknownPlaces: string[] = [];
  const unknownPlaceProbe = blankNotPlaceWords(probeWithoutNames);
  for (const entry of glossary().places) {
    if (known.has(entry.name)) continue;
    if (
      [entry.name, ...entry.aliases].some((a) => aliasIn(unknownPlaceProbe, a)) &&
      !foundPlaces.some((f) => f.includes(entry.name) || entry.name.includes(f))
    ) {
      // "西湖" inside "西湖区" of a known place name is not another place.
      unknownPlaces.push(entry.name);
    }
  }
  // "广东深圳的地铁客流": a city within the province asked is what the question asks inside that province's
  // report, not another place beside it.
  const citiesWithin: string[] = [];
  for (let i = unknownPlaces.length - 1; i >= 0; i--) {
    const province = provinceOf(unknownPlaces[i]);
    if (province && foundPlaces.includes(province)) citiesWithin.unshift(...unknownPlaces.splice(i, 1));
  }
  // "江苏昆山GDP": a city named by its short name right after its province's (昆山 alone is no alias: it is written in
  // other words), as where a place stands.
  for (const province of foundPlaces)
    for (const city of citiesAfterProvince(text, province)) if (!citiesWithin.includes(city)) citiesWithin.push(city);
  // Regions stand for their covered members ("长三角"); a near miss of a known name is read as that
  // place and said so ("拱树区" → 拱墅区); only known names count as places.
  // A region that only opens the name of one thing the reports write ("长三角生态绿色一体化发展示范区") is no region asked.
  const { timesWritten } = options;
  const regionProbe = timesWritten
    ? withoutNamesOpeningEntities(
        placeProbe,
        regions().flatMap((r) => [r.name, ...r.aliases]),
        (name) => timesWritten(name) > 0,
      )
    : placeProbe;
  const matched = matchPlaces(regionProbe, places, regions());
  for (const member of matched.places) if (!foundPlaces.includes(member) && matched.regions.length) foundPlaces.push(member);
  const placeSuggestions = foundPlaces.length || unknownPlaces.length ? [] : [...matched.suggestions];
  for (const suggestion of placeSuggestions) if (!foundPlaces.includes(suggestion.issuer)) foundPlaces.push(suggestion.issuer);
  const leading = leadingPlaceName(text);
  if (leading && isNameLike(leading) && !foundPlaces.length && !unknownPlaces.length) unknownPlaces.push(leading);
  // "火星2024年GDP": whatever stands before the year is the subject; when it is no place we know
  // and no generic word, the question is about somewhere the corpus does not cover.
  const subject = subjectBeforeYear(text);
  if (subject && isNameLike(subject) && !foundPlaces.length && !unknownPlaces.length) unknownPlaces.push(subject);
  // "通化去年规上工业增速", "通化2024年…": a city's short name standing where a place stands is that city, though the word
  // alone is no alias of it (通化 is inside 沟通化解).
  for (let i = 0; i < unknownPlaces.length; i++) unknownPlaces[i] = cityOfShortName(unknownPlaces[i]) ?? unknownPlaces[i];
  const beforeShortYear = subjectBeforeShortYear(text);
  // "那琼海呢": so is one asked of alone in a follow-up.
  const placedCity =
    foundPlaces.length || unknownPlaces.length
      ? undefined
      : (cityOfShortName(beforeShortYear ?? '') ??
        countyBeforeYear(beforeShortYear ?? '') ??
        cityOfShortName(subjectOfFollowUp(text) ?? ''));
  if (placedCity) unknownPlaces.push(placedCity);
  // Standing where a place stands and one character off a known name ("江书2025年…", "安微"):
  // that place, said so.
  const written = unknownPlaces.length === 1 ? unknownPlaces[0] : !unknownPlaces.length ? beforeShortYear : null;
  const nearMiss = !foundPlaces.length && written ? nearestByOneCharacter(written, places) : null;
  if (nearMiss && written) {
    placeSuggestions.push({ written, issuer: nearMiss, reason: 'edit' });
    foundPlaces.push(nearMiss);
    unknownPlaces.length = 0;
  }

  const nationalAsField = nationalOnlyAsField && !foundPlaces.length && !unknownPlaces.length;
  let nationalAsTitle = false;
  if (nationalAsField) foundPlaces.push(NATIONAL_ISSUER);
  // "national GDP growth in 2024": in English, "national" with no place named is the country. Read from
  // what is left once indicator phrases are taken out, so "national high-tech enterprises" is no place.
  if (
    hasNational &&
    language === 'en' &&
    !foundPlaces.length &&
    !unknownPlaces.length &&
    ENGLISH_NATIONAL_SUBJECT.test(rest) &&
    !ENGLISH_WHICH_PLACE.test(lower) &&
    // "Huairou national science centre": a name before "national" makes it part of an entity's name, not the country.
    !lexiconTranslations.some((t) => t.name && lower.includes(`${t.english.toLowerCase()} national`))
  ) {
    foundPlaces.push(NATIONAL_ISSUER);
    nationalAsTitle = ENGLISH_NATIONAL_TITLE.test(lower);
  }
  // "火星GDP多少": no year, but the words before the indicator stand where a place stands.
  const beforeIndicator =
    foundPlaces.length || unknownPlaces.length
      ? null
      : // "火星今年GDP": a relative year between the subject and the indicator stands aside.
        subjectBeforeIndicator(
          text.replace(RELATIVE_YEAR_AFTER_SUBJECT, ''),
          indicators.flatMap((i) => [i.name, ...i.synonyms]),
        );
  if (beforeIndicator && isNameLike(beforeIndicator)) unknownPlaces.push(beforeIndicator);
  // "lhunzhub county: rural household income last year?": a name no dictionary knows before a kind of place is a place the
  // reports do not cover (a known one was found above by its romanised alias).
  if (language === 'en' && !foundPlaces.length && !unknownPlaces.length)
    for (const [, name, kind] of lower.matchAll(ENGLISH_NAME_BEFORE_PLACE_KIND))
      if (englishLexicon().get(singular(name)) === undefined && !ENGLISH_STOP_WORDS.has(name))
        unknownPlaces.push(`${capitalised(name)} ${capitalised(kind)}`);
  // Years as written, two-digit ("24年") and relative to today ("去年"); a plan's end ("十四五末")
  // asks the plan's target for its last year, so it stays a plan period and adds no year.
  // Once the plan is over, its end asks what it reached in its last year ("福建十四五末文旅经济增加值" asked in 2026: 2025's
  // 6500亿元), so the year stays, beside the plan's period.
  const thisYearNow = (options.today ?? new Date()).getFullYear();
  // A plan's English name is a period, not a target: its "plan" asks no plan ("grain each year in the 14th five-year plan").
  const intentText = language === 'en' ? text.replace(PLAN_NAME, ' ') : text;
  const resolved = resolveYears(text, { today: options.today ?? new Date() });
  // (Asked alone: beside another year, "十四五末要破多少万 到2035年又是多少万", the two plans' targets are asked, as before; so
  // is its target asked in words, "浙江省十四五末GDP目标", "the per capita GDP target for the end of the 14th Five-Year Plan".)
  const endOfPlanOver =
    resolved.planPoint === 'end' &&
    resolved.years.length === 1 &&
    !asksForPlan(intentText) &&
    !!resolved.planPeriod &&
    resolved.planPeriod.to < thisYearNow;
  const pointYears = new Set(resolved.planPoint && !endOfPlanOver ? resolved.notes.map((n) => n.year) : []);
  const years = new Set(resolved.years.filter((y) => !pointYears.has(y) || text.includes(String(y))));
  const yearNotes = resolved.notes.filter((n) => !pointYears.has(n.year) && !/^\d{4}/.test(n.phrase));
  // "云南24年…和浙江今年…": each place with the year written after it.
  const yearsWritten = [
    ...[...text.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map((m) => ({ at: m.index, year: Number(m[1]) })),
    ...resolved.notes.map((n) => ({ at: text.indexOf(n.phrase), year: n.year })).filter((y) => y.at >= 0),
  ];
  const sideYears = yearsBySide({ placeAt: foundPlaces.map((p) => placeMentionAt(p)), years: yearsWritten });
  let planPeriod: { from: number; to: number } | null = null;
  for (const plan of FIVE_YEAR_PLANS) {
    if (text.includes(plan.name) || plan.english.some((en) => namesPlanByOrdinal(lower, en))) planPeriod = { from: plan.from, to: plan.to };
  }
  // "the next five-year plan" in 2026 is the 15th (2026–2030); "the previous five-year plan" the 14th.
  const relativePlan = language === 'en' && !planPeriod ? RELATIVE_PLANS.find((r) => r.pattern.test(text)) : undefined;
  if (relativePlan) {
    const plan =
      relativePlan.which === 'next'
        ? FIVE_YEAR_PLANS.find((p) => p.from >= thisYearNow)
        : FIVE_YEAR_PLANS.filter((p) => p.to < thisYearNow).at(-1);
    if (plan) planPeriod = { from: plan.from, to: plan.to };
  }
  // "over the past five years" asked in 2026 is the 14th Five-Year Plan's span (2021–2025): the reports
  // write a five-year total in the plan's review ("造林88万亩", "新增养老床位2.5万张"), filed under the plan's
  // period, not under any one year. Years that are over ask what was achieved.
  let recentSpanIsPlan = false;
  const span = resolved.span;
  // Only when the question writes no year of its own: "the past five years (2018-2022)" are those years.
  if (language === 'en' && !planPeriod && span && RECENT_YEARS.test(text) && !WRITTEN_YEAR.test(text)) {
    const plan = FIVE_YEAR_PLANS.find((p) => p.from === span.from && p.to === span.to);
    if (plan) {
      planPeriod = { from: plan.from, to: plan.to };
      recentSpanIsPlan = true;
      // As "十四五期间" names no year: its ends are no years the reports must hold one by one.
      years.clear();
    }
  }
  // "over five years" with no "past" or "next": the plan under review (in 2026, 2021–2025), or, when a plan
  // or target is asked, the plan that starts this year.
  if (language === 'en' && !planPeriod && !span && !years.size && BARE_FIVE_YEARS.test(text) && !WRITTEN_YEAR.test(text)) {
    const thisYear = (options.today ?? new Date()).getFullYear();
    const plans = FIVE_YEAR_PLANS.filter((p) => (asksForPlan(text) ? p.from === thisYear : p.to === thisYear - 1));
    if (plans.length) {
      planPeriod = { from: plans[0].from, to: plans[0].to };
      recentSpanIsPlan = !asksForPlan(text);
    }
  }
  const part = partOfYearAsked(text);

  const q = normalizeForSearch(text).toLowerCase();
  // An English question's indicators are its English phrases, found above: "per capita GDP" is
  // not GDP as well.
  // A short partial name that is also a word ("投资", "人口", "出口") names the indicator only on its
  // own: after the place, the year or a neutral word ("上海2025年投资"), not inside a compound
  // ("房地产开发投资" is not 固定资产投资).
  const placeNames = places.flatMap((p) => p.aliases.map((a) => a.toLowerCase()));
  // "各省GDP排名" ranks GDP: the rank word after the name asks, it names no other indicator.
  const rankedBy = q.replace(RANKING_ASKED_AFTER_NAME, '，');
  for (const ind of language === 'zh' ? glossary().indicators : []) {
    // Named as itself: "占GDP比重" asks a share, not GDP.
    const named = indicatorNamesIn(ind, q).filter((n) => !isBareWord(n, ind) || standsAsBareWord(q, n, placeNames));
    if (!indicators.includes(ind) && named.length && indicatorMention(rankedBy, named) > 0) indicators.push(ind);
  }
  // "How many NEVs are on the road": English words whose Chinese, put together, is an indicator's
  // name (新能源汽车 + 保有量 = 新能源汽车保有量), as a Chinese question would have written it. Only
  // words that name no indicator themselves: "foreign trade target" is 进出口总额, not 出口总额 in it.
  const joinedTranslation = language === 'en' ? normalizeForSearch(termsTranslated.join('')).toLowerCase() : '';
  for (const ind of joinedTranslation ? glossary().indicators : []) {
    const named = indicatorNamesIn(ind, joinedTranslation).filter((n) => !isBareWord(n, ind));
    if (!indicators.includes(ind) && named.length && indicatorMention(joinedTranslation, named) > 0) {
      indicators.push(ind);
      // Searched and named as a whole (新能源汽车保有量), as an indicator's English name is.
      translated.push(ind.name);
    }
  }
  // "经济怎么样", "Which province grew slowest?": the economy as a whole is measured by its GDP.
  // The kind of question as the user wrote it: the classifier learned everyday wording too.
  // A message that only greets the bot asks what it can do, whatever the classifier makes of it.
  const { intent: ask, confidence } = isOnlyGreeting(question) ? { intent: 'help' as const, confidence: 1 } : classifyIntent(asWritten);
  // "Is Guangdong's economy bigger than Jiangsu's?": an English comparison of economies compares their GDP.
  const economyWide =
    (confidence >= CONFIDENT && ECONOMY_WIDE_INTENTS.includes(ask)) ||
    asksForQuantity(question) ||
    asksHow(question) ||
    (language === 'en' && comparesInEnglish(question)) ||
    // "zhejiang over the 14th five-year plan — the economy in a couple of lines?": an overview asked in English words the
    // classifier is less sure of.
    (language === 'en' && ask === 'overview');
  // "What growth goal did Fujian set?": a place's growth, no indicator named, is its economy's.
  // A superlative across places names none ("哪个区增长目标最高") and is no follow-up either.
  const acrossPlaces = ask === 'superlative' && confidence >= CONFIDENT;
  // "zj integrated circuit output growth": an English question that names a subject the glossary
  // translates asks that subject's growth, not the economy's.
  // So does one naming a subject in two words or more only the dictionary reads ("How much did Hongqi car sales
  // grow": car 汽车, sales 销售); one word read may be a verb the dictionary takes for a noun ("set" 系列).
  const namesDictionarySubject =
    language === 'en' && lexiconTranslations.filter((t) => t.chinese.length > 0).length >= DICTIONARY_SUBJECT_WORDS;
  // "湖南园区亩均税收25年要增长多少": a Chinese question writing a subject of the reports' own before its growth asks that.
  const namesReportSubject =
    language === 'zh' &&
    writesReportSubject(
      subjectBeforeGrowth(question, [...foundPlaces.flatMap((p) => places.find((k) => k.issuer === p)?.aliases ?? []), ...foundPlaces]),
      options.timesWritten,
    );
  const economyGrowth =
    ((foundPlaces.length > 0 || acrossPlaces) &&
      !subjectsTranslated.length &&
      !namesDictionarySubject &&
      !namesReportSubject &&
      asksEconomyGrowth(question)) ||
    (!foundPlaces.length && acrossPlaces && asksGrowthRanked(question));
  // "安徽去年成绩单", "How did Anhui do last year?": a place, a time and words asking how it did,
  // nothing else, ask about its economy as a whole, as "经济怎么样" does.
  const economyNamed = (speaksOfEconomy(question) && economyWide && !subjectsTranslated.length && !namesDictionarySubject) || economyGrowth;
  const placeOnly =
    !indicators.length && !economyNamed && foundPlaces.length > 0 && !PLACE_ONLY_NOT_ASKED_BY.includes(ask) && asksAboutPlaceOnly(question);
  // The economy read into the question, not written in it ("哪个增长更快", "Which one grew faster?",
  // "安徽去年成绩单"): in a conversation, the question is first read as a follow-up without it.
  const economyInferred = !indicators.length && (economyNamed || placeOnly) && !namesEconomy(question);
  if (!indicators.length && (economyNamed || placeOnly)) {
    const economy = glossary().indicators.find((i) => i.name === ECONOMY_INDICATOR);
    if (economy) indicators.push(economy);
  }
  // A longer indicator that contains a shorter one wins ("人均生产总值" over "生产总值").
  // ...unless the shorter one is also written on its own ("GDP和人均GDP分别多少").
  const specific = indicators.filter((a) => {
    const longer = indicators.filter(
      (b) => b !== a && indicatorNamesIn(b, q).some((nb) => indicatorNamesIn(a, q).some((na) => nb.length > na.length && nb.includes(na))),
    );
    if (!longer.length) return true;
    const rest = longer
      .flatMap((b) => indicatorNamesIn(b, q))
      .sort((x, y) => y.length - x.length)
      .reduce((t, n) => t.split(n).join('\u0000'), q);
    return indicatorNamesIn(a, rest).length > 0;
  });

  const wantsReason = asksForReason(text);
  // "主要工作取得了哪些成效" asks what was achieved, not the plan's outline; "准备抓哪几件事" asks the
  // outline in words no list holds, which the classifier learned from examples.
  // "What's the plan for Shandong's provincial key projects?": an English question naming a subject the
  // glossary reads asks about that subject, though the classifier hears an outline in "the plan for". A
  // theme of the outline itself ("the plan for innovation": 创新) still asks the outline, by that theme.
  const themeWords = priorityThemeWords();
  const namesEnglishSubject =
    language === 'en' && subjectsTranslated.some((zh) => !MEASURE_WORDS.has(zh) && !themeWords.has(zh) && !OUTLINE_ASKING_WORDS.has(zh));
  const outlineAsked =
    asksForPriorities(question, specific.length > 0) ||
    // "广东今年的工作分几个方面": the outline, counted.
    (!specific.length && asksOutlineOfCount(question)) ||
    (ask === 'outline' &&
      confidence >= OUTLINE_CONFIDENCE &&
      !specific.length &&
      !namesEnglishSubject &&
      // "江苏今年推几项基础研究重点项目": a count of things asked in their counter is their number, not the outline (a
      // count of tasks, "几项重点任务", is asked in the outline's own words above).
      !asksHowManyInCounter(question) &&
      !(language === 'en' && isTimeOnlyFollowUp(question)));
  // "今年要办哪些大会" looks up events the report names, not its outline; "要加快推进的“3个几”重点工程" the number of a
  // name (attribute-words.ts), not the outline its 重点工程 reads as.
  const wantsPriorities = outlineAsked && !asksForAchievements(question) && !asksAboutEvents(question) && nameShapeAsked(question) === null;
  const asksAttainment = asksAboutAttainment(text);
  let intent: Intent = 'any';
  // The words that say what is wanted, without the indicators' names ("计划" of 计划生育 asks no plan).
  const intentWords = withoutIndicatorNames(intentText, specific, termsRead);
  // "福建今年开工筹集城中村改造安置住房多少套": of a year not over, no report can hold a result yet; a task's number asked no
  // more than how many is the year's plan (a result asked in words of its own, "今年实际开工了多少", stays one; so does a
  // statistic, "浙江2026年GDP是多少", which the reports do not hold).
  const onlyAskedOfYearsToCome =
    years.size > 0 && [...years].every((y) => y >= thisYearNow) && namesTask(intentWords) && !asksForResultBeyondHowMuch(intentWords);
  let planOfYearsToCome = false;
  // Whether a target was met is answered from the actual first, the target beside it.
  if (asksWhetherCompleted(text) || asksAttainment) intent = 'result';
  else if (asksForPlan(intentWords)) intent = 'plan';
  // "How many … was Beijing going to build in 2025?": what was intended is the plan's, its "was" no result asked.
  else if (language === 'en' && asksPastIntention(question)) intent = 'plan';
  else if (intentFromEnglish) intent = intentFromEnglish;
  // "flats to be handed over this year", "how many jobs will Jiangsu create": what is still to come is a target.
  else if (language === 'en' && asksInFutureTense(question)) intent = 'plan';
  else if (asksForResult(intentWords) || part) {
    planOfYearsToCome = onlyAskedOfYearsToCome && !part;
    intent = planOfYearsToCome ? 'plan' : 'result';
  }
  // "“十四五”时期" with no other word is the plan; "“十四五”时期GDP年均增长多少" asks what it achieved.
  // In English a plan over before this year, asked with no target word, asks what its years achieved.
  // So does a number asked in Chinese of a plan now over ("山东十四五期间建成几个示范区" asked in 2026).
  else if (planPeriod)
    intent = recentSpanIsPlan || (planPeriod.to < thisYearNow && (language === 'en' || asksForQuantity(question))) ? 'result' : 'plan';
  else if (ask === 'target' && confidence >= TARGET_CONFIDENCE) intent = 'plan';

  // "国务院2023年报告中的专项债规模": a report named by its year and no other year asked. A work
  // report sets its own year's targets and reviews the year before, so a result asked is of the year
  // before ("2024年政府工作报告里GDP增长了多少" is 2023's), anything else of the report's own year.
  let namedReport: UnderstoodQuery['namedReport'];
  // "2025 gov work report: total new govt debt, up how much from 2024?": a year written as the base of a change, before
  // the named report's, is no year asked; the report's is.
  const reportYear = resolved.namedReport?.year;
  if (reportYear !== undefined) for (const y of [...years]) if (y < reportYear && writtenAsComparisonBase(text, y)) years.delete(y);
  if (!years.size && !planPeriod && resolved.namedReport) {
    const year = intent === 'result' ? resolved.namedReport.year - 1 : resolved.namedReport.year;
    namedReport = { ...resolved.namedReport, readAs: year };
    years.add(year);
    // What a report says of its own year is its plan: "2023年报告中的专项债规模" is the 3.8万亿元 it set.
    if (intent === 'any') intent = 'plan';
    if (year !== resolved.namedReport.year) yearNotes.push({ phrase: `“${resolved.namedReport.phrase}”`, year });
  }
  const namesSomeSubject =
    language === 'en' &&
    isWrittenAsKeywords(question) &&
    (subjectsTranslated.some((zh) => !MEASURE_WORDS.has(zh)) || lexiconTranslations.some((t) => t.chinese.length > 0));
  // "福建省2026年固定资产投资增长目标？" asks a number without saying 多少.
  const wantsQuantityOf = (named: readonly IndicatorEntry[]) =>
    (asksForQuantity(question) ||
      // "How old …", "第几届": an age, an anniversary or an edition is a number asked (src/lang/zh/attribute-words.ts).
      attributesAsked(question).length > 0 ||
      // "months in a row without a major accident": how long a streak runs is a number asked.
      STREAK_LENGTH_QUESTION.test(question) ||
      (language === 'en' && (asksQuantityInEnglish(question) || asksInAUnit(question))) ||
      (named.length > 0 && !wantsReason && !asksHow(question) && asksForValueOfIndicator(question)) ||
      // "anhui domestic tourists growth": an English question written as keywords, naming a subject no indicator names (a
      // report noun, a word the dictionary reads), asks its figure by "growth", "target", "total" as one naming an indicator does.
      (language === 'en' && namesSomeSubject && !wantsReason && !asksHow(question) && asksForValueOfIndicator(question)) ||
      // "江苏去年外贸怎么样": how an indicator went is told by its figures.
      (named.length > 0 && !wantsReason && asksHowItWent(question))) &&
    !wantsPriorities;
  const wantsQuantityAsWritten = wantsQuantityOf(economyInferred ? [] : specific);
  // "安徽去年成绩单" asks how big and how fast its economy was, as "经济怎么样" does.
  // "zhejiang … the economy in a couple of lines?": how the economy did is told by its figures, as "经济怎么样" is.
  const wantsQuantity =
    wantsQuantityOf(specific) || ((placeOnly || (language === 'en' && economyNamed && ask === 'overview')) && !wantsPriorities);
  // "福建2025年GDP总量" asked in 2026: a number of a year that is over is what it came to, not the
  // target set for it (which the reports also hold); where no result is held, the answer says so.
  const thisYear = (options.today ?? new Date()).getFullYear();
  const pastYearsOnly = years.size > 0 && [...years].every((y) => y < thisYear) && !planPeriod;
  const intentAsWritten: Intent = intent === 'any' && wantsQuantityAsWritten && pastYearsOnly ? 'result' : intent;
  const resultFromPastYear = intent === 'any' && wantsQuantity && pastYearsOnly;
  if (resultFromPastYear) intent = 'result';
  // "How is Zhejiang doing?", "广东的消费怎么样": how a place or an indicator is doing is told by its
  // latest results, not next year's targets.
  const howItWent = placeOnly || (specific.length > 0 && asksHowItWent(question));
  if (intent === 'any' && howItWent && !years.size && !planPeriod) intent = 'result';
  if (language === 'en') text = `${translated.join(' ')} ${rest.trim()}`;
  // "运动场地" asked, "体育场地" written: a passage writing any of the reports' words for the question's word covers it in the
  // evidence check. They are not searched: searched too, three held-out sets lost a case (session 29).
  if (language === 'zh')
    for (const { written, group } of interchangeableWordsIn(text)) termAlternatives.push({ english: written, chinese: group });
  // "湖男工业百亿企业…": a misspelt place is searched by the place it was read as, never as a word a sentence must write.
  for (const suggestion of placeSuggestions) if (suggestion.written) text = text.split(suggestion.written).join(suggestion.issuer);
  // "没完成目标" is written "低于目标…个百分点" in the reports.
  if (asksAboutShortfall(question)) text = `${text} ${SHORTFALL_REPORT_PHRASE}`;
  // "今年安徽和山东各办多少项民生实事 谁多": which of the places, asked; no words the passages of either side write.
  if (language === 'zh' && foundPlaces.length > 1) text = withoutWhichOfThem(text);
  // "Gongshou" read as Gongshu District: the misspelt place is no romanised name of a thing too (共守 by its pinyin).
  const misspelt = new Set(placeSuggestions.map((p) => p.written.toLowerCase()));
  for (let i = lexiconTranslations.length - 1; i >= 0; i--) {
    const reading = lexiconTranslations[i];
    if (!misspelt.has(reading.english.toLowerCase())) continue;
    for (const zh of reading.chinese) text = text.split(zh).join(' ');
    lexiconTranslations.splice(i, 1);
  }
  // "How many research staff has the Hetao zone drawn in?": a name read as the reports spell it (河套, “吉林一号”) is what
  // the question is about; a passage that does not name it is about something else (159万 研发人员 province-wide).
  const currency = askedCurrency(question);
  const namesRead = language === 'en' ? [...new Set(lexiconTranslations.filter((t) => t.name).flatMap((t) => t.chinese))] : [];
  return {
    ...(namesRead.length ? { namedThings: namesRead } : {}),
    question,
    language,
    places: foundPlaces,
    unknownPlaces,
    ...(citiesWithin.length ? { citiesWithin } : {}),
    years: [...years].sort(),
    planPeriod,
    ...(planPeriod && planPeriod.to < thisYearNow ? { planPeriodOver: true } : {}),
    part,
    intent,
    ...(resultFromPastYear ? { resultFromPastYear } : {}),
    ...(planOfYearsToCome ? { planOfYearsFrom: thisYearNow } : {}),
    ...(asksPercent(asWritten) ? { percentAsked: true } : {}),
    indicators: specific,
    searchText: text,
    lexiconTranslations,
    termAlternatives,
    englishCompounds,
    wantsPriorities,
    wantsReason,
    wantsQuantity,
    ask,
    askConfidence: confidence,
    yearNotes,
    placeSuggestions,
    regions: matched.regions,
    ...(namedReport ? { namedReport } : {}),
    ...(!years.size && !planPeriod && asksSinceFounding(question) ? { sinceFounding: true } : {}),
    ...(currency ? { currency } : {}),
    ...(sideYears ? { sideYears } : {}),
    // Asked as the plan's span, it is the plan's period, answered as "during the 14th Five-Year Plan" is.
    yearSpan: recentSpanIsPlan ? null : (resolved.span ?? null),
    asksAttainment,
    ...(nationalAsField ? { nationalAsField: true } : {}),
    ...(nationalAsTitle ? { nationalAsTitle: true } : {}),
    ...(economyInferred
      ? { economyAssumed: { wantsQuantity: wantsQuantityAsWritten, intent: intentAsWritten, asksFigure: !placeOnly } }
      : {}),
    asksMainTargets:
      !specific.length &&
      !asksAttainment &&
      !asksForPriorities(question) &&
      asksMainTargets(
        question,
        foundPlaces.flatMap((p) => [p, ...placeAliases(p)]),
      ),
  };
}

/** A year written in figures ("2018", "2022"). */
const WRITTEN_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;

/** The classifier's probability above which its reading of a question is acted on. */
export const CONFIDENT = 0.6;
const OUTLINE_CONFIDENCE = CONFIDENT;
const TARGET_CONFIDENCE = CONFIDENT;

/**
 * The known place whose name is the written one with one character changed, the first kept; never
 * for a real place the glossary knows (山西省 is not a typo of 山东省).
 */
function nearestByOneCharacter(written: string, places: readonly KnownPlace[]): string | null {
  if (glossary().places.some((p) => p.name === written || p.aliases.includes(written))) return null;
  for (const place of places) {
    for (const alias of [place.issuer, ...place.aliases]) {
      if (alias.length === written.length && alias[0] === written[0] && editDistance(alias, written) === 1) return place.issuer;
    }
  }
  return null;
}

/** The names of an indicator that a normalised, lower-cased text contains. */
/** Bare words this short are words of their own before they are an indicator's name. */
const BARE_WORD_LENGTH = 2;

function isBareWord(name: string, ind: IndicatorEntry): boolean {
  return (
    name.length <= BARE_WORD_LENGTH && [ind.name, ...ind.synonyms].some((o) => o.length > name.length && o.toLowerCase().includes(name))
  );
}

function standsAsBareWord(text: string, name: string, placeNames: readonly string[]): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text.slice(0, at);
    if (SUBJECT_TAKING_VERB.test(before) && !subjectlessBeforeVerb(before, placeNames)) continue;
    if (leavesNameBare(before, placeNames)) return true;
  }
  return false;
}

let themeWordSet: ReadonlySet<string> | null = null;

/** The outline themes' words ("创新"), read once: "the plan for innovation" still asks the outline. */
function priorityThemeWords(): ReadonlySet<string> {
  themeWordSet ??= new Set(PRIORITY_THEMES.flatMap((t) => t.words));
  return themeWordSet;
}

/** Whether the words before a short name leave it the indicator: nothing, a mark or year, a neutral word, a place. */
function leavesNameBare(before: string, placeNames: readonly string[]): boolean {
  return (
    !before ||
    /[\d年和与及、，,]$/.test(before) ||
    NEUTRAL_BEFORE.test(before) ||
    QUESTION_LEAD_IN.test(before) ||
    placeNames.some((p) => before.endsWith(p))
  );
}

/**
 * Whether what stands before a verb that takes a subject ("…完成投资") is no subject of its own: a place, a
 * time, the whole society or nothing. "福建省去年完成投资" is the province's investment; "重点项目去年完成投资"
 * is the key projects'.
 */
function subjectlessBeforeVerb(before: string, placeNames: readonly string[]): boolean {
  let rest = before;
  // Bounded by the text's length: every pass removes at least one character or stops.
  for (let pass = 0; pass <= before.length; pass++) {
    const shorter = rest.replace(SUBJECT_TAKING_VERB, '').replace(TIME_BEFORE_VERB, '');
    if (shorter === rest) break;
    rest = shorter;
  }
  return leavesNameBare(rest, placeNames) || WHOLE_BEFORE_VERB.test(rest);
}

function indicatorNamesIn(ind: IndicatorEntry, normalizedText: string): string[] {
  return [ind.name, ...ind.synonyms]
    .map((n) => normalizeForSearch(n).toLowerCase())
    .filter((n) => n.length >= 2 && normalizedText.includes(n));
}

/** 全国 as a title's first word ("新获评全国文明城市", "全国文化企业30强") and 国家 giving to a place ("国家层面给湖南…"), compiled once. */
const TITLE_CONFERRED = new RegExp(`${NATIONAL_TITLE_CONFERRED}|${NATIONAL_LIST_NAMED}|${NATIONAL_AS_GIVER}`, 'g');

/**
 * The places found whose every mention is followed at once by a place of a lower level ("杭州" of "杭州钱塘", "杭州市" of
 * "杭州市钱塘区"): qualifiers of that place. Chinese names only; places of one level side by side ("北京上海") are both asked.
 */
function placesQualifyingOthers(text: string, found: readonly string[], places: readonly KnownPlace[]): string[] {
  const spans = (issuer: string) =>
    (places.find((p) => p.issuer === issuer)?.aliases ?? [])
      .filter((a) => /[\u4e00-\u9fff]/.test(a))
      .flatMap((a) =>
        [...text.matchAll(new RegExp(escapeRegExp(a.toLowerCase()), 'g'))].map((m) => ({ start: m.index, end: m.index + a.length })),
      );
  return found.filter((wider) => {
    const own = spans(wider);
    const inside = found.filter((p) => isOfLowerLevel(p, wider)).flatMap(spans);
    // A mention inside a longer one of its own ("杭州" in "杭州市") is that mention.
    const mentions = own.filter(
      (m) => !own.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
    );
    return mentions.length > 0 && mentions.every((m) => inside.some((n) => n.start === m.end));
  });
}

/** Adds to each of two readings the fused word the reports write for both (fusedPairSpellings), when they write it. */
function withFusedPairs(readings: LexiconTranslation[], timesWritten: (zh: string) => number): void {
  const added = readings.map((): string[] => []);
  readings.forEach((first, i) => {
    readings.forEach((second, j) => {
      if (j <= i) return;
      for (const a of first.chinese)
        for (const b of second.chinese)
          for (const fused of fusedPairSpellings(a, b).filter((zh) => timesWritten(zh) > 0)) {
            added[i].push(fused);
            added[j].push(fused);
          }
    });
  });
  added.forEach((fused, i) => {
    readings[i] = { ...readings[i], chinese: [...new Set([...readings[i].chinese, ...fused])] };
  });
}

/**
 * The phrases a question says its time with: its years' ("去年", "24年") and a report named by its year ("24年报告"), which
 * says the time even where it is read as the report's own year and no year note is written for it.
 */
export function timePhrasesOf(query: Pick<UnderstoodQuery, 'yearNotes' | 'namedReport'>): string[] {
  const phrases = query.yearNotes.map((n) => n.phrase);
  return query.namedReport ? [...phrases, query.namedReport.phrase] : phrases;
}

function aliasIn(text: string, alias: string): boolean {
  if (!/^[a-z' ]+$/i.test(alias)) return text.includes(alias);
  // Compiled once per alias, and tried only where the letters stand at all: the gazetteer's two thousand places are probed
  // on every question.
  if (text !== lastProbe) [lastProbe, lastProbeLower] = [text, text.toLowerCase()];
  if (!lastProbeLower.includes(alias.toLowerCase())) return false;
  let pattern = LATIN_ALIAS_PATTERNS.get(alias);
  if (!pattern) {
    pattern = new RegExp(`(?<![a-z])${escapeRegExp(alias)}(?![a-z])`, 'i');
    LATIN_ALIAS_PATTERNS.set(alias, pattern);
  }
  return pattern.test(text);
}

let glossaryPlaceWordsRead: ReadonlySet<string> | null = null;
/** The Latin words of every glossary place's names ("hefei", "yangtze"), read once: no content words of a question. */
function glossaryPlaceWords(): ReadonlySet<string> {
  glossaryPlaceWordsRead ??= new Set(
    glossary()
      .places.flatMap((p) => [p.name, ...p.aliases])
      .flatMap((a) => a.toLowerCase().split(/[^a-z]+/)),
  );
  return glossaryPlaceWordsRead;
}

/** The probe aliasIn last lower-cased: the same probe is tried against every place's aliases in turn. */
let lastProbe = '';
let lastProbeLower = '';

/** A Latin alias's whole-word pattern, by alias: as many as the glossary and the corpora's places hold. */
const LATIN_ALIAS_PATTERNS = new Map<string, RegExp>();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * English terms' Chinese that names no subject of its own: a change, a count's newness, a part of the year,
 * a share ("What share of GDP…": 占比, 比重).
 */
/** Kinds of question that ask no figure even when they name only a place: its outline, help, nothing covered. */
const PLACE_ONLY_NOT_ASKED_BY: readonly IntentName[] = ['outline', 'help', 'out-of-scope'];

// A five-year plan named in English ("over the 14th five-year plan") is the question's time, no subject of its own.
const SUBJECTLESS_TERMS: readonly string[] = [...RATE_INTRODUCERS, '新增', '一季度', '占比', '比重', ...FIVE_YEAR_PLANS.map((p) => p.name)];

let termNames: string[] | undefined;

/** With no corpus counts given (unit tests), every qualified compound counts as written. */
const everyCompound = () => Number.MAX_SAFE_INTEGER;

/** The glossary's indicators by each English name, longest name first: sorted once, not on every question. */
const sortedIndicatorPhrases = new WeakMap<object, readonly { en: string; ind: IndicatorEntry }[]>();
function indicatorPhrasesLongestFirst(): readonly { en: string; ind: IndicatorEntry }[] {
  const indicators = glossary().indicators;
  let phrases = sortedIndicatorPhrases.get(indicators);
  if (!phrases) {
    phrases = indicators.flatMap((ind) => ind.en.map((en) => ({ en, ind }))).sort((a, b) => b.en.length - a.en.length);
    sortedIndicatorPhrases.set(indicators, phrases);
  }
  return phrases;
}

/** The English of the glossary's terms (its "english" section), lower-case. */
function englishTermNames(): string[] {
  termNames ??= glossary().english.flatMap((t) => t.en.map((en) => en.toLowerCase()));
  return termNames;
}

let englishNames: Set<string> | undefined;

/** Whether a phrase is an English name the glossary knows: a term's ("private investment") or an indicator's. */
function isEnglishName(phrase: string): boolean {
  englishNames ??= new Set(
    [
      ...glossary()
        .english.filter((t) => !t.intent)
        .flatMap((t) => t.en),
      ...glossary().indicators.flatMap((i) => i.en),
    ].map((en) => en.toLowerCase().replace(/-/g, ' ')),
  );
  return englishNames.has(phrase.toLowerCase().replace(/-/g, ' '));
}

/**
 * The question with the asked indicators' names blanked: a plan or result word inside a name is no
 * intent ("人均预期寿命" holds 预期, "life expectancy" holds "expect").
 */
function withoutIndicatorNames(text: string, indicators: readonly IndicatorEntry[], englishTerms: readonly string[] = []): string {
  const names = [...indicators.flatMap((i) => [i.name, ...i.synonyms, ...i.en]), ...englishTerms].sort((a, b) => b.length - a.length);
  return names.reduce((t, n) => t.replace(new RegExp(escapeRegExp(n), 'gi'), ' '), text);
}

/** The glossary's names written in Latin capitals ("GDP", "CPI"): the ones a typo of a few letters can be mended to. */
let acronyms: string[] | null = null;
function glossaryAcronyms(): string[] {
  acronyms ??= [
    ...new Set(
      glossary()
        .indicators.flatMap((i) => [i.name, ...i.synonyms])
        .filter((n) => /^[A-Z]{3,5}$/.test(n)),
    ),
  ];
  return acronyms;
}

/**
 * "浙江GPD增长多少": an acronym one swap or letter away from exactly one of the glossary's ("GDP") is read
 * as it. In English only a word written in capitals, so "gap" is never GDP.
 */
function withAcronymTyposMended(question: string, language: 'zh' | 'en'): string {
  const known = glossaryAcronyms();
  return question.replace(/(?<![A-Za-z])[A-Za-z]{3,5}(?![A-Za-z])/g, (word) => {
    const upper = word.toUpperCase();
    if (known.includes(upper) || (language === 'en' && word !== upper)) return word;
    const near = known.filter((name) => name.length === upper.length && editDistance(name, upper) === 1);
    return near.length === 1 ? near[0] : word;
  });
}
/** Words of its own the dictionary reads that make an English question name a subject (not the economy). */
const DICTIONARY_SUBJECT_WORDS = 2;
