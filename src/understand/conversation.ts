import { namesWholeYear } from '../lang/zh/part-of-year-words.js';
import { asksShareOfEconomy } from '../lang/zh/share-words.js';
import { NATIONAL_ISSUER } from '../lang/zh/place-words.js';
import { asksForPriorities } from '../lang/zh/question-words.js';
import { englishCounterpartQuestion } from '../lang/en/english-counterpart-follow-ups.js';
import {
  asksLevel,
  asksWhetherItWasMet,
  INDICATOR_QUALIFIERS,
  levelWordIn,
  namesNothingNew,
  namesOwnRankedSubject,
  namesOwnSubject,
  onlyAsksAgain,
  endsAsFollowUp,
  pointsBack,
  pointsAtEarlierThing,
  pronounSubjectInEnglish,
  pointsAtTalkedOfYear,
  modifierOnlyFollowUp,
  englishModifier,
  nounOnlyFollowUp,
  askTailOf,
  OWN_ASK_WORDS,
  OWN_MEASURE_WORDS,
  SHARED_MEASURE_WORDS,
  withoutFollowUpCloser,
  qualifiersListed,
  readsAsFollowUp,
  withoutAcknowledgement,
  YEAR_MENTION,
  asksPartOfEarlier,
  OWN_ASKED_SUBJECT_LENGTH,
  OWN_SHAPED_SUBJECT_LENGTH,
  COMPARING_WORDS,
  asksGrowthOverTimeBefore,
  withoutNumberAsking,
  withoutReferring,
  withoutPointedStandIn,
} from '../lang/zh/follow-up-words.js';
import { asksDifferenceToYearBefore } from '../lang/zh/year-comparison-words.js';
import { CONFIDENT, timePhrasesOf, type UnderstoodQuery } from '../retrieve/query.js';
import { asksLatest, conversationYearOffset, yearAfterInConversation } from '../lang/zh/relative-years.js';
import { isIndicatorName, placeAliases } from '../lang/zh/glossary.js';
import { GROWTH_TERM_WORDS } from '../lang/zh/target-words.js';
import { asksForPlan, HOW_MUCH_RESULT_WORDS, PLAN_INTENT_WORDS, RESULT_INTENT_WORDS, TARGET_ASKED_WORD } from '../lang/zh/intent-words.js';
import { asksWhichIsMost, levelOfPlace, rankedLevel } from '../lang/zh/superlative-words.js';
import { mentionAsked } from '../lang/zh/mention-words.js';
import {
  asksBareDifference,
  asksBothYears,
  asksOfTwo,
  asksDifferenceOfSides,
  asksWhichOfThem,
  comparesWith,
  comparesWithYear,
  withoutWhichOfThem,
} from '../lang/zh/comparison-follow-up-words.js';
import { isChatCommand, LANGUAGE_NEUTRAL_COMMANDS } from '../lang/zh/chat-commands.js';
import { correctedPart } from '../lang/zh/correction-words.js';
import { siblingsOf } from '../lang/zh/sibling-words.js';
import { asksTrend, withoutTrendWords } from '../lang/zh/trend-words.js';
import { asksOverSpan, spanAskedIn } from '../lang/zh/span-question-words.js';
import { asksForGrowth, withoutGrowthAsked } from '../lang/zh/change-words.js';
import { outlineItemAsked, withoutItemPointer } from '../lang/zh/outline-item-words.js';
import { ownQuestionAfterWhatAbout } from '../lang/en/english-question-openers.js';
import { MEASURE_WORDS } from '../lang/en/english-topic-words.js';
import { planPhrasesIn } from '../lang/zh/period-words.js';
import {
  askedCountUnit,
  asksForGap,
  asksForMilestone,
  asksForRank,
  asksForShare,
  asksShareLoosely,
  asksHowManyInCounter,
  milestoneTailOf,
  withoutAmountAsked,
} from '../lang/zh/asked-shape-words.js';

/**
 * The state of a conversation after each of its questions, oldest first: every question read in
 * the light of the ones before it, as `readInConversation` reads the latest one.
 */
export function conversationState(questions: readonly UnderstoodQuery[]): UnderstoodQuery | null {
  let state: UnderstoodQuery | null = null;
  for (const question of questions) state = state ? readInConversation(question, state) : question;
  return state;
}

/**
 * The words a follow-up is understood by: what a correction says was meant ("浙江" of "不对，我问的是
 * 浙江", "去年实际增长" of "不是目标，我要的是去年实际增长"), so the corrected slot replaces the earlier
 * one and the rest of the conversation carries over; any other follow-up as written. Only a
 * follow-up is read this way: a conversation's first question corrects nothing.
 */
export function followUpWording(question: string): string {
  // "好的，那北京呢", "Thanks! What about Jiangsu?": the thanks are no part of the question.
  // "what about 江苏 — how many …?": the question of its own, asked of that place.
  const asked = ownQuestionAfterWhatAbout(withoutAcknowledgement(question));
  return correctedPart(asked) ?? asked;
}

/**
 * Whether a follow-up asks something of the conversation's subject rather than naming one: a comparison with a place or
 * a year, which of them, a trend, or a pointer back ("和江苏比呢", "哪个更高", "这几年怎么变的", "它增长了多少").
 */
function asksShapeOfEarlierSubject(question: string): boolean {
  return comparesWith(question) || comparesWithYear(question) || asksWhichOfThem(question) || asksTrend(question) || pointsBack(question);
}

/** "哪个区…最高": a question ranking every place, by the classifier's confident reading or by its words. */
function ranksEveryPlace(query: UnderstoodQuery): boolean {
  return (query.ask === 'superlative' && query.askConfidence >= CONFIDENT) || asksWhichIsMost(query.question);
}

/**
 * A question read in its conversation. It keeps every slot it fills itself and takes from the
 * conversation only the slots it leaves empty: a question that names its own place, year or topic
 * stands on those. An elliptical follow-up ("钱塘区的呢？" after an outline question, "那2023年呢？"
 * after a figure) also keeps the earlier question's topic and what it asked for.
 */
export function readInConversation(query: UnderstoodQuery, previous: UnderstoodQuery): UnderstoodQuery {
  // "在全国排第几" after "江苏2025年GDP多少": 全国 is where 江苏 ranks, not the place asked.
  if (query.nationalAsField) {
    const { nationalAsField, ...asked } = query;
    return readInConversation({ ...asked, places: [] }, previous);
  }
  // "and how many national new-urbanisation pilots?" after "Jilin 2025: …": the titles Jilin was given, not the country's.
  if (query.nationalAsTitle) {
    const { nationalAsTitle, ...asked } = query;
    const talkedOf = previous.places.length > 0 && !previous.places.includes(NATIONAL_ISSUER);
    return readInConversation(talkedOf ? { ...asked, places: [] } : asked, previous);
  }
  // "两年一样多吗" after "福建24年…新增了几家" and "那去年呢": the two years the conversation asked, not the two before today.
  const talkedYears = [...new Set(previous.conversationYears ?? previous.years)];
  // "差多少", "how much more in 2025?" after one place's figure in two years: the difference between those years.
  const talkedPlaces = new Set(previous.conversationPlaces ?? previous.places);
  const bothYears = asksBothYears(query.question) || (asksBareDifference(query.question) && talkedPlaces.size <= 1);
  if (bothYears && talkedYears.length >= 2 && !query.bothYearsTalked) {
    const years = talkedYears.slice(-2).sort((a, b) => a - b);
    return readInConversation({ ...query, years, yearNotes: [], yearSpan: null, bothYearsTalked: true }, previous);
  }
  // "钱塘区怎么样？" after an outline question asks that outline of 钱塘区, "哪个增长更快？" after two
  // places' GDP compares them: read without the economy it does not name, a question takes the
  // conversation's topic when it reads as a follow-up, and is about the economy only when it stands
  // alone. A growth asked ("哪个省增长最快" after an outline) takes only a figure's topic.
  if (query.economyAssumed) {
    const { economyAssumed, ...withEconomy } = query;
    const { wantsQuantity, intent, asksFigure } = economyAssumed;
    // "哪个区增长目标最高" after a question about 江苏: a ranking of places of another level than the conversation's is a
    // question of its own, about the economy.
    const level = rankedLevel(query.question);
    if (level !== null && previous.places.length > 0 && previous.places.every((p) => levelOfPlace(p) !== level))
      return readInConversation(withEconomy, previous);
    const asFollowUp = readInConversation({ ...withEconomy, indicators: [], wantsQuantity, intent }, previous);
    // "and how fast did it grow?" after a figure of a thing no indicator names: the pronoun asks of that thing.
    const pointsAtSubject = pointsBack(query.question) && asFollowUp.searchText !== withEconomy.searchText;
    const takesTopic =
      asFollowUp.indicators.length > 0 || pointsAtSubject || (!asksFigure && (asFollowUp.wantsPriorities || asFollowUp.asksMainTargets));
    return takesTopic ? asFollowUp : readInConversation(withEconomy, previous);
  }
  // "具体数据呢" names nothing: it asks the number of what was talked about, whatever the classifier hears in it.
  const asksAgainOnly = onlyAsksAgain(query.question, [], []);
  // "你还能回答什么" mid-conversation is still a request for help, about nothing earlier.
  if (query.ask === 'help' && query.askConfidence >= CONFIDENT && !query.indicators.length && !asksAgainOnly)
    return isChatCommand(query.question, LANGUAGE_NEUTRAL_COMMANDS) ? { ...query, language: previous.language } : query;
  // "今天天气怎么样" is about nothing the conversation was about. "森林火灾呢" ends as a follow-up: whatever the
  // classifier makes of its words, it asks them in the conversation's place and year ("明天天气呢" too, and is refused).
  if (
    query.ask === 'out-of-scope' &&
    query.askConfidence >= CONFIDENT &&
    !query.indicators.length &&
    !query.places.length &&
    !endsAsFollowUp(query.question) &&
    // "旅游花了多少钱" after "云南24年接待了多少游客": how much, asked in the conversation's place and year.
    !(query.wantsQuantity && previous.wantsQuantity)
  )
    return query;
  // "哪些省提到了人工智能" asks every report, whatever the conversation was about.
  if (mentionAsked(query.question)?.whichPlaces) return { ...query, conversationPlaces: previous.conversationPlaces ?? previous.places };
  const out: UnderstoodQuery = { ...query };
  const namesPlace = query.places.length > 0 || query.unknownPlaces.length > 0;
  const namesYear = query.years.length > 0 || query.planPeriod !== null;
  // "那最新的呢" after a year the reports do not hold: the latest, no year of the conversation's.
  const latest = !namesYear && asksLatest(query.question);
  // An unsure 'help' reading ("全体居民的呢？" at 0.3) names no topic: only a confident one stands alone.
  const asksHelp = query.ask === 'help' && query.askConfidence >= CONFIDENT && !asksAgainOnly;
  // "哪个区…最高" ranks every place: it takes none from the conversation.
  const ranksPlaces = ranksEveryPlace(query);
  // "哪个更高", "how much higher?": which of the sides talked about, or by how much they differ.
  const asksOfSides = asksWhichOfThem(query.question) || asksBareDifference(query.question);
  // "哪个省区域创新能力最强": a ranking of a subject the glossary does not know, named in the question itself.
  // Every place the question names, covered or not ("跟湖南比呢"), is a slot, not a subject.
  const namedPlaces = [...query.places, ...query.unknownPlaces].flatMap((p) => [p, ...placeAliases(p)]);
  // In English, by the words the dictionary reads ("Which is the highest?" names nothing of its own).
  const ranksOwnSubject =
    ranksPlaces &&
    (query.language === 'en'
      ? namesOwnEnglishSubject(query, previous)
      : namesOwnRankedSubject(query.question, previous.question, namedPlaces, timePhrasesOf(query)));
  // "浙江这两年和美乡村覆盖率分别多少": its own place and its own subject, in words the glossary does not know.
  // "农村劳动力转移就业呢" after "吉林24年城镇新增就业多少": a subject of its own too, the place and year carried over;
  // a qualifier ("农村居民的呢") or a plan period asks the earlier subject again.
  // Only a "X呢" that asks nothing else: a ranking, a comparison, a trend, an outline item or a pointer back is read
  // on the earlier subject below, however many words it takes.
  const followUpOwnSubject =
    !namesPlace &&
    query.language === 'zh' &&
    !query.planPeriod &&
    endsAsFollowUp(query.question) &&
    !ranksPlaces &&
    !asksShapeOfEarlierSubject(query.question) &&
    outlineItemAsked(query.question) === null &&
    !asksAgainOnly;
  const placeAndOwnSubject =
    (namesPlace || followUpOwnSubject) &&
    namesOwnSubject(
      namesPlace ? query.question : INDICATOR_QUALIFIERS.reduce((t, q) => t.split(q).join(''), query.question),
      previous.question,
      namedPlaces,
      timePhrasesOf(query),
    );
  // "What's Hunan's goal for them in 2025?" after a figure: "them" is the figure talked about; only words asking an
  // outline ("重点任务", "priorities") make it the outline, not the classifier's reading of "goal".
  const outlineOfItsOwn =
    query.wantsPriorities && !(pointsBack(query.question) && !previous.wantsPriorities && !asksForPriorities(query.question));
  // "那24年不成套旧住房改造了多少" after a question about 城中村改造: its own subject and its own number asked.
  const asksOwnSubject =
    !namesPlace &&
    // "两年一样多吗": the conversation's subject in its two years.
    !query.bothYearsTalked &&
    query.language === 'zh' &&
    !endsAsFollowUp(query.question) &&
    query.wantsQuantity &&
    OWN_ASK_WORDS.test(query.question) &&
    !asksPartOfEarlier(query.question) &&
    // "这笔钱支持了几个项目" after "争取到多少资金": what it asks is of the earlier thing, pointed at.
    !pointsAtEarlierThing(query.question, previous.question) &&
    // A rank, a trend, a gap, a share or a comparison asked of the conversation's subject is no subject of its own; one
    // asked of a subject named in full is ("不成套旧住房改造这几年增长了多少" after a 城中村改造 question).
    (!asksShapeOfEarlierSubject(query.question) ||
      namesOwnSubject(withoutTrendWords(query.question), previous.question, [], timePhrasesOf(query), OWN_SHAPED_SUBJECT_LENGTH)) &&
    !asksForRank(query.question) &&
    !asksForGap(query.question) &&
    !asksForShare(query.question) &&
    !COMPARING_WORDS.test(query.question) &&
    namesOwnSubject(query.question, previous.question, [], timePhrasesOf(query), OWN_ASKED_SUBJECT_LENGTH);
  const namesTopic =
    asksOwnSubject ||
    query.indicators.length > 0 ||
    outlineOfItsOwn ||
    asksHelp ||
    ranksOwnSubject ||
    placeAndOwnSubject ||
    namesOwnEnglishSubject(query, previous);
  // "浙江打算改造多少户" after "去年城中村改造的计划", asked of no place: the plan talked about, of the place now named — a
  // number asked in words of intent, a verb of work, its unit and the earlier question's own words, nothing of its own.
  // Not after a ranking of every place ("哪个省2026年GDP增长目标最高"): the places were its answer, not left to be named.
  const placeOfTopicAsked =
    namesPlace &&
    !previous.places.length &&
    !previous.unknownPlaces.length &&
    !ranksEveryPlace(previous) &&
    query.language === 'zh' &&
    query.wantsQuantity &&
    !namesOwnSubject(query.question, previous.question, namedPlaces, timePhrasesOf(query), ANY_OWN_CHARACTER, true);
  // "比前年快还是慢", "和24年比呢": the conversation's figure in the earlier year and this one.
  const addsYear = !namesPlace && !namesTopic && (comparesWithYear(query.question) || query.bothYearsTalked === true);
  const elliptical =
    addsYear ||
    // "第三条具体说说" after an outline: that item of the same outline.
    (!namesTopic && (previous.wantsPriorities || previous.asksMainTargets) && outlineItemAsked(query.question) !== null) ||
    (!namesTopic && (comparesWith(query.question) || (!namesPlace && asksOfSides))) ||
    // "安徽和福建2025年哪个高", "which is higher, Anhui or Fujian?": places of its own set side by side on the conversation's topic.
    (!namesTopic && query.places.length >= 2 && (asksWhichOfThem(query.question) || asksDifferenceOfSides(query.question))) ||
    // "它增长了多少", "what was it in 2023?", "did they hit it?": a question that points back at the
    // conversation's topic and names none of its own.
    (!namesTopic && !ranksPlaces && (pointsBack(query.question, namedPlaces) || pointsAtEarlierThing(query.question, previous.question))) ||
    // "其中全国首创多少" after "…累计推出多少项制度创新成果": a part of the same figure.
    (!namesTopic && !namesPlace && asksPartOfEarlier(query.question)) ||
    // "那最新的呢" after a year the reports do not hold: the same topic, its latest figure.
    (!namesTopic && latest) ||
    // "这几年怎么变的", "how has it changed over the years": the conversation's indicator, year by year.
    (!namesTopic && !ranksPlaces && asksTrend(query.question)) ||
    // "增速比全国高几个点" after "山东24年服务业增加值多少": the conversation's indicator's gap.
    (!namesTopic && !namesPlace && asksForGap(query.question)) ||
    // "是不是各省里最低的" after a figure: the conversation's indicator, ranked across places.
    (!namesTopic && !namesPlace && ranksPlaces) ||
    // "江苏去年定的是多少": a place, a year and a question word ask the conversation's topic again.
    (!namesTopic &&
      onlyAsksAgain(
        query.question,
        query.places.flatMap((p) => [p, ...placeAliases(p)]),
        timePhrasesOf(query),
      )) ||
    (!namesTopic && readsAsFollowUp(query.question, namesPlace, timePhrasesOf(query))) ||
    // "24年打算认定多少家" after "杭州23年认定了多少家首批总部企业": a number asked in words of intent and the earlier
    // question's own words, nothing of its own.
    (!namesTopic &&
      !namesPlace &&
      query.language === 'zh' &&
      query.wantsQuantity &&
      !namesOwnSubject(query.question, previous.question, [], timePhrasesOf(query), ANY_OWN_CHARACTER)) ||
    (!namesTopic && placeOfTopicAsked);
  // A question with its own place and its own subject is a new question, not a follow-up; so is a
  // ranking of every place with its own subject ("各省2025年GDP增速排名" after a plan question).
  // …unless it is written as a follow-up and names no year: "what about shanghai's gdp then?" after a
  // ranking of 2025 asks Shanghai's 2025 figure, the year carried over as a slot it leaves empty.
  const framedWithoutYear = !namesYear && !ranksPlaces && readsAsFollowUp(query.question, true);
  const standsAlone = (namesPlace || (ranksPlaces && namesTopic)) && !elliptical && !framedWithoutYear;

  const talkedAbout = [...new Set([...(previous.conversationPlaces ?? previous.places), ...query.places])];
  out.conversationPlaces = talkedAbout;
  // A question with a topic of its own starts a new run of places on it; a follow-up adds to the run. "哪个更快" after
  // "浙江GDP增长多少" and "and Jiangsu?" compares those two, not every place an earlier topic named as well.
  const topicRun =
    namesTopic && !elliptical
      ? [...(namesPlace ? query.places : previous.places)]
      : [...new Set([...(previous.topicPlaces ?? previous.conversationPlaces ?? previous.places), ...query.places])];
  out.topicPlaces = topicRun;
  // "和江苏比呢？": the earlier places and this one, side by side, on the earlier topic.
  const addsSide = namesPlace && !namesTopic && comparesWith(query.question);
  // "哪个更高？" after "浙江…增长多少" and "江苏呢": the places talked about, compared.
  // "how much higher?" after "浙江…" and "and jiangsu?": the difference of the places talked about, as "which is higher".
  const comparesTalkedAbout = !namesPlace && !namesTopic && talkedAbout.length > 1 && asksOfSides;
  // "跟钱塘25年新建成的比呢" after "杭州24年…": each side in its own year (杭州 2024, 钱塘 2025), as "杭州24年…和钱塘25年…"
  // asks in one question.
  const ownYearBeside =
    addsSide &&
    !previous.sideYears &&
    previous.years.length === 1 &&
    query.years.length === 1 &&
    query.years[0] !== previous.years[0] &&
    !query.places.some((p) => previous.places.includes(p));
  if (addsSide) out.places = [...new Set([...previous.places, ...query.places])];
  // "两个省谁多" after four places: the last two named, not every place of the conversation.
  // "哪个高" after "上海今年GDP目标" and "跟北京比呢": the two just compared, not every place of the conversation.
  else if (comparesTalkedAbout)
    out.places = asksOfTwo(query.question)
      ? talkedAbout.slice(-2)
      : previous.places.length > 1
        ? previous.places
        : topicRun.length > 1
          ? topicRun
          : talkedAbout;
  else if (!namesPlace && !ranksPlaces) {
    out.places = previous.places;
    // "那前年呢？" after a question about a place the reports do not cover stays about that place
    // (and is refused again), never about every place; a question with its own topic does not.
    if (elliptical) out.unknownPlaces = previous.unknownPlaces;
  }
  // "研发投入强度呢？" after a target question asks the target too, unless it says otherwise; "back to 2025 — how many smart
  // elderly homes?" after plans asked says no more than its year, which is over: the plan still.
  const intentUnsaid = query.intent === 'any' || (query.resultFromPastYear === true && previous.intent === 'plan');
  // "应该是26年不是25" after "安徽25年新培育…几家": an intent the earlier question took only from its year being over is
  // the earlier year's; a year of its own reads as its own (this year's number is its plan).
  // A year before the earlier one is over too: only a later year reads as its own.
  const intentOfEarlierYear =
    previous.resultFromPastYear === true && query.years.some((y) => previous.years.every((p) => y > p)) && !query.resultFromPastYear;
  // "那去年呢" after "福建今年开工筹集…多少套": the plan was read from the year being to come; of a year over, a result.
  const plannedFrom = previous.planOfYearsFrom;
  const overAfterPlanToCome = plannedFrom !== undefined && query.years.length > 0 && query.years.every((y) => y < plannedFrom);
  if (!standsAlone && intentUnsaid && !intentOfEarlierYear) out.intent = overAfterPlanToCome ? 'result' : previous.intent;
  // "财政收入呢？" after "…GDP是多少" asks how much too.
  if (!standsAlone) out.wantsQuantity = query.wantsQuantity || (previous.wantsQuantity && !query.wantsPriorities);
  // "第二项细说一下 科技领军企业培育几家" after "安徽25年重点工作分哪几块": a number of the plan outlined is its target, and
  // the words pointing at the item are no subject to search.
  // (The plan's intent carried from the outline asked reads the same: "第三块 科技那部分细说 概念验证中心新建几家".)
  if (
    !standsAlone &&
    !namesYear &&
    (out.intent === 'any' || out.intent === 'plan') &&
    previous.wantsPriorities &&
    query.wantsQuantity &&
    !query.wantsPriorities
  ) {
    out.intent = 'plan';
    if (outlineItemAsked(query.question) !== null) out.searchText = withoutItemPointer(out.searchText);
  }
  if (addsYear) {
    // "比上年快吗" names no year the reader takes as one (比上年 is the reports' own wording for a
    // change): the year before the conversation's.
    const other = namesYear ? query.years : previous.years.length === 1 ? [previous.years[0] - 1] : [];
    out.years = [...new Set([...previous.years, ...other])].sort((a, b) => a - b);
    out.yearNotes = [...previous.yearNotes, ...query.yearNotes];
    // Each year then read as the conversation asked it: "比23年多还是少" after "24年打算认定多少家" sets the plan against
    // 2023's result.
    if (out.years.length === 2) out.bothYearsTalked = true;
  }
  // "上一年的" after a question about 2025: the year before the conversation's, not before today; so too in a question of
  // its own place ("杭州前一年改完的那批" after "福建24年…"): the year it points back from is the conversation's.
  const shift = query.yearNotes.length === 1 && query.years.length === 1 ? conversationYearOffset(query.yearNotes[0].phrase) : null;
  if (shift !== null && previous.years.length === 1) {
    const year = previous.years[0] + shift;
    // "比上年高还是低" after a question about 2024: 2023 set beside 2024, not asked instead of it.
    out.years = addsYear ? [...new Set([year, previous.years[0]])].sort((a, b) => a - b) : [year];
    out.yearNotes = [...(addsYear ? previous.yearNotes : []), { phrase: query.yearNotes[0].phrase, year }];
  }
  // "往后挪一年 25年打算落地几个" after a question about 2024: the phrase is the conversation's year moved, beside the year it
  // names as well (2025 both), never a year after today's.
  const movedBy = query.yearNotes.filter((n) => conversationYearOffset(n.phrase) !== null);
  // (Beside a year of its own that it does not land on, it is read against today: "2023年上一年的".)
  const movedTo =
    movedBy.length === 1 && previous.years.length === 1 ? previous.years[0] + (conversationYearOffset(movedBy[0].phrase) ?? 0) : null;
  if (movedTo !== null && !standsAlone && query.years.length > 1 && query.years.some((y) => y === movedTo && y !== movedBy[0].year)) {
    out.years = query.years.filter((y) => y !== movedBy[0].year);
    out.yearNotes = query.yearNotes.map((n) => (n === movedBy[0] ? { phrase: n.phrase, year: movedTo } : n));
  }
  // "and a year earlier?" after "…offer now": the year before the latest the earlier question was answered with.
  if (shift !== null && !standsAlone && !previous.years.length && !previous.planPeriod && !previous.yearSpan) out.latestYearShift = shift;
  // "四好农村路新改建多少公里" after "最近一年的呢…": the latest asked then is this subject's latest now, not that year.
  const latestCarried = previous.yearNotes.length > 0 && previous.yearNotes.every((n) => asksLatest(n.phrase));
  // "还是钱塘 那年…要新增几个": a question of its own that points at the conversation's year takes it.
  const pointsAtYear = !namesYear && pointsAtTalkedOfYear(query.question);
  // "小三通客运航线这五年运了多少旅客" after "福建去年…": the five years it asks are its own time, not the year talked of
  // (a trend asked over "这几年" still reads the conversation's years, and "这五年" after "过去五年…" the same five years).
  const ownSpan = asksOverSpan(query.question) && !asksTrend(query.question) && !previous.yearSpan && !previous.planPeriod;
  if (!namesYear && !ownSpan && (!standsAlone || pointsAtYear) && !addsYear && !latest && !(latestCarried && namesTopic)) {
    out.years = previous.years;
    out.planPeriod = previous.planPeriod;
    // "那江苏呢" after "浙江2021到2024年GDP增速": the run of years, not its two ends alone.
    out.yearSpan = previous.yearSpan;
    if (previous.yearSpan && !elliptical) out.spanCarried = true;
    out.yearNotes = previous.yearNotes;
    // "同一份报告里…" after "26年报告里的": the report named, read either way, not only the year it was read as.
    if (previous.namedReport) out.namedReport = previous.namedReport;
    // "新增城镇就业人口多少万" after "钱塘新区成立以来…": the review since founding, still.
    if (previous.sinceFounding && !query.sinceFounding) out.sinceFounding = true;
    // "那全年呢" after "四季度GDP增速": the whole year, no quarter.
    if (!query.part && !namesWholeYear(query.question)) out.part = previous.part;
  }
  // "第二年计划建几公里绿道" after a question about 2022: 2023.
  const nextYear = !query.years.length && previous.years.length === 1 ? yearAfterInConversation(query.question) : null;
  if (nextYear) {
    out.years = [previous.years[0] + 1];
    out.yearNotes = [{ phrase: nextYear, year: previous.years[0] + 1 }];
  }
  if (elliptical) {
    out.indicators = previous.indicators;
    // "那去年实际呢？" after a target question: the earlier words of intent (目标) are not searched.
    const asksResultAfterPlan = query.intent === 'result' && previous.intent === 'plan';
    // "去年要再建多少个" after "前年建成了多少个标准化就业驿站": a plan asked after a result drops the earlier words of a thing
    // done (建成了), which would find what was built before, not what is to be built.
    const asksPlanAfterResult = query.intent === 'plan' && previous.intent === 'result' && previous.language === 'zh';
    // "今年要开多少列" after "义新欧比上年增长多少": a count asked in a unit of its own asks that count of the earlier subject,
    // not its growth again.
    const countAfterGrowth = askedCountUnit(query.question) !== null && !asksForGrowth(query.question) && asksForGrowth(previous.question);
    const earlierAsked = asksResultAfterPlan
      ? withoutPlanWords(previous.searchText)
      : asksPlanAfterResult
        ? withoutDoneWords(previous.searchText)
        : previous.searchText;
    const earlierText = countAfterGrowth ? withoutGrowthAsked(earlierAsked) : earlierAsked;
    // The earlier year is no longer asked once the follow-up names its own ("前年呢" after "…去年…"), and a
    // relative or short year ("前年", "24年") is no word a report writes: the years are slots, and such a
    // phrase left among the words searched only makes them match less ("上海美丽街区建了多少个 前年呢").
    const earlierWords = namesYear ? withoutYearPhrases(earlierText, previous) : earlierText;
    // "哪个省定得多" after two places: which of them, on the earlier subject; the words asking it are no subject to search
    // ("省定" is a word of the reports: 省定标准), its other words are ("哪个增速更高").
    // Nor are its words pointing back ("同一年") and, asking the plan of the earlier subject, its words of intent ("定了").
    const ownWords = withoutPlanWords(withoutReferring(withoutNumberAsking(withoutYearPhrases(query.searchText, query))));
    out.searchText = `${earlierWords.replace(YEAR_MENTION, '')} ${comparesTalkedAbout ? withoutWhichOfThem(ownWords) : ownWords}`;
    // "And in 2023?" after an English question about "administrative regulations": the earlier question's
    // readings of its English words are what the evidence is checked against, as its Chinese words are.
    // "What about the Tianjin Binhai one?" after "…the Zhongguancun park in Xiong'an": a name of the follow-up's
    // own takes the place of the earlier question's names (雄安 is no word of the park asked now).
    const ownNames = (query.lexiconTranslations ?? []).some((t) => t.name);
    const readings = [...(previous.lexiconTranslations ?? []).filter((t) => !(ownNames && t.name)), ...(query.lexiconTranslations ?? [])];
    if (readings.length) out.lexiconTranslations = readings;
    const alternatives = [...(previous.termAlternatives ?? []), ...(query.termAlternatives ?? [])];
    if (alternatives.length) out.termAlternatives = alternatives;
    // "农村的呢？" after "城镇居民人均可支配收入多少": the earlier question with its qualifier swapped.
    out.question = withQualifierSwapped(
      latest ? previous.question.replace(YEAR_MENTION, '') : previous.question,
      query.question,
      previous.indicators.flatMap((i) => [i.name, ...i.synonyms]),
    );
    if (countAfterGrowth) out.question = `${withoutGrowthAsked(previous.question)}，${query.question}`;
    out.wantsQuantity = query.wantsQuantity || previous.wantsQuantity;
    out.wantsPriorities = previous.wantsPriorities;
    out.asksMainTargets = previous.asksMainTargets;
    out.wantsReason = query.wantsReason || previous.wantsReason;
    if (query.intent === 'any' && !intentOfEarlierYear) out.intent = overAfterPlanToCome ? 'result' : previous.intent;
    // "那十四五期间呢" after "江苏去年新建了几个老年医院": the number asked, over a plan now over, is what it achieved.
    if (query.planPeriodOver && query.intent === 'plan' && previous.wantsQuantity && !asksForPlan(query.question)) out.intent = 'result';
    // "完成了吗" after "…粮食产量目标" (or its result): was the target met, the target and the result side by side.
    // An earlier figure whose subject the glossary does not know ("和美乡村覆盖率目标多少") is met or not the same way.
    // "北京呢" after "…目标" and "实际完成了吗": whether Beijing met it too; not "前年又定了多少亩", the plan asked.
    if (previous.asksAttainment && !namesTopic && !asksForPlan(query.question)) {
      out.asksAttainment = true;
      out.intent = previous.intent;
    }
    if ((previous.indicators.length > 0 || previous.wantsQuantity) && asksWhetherItWasMet(query.question)) {
      out.asksAttainment = true;
      out.intent = 'result';
      // It asks whether, not how much: without a glossary indicator to set target against result by,
      // the answer is the result's and the target's sentences, as for "…目标完成了没有" asked at once.
      if (!previous.indicators.length) out.wantsQuantity = query.wantsQuantity;
    }
    // A ranking follow-up still ranks, and ranks what the earlier question measured: "是不是各省里
    // 最低的" after "GDP增速多少" ranks the growth rates.
    if (!ranksPlaces && !countAfterGrowth) out.ask = previous.ask;
    // "比前年快还是慢" after "…GDP增速" sets growth against growth, as a ranking ranks it; "分别是多少"
    // after "浙江和江苏去年GDP增长" asks the growth of each: a follow-up is read as asking what the
    // earlier question measured, unless it says what it measures itself ("总量呢", "增速呢").
    // "今年计划呢", "广东24年呢", "完成了没有": a follow-up of slots alone, whose earlier question's
    // subject is words the glossary does not know ("新增公园"), asks about those words.
    // "去年打通了多少" after "打通断头路计划多少条", "今年要建多少" after "…新增公园多少座" say nothing new either.
    const onlySlots =
      addsYear ||
      latest ||
      // "两个省谁多", "谁更高": which of the conversation's places, on its subject.
      (!namesPlace && asksWhichOfThem(query.question)) ||
      // "跟广东比呢" after "…国家级制造业单项冠军企业几家": the other side, on the same subject.
      addsSide ||
      asksWhetherItWasMet(query.question) ||
      (!namesTopic && placeOfTopicAsked) ||
      namesNothingNew(
        query.question,
        previous.question,
        query.places.flatMap((p) => [p, ...placeAliases(p)]),
        // "那十四五期间呢": a plan named as the time is a slot too.
        [...timePhrasesOf(query), ...planPhrasesIn(query.question)],
      );
    // "比去年高还是低" after "浙江今年GDP目标多少" compares the targets: the earlier word of intent goes with the measure.
    const keepsTarget = addsYear && previous.intent === 'plan' && asksForPlan(previous.question) && !asksForPlan(query.question);
    // "其中全国首创多少" after "自贸区累计推出多少项制度创新成果": the whole asked before it, then its part; "其中出口增长
    // 多少" after "…外贸进出口总额多少": the part, not the whole's indicator again.
    // So does "这笔钱支持了几个项目" after "争取到多少资金": the thing pointed at, then what is asked of it.
    if ((asksPartOfEarlier(query.question) || pointsAtEarlierThing(query.question, previous.question)) && previous.language === 'zh') {
      out.indicators = query.indicators;
      // The thing pointed at is the earlier question's subject, not its asking: "争取到资金，支持了几个项目" asks the count alone.
      const pointed = pointsAtEarlierThing(query.question, previous.question);
      const earlier = pointed ? withoutAmountAsked(subjectWordsOf(previous)) : subjectWordsOf(previous);
      out.question = previous.indicators.length ? query.question : `${earlier}，${withoutPointedStandIn(query.question)}`;
    } else if (ranksPlaces || addsYear || out.question === query.question)
      out.question = `${measuredIn(previous, query.question, onlySlots, asksResultAfterPlan, asksPlanAfterResult)}${keepsTarget ? TARGET_ASKED_WORD : ''}${out.question}`;
  }
  // "往后挪一年 25年打算落地几个" after a follow-up that carried "多少条" to its own subject: the count asked now is its own
  // (几个), the carried words dropped; asked without a count of its own, the carried words stay carried.
  // "那前年的数呢" after "去年实际使用外资折合人民币多少": the amount in the currency asked before.
  if (elliptical && previous.currency && !query.currency) out.currency = previous.currency;
  if (elliptical && previous.unitCarried) {
    if (asksHowManyInCounter(query.question)) out.question = out.question.split(previous.unitCarried).join('');
    else out.unitCarried = previous.unitCarried;
  }
  // "高速公路呢" after "全国过去五年高铁里程怎么变的", "社零呢" after "增速比全国高几个点": a subject of its own, asked
  // the way the earlier question asked ("高速公路怎么变的", "社零增速比全国高几个点").
  const subject = withoutFollowUpCloser(query.question);
  const tail = askTailOf(previous.question);
  if (
    tail &&
    !elliptical &&
    !namesPlace &&
    query.language === 'zh' &&
    endsAsFollowUp(query.question) &&
    (query.indicators.length > 0 || (followUpOwnSubject && placeAndOwnSubject)) &&
    !OWN_ASK_WORDS.test(subject) &&
    // "GDP排名呢" asks a rank, not the earlier gap.
    !OWN_MEASURE_WORDS.test(subject)
  ) {
    // The earlier span's words too ("过去五年"): a span asked is read from the question, not the years alone.
    const span = !namesYear && !asksOverSpan(subject) ? (spanAskedIn(previous.question) ?? '') : '';
    // "GDP增速呢" after "…增速比全国高几个点": the measure written once.
    // "GDP增幅呢" after "…增速比全国高几个点": 增幅 and 增速 are one measure, written once too.
    const measure = SHARED_MEASURE_WORDS.some((w) => subject.endsWith(w))
      ? (SHARED_MEASURE_WORDS.find((w) => tail.startsWith(w)) ?? '')
      : '';
    out.question = `${span}${subject}${tail.slice(measure.length)}`;
    out.searchText = `${query.searchText} ${tail}`;
    if (askedCountUnit(tail) !== null) out.unitCarried = tail;
    if (query.askConfidence < CONFIDENT || query.ask === 'out-of-scope') out.ask = previous.ask;
    out.wantsQuantity = query.wantsQuantity || previous.wantsQuantity;
  }
  // "how many businesses did it reach?" after "…Yunnan's financing service platform…": a subject of its own (经营主体) of the
  // thing talked about, whose words (and their readings) are searched beside the follow-up's own.
  if (
    !elliptical &&
    !namesPlace &&
    namesTopic &&
    query.language === 'en' &&
    previous.language === 'en' &&
    pronounSubjectInEnglish(query.question)
  ) {
    out.searchText = `${previous.searchText} ${query.searchText}`;
    out.lexiconTranslations = [...(previous.lexiconTranslations ?? []), ...(query.lexiconTranslations ?? [])];
  }
  if (ownYearBeside) {
    out.years = [previous.years[0], query.years[0]].sort((a, b) => a - b);
    out.sideYears = out.places.map((p) => [...(query.places.includes(p) ? query.years : previous.years)]);
    out.yearNotes = [...previous.yearNotes, ...query.yearNotes];
  }
  out.conversationYears = [...new Set([...(previous.conversationYears ?? previous.years), ...out.years])];
  // "差多少" after "今年定了多少家" and "去年实际疏解了多少家": 2026 asked as a plan, 2025 as a result. A turn setting the two
  // years side by side asks no kind of its own.
  const plannedBefore = previous.conversationPlanYears ?? (previous.intent === 'plan' ? previous.years : []);
  // "比去年高还是低" after "浙江今年GDP目标多少": the year added is asked as the conversation's year was, its plan too.
  const addedAsPlans =
    addsYear && previous.years.length > 0 && previous.years.every((y) => plannedBefore.includes(y)) && query.intent !== 'result'
      ? out.years
      : [];
  // "差了多少" after a year's result and then its target ("拱墅22年GDP增速多少", "当时目标是多少"): the gap between them.
  if (
    asksBareDifference(query.question) &&
    out.years.length === 1 &&
    out.places.length === 1 &&
    plannedBefore.includes(out.years[0]) &&
    (previous.conversationYears ?? previous.years).every((y) => y === out.years[0])
  )
    out.asksAttainment = true;
  // "那25年呢" after "24年报告里增加了多少": the year switched, the difference to the year before still asked.
  const differenceAskedBefore = previous.differenceCarried === true || asksDifferenceToYearBefore(previous.question);
  if (differenceAskedBefore && !namesTopic && endsAsFollowUp(query.question)) out.differenceCarried = true;
  out.conversationPlanYears = out.bothYearsTalked
    ? [...new Set([...plannedBefore, ...addedAsPlans])]
    : [...plannedBefore.filter((y) => !out.years.includes(y)), ...(out.intent === 'plan' ? out.years : [])];
  return out;
}

/** A follow-up asking again may keep no character of its own beside words of intent and the earlier question's words. */
const ANY_OWN_CHARACTER = 1;

/** Words of its own, read in the reports' Chinese, that make an English follow-up name its own subject. */
const OWN_SUBJECT_WORDS = 2;

/**
 * "And how many companies moved into the Zhongguancun park in Xiong'an?" after a question about a pharma
 * park: an English follow-up that names a subject in words of its own (two or more, read in the reports'
 * Chinese, none of them a reading of the earlier question's, or a phrase of two words read whole) asks about that
 * subject, not the earlier one with its words added. "What about the Tianjin Binhai one?" names one word of its own: a modifier of the
 * earlier subject.
 */
function namesOwnEnglishSubject(query: UnderstoodQuery, previous: UnderstoodQuery): boolean {
  // (A follow-up pointing back names its own subject still: "…health centres will IT upgrade?" points at the place.)
  if (query.language !== 'en') return false;
  const earlier = new Set((previous.lexiconTranslations ?? []).flatMap((t) => [t.english, ...t.chinese]));
  const own = (query.lexiconTranslations ?? []).filter(
    (t) => t.chinese.length && !earlier.has(t.english) && !t.chinese.some((zh) => earlier.has(zh)),
  );
  // A phrase the dictionary holds whole counts its words ("and vocational colleges?": 高职院校, a subject of its own).
  if (own.reduce((n, t) => n + t.english.split(/[\s-]+/).length, 0) >= OWN_SUBJECT_WORDS) return true;
  // So do the glossary's readings, four characters of them at least ("…how many major provincial S&T innovation projects?":
  // 创新, 项目; "and how fast did the electronic information industry grow?": 电子信息产业), none of them the earlier
  // question's nor a measure ("and for 2025 — what was the goal?": 目标 only).
  const earlierTerms = new Set(previous.searchText.match(CHINESE_RUN) ?? []);
  // Readings only: Chinese the question writes itself is no reading of its English ("…like 宛平城").
  const ownTerms = new Set(
    (query.searchText.match(CHINESE_RUN) ?? []).filter(
      (zh) => !earlierTerms.has(zh) && !MEASURE_WORDS.has(zh) && !query.question.includes(zh),
    ),
  );
  // One English word's alternative wordings are one reading ("private": 民营, 民间; "pilot": 试点, 先行), counted by its longest.
  let characters = 0;
  for (const { chinese } of [...(query.termAlternatives ?? []), ...(query.lexiconTranslations ?? [])]) {
    const own = chinese.filter((zh) => ownTerms.has(zh));
    for (const zh of own) ownTerms.delete(zh);
    characters += Math.max(0, ...own.map((zh) => zh.length));
  }
  return characters + [...ownTerms].join('').length >= OWN_SUBJECT_CHARACTERS;
}

/** Characters of the glossary's readings that make an English follow-up's subject its own. */
const OWN_SUBJECT_CHARACTERS = 4;

/** A run of Chinese characters: a reading of English words in an English question's search text. */
const CHINESE_RUN = /[\u4e00-\u9fff]+/g;

/**
 * The earlier question with the follow-up's qualifier in place of its own ("城镇" → "农村"), so the
 * qualifier picks the sentence and the figure; the follow-up itself when it names none.
 */
function withQualifierSwapped(earlier: string, followUp: string, indicatorNames: readonly string[]): string {
  const added = INDICATOR_QUALIFIERS.find((q) => followUp.includes(q));
  if (!added) return followUp;
  // "农村的呢" after a question about 农村 already: the earlier question as it was.
  if (earlier.includes(added)) return earlier;
  const replaced = INDICATOR_QUALIFIERS.find((q) => q !== added && earlier.includes(q));
  if (replaced) return earlier.replace(replaced, added);
  // "杭州居民人均可支配收入" had no qualifier: "农村" goes before the indicator's name.
  const name = indicatorNames.find((n) => earlier.includes(n));
  return name ? earlier.replace(name, `${added}${name}`) : `${followUp}${earlier}`;
}

/**
 * The indicator and growth word an earlier question measured ("地区生产总值增速"), to rank by or
 * ask again; the indicator alone when the follow-up names its own measure.
 */

function measuredIn(previous: UnderstoodQuery, followUp = '', onlySlots = false, resultAfterPlan = false, planAfterResult = false): string {
  // "前年呢" after "浙江去年和美乡村覆盖率多少": no indicator of the glossary was named, so the earlier
  // question's own words are what it measured, to find the figure by ("绿道呢" names its own). A result
  // asked after a target ("去年打通了多少" after "…计划多少条") drops the earlier words of intent.
  // So does one asking another measure of it in words of its own ("比上届涨了几个点" after "第八届进博会意向成交多少"):
  // the measure is the follow-up's, the subject the earlier question's.
  // So does a result asked in words of its own after a plan ("说错了 我要的是24年已经建成的" after "北京25年要新建几个紧密型城市
  // 医疗集团"): the earlier subject without its plan words, then those words.
  if (!previous.indicators.length && previous.language === 'zh' && (onlySlots || resultAfterPlan || asksGrowthOverTimeBefore(followUp))) {
    const subject = subjectWordsOf(previous);
    return resultAfterPlan ? withoutPlanWords(subject) : planAfterResult ? withoutDoneWords(subject) : subject;
  }
  // "Same for Shandong?" after "How many dilapidated rural homes did Anhui renovate?": no indicator of the
  // glossary was named, so the earlier English question's own words say what was counted ("how many … homes",
  // the count's unit) and what leads; its places and years are slots the follow-up replaced.
  if (!previous.indicators.length && previous.language === 'en' && followUp !== previous.question) return `${subjectWordsOf(previous)} `;
  // "前年又定了多少亩" after a share asked: an amount in a unit of its own, no share.
  const ownMeasure = GROWTH_TERM_WORDS.test(followUp) || asksLevel(followUp) || askedCountUnit(followUp) !== null;
  // "What was Jiangsu's GDP growth in 2025?" measured growth too, in English words.
  const earlierGrowth = GROWTH_TERM_WORDS.exec(previous.question)?.[0] ?? (asksForGrowth(previous.question) ? '增长' : '');
  // "江苏去年经济总量多少" then "跟浙江比呢": the size was asked, so sizes are compared, not growth rates.
  const earlierLevel = earlierGrowth ? '' : levelWordIn(previous.question);
  const measure = ownMeasure ? '' : earlierGrowth || earlierLevel;
  // "换成湖南" after "社零增速比全国高几个点": the gap again, not the growth.
  const gapTail = onlySlots && asksForGap(previous.question) && !asksForGap(followUp) ? askTailOf(previous.question) : null;
  if (gapTail) return `${qualifiedName(previous)}${gapTail}`;
  // "浙江呢" after "江苏五年GDP连续迈上几个万亿台阶": the milestones again.
  const milestoneTail = onlySlots && !asksForMilestone(followUp) ? milestoneTailOf(previous.question) : null;
  if (milestoneTail) return `${qualifiedName(previous)}${milestoneTail}`;
  // "上海研发投入占GDP多少" then "那北京呢": the share again (part over whole), not the whole's level.
  if (!ownMeasure && asksForShare(previous.question)) return shareAskedIn(previous);
  // A follow-up with a qualifier of its own ("农村的哪个区最高") sets it itself.
  const ownQualifier = INDICATOR_QUALIFIERS.some((q) => followUp.includes(q));
  return `${ownQualifier ? (previous.indicators[0]?.name ?? '') : qualifiedName(previous)}${measure}`;
}

/**
 * The earlier indicator with the qualifier its question wrote ("农村居民人均可支配收入" after "城镇…" and "农村的呢"):
 * the glossary's name alone ("居民人均可支配收入") would ask the whole population again.
 */
function qualifiedName(previous: UnderstoodQuery): string {
  const indicator = previous.indicators[0];
  const name = indicator?.name ?? '';
  // Before the name or one of its synonyms: "农村的呢" after "人均可支配收入多少" reads as 农村人均可支配收入.
  const written = indicator ? [name, ...indicator.synonyms] : [name];
  const qualifier = INDICATOR_QUALIFIERS.find((q) => written.some((n) => previous.question.includes(`${q}${n}`)));
  return qualifier && name && !name.startsWith(qualifier) ? `${qualifier}${name}` : name;
}

/**
 * An earlier question without the slots a follow-up may replace: its places (as written, by any name)
 * and its years ("上海去年新增公园多少座" → "新增公园多少座"). What is left names what it asked about.
 */
function subjectWordsOf(previous: UnderstoodQuery): string {
  const written = [
    ...previous.places.flatMap((p) => placeAliases(p)),
    ...previous.placeSuggestions.map((s) => s.written),
    ...previous.yearNotes.map((n) => n.phrase),
  ].sort((a, b) => b.length - a.length);
  // Case aside: an English question writes "Anhui" where the glossary's alias is "anhui".
  return written
    .reduce((t, w) => t.replace(new RegExp(w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), ''), previous.question)
    .replace(YEAR_MENTION, '');
}

/** The share an earlier question asked, its indicators in the order it wrote them: "研发经费占地区生产总值比重", "货物出口占比". */
function shareAskedIn(previous: UnderstoodQuery): string {
  const asked = previous.question.toLowerCase();
  const at = (i: UnderstoodQuery['indicators'][number]) =>
    Math.min(...[i.name, ...i.synonyms].map((n) => asked.indexOf(n.toLowerCase())).filter((k) => k >= 0));
  const [part, whole] = [...previous.indicators].sort((a, b) => at(a) - at(b));
  if (whole) return `${part.name}占${whole.name}比重`;
  // "制造业占GDP比重多少" names its whole in the share's own words, no indicator of its own.
  if (asksShareOfEconomy(asked)) return `${part?.name ?? ''}占地区生产总值比重`;
  // "国考断面优良水体占多少" asks loosely, the part's own percentage answering when no share is written ("优良水体保持在85%以上"):
  // carried as loosely, never as the 占比 that only a share answers.
  return `${part?.name ?? ''}${asksShareLoosely(previous.question) ? '占多少' : '占比'}`;
}

/** Search words without the relative or short year phrases a question named its years by ("去年", "24年"; not "2024年"). */
function withoutYearPhrases(text: string, asked: UnderstoodQuery): string {
  const phrases = asked.yearNotes
    .map((n) => n.phrase)
    .filter((p) => !FULL_YEAR.test(p))
    .sort((a, b) => b.length - a.length);
  return phrases.reduce((t, p) => t.split(p).join(''), text);
}

/** A year written in full, as the reports write theirs. */
const FULL_YEAR = /^(19|20)\d{2}年?$/;

function withoutPlanWords(text: string): string {
  return PLAN_INTENT_WORDS.reduce((t, w) => t.split(w).join(' '), text);
}

/** The words of a thing done ("建成了", "完成了", "已经") taken out; the words asking how much stay. */
function withoutDoneWords(text: string): string {
  return RESULT_INTENT_WORDS.filter((w) => !HOW_MUCH_RESULT_WORDS.includes(w)).reduce((t, w) => t.split(w).join(' '), text);
}

/**
 * "城镇和农村分别是多少" after "江苏去年居民收入多少": the earlier indicator once per qualifier, as the
 * one question a reader means ("江苏省2025年城镇和农村居民人均可支配收入分别是多少"), to be understood
 * afresh. Null unless the follow-up names several qualifiers and nothing else, after one indicator.
 */
export function severalQualifiersQuestion(followUp: string, earlier: UnderstoodQuery): string | null {
  const qualifiers = qualifiersListed(followUp);
  if (!qualifiers.length || earlier.indicators.length !== 1) return null;
  // "城镇调查失业率" is named with its own qualifier: the qualifiers asked take its place.
  const name = INDICATOR_QUALIFIERS.reduce((n, q) => (n.startsWith(q) ? n.slice(q.length) : n), earlier.indicators[0].name);
  const years = earlier.years.map((y) => `${y}年`).join('和');
  return `${earlier.places.join('和')}${years}${qualifiers.join('和')}${name}分别是多少`;
}

/**
 * "人均呢" after "广东2025年GDP多少": the earlier question with the modifier before its indicator's name as
 * written ("广东2025年人均GDP多少"), to be understood afresh, since 人均GDP is another indicator, not a
 * qualifier of the same one. Null unless the follow-up says only a modifier, after one indicator the
 * earlier question wrote in Chinese.
 */
export function modifiedIndicatorQuestion(followUp: string, earlier: UnderstoodQuery): string | null {
  const modifier = modifierOnlyFollowUp(followUp);
  if (!modifier || earlier.indicators.length !== 1) return null;
  const indicator = earlier.indicators[0];
  const written = [indicator.name, ...indicator.synonyms]
    .filter((n) => earlier.question.includes(n))
    .sort((a, b) => b.length - a.length)[0];
  if (!written || written.startsWith(modifier) || earlier.question.includes(`${modifier}${written}`)) return null;
  // "How about per capita?" after "What was Shandong's GDP in 2024?": the English reader's question stays English.
  const english = earlier.language === 'en' ? englishModifier(modifier) : null;
  return earlier.question.replace(written, english ? `${written} ${english}` : `${modifier}${written}`);
}

/**
 * "服务业的呢" after "杭州24年10亿元以上的制造业项目要落地几个": the earlier question with its word of the same kind swapped
 * for the follow-up's ("杭州24年10亿元以上的服务业项目要落地几个"), to be understood afresh. Null unless the follow-up names only
 * that word and the earlier question names exactly one other of its set (src/lang/zh/sibling-words.ts).
 */
export function siblingSwappedQuestion(followUp: string, earlier: UnderstoodQuery): string | null {
  if (earlier.language !== 'zh') return null;
  const noun = nounOnlyFollowUp(withoutAcknowledgement(followUp));
  const siblings = noun ? siblingsOf(noun) : null;
  if (!noun || !siblings || earlier.question.includes(noun)) return null;
  const named = siblings.filter((w) => w !== noun && earlier.question.includes(w));
  return named.length === 1 ? earlier.question.replace(named[0], noun) : null;
}

/**
 * "支出呢" after "北京2024年一般公共预算收入": the earlier question with the last word of its indicator's name replaced by
 * the follow-up's noun of the same length ("北京2024年一般公共预算支出"), to be understood afresh, when that makes a name
 * the glossary knows. Null otherwise: "出口呢" names an indicator of its own and needs no earlier name.
 */
export function counterpartIndicatorQuestion(followUp: string, earlier: UnderstoodQuery): string | null {
  // "And expenditure?" after an English revenue question: the same in the English names (english-counterpart-follow-ups.ts).
  if (earlier.language === 'en')
    return earlier.indicators.length === 1 ? englishCounterpartQuestion(followUp, earlier.question, earlier.indicators[0].en) : null;
  const noun = nounOnlyFollowUp(withoutAcknowledgement(followUp));
  if (!noun || earlier.indicators.length !== 1 || isIndicatorName(noun)) return null;
  const indicator = earlier.indicators[0];
  // Every name the earlier question wrote, longest first: "地方一般公共预算收入" gives no glossary name with 支出, the
  // 一般公共预算收入 inside it does.
  const written = [indicator.name, ...indicator.synonyms]
    .filter((n) => n.length > noun.length && earlier.question.includes(n) && !n.endsWith(noun))
    .sort((a, b) => b.length - a.length);
  for (const name of written) {
    const counterpart = `${name.slice(0, -noun.length)}${noun}`;
    if (isIndicatorName(counterpart)) return earlier.question.replace(name, counterpart);
  }
  return null;
}
