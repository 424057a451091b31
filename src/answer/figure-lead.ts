import { qualifierChineseBefore } from '../lang/en/english-lexicon.js';
import { boundAsked, writesBound } from '../lang/zh/bound-asked-words.js';
import { inCurrency } from '../lang/zh/currency-words.js';
import { countedAs, countsAsGuessedInEnglish, TIMES_COUNTED } from '../lang/zh/counter-equivalents.js';
import type { UnderstoodQuery } from '../retrieve/query.js';
import type { Citation, Figure } from './schema.js';
import { placeLabel } from '../lang/zh/place-words.js';
import { englishAmount, englishIndicator, englishPlace } from './english-names.js';
import { formatNumber, isAskedIndicator, isShareOfAsked, qualifierSides, valueText } from './figure-format.js';
import { isRankFigure } from '../figures/rank-figures.js';
import { asksRankOnly } from '../lang/zh/rank-words.js';
import {
  YEAR_BEFORE_BASE_ASKING,
  asksDifferenceToYearBefore,
  asksHowMuchBetween,
  statesDifferenceToYearBefore,
} from '../lang/zh/year-comparison-words.js';
import { spanOrder, yearsDifference } from './kinds/verdicts.js';
import {
  BARE_INCREMENT_NAMES,
  COUNT_VERBS,
  GENERIC_FIGURE_TAILS,
  INCREMENT_PREFIXES,
  MEASURED_NOUNS,
  SIZE_NOUNS,
  NOUN_LINK,
  EXCLUDING_ASKED,
  EXCLUDING_WRITTEN,
  PART_ASKED,
  RATE_NAME_END,
  SET_ASIDE_ASKED,
  SCALE_CLASSES,
  GROWTH_ONLY_NAMES,
  GROWTH_BASE_BEFORE,
} from '../lang/zh/figure-words.js';
import {
  COUNTED_THING_UNITS,
  PERCENT_UNITS,
  PERCENTAGE_POINTS,
  MONEY_UNIT,
  PHYSICAL_MEASURE_UNITS,
  REACH_UNITS,
  unitMeasure,
} from '../lang/zh/units.js';
import { AIM_QUALIFIERS, averageWords, MULTI_YEAR_QUALIFIERS, QUALIFIER_SIDES_JOINER } from '../lang/zh/qualifiers.js';
import { POPULATION_GROUPS } from '../lang/zh/population-qualifiers.js';
import { askedResidentQualifier, namesResidentQualifier, RESIDENT_QUALIFIERS } from '../lang/zh/resident-qualifiers.js';
import { asksForGrowth } from '../lang/zh/change-words.js';
import { planOfSpan } from '../lang/zh/five-year-plans.js';
import { type Lang, message } from './messages.js';
import { asksForTarget, targetWithoutNumberLead } from './target-without-number.js';
import { asksForPlan } from '../lang/zh/intent-words.js';
import { preferAskedShape } from '../figures/asked-shape.js';
import { isStartFigure } from '../figures/from-to.js';
import { isStreakLength } from '../figures/streak-lengths.js';
import { figureShape, isAmountChangeOnly, isGrowthOnly } from '../figures/figure-shape.js';
import { asksFromTo } from '../lang/zh/trend-words.js';
import { asksHowMuchChanged, asksWhetherSame } from '../lang/zh/verdict-words.js';
import { asksAmountInEnglish, asksRateInEnglish } from '../lang/en/english-rate-words.js';
import { englishCountUnit } from '../lang/en/english-count-units.js';
import { isLowerBetter } from '../lang/zh/lower-is-better.js';
import { attributeWording, attributesAsked } from '../lang/zh/attribute-words.js';
import { MILESTONE_COUNT_UNIT } from '../lang/zh/milestone-words.js';
import {
  askedCounter,
  askedCountMagnitude,
  askedCountUnit,
  generalCountMeasureAsked,
  countedNounAsked,
  measuredSubjectAsked,
  asksForPoints,
  withoutAmountAsked,
  asksForGap,
  asksForShare,
  asksGapToNamedPlace,
  gapIsToPlace,
  asksForRank,
  asksAmountBesideRank,
  GENERAL_COUNTERS,
} from '../lang/zh/asked-shape-words.js';
import { type PartOfYear, partOfPeriod } from '../lang/zh/part-of-year-words.js';
import { SHARE_NAME } from '../lang/zh/share-words.js';
import { LEVEL_PREFIX_FORMS } from '../lang/zh/name-variants.js';
import { askedAmount, asksIncrementAndLevel, isIncrementName, LEVEL_REACHED_WORDS, thingCounted } from '../lang/zh/level-question-words.js';
import { asksOverSpan } from '../lang/zh/span-question-words.js';
import { CUMULATIVE_QUESTION, CUMULATIVE_WORD, SPAN_QUALIFIER, STREAK_LENGTH_QUESTION } from '../lang/zh/span-words.js';
import { escapeRegExp } from '../lang/zh/regexp.js';
import { longestCommonRun, RUN_BREAK } from './longest-common-run.js';
import { asksBareName, bareNounCounted } from './question-subject.js';

/** Parts of a year a period label may name: "2024H1" is 2024年上半年. */
const PERIOD_PARTS = {
  Q1: 'periodQ1',
  Q2: 'periodQ2',
  Q3: 'periodQ3',
  Q4: 'periodQ4',
  H1: 'periodH1',
  H2: 'periodH2',
  'Q1-3': 'periodQ1to3',
} as const satisfies Record<PartOfYear, string>;

/** A period in words that add no number the citations do not hold. */
export function periodLabel(period: string, citation: Citation | undefined, lang: Lang): string {
  const plan = planOfSpan(period);
  if (plan) return message('planPeriod', lang, { plan: plan.name, english: plan.english[0] });
  const m = /^(\d{4})/.exec(period);
  const part = partOfPeriod(period);
  if (!m || (!part && period !== m[1])) return '';
  const haystack = `${citation?.sentence ?? ''}${citation?.section ?? ''}${citation?.title ?? ''}`;
  if (!haystack.includes(m[1])) return '';
  return message('periodYear', lang, { year: m[1], part: part ? message(PERIOD_PARTS[part], lang) : '' });
}

/**
 * "湖南24年四季度GDP增速": a bare growth of the part of the year asked ("四季度增长5.6%") in a sentence that names the asked
 * indicator for the whole year ("…全年增长4.8%、总量达5.3万亿元") is that indicator's growth, and named so.
 */
function withPartsNamed(figures: readonly Figure[], query: UnderstoodQuery): Figure[] {
  return figures.map((f) => {
    if (partOfPeriod(f.period) !== query.part || !GROWTH_ONLY_NAMES.includes(f.indicator)) return f;
    const named = figures.find((g) => g.citationId === f.citationId && isAskedIndicator(g, query));
    return named ? { ...f, indicator: named.indicator } : f;
  });
}

/** Spaces between two Chinese characters, which a question types between the words of one name. */
const SPACE_BETWEEN_WORDS = /(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g;

/**
 * The direct answer, one sentence built from the figures about what was asked: "钱塘区2024年
 * 地区生产总值（实绩）：1416亿元，增长5.1% [1]". Null when no figure names the asked indicator.
 */
export function figureLead(
  query: UnderstoodQuery,
  given: readonly Figure[],
  citations: readonly Citation[],
  /** Whether a question with no year asks what was achieved; false where the year was dropped to find the nearest held. */
  noYearMeansResult = true,
): string | null {
  if (!given.length || !query.wantsQuantity) return null;
  const figures = query.part ? withPartsNamed(given, query) : given;
  // The longest name the question writes: "城镇居民人均可支配收入" over the 居民人均可支配收入 in it.
  // Two names written one after the other ("签约外资项目总投资多少"): the later one is what is measured, the earlier its
  // subject, so it leads over the longer name before it (总投资 258亿美元, not 签约外资项目 217个).
  // An English question writes its names in the Chinese they were read as ("electric vehicles on the road" is
  // 新能源汽车保有量: its 356万辆, not the 汽车保有量 3230万辆 inside that name).
  // A Chinese question's spaces between words join them ("101个市重点项目 投资完成率" names 市重点项目投资完成率).
  const namesText = query.language === 'en' ? query.searchText : query.question.replace(SPACE_BETWEEN_WORDS, '');
  const withoutAsking = withoutAmountAsked(namesText);
  const withoutLinks = withoutAsking.split(NOUN_LINK).join('');
  // The measure asked after 多少 ("多少产值", "多少新增产值"), by its head (产值).
  const measureNounAsked =
    query.indicators.length || query.language !== 'zh' ? null : (countedNounAsked(query.question)?.slice(-HEAD_LENGTH) ?? null);
  // Where names end is read with the asking of how many taken out: "营业性演出吸引了多少观众" names 吸引观众 with its asking
  // between the verb and the noun, and ends it where 观众 ends.
  const named = (f: Figure) => {
    const at = withoutAsking.lastIndexOf(f.indicator);
    if (at >= 0) return (at + f.indicator.length) * NAME_END_WEIGHT + f.indicator.length;
    // "覆盖的村庄有多少" writes 覆盖村庄 with a 的 inside.
    const plainAt = withoutLinks.lastIndexOf(f.indicator);
    if (plainAt >= 0 && !f.indicator.includes(NOUN_LINK)) return (plainAt + f.indicator.length) * NAME_END_WEIGHT + f.indicator.length;
    // "新投产项目带来多少产值" names 新投产项目增加产值: the thing written whole, then the measure asked of it after.
    const measured = measureOfThingNamed(f.indicator, withoutAsking, measureNounAsked);
    if (measured > 0) return measured * NAME_END_WEIGHT + f.indicator.length;
    // "新增了多少座公园" names 新增公园 with its count between the verb and the noun, as a report writes "新增公园127座";
    const verb = INCREMENT_PREFIXES.find((p) => f.indicator.startsWith(p) && f.indicator.length > p.length + 1);
    if (!verb) return 0;
    const noun = f.indicator.slice(verb.length);
    // Any word of an increment asks it ("新建了多少个公园" of 新增公园).
    const verbAt = Math.max(...INCREMENT_PREFIXES.map((p) => withoutAsking.indexOf(p)));
    const nounAt = withoutAsking.lastIndexOf(noun);
    return verbAt >= 0 && nounAt > verbAt ? (nounAt + noun.length) * NAME_END_WEIGHT + f.indicator.length : 0;
  };
  const position = new Map(citations.map((c, i) => [c.id, i]));
  const cited = (f: Figure) => position.get(f.citationId) ?? -1;
  // An increase by its name ("新增公园"), or by its verb written before examples ("新增硬质合金等7个…集群").
  const incrementWritten = (f: Figure) => isIncrementName(f.indicator) || writtenAfterIncrementVerb(f, citations[cited(f)]?.sentence ?? '');
  // A growth asked: a rate before a level or a count ("年均增长5.7%" before "迈上4个万亿元台阶").
  const growthAsked = asksForGrowth(query.question);
  // So does a rate asked in English ("investment completion rate": 投资完成率125.5%, not the 1596 projects beside it).
  const rateAsked = growthAsked || (query.language === 'en' && asksRateInEnglish(query.question));
  // A rate is in % or changes in %: an amount's own change ("增加约1.5万亿元") is no rate.
  const rate = (f: Figure) => (rateAsked && (f.unit === '%' || PERCENT_UNITS.has(f.change?.unit ?? '')) ? 1 : 0);
  // "造了多少辆": the count in the unit asked before a rate beside it ("增长94.5%、达168.4万辆").
  // A measure word carried from the earlier question to a subject of the follow-up's own names no unit it asks (unitCarried).
  const unitAsked = query.unitCarried ? null : askedCountUnit(query.question);
  // A measure word counting the same things is the unit asked too ("talents" asks 人, the report counts 200名). An English
  // question's is guessed from its noun, and the report's 个 may count what was guessed 家 (countsAsGuessedInEnglish).
  const sameCount = (written: string, asked: string) =>
    query.language === 'en' ? countsAsGuessedInEnglish(asked, written) : countedAs(written) === countedAs(asked);
  // A count written with its magnitude alone, the thing counted after it ("惠及1100多万学生"), is in the count asked when the
  // question names that thing (its name's head: 学生) and no figure's name shares more with it (新引进…大学生 asked of 大学生).
  // (Read lazily: few figures are written so, and the shared runs cost a scan of every figure's name.)
  let mostSharedOfAll: number | null = null;
  const countedByMagnitude = (f: Figure) => {
    if (
      f.unit === '' ||
      unitMeasure(f.unit) !== '' ||
      unitAsked === MONEY_UNIT ||
      !COUNTED_THING_UNITS.includes(unitAsked ?? '') ||
      f.indicator.length <= NAME_HEAD ||
      !namesText.includes(f.indicator.slice(-NAME_HEAD))
    )
      return false;
    mostSharedOfAll ??= longestShared(figures);
    return sharedNameLength(f, namesText) === mostSharedOfAll;
  };
  // A count of times asked ("多少万辆次") is answered by one the report writes without 次 too ("2813.8万辆"); one written
  // with it comes first (exactUnit: "几场次" is 20场次, not the 40场 beside it).
  const timesBase = unitAsked && TIMES_COUNTED.test(unitAsked) ? unitAsked.slice(0, -1) : null;
  // "多少万辆": of counts in the unit asked, one written in that magnitude (357万辆) before one that is not ("每4辆…就有1辆").
  // (No money: askedCountMagnitude reads no magnitude before 元.)
  const magnitudeAsked = askedCountMagnitude(query.question);
  const exactUnit = (f: Figure) =>
    (timesBase !== null && f.unit.endsWith(`${timesBase}次`)) || (magnitudeAsked !== null && f.unit.startsWith(magnitudeAsked) && inUnit(f))
      ? 1
      : 0;
  const inUnit = (f: Figure) =>
    unitAsked &&
    (f.unit.endsWith(unitAsked) ||
      (timesBase !== null && f.unit.endsWith(timesBase)) ||
      ([...unitAsked].length === 1 && sameCount(f.unit.slice(-1), unitAsked)) ||
      countedByMagnitude(f))
      ? 1
      : 0;
  // "实际使用外资折合人民币多少", "… in US$": of an amount written in two currencies, the one asked.
  const currencyAsked = query.currency;
  const inAskedCurrency = (f: Figure) => (currencyAsked && inCurrency(f.unit, currencyAsked) ? 1 : 0);
  // "确保多少", "the floor it had to guarantee": of a target and its bound written together, the bound.
  const bound = boundAsked(query.question);
  // Of a sentence's several bounds ("创业担保贷款不低于80亿元，支持不低于4万人创业"), the one of the name the question shares
  // most with (bestSharedName): a bound written of another thing answers nothing asked.
  const boundFits = (f: Figure) => (bound && writesBound(f.qualifier, bound) && bestSharedName(f) ? 1 : 0);
  // "公园累计达到多少座" / "how many … now": the level reached before the year's increment beside it
  // ("新增公园141座、累计达到973座"); "新增多少" the other way round.
  const amountAsked = askedAmount(query.question);
  // A rate the question names is a level reached too: "抽检覆盖率得达到多少" is the 覆盖率's 100%, not the count of
  // 抽检 written first in its sentence.
  const amountFits = (f: Figure) =>
    amountAsked && !growthAsked
      ? f.unit !== '%'
        ? isIncrementName(f.indicator) === (amountAsked === 'increment')
          ? 1
          : 0
        : rateNameAsked(f.indicator, query.question)
          ? 1
          : 0
      : 0;
  // "这五年…涨了多少", "十四五期间…年均": a span's figure ("五年增长30.8%", a 2021-2025 period) before a year's.
  const spanAsked = asksOverSpan(query.question) || query.spanCarried === true;
  // A result asked over the span ("这五年…提高了多少") is no next plan's span target (十五五 78%).
  const overSpan = (f: Figure) => (spanAsked && isSpanFigure(f) && !(query.intent === 'result' && f.kind === 'target') ? 1 : 0);
  // "累计多少" asks a running total: the value written after 累计 in its clause ("建成8.9万亩、累计达到120.5万亩",
  // "累计832万辆次") before the year's increment beside it or a sentence cited earlier without one.
  const cumulativeAsked = CUMULATIVE_QUESTION.test(query.question);
  const cumulative = (f: Figure) => (cumulativeAsked && writtenAsCumulative(f, citations[cited(f)]?.sentence ?? '') ? 1 : 0);
  // "除了国有A级景区还有几个佛道教场所参加": a figure named by what is set aside (41个国有A级景区) after the others.
  const setAsideMatch = query.language === 'zh' ? SET_ASIDE_ASKED.exec(query.question) : null;
  // "…扩了几倍 不是问5G基站": what the asker says they are not asking about is set aside too.
  const setAside = setAsideMatch?.[1] ?? setAsideMatch?.[2] ?? setAsideMatch?.[3] ?? '';
  // What a thing is numbered is set aside by its number ("3号线一期" sets aside 3号线, whatever the name beside it).
  const notSetAside = (f: Figure) =>
    setAside &&
    (longestCommonRun(f.indicator, setAside).length >= SET_ASIDE_RUN ||
      (f.shape === 'attribute' && setAside.includes(`${f.value}${f.unit}`)))
      ? 0
      : 1;
  // "刨掉留抵退税因素 同比增幅多少": the value written after the sentence takes that out ("扣除留抵退税因素，同比增长13.6%"),
  // not the one before it (增长2.6%).
  const excludingAsked = EXCLUDING_ASKED.test(query.question);
  const excluding = (f: Figure) => (excludingAsked && writtenAfterExcluding(f, citations[cited(f)]?.sentence ?? '') ? 1 : 0);
  // "钱塘区2025年GDP目标": one year's target asked, its own year's figure (增长5.6%左右) before a five-year plan's that ends in
  // it (十四五 突破1600亿元); not a running total ("累计多少" spans the years before it).
  const oneYearAsked = !spanAsked && !cumulativeAsked && !query.planPeriod && query.years.length === 1 && query.intent === 'plan';
  const ofTheYear = (f: Figure) => (oneYearAsked && !isSpanFigure(f) ? 1 : 0);
  // With no glossary indicator, two figures of one sentence otherwise alike: the one whose name shares more with the
  // question ("散居孤儿保障标准" is 散居孤儿's 1567元, not 集中供养孤儿…最低标准's 2423元 before it).
  // An English question shares names in the Chinese its words were read as ("Hongqi car sales": 汽车销售 shares 汽车销 with
  // 红旗汽车销量 17.4%, more than with 红旗汽车产量 22.9% before it).
  const sharedName = (f: Figure) => (query.indicators.length ? 0 : sharedNameLength(f, namesText));
  // "大型商业银行普惠小微贷款增幅": of the asked indicator's figures in one sentence, the one whose own words beside the
  // indicator's name the question writes (大型商业银行, not 银行业金融机构 of "银行业金融机构普惠小微企业贷款增长27.3%").
  const indicatorNames = query.indicators.flatMap((i) => [i.name, ...i.synonyms]).sort((a, b) => b.length - a.length);
  const ownWordsNamed = (f: Figure) => {
    if (query.language !== 'zh') return 0;
    const name = indicatorNames.find((n) => f.indicator.includes(n));
    if (!name) return 0;
    const own = f.indicator.split(name).filter((w) => w.length >= MIN_SHARED_NAME);
    // A figure named by the indicator's wording alone counts as named when the question writes that wording ("普惠托位" of
    // "新增的托位里头 普惠托位占多少个", beside 新增托位).
    return own.length > 0 ? (own.every((w) => namesText.includes(w)) ? 1 : 0) : namesText.includes(name) ? 1 : 0;
  };
  // "what about the key little giants?": of the asked indicator's figures, the one named with the Chinese of each English
  // qualifier written right before the indicator's English name (重点“小巨人”企业 149家, not 专精特新“小巨人”企业 397家).
  const englishQualifiers =
    query.language === 'en' && query.indicators.length
      ? qualifierChineseBefore(
          query.question,
          query.indicators.flatMap((i) => i.en),
        )
      : [];
  const qualifiedAsAsked = (f: Figure) =>
    englishQualifiers.length && englishQualifiers.every((alternatives) => alternatives.some((zh) => f.indicator.includes(zh))) ? 1 : 0;
  // "福建25年计划新增多少专精特新中小企业": a name sharing a noun with the question before one sharing only the verb (新增百亿企业).
  const nounShared = (f: Figure) =>
    query.indicators.length || query.language !== 'zh' ? 0 : sharesNounWith(f.indicator, namesText) ? 1 : 0;
  // A Chinese name's head is its end: of one sentence's "制定修改浦东新区法规4部，推动出台管理措施6部", "浦东新区管理措施有几部"
  // asks the 措施 (the two names share runs as long with the question; the head decides last).
  const headNamed = (f: Figure) =>
    query.indicators.length || query.language !== 'zh' || f.indicator.length < HEAD_LENGTH + 1
      ? 0
      : query.question.includes(f.indicator.slice(-HEAD_LENGTH))
        ? 1
        : 0;
  // "给县域重点产业链出了几条举措": the thing counted is named after the count asked; a figure whose name ends in it (出台举措
  // 25条) before one sharing a longer run of the words before (梳理明确县域重点产业链 164条).
  // "在大湾区设的区域基金规模多大": so is the thing whose size is asked, right before its measure (区域基金's 500亿元, not the
  // 投资引导基金 named before it).
  const zhWithoutIndicator = !query.indicators.length && query.language === 'zh';
  const countedNoun = zhWithoutIndicator ? countedNounAsked(query.question) : null;
  const measuredSubject = zhWithoutIndicator ? measuredSubjectAsked(query.question) : null;
  const countedNamed = (f: Figure) =>
    (countedNoun && endsInLeadOf(f.indicator, countedNoun)) || (measuredSubject && f.indicator.includes(measuredSubject)) ? 1 : 0;
  // "拱墅22年安置房项目有几个主体结顶了": with an indicator read from the words before the count (安置 of 安置房), the thing
  // counted after it, written at length, names its own figure (项目主体结顶 17个), not the indicator's (安置房项目续建 51个).
  const countedAtLength = query.indicators.length && query.language === 'zh' ? countedNounAsked(query.question) : null;
  const countedWhole = (f: Figure) =>
    countedAtLength !== null && countedAtLength.length >= SPECIFIC_COUNTED_NOUN && f.indicator.endsWith(countedAtLength) ? 1 : 0;
  // "…制度创新成果，其中全国首创多少": the part, named by the words after 其中, before the whole beside it.
  const partWords = PART_ASKED.exec(query.question)?.[1] ?? '';
  const partNamed = (f: Figure) => (partWords && longestCommonRun(f.indicator, partWords).length >= MIN_SHARED_NAME ? 1 : 0);
  // An English question's words are read into the reports' Chinese and nothing else: of one sentence's figures, the one
  // whose name shares the longest reading is what it asks ("national single-champion manufacturers": 国家制造业单项冠军
  // 44家, not the 新增“雄鹰”企业 50家 listed first, which shares only the verb's 新增), before the shape and kind preferences.
  // A rate asked is still answered by a rate ("investment completion rate": 125.5%, not the 完成投资 named as long).
  // So does the whole name its words make together, before the readings word by word: "supercomputing capacity" is 超算算力,
  // whose 223PF it asks, not the 智能算力 sharing as much (算力) of the readings.
  const compounds = query.language === 'en' ? (query.englishCompounds ?? []).filter((c) => c.length >= MIN_WHOLE_NAME) : [];
  const compoundNamed = (f: Figure) => (compounds.some((c) => f.indicator.includes(c)) ? 1 : 0);
  const englishNamed = (f: Figure) => (query.language === 'en' && (!rateAsked || rate(f)) ? sharedName(f) : 0);
  // "经济怎么样" asks how big and how fast: the level leads, its growth beside it.
  const overview = query.ask === 'overview' && !growthAsked;
  const level = (f: Figure) => (overview && f.unit !== '%' && f.unit !== PERCENTAGE_POINTS ? 1 : 0);
  // "How big was Hunan's economy in 2024?", "What was Hunan's GDP?": an amount asked in English, and no rate, is
  // the level its sentence gives ("全年增长4.8%、总量达5.3万亿元": 5.3万亿元) before the growth written first.
  const amountAskedInEnglish =
    query.language === 'en' && !rateAsked && !asksForShare(query.question) && asksAmountInEnglish(query.question);
  const levelForAmount = (f: Figure) =>
    amountAskedInEnglish && !isGrowthOnly(f) && f.unit !== '%' && f.unit !== PERCENTAGE_POINTS ? 1 : 0;
  // Within one citation, the figure the question names as written leads ("制造业利用外资" before
  // the total 实际利用外资 beside it), then a rate when one is asked; across citations their
  // ranking stands.
  // With no indicator asked, the one figure the best citation names leads: sorted before it is cut.
  // A target asked is answered by a target only: an actual beside it would pass for the answer.
  // "低于目标多少" asks the gap to the target, an actual figure, not the target.
  const targetAsked = asksForTarget(query) && query.indicators.length > 0 && !asksForGap(query.question);
  // A share asked ("出口占全国多少"): a share of the asked indicator ("货物贸易出口占全国份额") answers it too.
  const shareAsked = asksForShare(query.question);
  // An English question names its subject in the Chinese the glossary put in ("integrated circuit" → 集成电路). A Chinese
  // name that shares only a verb with the question ("新增国家级非遗代表性传承人" for "新增公园多少座") names another thing.
  const namedBy = (sizeByValue: boolean) =>
    figures.filter((f) =>
      query.language === 'en'
        ? namedInQuestion(f, query.searchText, sizeByValue)
        : namedByChineseWords(f, query.question, withoutAsking, sizeByValue),
    );
  // "区域基金规模多大": a level counts as its own size only when no figure's name writes the size asked.
  const strictlyNamed = query.indicators.length ? [] : namedBy(false);
  const sizeNamed = query.indicators.length ? [] : namedBy(true);
  // Unless a level shares a longer run with the question than any of them: "金服云服务实体融资规模有多大" names
  // “金服云”服务实体融资 1.58万亿元 (服务实体融资) more than 技改融资专项规模, which writes the size but shares only 融资.
  const longestShared = (named: readonly Figure[]) => Math.max(0, ...named.map((f) => sharedNameLength(f, namesText)));
  // "云南企业总数到多少万户": a figure whose whole name is a word too generic to share ("企业净增15万户、达157万户" writes 企业
  // 157万户) is named when it is the question's own subject, places and years aside — read only when no name is shared.
  // So is an English question's, read as that word ("registered companies" → 企业: 企业96万户).
  // "湖南有多少企业" names its subject after the count asked, as "湖南企业有多少" does before it.
  const asksBare = (bare: string) =>
    zhWithoutIndicator ? asksBareName(bare, query.question, query.places) || countedNoun === bare : query.searchText.includes(bare);
  const bareNamed = () =>
    zhWithoutIndicator || (query.language === 'en' && !query.indicators.length)
      ? figures.filter((f) => {
          const bare = bareNounCounted(f.indicator);
          return bare !== null && asksBare(bare);
        })
      : [];
  const nameShared =
    strictlyNamed.length && longestShared(strictlyNamed) >= longestShared(sizeNamed)
      ? strictlyNamed
      : sizeNamed.length
        ? sizeNamed
        : strictlyNamed;
  const namedAtAll = nameShared.length ? nameShared : bareNamed();
  // English says "share" where the reports write a rate (…率): no narrowing by the name's shape. Nor when the change of a
  // share is asked ("数字经济占比提升了几个百分点": its change in points, not its level).
  const sharesNarrowed =
    shareAsked && query.language === 'zh' && !asksForPoints(query.question) && !asksHowMuchChanged(query.question) && !growthAsked;
  // Several places compared: each place's own best named (a name one report writes whole sets no other place's figure aside).
  const bestOfNamed = namedAtAll.length
    ? (query.places.length > 1 ? bestNamedOfEach : bestNamed)(ofShareAsked(namedAtAll, sharesNarrowed), query.question)
    : [];
  // "省重大项目投资超了年度计划百分之几": when the names written whole give nothing of the shape asked (a rate), the other names
  // the question shares (超年度计划目标 13.9%) answer it.
  // So do they when a growth in per cent is asked and only the others give a rate ("转移支付增长百分之几": 规模…增长18%, not the
  // 增加约1.5万亿元 of the name written whole).
  const rateOnlyInOthers = growthAsked && query.percentAsked === true && !bestOfNamed.some(rate) && namedAtAll.some(rate);
  const namedFigures =
    bestOfNamed.length &&
    bestOfNamed.length < namedAtAll.length &&
    ((!preferAskedShape(query.question, bestOfNamed).length && preferAskedShape(query.question, namedAtAll).length) || rateOnlyInOthers)
      ? [...namedAtAll]
      : bestOfNamed;
  // "重大工程完成投资多少" where the sentence names its subject in a clause of its own ("推进重大工程建设，全年完成
  // 投资2400亿元"): the figure's bare name is the question's, and the subject is the sentence's.
  // So, before a name sharing only a short word with the question, is one whose sentence shares its subject: "持牌金融机构
  // 总量想做到几家" is the 总量 of "…国际持牌金融机构落地，力争总量达到12家", not 新增托育机构 sharing 机构.
  // Read only when no name shares that much: most questions name their figure at length.
  // (Not past a name the question writes whole: "山东去年民间投资占比多少" is 民间投资占比 64.7%, whose 占比 and 投资 are generic
  // words, not the 非化石能源…占比 of the sentence that also writes 民间投资.)
  const namedWhole = namedFigures.some((f) => f.indicator.length >= SENTENCE_SUBJECT && namesText.includes(f.indicator));
  const bySentence =
    !query.indicators.length &&
    query.language === 'zh' &&
    !namedWhole &&
    Math.max(0, ...namedFigures.map((f) => sharedNameLength(f, query.question))) < SENTENCE_SUBJECT
      ? figures.filter((f) => namedBySentence(f, citations[cited(f)]?.sentence ?? '', query.question))
      : [];
  if (bySentence.length) namedFigures.splice(0, namedFigures.length, ...bySentence);
  // "银龄工程师2000人里头 重点产业的占多少": the part the question names (含重点产业1000人) answers, not the whole it names at
  // greater length.
  const partsNamed = query.indicators.length || !partWords ? [] : figures.filter((f) => f.indicator.includes(partWords));
  if (partsNamed.length) namedFigures.splice(0, namedFigures.length, ...partsNamed);
  // "排第几" after "吉林冬运会拿了多少金牌": a rank asked of nothing named is the rank the conversation's sentences state.
  if (!query.indicators.length && !namedFigures.length && asksRankOnly(query.question)) namedFigures.push(...figures.filter(isRankFigure));
  // "How much investment did the foreign projects … involve": money asked, written beside the named
  // subject in its sentence under a generic name ("签约外资项目217个、总投资258亿美元"), answers it too.
  // (Money only, and a physical measure no named figure is given in — "新开通地铁多少公里" of "新增运营里程30公里" beside 开通
  // 地铁新线3条: a count's noun may be another's, "hospital beds" counts in 家 by "hospital".)
  // So do the visits a thing reached ("惠及了多少人次": 惠及5900万人次 beside the 119家 venues named).
  const askedMeasure = unitAsked === null ? '' : unitMeasure(unitAsked);
  // So does an English count, asked in its noun: the head of the phrase ("How many households got their gas valves and pipes
  // replaced": 户, the 99.94万户 beside the 改造老旧燃气管道 named by "pipes"). Not a general measure word (个, 家, 项), which
  // counts anything: "How many new stations…" is no 新建5G基站1万个.
  const countedInUnit =
    query.language === 'en' && unitAsked !== null && COUNTED_THING_UNITS.includes(unitAsked) && !GENERAL_COUNTERS.includes(unitAsked);
  const measureAsked = PHYSICAL_MEASURE_UNITS.includes(askedMeasure) || REACH_UNITS.includes(askedMeasure) || countedInUnit;
  const namedCitations = new Set(namedFigures.map((f) => f.citationId));
  // So does "福建省重点项目去年完成投资多少": the money beside the count its name begins with ("1550个省重点项目完成投资7398亿元").
  // (Not beside a named figure in that unit already: "减负降本一共多少亿" is the named 减负降本85.54亿元, not the 累计兑付
  // 10.38亿元 of its sentence.)
  const namedInUnit = new Set(namedFigures.filter((f) => inUnit(f) === 1).map((f) => f.citationId));
  const inUnitBeside =
    unitAsked === MONEY_UNIT || (measureAsked && !namedFigures.some((f) => inUnit(f) === 1))
      ? figures.filter(
          (f) => !namedFigures.includes(f) && namedCitations.has(f.citationId) && !namedInUnit.has(f.citationId) && inUnit(f) === 1,
        )
      : [];
  const partAsked = query.part;
  // "PM2.5年均浓度连着几年达到国家二级标准": the streak written after the indicator's figure ("…改善16.5%，连续5年达国家
  // 二级标准") is that indicator's, though its clause does not name it.
  const streakBesideAsked = STREAK_LENGTH_QUESTION.test(query.question)
    ? new Set(figures.filter((f) => isAskedIndicator(f, query)).map((f) => f.citationId))
    : new Set<string | undefined>();
  // "山东前年建成了几个高速公路项目": a count asked in a measure no figure of the indicator is in (its 8700公里) is of the thing
  // counted (项目), which a figure in that measure names by its head (等8个项目建成). (几个 and 几家 name their measure here,
  // though they carry none to a follow-up: see askedCountUnit.)
  const countedFully = query.language === 'zh' ? countedNounAsked(query.question) : null;
  const countedHead = countedFully !== null && countedFully.length >= SPECIFIC_COUNTED_NOUN ? countedFully.slice(-NAME_HEAD) : null;
  const countMeasure = countedHead === null ? null : (unitAsked ?? generalCountMeasureAsked(query.question));
  const inCountMeasure = (f: Figure) =>
    countMeasure !== null && COUNTED_THING_UNITS.includes(countMeasure) && f.unit.endsWith(countMeasure);
  const indicatorInMeasure = countedHead !== null && figures.some((f) => inCountMeasure(f) && isAskedIndicator(f, query));
  const countedInsteadOfIndicator = (f: Figure) =>
    countedHead !== null && !indicatorInMeasure && inCountMeasure(f) && f.indicator.includes(countedHead);
  // With no indicator, the same thing counted leads the figures named otherwise ("高速公路通车里程 8700公里" beside it).
  const countedByHead = (f: Figure) => (query.indicators.length === 0 && countedInsteadOfIndicator(f) ? 1 : 0);
  const countedOnly = query.indicators.length > 0 && figures.some(countedInsteadOfIndicator);
  const namedAsked = countedOnly
    ? figures.filter(countedInsteadOfIndicator)
    : query.indicators.length
      ? figures.filter(
          (f) =>
            isAskedIndicator(f, query) ||
            (isStreakLength(f) && streakBesideAsked.has(f.citationId)) ||
            (shareAsked && isShareOfAsked(f, query)) ||
            isStreakOfListedAsked(f, query) ||
            // "在册经营主体里头 企业占了多少万户": the part asked of the indicator (其中企业96万户), named by its own words.
            partNamed(f) === 1 ||
            countedWhole(f) === 1,
        )
      : [...namedFigures, ...inUnitBeside];
  // "广东去年新增两院院士几名" ("9位科学家增选为两院院士"): no figure named by the question's words, the best citation's only
  // count in the measure asked (or one counting the same things) answers it.
  // "年龄线是多少岁", "第几届": the age or edition the passages write (read only when asked) answers, whatever is named.
  // One asked and none written as such: a figure in its unit ("人均预期寿命79.5岁" of "多少岁"), else no other number
  // answers it ("杭州亚运会是第几届" of a sentence counting its athletes).
  // "How many people claimed trade-in subsidies in Fujian in 2024?" ("享受补贴430多万人次" in the sentence that writes
  // 以旧换新): an English count is answered as a Chinese one is, its sentence writing a phrase the question was read as.
  const attributeUnits = query.unitCarried ? [] : attributesAsked(attributeWording(query)).map((k) => k.unit);
  const attributes = figures.filter((f) => f.shape === 'attribute');
  const asked = attributeUnits.length
    ? attributes.length
      ? attributes
      : figures.filter((f) => attributeUnits.includes(f.unit))
    : namedAsked.length || query.indicators.length
      ? namedAsked
      : query.language === 'zh'
        ? soleCountAsked(query.question, figures, citations[0])
        : soleCountAskedInEnglish(query, figures, citations[0]);
  // A result asked in English of a subject no indicator names ("How many tourists visited Beijing
  // last year?"): a target of something named alike ("新增旅游线路100条") is no answer to it. (A Chinese
  // question writes the report's own words: "补贴标准提高到多少" is answered by the plan's 提高到290元.)
  // "云南前年城镇居民收入多少": one group of residents asked is never answered by the other group's figure (农村居民…增长6.7%,
  // cited first); the all-resident figure may answer it, said so (qualifier-not-stated.ts).
  const residentAsked = askedResidentQualifier(query.question);
  const ofAskedGroup = residentAsked
    ? asked.filter(
        (f) =>
          !RESIDENT_QUALIFIERS.some(
            (q) => q !== residentAsked && namesResidentQualifier(f.indicator, q) && !namesResidentQualifier(f.indicator, residentAsked),
          ),
      )
    : asked;
  const resultOfWords = !query.indicators.length && query.intent === 'result' && query.language === 'en';
  // A target named by a whole term the question was read as ("central budget investment": 中央预算内投资安排6400亿元)
  // leaves no result of another thing to answer it: only a result of that term does.
  const wholeTerm = resultOfWords ? termNamingTarget(query, asked) : null;
  // "visa-free transit of how many hours": the plan's 240小时 is the only figure in the unit asked; a result of another
  // thing named alike (游客人数 增长10%) is no answer, the plan's figure is, labelled a target.
  const onlyTargetInUnit =
    resultOfWords &&
    unitAsked !== null &&
    asked.some((f) => f.kind === 'target' && inUnit(f)) &&
    !asked.some((f) => f.kind === 'actual' && inUnit(f));
  const ofAskedKind = targetAsked
    ? ofAskedGroup.filter((f) => f.kind === 'target')
    : onlyTargetInUnit
      ? ofAskedGroup.filter((f) => f.kind === 'target' && inUnit(f))
      : resultOfWords
        ? // What a thing is called or numbered ("which metro line": 15号线) is neither a result nor a target.
          ofAskedGroup.filter(
            (f) => f.shape === 'attribute' || (f.kind === 'actual' && (wholeTerm === null || f.indicator.includes(wholeTerm))),
          )
        : ofAskedGroup;
  if (targetAsked && !ofAskedKind.length) return targetWithoutNumberLead(query, citations);
  // A share ("研发投入强度3.3%") is no growth rate: a growth asked, and no share, is answered by a
  // growth ("研发经费投入增长15.6%") when the citations give one.
  const growthNotShare = growthAsked && !asksForShare(query.question);
  // A count asked in its unit ("How many market entities…": 户) is answered by a figure in that unit when the
  // citations give one, whichever cites it: not by money cited first ("为经营主体减负2500亿元").
  const shapeFitting = preferAskedShape(query.question, ofAskedKind, query.percentAsked);
  const inAskedUnit = shapeFitting.filter((f) => inUnit(f) === 1);
  // "新增了多少家外资研发中心": things counted are never answered by money (实际使用外资160.6亿美元): no lead, the passages quoted.
  const countedAsked = unitAsked !== null && unitAsked !== MONEY_UNIT && COUNTED_THING_UNITS.includes(unitAsked);
  if (countedAsked && !inAskedUnit.length && shapeFitting.length && shapeFitting.every((f) => f.unit.endsWith(MONEY_UNIT))) return null;
  // "安徽省属企业去年往新兴产业投了多少钱": money asked of a thing no indicator names is never answered by a rate (战略性新兴产业
  // 产值增长11.5%) when no figure gives money: no lead, the passages quoted. Nor by a length or a count ("湖南去年要投入多少钱搞
  // 农村公路" is no 提质改造农村公路3000公里); a bare magnitude ("1000亿") may still be money, and answers before them.
  const moneyOfWords = unitAsked === MONEY_UNIT && zhWithoutIndicator;
  // (A rate's unit is a measure of its own: "%" is no money.)
  const noMoney = (f: Figure) => unitMeasure(f.unit) !== '' && !f.unit.includes(MONEY_UNIT);
  const mayBeMoney = moneyOfWords && !inAskedUnit.length ? shapeFitting.filter((f) => !noMoney(f)) : shapeFitting;
  if (shapeFitting.length && !mayBeMoney.length) return null;
  // A pair's start goes with its value reached: "从全国第10位升至第7位" asked no rank keeps neither, never "从10位" alone.
  const fitted = inAskedUnit.length ? inAskedUnit : mayBeMoney;
  const shapeKept = fitted.filter(
    (f) => !isStartFigure(f) || !figures.some((g) => g !== f && !isStartFigure(g) && !fitted.includes(g) && ofOnePair(g, f)),
  );
  // No year and no target asked ("产业投资占全部投资的比重有多大"): what was achieved, latest first, before the target the
  // newest report sets for its own year, however high retrieval ranked the plan's sentence.
  const resultMeant =
    noYearMeansResult && !query.years.length && !query.planPeriod && query.intent !== 'plan' && !asksForPlan(query.question);
  // Only a result of the shape asked: a rate or a unit asked still picks its figure ("completion rate": 50%, not 16个).
  const achieved = (f: Figure) => (resultMeant && f.kind === 'actual' && (!rateAsked || rate(f)) && (!unitAsked || inUnit(f)) ? 1 : 0);
  // "赤字规模比上年多了多少": the difference the report states ("比上年年初预算增加1800亿元") before the level beside it.
  // So does "增加了多少" with no year before named ("24年报告里增加了多少" after the spending's level): the difference stated.
  const differenceAsked = query.differenceCarried === true || asksDifferenceToYearBefore(query.question);
  // Of two years talked about ("比上一年增加了多少" after a 2025 figure, read over 2024 and 2025), the later one is the year set
  // against the one before it: its stated difference (比上年增加1.6万亿元) before the earlier year's.
  const laterYearAsked = query.years.length > 1 ? Math.max(...query.years) : null;
  const statedDifference = (f: Figure) =>
    differenceAsked && statesDifferenceToYearBefore(f.indicator)
      ? 1 + (laterYearAsked !== null && yearOf(f) === laterYearAsked ? 1 : 0)
      : 0;
  // "上海24年新增了几个公园": an increment asked of a thing no glossary indicator names is the figure named by the verb and
  // the noun (新增公园141座), before a figure of the noun alone cited first ("849座公园实现24小时开放").
  const incrementNamed = (f: Figure) =>
    zhWithoutIndicator && amountAsked === 'increment' && isIncrementName(f.indicator) && named(f) > 0 ? 1 : 0;
  // "四季度增速": the figure of the part asked before any other, whichever citation gives it.
  const partFits = (f: Figure) => (partAsked !== null && partOfPeriod(f.period) === partAsked ? 1 : 0);
  const wholeYear = (f: Figure) => (partAsked === null && partOfPeriod(f.period) === null ? 1 : 0);
  // "Where did Anhui rank in the Peaceful China assessment?": a name holding a whole phrase an English question was read as
  // (平安中国建设考评 holds 平安中国) is what it asks, before a figure cited first that shares only a word (光储产业…评价).
  // Ranks only: of other figures, a longer name holding the phrase is most often another thing ("major projects" in 重大项目
  // 完成投资, not the completion rate asked).
  const wholePhrases =
    query.language === 'en' && !query.indicators.length && asksForRank(query.question)
      ? (query.lexiconTranslations ?? [])
          .filter((t) => /\s/.test(t.english))
          .flatMap((t) => t.chinese.filter((zh) => zh.length >= WHOLE_TERM))
      : [];
  const wholePhraseNamed = (f: Figure) => (wholePhrases.some((zh) => f.indicator.includes(zh)) ? 1 : 0);
  // "福建25年推进建设的宁德核电是几号机组": what a thing is numbered carries no kind to tell the year's plan (宁德核电5号机组)
  // from the year before's result cited first (6号机组开工建设): of one asked year, that year's. (Only where an attribute is
  // asked: one carried with a follow-up's measure word, "…呢" after "是多少条", is no answer.)
  const attributeOfYear = (f: Figure) =>
    attributeUnits.length && f.shape === 'attribute' && query.years.length === 1 && yearOf(f) === query.years[0] ? 1 : 0;
  // (Read only when a bound is asked.)
  let mostShared: number | null = null;
  const bestSharedName = (f: Figure) => {
    if (query.indicators.length > 0) return true;
    mostShared ??= longestShared(shapeKept);
    return sharedNameLength(f, namesText) === mostShared;
  };
  const sorted = (growthNotShare ? preferNonShareRates(shapeKept) : shapeKept).sort(
    (a, b) =>
      partNamed(b) - partNamed(a) ||
      notSetAside(b) - notSetAside(a) ||
      overSpan(b) - overSpan(a) ||
      ofTheYear(b) - ofTheYear(a) ||
      statedDifference(b) - statedDifference(a) ||
      cumulative(b) - cumulative(a) ||
      excluding(b) - excluding(a) ||
      achieved(b) - achieved(a) ||
      incrementNamed(b) - incrementNamed(a) ||
      partFits(b) - partFits(a) ||
      attributeOfYear(b) - attributeOfYear(a) ||
      wholePhraseNamed(b) - wholePhraseNamed(a) ||
      countedByHead(b) - countedByHead(a) ||
      exactUnit(b) - exactUnit(a) ||
      cited(a) - cited(b) ||
      countedWhole(b) - countedWhole(a) ||
      ownWordsNamed(b) - ownWordsNamed(a) ||
      qualifiedAsAsked(b) - qualifiedAsAsked(a) ||
      // Of one citation, asked no part of the year, the whole year's figure ("全年增长4.8%") before a quarter's.
      wholeYear(b) - wholeYear(a) ||
      // An amount written in two currencies is one thing named twice ("160.6亿美元、折合1148亿元人民币"): the currency asked.
      inAskedCurrency(b) - inAskedCurrency(a) ||
      boundFits(b) - boundFits(a) ||
      named(b) - named(a) ||
      countedNamed(b) - countedNamed(a) ||
      nounShared(b) - nounShared(a) ||
      // The unit asked ("多少亿元", "in billion yuan") before the level/increment reading: "签约外资项目217个、总投资258亿美元"
      // asked "how much investment" is the money, though 签约 makes the count the year's additions.
      inUnit(b) - inUnit(a) ||
      compoundNamed(b) - compoundNamed(a) ||
      englishNamed(b) - englishNamed(a) ||
      amountFits(b) - amountFits(a) ||
      rate(b) - rate(a) ||
      level(b) - level(a) ||
      levelForAmount(b) - levelForAmount(a) ||
      sharedName(b) - sharedName(a) ||
      headNamed(b) - headNamed(a),
  );
  // "连续几年全国第一" with no year: the latest report's streak, which counts the years of the earlier one and more.
  const streakLengthAsked = STREAK_LENGTH_QUESTION.test(query.question) && !query.years.length;
  // With no indicator asked, the one best-named figure; of each place when several are asked.
  const relevant = (latestAsked(query) || streakLengthAsked ? latestFirst(sorted, query) : sorted).slice(
    0,
    query.indicators.length || query.places.length > 1 ? undefined : 1,
  );
  // A comparison sets like against like: each other place's figure of the first one's kind
  // (actual with actual, target with target) where it has one.
  const first = query.places.length > 1 ? query.places.map((p) => relevant.find((f) => f.district === p)).find((f) => !!f) : undefined;
  // "钱塘区GDP增速比杭州市高多少": the gap the first place's report states to its wider place ("高于全市0.4个百分点")
  // answers, not the two places' own figures side by side (looked for before the shape preference, which keeps a gap
  // only when asksForGap).
  const gapToPlace =
    query.places.length === 2 && asksGapToNamedPlace(query.question)
      ? ofAskedKind.find((f) => f.district === query.places[0] && figureShape(f) === 'gap' && gapIsToPlace(f.indicator, query.places[1]))
      : undefined;
  // "今年计划比去年计划少多少公里": a thing no glossary indicator names, asked in two years side by side: each year's figure
  // of the same name and kind, and which is higher.
  const perYear = gapToPlace ? null : yearsSideBySide(query, sorted);
  const perPlace = gapToPlace
    ? [gapToPlace]
    : (perYear ??
      (query.places.length > 1
        ? query.places
            .map((p) => relevant.find((f) => f.district === p && f.kind === first?.kind) ?? relevant.find((f) => f.district === p))
            .filter((f): f is Figure => !!f)
        : relevant.slice(0, 1)));
  if (!perPlace.length) return null;
  // "人均可支配收入增长多少" where the report states only 城镇 and 农村 ("分别增长3.8%和4.9%"): one group's figure
  // would pass for the whole population's; both lead, each named.
  // "跨了哪几个台阶": every level the sentence says was passed (4万亿、5万亿), each cited.
  const levelsPassed = query.places.length > 1 || perYear ? [] : otherLevelsPassed(perPlace[0], figures);
  const groups =
    query.places.length > 1 || perYear ? [] : levelsPassed.length ? levelsPassed : groupSiblings(perPlace[0], figures, query.question);
  // "核电机组多少，全国排第几": the amount and the rank its sentence gives it, both asked, both lead.
  // "新增…几家 累计多少家": the increment and the total, both asked, both lead.
  const partner =
    query.places.length > 1 || perYear || groups.length
      ? undefined
      : asksIncrementAndLevel(query.question)
        ? incrementOrTotalBeside(perPlace[0], figures)
        : amountOrRankBeside(perPlace[0], figures, query);
  const together = partner ? [partner] : groups;
  const leading = together.length ? [perPlace[0], ...together].sort((a, b) => figures.indexOf(a) - figures.indexOf(b)) : perPlace;
  const lang = query.language;
  const parts = leading.map((asked) => {
    // A level given without its growth takes the growth the same sentence gives the indicator.
    const sameSentenceGrowth =
      overview && asked.unit !== '%' && !asked.change
        ? relevant.find((g) => g !== asked && g.citationId === asked.citationId && g.unit === '%' && g.change)?.change
        : undefined;
    const f = sameSentenceGrowth ? { ...asked, change: sameSentenceGrowth } : asked;
    const n = cited(f) + 1;
    const citation = citations[n - 1];
    const down = f.change?.direction === 'down';
    // A value that is itself the growth rate reads "增长5.1%"; a level with a change adds "，增长5.1%".
    // A growth written negative ("增长-1.2%") is a fall: "下降1.2%", not "-1.2%，下降1.2%". So does a
    // change in points ("占比较上年提高7.3个百分点"): "增长7.3个百分点", never "7.3个百分点，增长7.3个百分点".
    // So does an amount's own change ("电价下降1分/千瓦时"): "下降1分/千瓦时", never a price of 1分/千瓦时.
    const growthOnly =
      isGrowthOnly(f) ||
      isAmountChangeOnly(f) ||
      (!!f.change &&
        f.unit === PERCENTAGE_POINTS &&
        f.change.unit === PERCENTAGE_POINTS &&
        figureShape(f) !== 'gap' &&
        f.change.value === f.value);
    // A gap reads as its difference, above or below: "高0.4个百分点", never "0.4个百分点，增长0.4个百分点".
    const gap = figureShape(f) === 'gap' && f.change ? message('leadGap', lang, { down }) : '';
    const en = lang === 'en';
    // "…怎么变化的": the value it started from, when the sentence gives one, before the value reached.
    // So does "这五年提高了多少" over a span: a change over years is from where to where.
    // One year's "增长多少" asks that year's growth, not a span's start.
    const changeAsked =
      query.ask === 'trend' ||
      !!query.yearSpan ||
      !!query.planPeriod ||
      (asksHowMuchChanged(query.question) && !query.years.length) ||
      // "上海去年跨部门综合监管事项从几个扩到了几个": where it started is asked, whatever the year.
      asksFromTo(query.question);
    // A rank risen or fallen ("从全国第10位升至第8位") says where from, asked or not: the move is what it reports.
    const start = changeAsked || isRankFigure(f) ? figures.find((g) => g !== asked && isStartFigure(g) && ofOnePair(g, f)) : undefined;
    // "年均增长5.9%": the average's word goes before the verb, not between the verb and the value.
    // With the span it averages over ("五年…年均": "五年年均增长5.2%"), as the report writes it.
    const average = growthOnly ? (averageWords(f.qualifier) ?? undefined) : undefined;
    // An English reader gets the value's qualifiers in English ("about 5%", "over 3000亿元"); number and unit as written.
    const reached = valueText(
      { ...f, ...(average ? { qualifier: undefined } : {}), ...(growthOnly ? { value: Math.abs(f.value) } : {}) },
      lang,
    );
    // "确保增长5.5%以上", not "增长确保5.5%以上": in Chinese an aim (确保, 力争) goes before the verb, as the reports write it.
    const written = growthOnly && !average && lang === 'zh' ? qualifierSides(f.qualifier ?? '').before : '';
    // So does a growth's base ("较3年前增长44%").
    const aim = (AIM_QUALIFIERS.includes(written) || GROWTH_BASE_BEFORE.test(written)) && reached.startsWith(written) ? written : '';
    const shownReached = reached.slice(aim.length);
    // A rank's start reads in the rank's own words: "从全国第10位到全国第8位".
    const value = start
      ? message('leadFromTo', lang, {
          from: valueText({ ...start, qualifier: isRankFigure(f) ? f.qualifier : undefined }, lang),
          to: reached,
        })
      : `${gap}${shownReached}`;
    return message('leadLine', lang, {
      place: en ? englishPlace(f.district) : placeLabel(f.district),
      // A pair asked over a plan ("十四五期间") spans the plan, not the year of its report.
      // A streak ("连续10年…以上") is no one year's result: its years are in its value, not a label.
      period: figureShape(f) === 'streak' ? '' : periodLabel(start ? pairPeriod(start, f, query) : f.period, citation, lang),
      indicator: leadIndicatorName(f, query, citation?.sentence ?? ''),
      english: en ? englishIndicator(f.indicator) : null,
      // An attribute ("105周年", "4号线") is what something is: neither a target nor a result.
      kind: f.shape === 'attribute' ? '' : message(f.kind === 'target' ? 'leadTarget' : 'leadActual', lang),
      value,
      amount: en ? englishAmount(f.value, f.unit, f.indicator) : null,
      change: f.change && !growthOnly && !gap ? message('leadChange', lang, { down, value: f.change.value, unit: f.change.unit }) : '',
      growthOnly: growthOnly
        ? `${average ? (lang === 'zh' ? average : 'average annual ') : ''}${aim}${message(isAmountChangeOnly(f) ? 'leadAmountChange' : 'leadGrowthOnly', lang, { down })}`
        : '',
      n,
    });
  });
  const verdict = perYear
    ? comparisonVerdict(perYear[0], perYear[1], growthAsked, lang, false, (f) =>
        message('periodYear', lang, { year: String(yearOf(f)), part: '' }).trim(),
      ) + differenceOfYears(perYear, query.question, lang)
    : perPlace.length === 2 && !gapToPlace
      ? // "浙江和山东25年新增单项冠军企业谁多": an increase beside a total (达到274家) is no like for like.
        // (Results only: a plan's count, "争创…12个", is of things it will add, whatever its verb.)
        amountAsked === 'increment' &&
        !growthAsked &&
        perPlace.every((f) => f.kind === 'actual') &&
        incrementWritten(perPlace[0]) !== incrementWritten(perPlace[1])
        ? message('verdictIncrementTotal', lang)
        : // "拱墅和钱塘哪个GDP增速快": each place's latest figure, of periods that differ (2025年一季度, 2024年), is no like for
          // like: said so, no verdict.
          perPlace[0].period !== perPlace[1].period
          ? message('verdictPeriods', lang)
          : comparisonVerdict(perPlace[0], perPlace[1], growthAsked, lang, asksWhetherSame(query.question)) +
            differenceOfPlaces(perPlace[0], perPlace[1], growthAsked, query.question, lang)
      : '';
  // "和江苏比呢" after "浙江去年新增公园多少座", of a subject no glossary indicator names: a place whose passages give no
  // such figure is named as lacking it, so the other's number never reads as the whole comparison. (With an indicator,
  // the engine names the sides whose passages do not state it.)
  const lacking =
    query.places.length > 1 && !query.indicators.length ? query.places.filter((p) => !perPlace.some((f) => f.district === p)) : [];
  const sideNote = lacking.length ? message('sideMissing', lang, { places: lacking }) : '';
  // "湖南24年二季度GDP增速" where the sentence gives the third and fourth quarters and the year: the year's figure, said so.
  const partNote =
    partAsked !== null && !leading.some((f) => partOfPeriod(f.period) === partAsked)
      ? message('partNotGiven', lang, { part: message(PERIOD_PARTS[partAsked], lang) })
      : '';
  // "江苏25年新增了几家专精特新小巨人企业" answered by "增至3022家": the total, said not to be the increase asked.
  const totalNote =
    amountAsked === 'increment' &&
    !growthAsked &&
    !perYear &&
    query.places.length <= 1 &&
    leading.length === 1 &&
    !incrementWritten(leading[0]) &&
    writtenAsLevelReached(leading[0], citations[cited(leading[0])]?.sentence ?? '')
      ? message('totalNotIncrement', lang)
      : '';
  return `${partNote}${parts.join(message('leadSeparator', lang))}${totalNote}${verdict}${sideNote}`;
}

/**
 * Where a name ends, in the question, when it is a thing the question writes whole and then the measure asked of it
 * ("新投产项目增加产值" of "新投产项目带来多少产值": the end of 产值); 0 when it is not. The thing is the name's longest
 * opening the question writes, three characters at least, before the measure.
 */
function measureOfThingNamed(indicator: string, text: string, measure: string | null): number {
  if (!measure || !indicator.endsWith(measure) || indicator.length <= MIN_WHOLE_NAME + measure.length) return 0;
  const measureAt = text.lastIndexOf(measure);
  if (measureAt < 0) return 0;
  for (let length = indicator.length - measure.length; length >= MIN_WHOLE_NAME; length--) {
    const thingAt = text.indexOf(indicator.slice(0, length));
    if (thingAt >= 0 && thingAt + length <= measureAt) return measureAt + measure.length;
  }
  return 0;
}

/**
 * "新增全国重点实验室几家 累计多少家": the increment and the running total its sentence gives the same thing (same citation, unit
 * and kind), both asked: the one of the two that does not lead, or none.
 */
function incrementOrTotalBeside(f: Figure, figures: readonly Figure[]): Figure | undefined {
  const leadIsIncrement = isIncrementName(f.indicator);
  const thing = thingCounted(f.indicator);
  return figures.find(
    (g) =>
      g !== f &&
      g.citationId === f.citationId &&
      g.unit === f.unit &&
      g.kind === f.kind &&
      isIncrementName(g.indicator) !== leadIsIncrement &&
      thingCounted(g.indicator) === thing,
  );
}

/**
 * Of a rank asked beside the amount it ranks (asksAmountBesideRank), the other of the pair its sentence writes of one name
 * ("核准和在建核电机组1003万千瓦、居全国第二位"): the amount of a rank that leads, or the rank of an amount.
 */
function amountOrRankBeside(f: Figure, figures: readonly Figure[], query: UnderstoodQuery): Figure | undefined {
  if (!asksAmountBesideRank(query.question)) return undefined;
  const leadIsRank = isRankFigure(f);
  return figures.find(
    (g) => g !== f && g.citationId === f.citationId && g.indicator === f.indicator && g.kind === f.kind && isRankFigure(g) !== leadIsRank,
  );
}

/**
 * The one figure of a citation counted in the measure a question asks ("几名": 9位), or none. Only a figure the sentence
 * names in words of its own: one sharing the question's words was weighed by them and set aside ("千亿级产业集群" asked,
 * 重点消费品产业集群 40个 is no answer).
 */
function soleCountAsked(question: string, figures: readonly Figure[], citation: Citation | undefined): Figure[] {
  const counter = askedCounter(question);
  // The sentence writes the question's subject ("两院院士"), as one naming a bare figure must (namedBySentence): a count of
  // other things ("4家企业入选全国文化企业30强" for "世界500强") is no answer.
  if (!counter || !citation || !sharesSubject(citation.sentence, question)) return [];
  const counted = figures.filter((f) => f.citationId === citation.id && countedAs(f.unit) === countedAs(counter));
  return counted.length === 1 && sharedNameLength(counted[0], question) < MIN_SHARED_NAME ? counted : [];
}

/**
 * An English "how many <things>" with no figure named by the question's words: the best citation's one count of the things
 * asked (people: 人, 人次), when that sentence writes a phrase of three or more characters the question was read as.
 */
function soleCountAskedInEnglish(query: UnderstoodQuery, figures: readonly Figure[], citation: Citation | undefined): Figure[] {
  const unit = englishCountUnit(query.question);
  if (!unit || unit === MONEY_UNIT || !citation) return [];
  // The Chinese the question was read as, which its search text carries (dictionary words and report senses alike).
  const phrases = query.searchText.match(CHINESE_RUN) ?? [];
  if (!phrases.some((c) => citation.sentence.includes(c))) return [];
  const counting = (f: Figure) => {
    const measure = f.unit.replace(MAGNITUDE_PREFIX, '');
    return countedAs(measure) === countedAs(unit) || measure.startsWith(unit);
  };
  const counted = figures.filter((f) => f.citationId === citation.id && f.unit !== '%' && counting(f));
  return counted.length === 1 ? counted : [];
}

/** A translated phrase of three or more characters is the question's subject, no common word ("以旧换新", not 人民). */
const CHINESE_RUN = /[\u4e00-\u9fff]{3,}/g;

/** The magnitude a unit may carry before its measure word: "万人次" counts 人次. */
const MAGNITUDE_PREFIX = /^[万亿千百]+/;

/** Each of two asked years' figure of the leading figure's name and kind, earlier year first; null unless both are given. */
/**
 * "差多少", "how much more in 2025?" of one thing in two years: the later year's value less the earlier's, in one unit
 * ("多350亿元"); '' when the difference is not asked or the values are bounds or ranges, which no subtraction answers.
 */
function differenceOfYears(pair: readonly [Figure, Figure], question: string, lang: 'zh' | 'en'): string {
  if (!asksHowMuchBetween(question) || pair.some((f) => f.qualifier || f.range)) return '';
  const [older, newer] = [...pair].sort((a, b) => (yearOf(a) ?? 0) - (yearOf(b) ?? 0));
  return yearsDifference({ value: older.value, unit: older.unit }, { value: newer.value, unit: newer.unit }, lang);
}

/**
 * "广东和山东GDP差多少": the two places' difference, like for like (one kind, one unit, two rates when a growth is asked),
 * worked out from the two cited values and said so; '' when not asked or the values are worded (以上, a range).
 */
function differenceOfPlaces(a: Figure, b: Figure, growth: boolean, question: string, lang: 'zh' | 'en'): string {
  // A value worded (突破, 以上) or a range is no number to subtract: of a level asked, the level's words; of a growth asked, the
  // rate's own (a level's 突破 says nothing of the growth written beside it).
  const worded = (f: Figure) => (!growth || f.unit === '%') && Boolean(f.qualifier || f.range);
  if (!asksHowMuchBetween(question) || a.kind !== b.kind || [a, b].some(worded)) return '';
  const measured = (f: Figure) =>
    growth ? (f.unit === '%' ? f.value : f.change?.unit === '%' ? f.change.value : null) : f.unit === '%' && f.change ? null : f.value;
  const [x, y] = [measured(a), measured(b)];
  if (x === null || y === null) return '';
  const unit = growth ? '%' : a.unit;
  if (!growth && a.unit !== b.unit) return '';
  const [low, high] = x <= y ? [x, y] : [y, x];
  return yearsDifference({ value: low, unit }, { value: high, unit }, lang);
}

function yearsSideBySide(query: UnderstoodQuery, sorted: readonly Figure[]): [Figure, Figure] | null {
  if (query.indicators.length || query.places.length > 1 || query.years.length !== 2 || !sorted.length) return null;
  const top = sorted[0];
  // A difference the report states to the year before is the answer itself ("up how much from 2024?": 比上年增加1.2万亿元),
  // no level to set beside another year's.
  if (statesDifferenceToYearBefore(top.indicator)) return null;
  const of = (year: number) =>
    sorted.find(
      (f) =>
        yearOf(f) === year &&
        f.kind === top.kind &&
        (f.indicator === top.indicator || sameNameWithSubject(f.indicator, top.indicator, query.question)),
    );
  const [a, b] = [of(query.years[0]), of(query.years[1])];
  return a && b && a !== b ? [a, b] : null;
}

/** The other levels a milestone level's phrase passes ("连续迈上4万亿、5万亿两个台阶"): same name, sentence and kind. */
function otherLevelsPassed(f: Figure, figures: readonly Figure[]): Figure[] {
  if (f.shape !== 'milestone' || f.unit === MILESTONE_COUNT_UNIT) return [];
  return figures.filter(
    (g) =>
      g !== f &&
      g.shape === 'milestone' &&
      g.unit !== MILESTONE_COUNT_UNIT &&
      g.indicator === f.indicator &&
      g.citationId === f.citationId &&
      g.kind === f.kind,
  );
}

/**
 * The other population groups' figures beside a group's ("城镇居民人均可支配收入" → 农村居民人均可支配收入 of the same
 * sentence, unit, kind and year) when the question names no group; none when it does or the figure is no group's.
 */
export function groupSiblings<F extends Pick<Figure, 'indicator' | 'unit' | 'kind' | 'period' | 'district' | 'citationId'>>(
  f: F,
  figures: readonly F[],
  question: string,
): F[] {
  if (POPULATION_GROUPS.some((g) => g.asked.test(question))) return [];
  const own = POPULATION_GROUPS.find((g) => f.indicator.includes(g.word));
  if (!own) return [];
  return POPULATION_GROUPS.filter((g) => g !== own)
    .map((g) =>
      figures.find(
        (x) =>
          x !== f &&
          x.indicator === f.indicator.replace(own.word, g.word) &&
          x.citationId === f.citationId &&
          x.unit === f.unit &&
          x.kind === f.kind &&
          x.period === f.period &&
          x.district === f.district,
      ),
    )
    .filter((x): x is F => !!x);
}

/** Where a name ends in the question outweighs its length: one character further is worth more than any name. */
const NAME_END_WEIGHT = 100;

/** What separates the items of a listed name ("粮食播种面积、单产、总产"). */
const LIST_MARK = '、';

/**
 * A streak whose subject is a list ("粮食播种面积、单产、总产连续6年增长", read whole) is every item's: it answers a
 * question asking one of them ("粮食总产连续几年增长").
 */
function isStreakOfListedAsked(f: Figure, query: UnderstoodQuery): boolean {
  if (!isStreakLength(f) || !f.indicator.includes(LIST_MARK)) return false;
  return f.indicator.split(LIST_MARK).some((item) => item.length > 0 && isAskedIndicator({ ...f, indicator: item }, query));
}

/**
 * The name the lead gives a figure: its own, unless the report wrote only the end of the asked
 * indicator's name ("粮食播种面积…、产量514.4万吨", "总产762亿斤"), when the asked name says what it is.
 */
function leadIndicatorName(f: Figure, query: UnderstoodQuery, sentence: string): string {
  // The rest of the asked name must be in the sentence too ("粮食" of 粮食产量), so a bare "增加值"
  // is never given a name its sentence does not support.
  const asked = query.indicators.find((entry) =>
    [entry.name, ...entry.synonyms].some(
      (name) => name.length > f.indicator.length && name.endsWith(f.indicator) && sentence.includes(name.slice(0, -f.indicator.length)),
    ),
  );
  return asked ? asked.name : f.indicator;
}

/**
 * The period a from–to pair spans: the plan asked ("十四五期间"), or the plan whose start the pair's
 * start value is dated the year before ("从2020年的…到2025年": 十四五); else the reached value's year.
 */
function pairPeriod(start: Figure, reached: Figure, query: UnderstoodQuery): string {
  if (query.planPeriod) return `${query.planPeriod.from}-${query.planPeriod.to}`;
  const span = `${Number(start.period) + 1}-${reached.period}`;
  return /^\d{4}$/.test(start.period) && /^\d{4}$/.test(reached.period) && planOfSpan(span) ? span : reached.period;
}

/**
 * Which side is higher, like for like: two rates when a growth is asked, else two amounts in one
 * unit; figures of different kinds (a target and an actual) are said not to compare.
 */
export function comparisonVerdict(
  a: Figure,
  b: Figure,
  growth: boolean,
  lang: 'zh' | 'en',
  sameAsked: boolean,
  /** What the verdict calls a side: its place, unless the sides are something else (two groups of residents). */
  name: (f: Figure) => string = (f) => (lang === 'en' ? englishPlace(f.district) : f.district),
): string {
  if (a.kind !== b.kind) return message('verdictKinds', lang);
  const rate = (f: Figure) => (f.unit === '%' ? f.value : f.change?.unit === '%' ? f.change.value : null);
  const amount = (f: Figure) => (f.unit === '%' ? null : (f.valueInBaseUnit ?? null));
  // Asked which is higher without saying growth, two sides that state only rates compare by rate;
  // when only one side states its level ("上海9.2万元" beside "北京增长4.4%"), the level asked has
  // nothing to compare with, and the growths beside it were not asked: no verdict, and the side without its level named.
  const byRate = growth || (amount(a) === null && amount(b) === null);
  if (!byRate && (amount(a) === null || amount(b) === null)) {
    const growthOnly = [a, b].find((f) => amount(f) === null && rate(f) !== null);
    return growthOnly ? message('verdictLevelMissing', lang, { place: name(growthOnly) }) : '';
  }
  const measure = (f: Figure) => (byRate ? rate(f) : amount(f));
  const [x, y] = [measure(a), measure(b)];
  if (x === null || y === null || (!byRate && a.unit.slice(-1) !== b.unit.slice(-1))) return '';
  const shown = (f: Figure, v: number) => (byRate && f.unit !== '%' ? `${v}%` : valueText(f, lang));
  // A range ("5%—5.5%") is its two ends: the same only as the same range, higher by its upper end. A range of
  // amounts is written in its unit ("11–12万亿元") and compared in the base unit, as the amount of the other side is.
  const span = (f: Figure, v: number) => {
    if (!f.range || (byRate && f.unit !== '%')) return { low: v, high: v };
    const scale = byRate || f.value === 0 ? 1 : v / f.value;
    return { low: f.range.low * scale, high: f.range.high * scale };
  };
  const order = spanOrder(span(a, x), span(b, y));
  if (order === 0) {
    // "5%左右" and "5%以上" share a number, not a target.
    const worded = byRate || a.unit === b.unit ? (a.qualifier ?? '') !== (b.qualifier ?? '') : false;
    return message(worded ? 'verdictSameNumber' : 'verdictEqual', lang, { a: shown(a, x), b: shown(b, y) });
  }
  const [high, low, hv, lv] = order > 0 ? [a, b, x, y] : [b, a, y, x];
  // Counts of things ("12家 对 9家") are more or fewer; money, rates and other levels higher or lower.
  const counted = !byRate && COUNTED_THING_UNITS.includes(unitMeasure(high.unit));
  const verdict = message(counted ? 'verdictMore' : 'verdictHigher', lang, {
    place: name(high),
    high: shown(high, hv),
    low: shown(low, lv),
  });
  // Two levels of a thing better lower (失业率, PM2.5 浓度): the higher is the worse, said so. Not two changes of it
  // ("下降11.5%" against "下降7.4%"), where the larger fall is the better.
  const levels = !byRate || (!a.change && !b.change);
  const worse = levels && isLowerBetter(a.indicator) && isLowerBetter(b.indicator) ? message('lowerIsBetter', lang) : '';
  return sameAsked ? `${message('verdictDifferent', lang)}${verdict}${worse}` : `${verdict}${worse}`;
}

/**
 * With no glossary indicator asked, a figure leads only when the question names its subject: "杭州
 * 亚运会有多少运动员" names 运动员参加亚运会's 运动员, "民营经济增加值" names nothing of
 * 数字经济核心产业增加值 but 经济 and the generic 增加值.
 */
export function namedInQuestion(
  f: Pick<Figure, 'indicator'> & Partial<Pick<Figure, 'unit'>>,
  question: string,
  /** Whether a level counts as its own size (规模 / 总量 / 数量) when its name does not write it: a fallback, read only when no name writes it. */
  sizeByValue = false,
): boolean {
  // A name the question writes whole names it, generic as its words are ("总投资").
  if (f.indicator.length >= MIN_WHOLE_NAME && question.includes(f.indicator)) return true;
  const run = sharedRun(f, question);
  if (run.length < MIN_SHARED_NAME) return false;
  // "工业投资增长多少" names 投资 after the 工业 it shares with 规上工业增加值: the figure measures another thing.
  const measured = MEASURED_NOUNS.filter((w) => question.includes(run + w));
  // "区域基金规模多大" of 设立区域基金 500亿元: a level is its own size, whether its name says 规模 or not.
  const level = f.unit !== undefined && f.unit !== '%' && f.unit !== PERCENTAGE_POINTS;
  return (
    !measured.length ||
    measured.some((w) => f.indicator.includes(w)) ||
    (sizeByValue && level && measured.every((w) => SIZE_NOUNS.includes(w)))
  );
}

/** Whether a Chinese question names a figure by more than a verb it shares with it ("新增…传承人" is no answer to 新增公园). */
export function namedByChineseWords(
  f: Pick<Figure, 'indicator'>,
  question: string,
  /** The question with its asking of how many taken out (withoutAmountAsked), when the caller has it. */
  withoutAsking = withoutAmountAsked(question),
  /** As namedInQuestion's. */
  sizeByValue = false,
): boolean {
  // "浙江有几个千亿级产业集群": 重点消费品产业集群 shares 产业集群, but not the scale asked.
  const scales = question.match(SCALE_CLASSES) ?? [];
  // "认定了多少人才" names 认定人才: the asking taken out, the verb and its noun are read as one name.
  const named = (text: string) => namedInQuestion(f, text, sizeByValue) && !sharesOnlyVerbWith(f.indicator, text);
  return (named(question) || named(withoutAsking)) && scales.every((s) => f.indicator.includes(s));
}

/**
 * Whether a figure with a bare name the question writes ("投资") is named by its sentence: the sentence and the
 * question share a subject besides that name ("重大工程"), of SENTENCE_SUBJECT characters or more.
 */
export function namedBySentence(f: Pick<Figure, 'indicator'>, sentence: string, question: string): boolean {
  if (f.indicator.length < MIN_SHARED_NAME) return false;
  // "城镇有机更新那块 投资多少亿" of "…城镇有机更新领域…年度计划投资171.4亿元": the name's head asked as the amount
  // (投资多少) names it too, its sentence sharing the subject.
  const head = f.indicator.slice(-NAME_HEAD);
  const named = question.includes(f.indicator) || headAsked(head, question);
  if (!named) return false;
  const without = (text: string) => text.split(f.indicator).join(RUN_BREAK).split(head).join(RUN_BREAK);
  return sharesSubject(without(sentence), without(question));
}

/** The head of a figure's name, its last two characters ("投资" of 年度计划投资). */
const NAME_HEAD = 2;
/**
 * What follows a head asked as the amount: "投资多少", "投资是多少", "投资了几", or a follow-up's closing 呢 ending the
 * question ("…的村占比呢").
 */
const ASKED_AFTER_HEAD = /^(?:了|是|有|为)?(?:多少|几)|^呢[？?]?$/;
function headAsked(head: string, question: string): boolean {
  for (let at = question.indexOf(head); at >= 0; at = question.indexOf(head, at + 1)) {
    if (ASKED_AFTER_HEAD.test(question.slice(at + head.length))) return true;
  }
  return false;
}

/** Whether a sentence and a question share a subject of SENTENCE_SUBJECT characters or more, numbers aside. */
function sharesSubject(sentence: string, question: string): boolean {
  const without = (text: string) => text.replace(NUMBER_RUN, RUN_BREAK);
  return longestCommonRun(without(sentence), without(question)).length >= SENTENCE_SUBJECT;
}

/** How much of what a question sets aside a figure's name writes to be that thing ("A级景区"). */
const SET_ASIDE_RUN = 3;

/** A subject a sentence and a question share, long enough to be no place or common word ("重大工程"). */
const SENTENCE_SUBJECT = 4;

/** Numbers are no subject: a year both write ("2025年") is shared by every sentence of that year's report. */
const NUMBER_RUN = /[\d０-９]+/g;

/**
 * Whether a figure's name shares a noun with the question, not only a verb: "新增多少专精特新中小企业" shares only 新增
 * with 新增百亿企业, so the run is looked for again past the verb ("新引进知名品牌首店" and "引进首店多少家" still share 首店).
 */
export function sharesNounWith(indicator: string, question: string): boolean {
  let name = indicator;
  let run = sharedRun({ indicator: name }, question);
  for (let n = 0; n < MAX_VERB_RUNS && (BARE_INCREMENT_NAMES.includes(run) || COUNT_VERBS.includes(run)); n++) {
    name = name.split(run).join(RUN_BREAK);
    run = sharedRun({ indicator: name }, question);
  }
  return run.length >= MIN_SHARED_NAME;
}

/**
 * Whether all a figure's name shares with the question is a verb ("新增国家级非遗代表性传承人" and "新增公园多少座" share 新增):
 * the rest of the name, its verbs taken out, shares no run with the question at all, generic words included ("引进企业"
 * and "累计引进多少家企业" share 企业 past the verb; "组建总规模" and "基金规模多大" share 规模).
 */
export function sharesOnlyVerbWith(indicator: string, question: string): boolean {
  if (question.includes(indicator) || sharesNounWith(indicator, question)) return false;
  const verbs = [...BARE_INCREMENT_NAMES, ...COUNT_VERBS].filter((v) => indicator.includes(v) && question.includes(v));
  if (!verbs.length) return false;
  const rest = verbs.reduce((name, v) => name.split(v).join(RUN_BREAK), indicator);
  return longestCommonRun(rest, question).length < MIN_SHARED_NAME;
}

/** The longest run of characters a figure's name and the question share, generic tails aside. */
function sharedNameLength(f: Pick<Figure, 'indicator'>, question: string): number {
  return sharedRun(f, question).length;
}

function sharedRun(f: Pick<Figure, 'indicator'>, question: string): string {
  // A level is one word with or without its 级 ("国家级中小企业特色产业集群" asked of "国家中小企业特色产业集群").
  const strip = (text: string) =>
    GENERIC_FIGURE_TAILS.reduce(
      (t, w) => t.split(w).join(RUN_BREAK),
      SHARED_LEVEL_FORMS.reduce((t, [long, short]) => t.split(long).join(short), text),
    );
  // The year asked is no name shared: "hangzhou 2023: growth in … companies" names no "入选2023年度…50强企业" by its 2023;
  // nor is the base year of a change asked: "比上一年增长了多少" names no "按一年计意向成交金额" by its 一年.
  const asked = strip(question.replace(YEAR_BEFORE_BASE_ASKING, RUN_BREAK)).replace(YEAR_IN_QUESTION, RUN_BREAK);
  return longestCommonRun(strip(f.indicator), asked);
}

/** A year written in a question (its time, never part of a name it asks). */
const YEAR_IN_QUESTION = /(?:19|20)\d{2}/g;

/**
 * With no glossary indicator, the figures whose whole name the question writes, when some do ("森林抚育累计多少万亩":
 * 森林抚育 1111万亩 in the second citation, not 森林乡村 159个 of the first, which shares only 森林; "满意率多少": the
 * 满意率 of a 分别 list, not the 诉求解决率 before it). A name of two characters (投资) says too little to set apart.
 */
function bestNamed<F extends Pick<Figure, 'indicator'>>(figures: readonly F[], question: string): F[] {
  // Where the question as written names none whole, a name written whole once its asking of how many is taken out
  // ("…试点覆盖了多少新业态劳动者" writes 试点覆盖新业态劳动者); never over one written whole as asked (用能指标 of "保障了多少
  // 用能指标" is no rival of a 保障用能 made by the cut).
  const writtenWhole = (text: string) => figures.filter((f) => f.indicator.length >= MIN_WHOLE_NAME && text.includes(f.indicator));
  const asWritten = writtenWhole(question);
  const withoutAsking = withoutAmountAsked(question);
  const whole = asWritten.length ? asWritten : writtenWhole(withoutAsking);
  if (!whole.length) return [...figures];
  // The same name with a subject before it is the same figure, written by another year's report ("信访事项初信初访一次性
  // 化解率97.3%" beside "初信初访一次性化解率98.4%"): it stays, so the citations' order and the year decide. Only long
  // names: a short one ("公园") ends many other names ("新增公园").
  const specific = whole.map((f) => f.indicator).filter((n) => n.length >= SPECIFIC_NAME);
  // So does its difference to the year before ("赤字规模比上年年初预算增加" of 赤字规模), for a question asking it.
  const comparedTo = (f: F) =>
    whole.some((w) => f.indicator.startsWith(w.indicator) && statesDifferenceToYearBefore(f.indicator.slice(w.indicator.length)));
  // A name sharing a longer run with the question than any written whole is named more ("…州(市)级儿童急诊或重症学科要建几个"
  // shares 儿童急诊或重症学, more than the 惠民实事 written before it).
  // So is a longer name the question writes in pieces ("省级区域医疗中心有几个在扩容建设": 省级区域医疗中心扩容建设 9个,
  // not the 省级区域医疗中心 13个 of another sentence).
  const longestWhole = Math.max(...whole.map((f) => f.indicator.length));
  const longerNamed = (f: F) =>
    sharedRun(f, question).length > longestWhole || (f.indicator.length > longestWhole && writtenInPieces(f.indicator, question));
  // So is a name written whole with the measure asked after it ("新投产项目带来多少产值": 新投产项目增加产值 5100多亿元, not the
  // 新投产项目 3920个 themselves): the thing, then what of it is asked.
  const measure = countedNounAsked(question)?.slice(-HEAD_LENGTH) ?? null;
  const measureOfNamed = (f: F) => measureOfThingNamed(f.indicator, withoutAsking, measure) > 0;
  return figures.filter(
    (f) => whole.includes(f) || specific.some((n) => f.indicator.endsWith(n)) || comparedTo(f) || longerNamed(f) || measureOfNamed(f),
  );
}

/**
 * Of several places' figures, each place's best named (bestNamed): a name one place's report writes whole does not set
 * aside another place's figure, named as its own report writes it ("“保交房”交付率" beside 保交房交付率).
 */
function bestNamedOfEach<F extends Pick<Figure, 'indicator' | 'district'>>(figures: readonly F[], question: string): F[] {
  const places = [...new Set(figures.map((f) => f.district))];
  if (places.length < 2) return bestNamed(figures, question);
  const kept = new Set(
    places.flatMap((p) =>
      bestNamed(
        figures.filter((f) => f.district === p),
        question,
      ),
    ),
  );
  return figures.filter((f) => kept.has(f));
}

/** A term an English question was read as, this long, names a figure whole. */
const WHOLE_TERM = 4;
const WHOLE_TERMS = new RegExp(`[\\u4e00-\\u9fff]{${WHOLE_TERM},}`, 'g');

/**
 * The thing an English question asks about that only a target names, or null: the longest reading of its words (in its
 * search text) that a target's name writes whole, else the name of a target that writes more of its readings than any
 * result's name does ("retired doctors hired as chief experts": 退休医生担任首席专家 writes 医生, 首席, 专家; the 吸纳 of a
 * talent drive's result only one).
 */
export function termNamingTarget(query: Pick<UnderstoodQuery, 'searchText'>, figures: readonly Figure[]): string | null {
  const terms = query.searchText.match(WHOLE_TERMS) ?? [];
  const named = terms.filter((zh) => figures.some((f) => f.kind === 'target' && f.indicator.includes(zh)));
  return named.sort((a, b) => b.length - a.length)[0] ?? targetOutnamingResults(query, figures);
}

/** How many of an English question's Chinese readings (its search text's words of two characters or more) a name writes. */
function readingsWritten(indicator: string, readings: ReadonlySet<string>): number {
  let written = 0;
  for (const word of readings) if (indicator.includes(word)) written++;
  return written;
}

/** A word of an English question's reading, as its search text writes them. */
const CHINESE_WORDS = /[\u4e00-\u9fff]{2,}/g;

/** The name of the target writing the most of an English question's readings, when it writes OUTNAMED_BY more than any result's. */
function targetOutnamingResults(query: Pick<UnderstoodQuery, 'searchText'>, figures: readonly Figure[]): string | null {
  const readings = new Set(query.searchText.match(CHINESE_WORDS) ?? []);
  const written = (f: Figure) => readingsWritten(f.indicator, readings);
  const targets = figures.filter((f) => f.kind === 'target').sort((a, b) => written(b) - written(a));
  const results = Math.max(0, ...figures.filter((f) => f.kind === 'actual').map(written));
  return targets.length && written(targets[0]) >= results + OUTNAMED_BY ? targets[0].indicator : null;
}

/** How many more readings a target's name must write than any result's to outname them. */
const OUTNAMED_BY = 2;

/**
 * Whether a question writes every character of a name in runs of two or more, in any order: "…医疗中心…扩容建设" of
 * 省级区域医疗中心扩容建设, "给重大项目保障了多少用能指标" of 保障重大项目用能指标.
 */
function writtenInPieces(name: string, question: string): boolean {
  let at = 0;
  while (at < name.length) {
    let end = at + MIN_SHARED_NAME;
    if (end > name.length || !question.includes(name.slice(at, end))) return false;
    while (end < name.length && question.includes(name.slice(at, end + 1))) end++;
    at = end;
  }
  return true;
}

/** A name this long is specific enough that a subject written before it leaves it the same figure. */
const SPECIFIC_NAME = 6;

/** A thing counted written at this length or more after the count asked names one figure, whatever indicator is read. */
const SPECIFIC_COUNTED_NOUN = 4;

/** Characters of a name's end that say what it counts: 措施 of 推动出台管理措施. */
const HEAD_LENGTH = 2;

/** How many verb-only runs a name is looked past before it counts as naming nothing the question asks. */
const MAX_VERB_RUNS = 3;

/** The shortest name that, written whole in the question, sets its figure over one sharing only part of it. */
const MIN_WHOLE_NAME = 3;

/** Characters a figure's name and the question must share, generic tails aside. */
const MIN_SHARED_NAME = 2;

/**
 * The levels read alike with or without 级 in a shared run: those whose short form is a word (国家); a one-character one (市
 * of 市级) would leave "市级总部企业" asked sharing one character with the 市级 name it asks.
 */
const SHARED_LEVEL_FORMS = LEVEL_PREFIX_FORMS.filter(([, short]) => short.length >= MIN_SHARED_NAME);

/** One place, and no year, span, plan, trend or ranking asked: the latest figures are meant. (Not the review since founding.) */
function latestAsked(query: UnderstoodQuery): boolean {
  return (
    !query.years.length &&
    !query.sinceFounding &&
    !query.planPeriod &&
    !query.yearSpan &&
    !asksOverSpan(query.question) &&
    query.places.length === 1 &&
    query.ask !== 'trend' &&
    query.ask !== 'superlative'
  );
}

/** A figure over several years: a span's period ("2021-2025"), or a span or average before its value ("五年", "年均"). */
function isSpanFigure(f: Pick<Figure, 'period' | 'qualifier'>): boolean {
  return /^\d{4}-\d{4}$/.test(f.period) || qualifiedOverYears(f);
}

/** A span or an average over years written with the value, on either side of it ("年均1270多万人" is 年均…多). */
function qualifiedOverYears(f: Pick<Figure, 'qualifier'>): boolean {
  return (f.qualifier ?? '').split(QUALIFIER_SIDES_JOINER).some((q) => MULTI_YEAR_QUALIFIERS.includes(q) || SPAN_QUALIFIER.test(q));
}

/**
 * With no year asked, the figure that leads is the latest of its indicator and kind: "安徽工业机器人产量增长多少"
 * is 2025's 35.3% from the 2026 report, not 2024's 81.4% from a shorter sentence of the 2025 report that retrieval
 * ranked first. The latest year's figures of the leading indicator move to the front, in their order; a span's
 * figure ("5年提升10.6个百分点") never stands in for a year's.
 */
export function latestFirst(sorted: readonly Figure[], query?: Pick<UnderstoodQuery, 'indicators'>): Figure[] {
  const top = sorted[0];
  const topYear = top ? yearOf(top) : null;
  if (!top || topYear === null) return [...sorted];
  // One asked indicator under two of its own names is one indicator: "城乡居民收入倍差缩小至1.83" (2024) gives way to
  // "收入倍差从1.96缩小至1.81" (2025), both names the glossary gives 城乡居民收入比. A name only containing one
  // ("全社会研发经费投入强度" of 研发经费) is another measure.
  const sameAsked = (f: Figure) =>
    !!query?.indicators.some((entry) => {
      const names = [entry.name, ...entry.synonyms];
      return names.includes(f.indicator) && names.includes(top.indicator);
    });
  // Like for like: the same place, indicator and kind, a rate or share for a rate or share ("提高1.5个百分点" gives
  // way to "达到55.7%") and an amount for an amount, never the start of a from–to pair.
  // So is one name with a subject or place written before it by the other year's report ("在沪持牌金融机构" 2025 beside
  // "持牌金融机构" 2024, "国考断面水质优良率" beside "地表水国考断面水质优良率"), as bestNamed reads it; only long names.
  const same = (f: Figure) =>
    (f.indicator === top.indicator || sameAsked(f) || sameNameWithSubject(f.indicator, top.indicator)) &&
    f.district === top.district &&
    f.kind === top.kind &&
    PERCENT_UNITS.has(f.unit) === PERCENT_UNITS.has(top.unit) &&
    !isStartFigure(f) &&
    yearOf(f) !== null;
  const latest = sorted.filter(same).reduce((y, f) => Math.max(y, yearOf(f) ?? 0), topYear);
  if (latest === topYear) return [...sorted];
  const front = sorted.filter((f) => same(f) && yearOf(f) === latest);
  return [...front, ...sorted.filter((f) => !front.includes(f))];
}

/**
 * Whether one name is the other with a short place or kind written before it ("在沪", "地表水"), the shorter specific
 * enough to be the same figure. A longer subject narrows it ("上线运行重点事项办理时限压缩" is the key items' alone).
 */
function sameNameWithSubject(a: string, b: string, asked = ''): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length < SPECIFIC_NAME) return false;
  // "高频政务服务事项“跨境通办”" beside "高频政务服务事项": the same things, the one report quoting what is done with them.
  if (longer.startsWith(shorter) && QUOTED_TAIL.test(longer.slice(shorter.length))) return true;
  // "桥系桥下空间整治" beside "桥系桥下空间", asked "桥下空间整治…各整治了多少座": the one report names what is done to them, in a
  // word the question writes.
  const tail = longer.slice(shorter.length);
  if (asked && longer.startsWith(shorter) && tail.length <= DONE_TO_THEM && asked.includes(tail)) return true;
  return longer.endsWith(shorter) && longer.length - shorter.length <= SAME_FIGURE_PREFIX;
}

/** The longest word of what is done to the things after their name that leaves them the same figure ("整治"). */
const DONE_TO_THEM = 2;

/** A quoted term after a name, and nothing else: "“跨境通办”". */
const QUOTED_TAIL = /^[“"][^“”"]{1,8}[”"]$/;

/** The longest place or kind written before a name that leaves it the same figure ("地表水"). */
const SAME_FIGURE_PREFIX = 3;

/**
 * The year a figure states: its period's, or the end of its span when it is the level reached then ("高新技术产业
 * 产值占比达到55.7%" in a 2021-2025 review is 2025's level); null for a change or an average over the span.
 */
function yearOf(f: Figure): number | null {
  if (qualifiedOverYears(f)) return null;
  const year = /^(\d{4})$/.exec(f.period);
  if (year) return Number(year[1]);
  const span = /^\d{4}-(\d{4})$/.exec(f.period);
  return span && !f.change ? Number(span[1]) : null;
}

/** Whether two figures may be one from–to pair's start and value reached: one citation's, of one name and unit. */
function ofOnePair(a: Pick<Figure, 'citationId' | 'indicator' | 'unit'>, b: Pick<Figure, 'citationId' | 'indicator' | 'unit'>): boolean {
  return a.citationId === b.citationId && a.indicator === b.indicator && a.unit === b.unit;
}

/** Longest run of words between 累计 and its value in one clause ("分别达到52个和" before 204项). */
const MAX_CUMULATIVE_GAP = 16;

/** Whether the sentence writes the figure's value right after what `before` (a pattern's source) matches. */
function valueWrittenAfter(figure: Pick<Figure, 'value'>, sentence: string, before: string): boolean {
  const value = escapeRegExp(formatNumber(figure.value));
  return new RegExp(`${before}(?<![\\d.])${value}(?![\\d.])`).test(sentence);
}

/** Whether the sentence writes the figure's value as a running total: after 累计, in the same clause. */
export function writtenAsCumulative(figure: Pick<Figure, 'value'>, sentence: string): boolean {
  return valueWrittenAfter(figure, sentence, `${CUMULATIVE_WORD}[^，,。；;]{0,${MAX_CUMULATIVE_GAP}}?`);
}

/** Longest run between an increase's verb and its value in one clause ("新增硬质合金等" before 7个). */
const MAX_INCREMENT_GAP = 12;

/** Whether the sentence writes the figure's value after an increase's verb in its clause ("新增硬质合金等7个"). */
function writtenAfterIncrementVerb(figure: Pick<Figure, 'value'>, sentence: string): boolean {
  return valueWrittenAfter(figure, sentence, `(?:${INCREMENT_PREFIXES.join('|')})[^，,。；;\\d]{0,${MAX_INCREMENT_GAP}}`);
}

/** Whether the sentence writes the figure's value right after a word of a level reached ("增至3022家", "达到25个"). */
function writtenAsLevelReached(figure: Pick<Figure, 'value'>, sentence: string): boolean {
  return valueWrittenAfter(figure, sentence, `(?:${LEVEL_REACHED_WORDS.join('|')})(?:了|为)?`);
}

/** The figures with the shares left out, when a rate of change is among the rest; else all of them. */
function preferNonShareRates(figures: readonly Figure[]): Figure[] {
  const kept = figures.filter((f) => !SHARE_NAME.test(f.indicator));
  return kept.some((f) => f.change || f.unit === '%') ? kept : [...figures];
}

/**
 * "新增电力装机里 绿色能源要占多少": a share asked is answered by a named share (绿色能源占比 60%), when one is named, before
 * a name the question writes whole that is no share (新增电力装机 2000万千瓦).
 */
function ofShareAsked(named: Figure[], shareAsked: boolean): Figure[] {
  const shares = shareAsked ? named.filter((f) => figureShape(f) === 'share') : [];
  return shares.length ? shares : named;
}

/** Whether a name ends in the first two or more characters of a noun ("出台举措" in 举措, "项目投产" in 项目投产达效). */
function endsInLeadOf(name: string, noun: string): boolean {
  for (let length = noun.length; length >= 2; length--) if (name.endsWith(noun.slice(0, length))) return true;
  return false;
}

/** Whether the question writes the rate a figure's name ends with ("覆盖率" of 省内…抽检覆盖率), two characters or more. */
function rateNameAsked(indicator: string, question: string): boolean {
  for (let k = Math.min(RATE_NAME_RUN, indicator.length); k >= 2; k--) {
    const end = indicator.slice(-k);
    if (RATE_NAME_END.test(end) && question.includes(end)) return true;
  }
  return false;
}

/** How much of a rate's name, at most, is looked for in the question: its word and the noun before it ("覆盖率"). */
const RATE_NAME_RUN = 4;

/** Whether a figure's value is written after its sentence's first words taking something out of it ("扣除…因素，…13.6%"). */
function writtenAfterExcluding(f: Pick<Figure, 'value'>, sentence: string): boolean {
  const from = sentence.search(EXCLUDING_WRITTEN);
  return from >= 0 && sentence.indexOf(formatNumber(f.value), from) >= 0;
}
