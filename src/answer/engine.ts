import { PERCENT_UNITS } from '../lang/zh/units.js';
import { NATIONAL_ISSUER } from '../lang/zh/place-words.js';
import { isGrowthOnly } from '../figures/figure-shape.js';
import { asksForPlan } from '../lang/zh/intent-words.js';
import { asksForGrowth, GROWTH_ASKED_WORD } from '../lang/zh/change-words.js';
import { asksOverSpan } from '../lang/zh/span-question-words.js';
import { pageAt } from '../ingest/formats/pages.js';
import { asksForLowest, asksForRanking, asksWhichIsMost, asksWhichYear } from '../lang/zh/superlative-words.js';
import { asksFromTo, asksTrend } from '../lang/zh/trend-words.js';
import { shortHash } from '../ingest/hash.js';
import type { IndexData } from '../store/index-data.js';
import type { FigureTable } from '../figure-table/index.js';
import { openIndex, type EmbedderChoice } from '../store/open-index.js';
import type { Sentence } from '../ingest/types.js';
import { DEFAULT_RETRIEVER, Retriever, type RetrieverOptions } from '../retrieve/retriever.js';
import { CONFIDENT, type UnderstandOptions, type UnderstoodQuery } from '../retrieve/query.js';
import { composeText, notFoundLine, notFoundText } from './compose.js';
import { corpusCoverage, coverageText, type CoverageEntry } from './coverage.js';
import {
  conversationState,
  followUpWording,
  modifiedIndicatorQuestion,
  counterpartIndicatorQuestion,
  readInConversation,
  severalQualifiersQuestion,
  siblingSwappedQuestion,
} from '../understand/conversation.js';
import { helpText } from './help.js';
import { intentClassifier } from '../understand/intents.js';
import { withReadingNote } from './reading-note.js';
import type { LlmWording } from './llm-wording.js';
import { extractFigures, rankFiguresForQuestion } from '../figures/index.js';
import { message } from './messages.js';
import { withLaterCitation, writesAgain } from './later-mention.js';
import { figureLead, namedInQuestion, termNamingTarget } from './figure-lead.js';
import { formatNumber, isAskedIndicator, valueText } from './figure-format.js';
import { nationalSpanReading, withReviewSpanHeld } from './review-span-held.js';
import { nationalReportReading } from './national-report-reading.js';
import { latestResultsReading, saidAsLatest, withLatestYearShifted } from './kinds/latest-results-compared.js';
import { isRankFigure, rankNamedInQuestion } from '../figures/rank-figures.js';
import { shownForQuestion } from '../figures/milestones-passed.js';
import { attributeFigures } from '../figures/attribute-numbers.js';
import { attributeWording, attributesAsked, carriedAttributeWording } from '../lang/zh/attribute-words.js';
import { findPriorities, outlineAnswer, outlineComparisonAnswer } from './priorities/index.js';
import { mainTargetsAnswer } from './kinds/main-targets.js';
import { outlineItemAsked } from '../lang/zh/outline-item-words.js';
import type { RetrievalOutcome, ScoredSentence } from '../retrieve/retriever.js';
import { nearestAnswer, mentionsAnswer } from './kinds/nearest.js';
import { otherReadingOfNamedReport } from '../understand/named-report-reading.js';
import { ownWords, whereNamed, writesOwnSubject } from '../understand/side-years.js';
import { placeAliases, provinceOf } from '../lang/zh/glossary.js';
import { distinctiveTerm } from '../retrieve/distinctive-term.js';
import { rankingAnswer, yearRankingAnswer } from './kinds/ranking.js';
import { tableComparisonAnswer } from './kinds/table-comparison.js';
import { FIRST_PLACE, rankHolderAnswer } from './kinds/rank-holder.js';
import { attainmentAnswer } from './kinds/attainment.js';
import { spanAverageAnswer } from './kinds/span-average.js';
import { asksMultiYearAverage } from '../lang/zh/verdict-words.js';
import { askedRank, asksPlainTop } from '../lang/zh/rank-holder-words.js';
import { asksRankOnly, RANK_PATTERN } from '../lang/zh/rank-words.js';
import { asksAmountBesideRank, asksForMilestone, asksForRank, withoutRankAsked } from '../lang/zh/asked-shape-words.js';
import { RANK_SEARCH_WORDS } from '../lang/zh/question-words.js';
import { fromToSpanAnswer } from './kinds/from-to-span.js';
import { asksForTarget } from './target-without-number.js';
import { heldYears, statesAskedDifference, statesOwnChange, trendAnswer, yearsCompared } from './kinds/trend.js';
import { deliveryDateAnswer } from './kinds/delivery-date.js';
import { qualifierPairOf, severalIndicatorsAnswer } from './kinds/several-indicators.js';
import { asksOfLastTwo, asksOfTheTwo, currentAgainstLast, lastTwoCompared } from './kinds/last-two-compared.js';
import { comparesWithLastAnswer } from '../lang/zh/comparison-follow-up-words.js';
import { askedSubjects, separatelyAsked, severalSubjectsLead } from './several-subjects.js';
import { englishSeveralSubjectsLead } from './several-subjects-english.js';
import { laterCheckOf } from '../lang/zh/later-check-words.js';
import { interleave } from './kinds/interleave.js';
import { distinctSentences } from './kinds/distinct-sentences.js';
import { yearsNotWritten } from './kinds/years-not-written.js';
import { asksWhichOfThem } from '../lang/zh/comparison-follow-up-words.js';
import { placesMentioningAnswer } from './kinds/places-mentioning.js';
import { qualifierNotStatedNote } from './qualifier-not-stated.js';
import { cityNotStatedNote } from './city-not-stated.js';
import { askedResidentQualifier, namesResidentQualifier } from '../lang/zh/resident-qualifiers.js';
import { isOnlyAcknowledgement } from '../lang/zh/follow-up-words.js';
import { yearNotStatedNote } from './year-not-stated.js';
import { targetNotStatedNote } from './target-not-stated.js';
import { countNotStatedNote, growthLeadsForLevel, growthNotStatedNote, levelNotStatedNote, yearOf } from './level-not-stated.js';
import { nationalTrendPlace } from '../understand/national-trend.js';
import { writtenAsThisYear } from '../lang/zh/relative-years.js';
import { withKeywordQuantity } from '../understand/keyword-question.js';
import { resultsBeforeTheYearsPlan } from './kinds/results-first.js';
import type { AnswerFrame, AnswerTools } from './kinds/answer-tools.js';
import { asksShareInEnglish } from '../lang/en/english-share-wording.js';
import { AnswerSchema, type Answer, type AskContext, type AskEngine, type Citation, type Figure } from './schema.js';

export interface EngineOptions {
  /** Optional model wording of the direct answer, checked against the citations. */
  wording?: LlmWording | null;
  corpusDir: string;
  indexDir: string;
  embedder?: EmbedderChoice;
  retriever?: RetrieverOptions;
  log?: (message: string) => void;
  onProgress?: (done: number, total: number, stage: string) => void;
  rebuild?: boolean;
}

/** The years a work report's review covers ("过去五年"): a from–to question naming no span asks them. */
const REVIEWED_YEARS = 5;

/** Things asked at once that are each searched for by their own words; more are read from one search, as before. */
const MAX_SUBJECTS_SEARCHED = 4;

/** The question-answering engine every surface uses: retrieval, then the answer's parts. */
export class Engine implements AskEngine, AnswerTools {
  private coverageCache: CoverageEntry[] | null = null;

  private constructor(
    readonly retriever: Retriever,
    readonly figureTable: FigureTable,
    private readonly wording: LlmWording | null = null,
    private readonly log: (message: string) => void = () => {},
  ) {}

  static async open(options: EngineOptions): Promise<Engine> {
    const { index } = await openIndex(options);
    return Engine.fromIndex(index, options.retriever, options.wording ?? null, options.log);
  }

  static fromIndex(
    index: IndexData,
    retriever: RetrieverOptions = DEFAULT_RETRIEVER,
    wording: LlmWording | null = null,
    log?: (message: string) => void,
  ): Engine {
    // Trained when the engine opens, not on the first question a user waits for.
    intentClassifier();
    return new Engine(new Retriever(index, retriever), index.figures, wording, log);
  }

  /** What the corpus covers; derived on the first refusal, not at start-up (it reads every sentence). */
  /** The covered province of the one city a question names beside its place (六安 of "上海和六安对口合作"), not asked already. */
  private coveredProvinceOfPartner(query: UnderstoodQuery): string | null {
    if (query.places.length !== 1 || query.unknownPlaces.length !== 1) return null;
    const province = provinceOf(query.unknownPlaces[0]);
    return province && !query.places.includes(province) && this.coverage.some((c) => c.district === province) ? province : null;
  }

  get coverage(): CoverageEntry[] {
    this.coverageCache ??= corpusCoverage(this.retriever.corpus.sentences, (id) => this.retriever.issuerOf(id));
    return this.coverageCache;
  }

  async ask(question: string, context: AskContext = {}): Promise<Answer> {
    return this.askInConversation(question, context, true);
  }

  /**
   * A question answered in its conversation. `compareLastTwo`: whether "这俩谁大" may answer the last two questions again;
   * false for those answered again, so a thread of such follow-ups asks each earlier question once, not 2^n times.
   */
  private async askInConversation(question: string, context: AskContext, compareLastTwo: boolean): Promise<Answer> {
    const options = { today: context.today };
    const history = context.history ?? [];
    // "福建25年说要开建的厦漳泉城际 是R几线 去年真开工了没": the thing asked first, then the other report that writes it again.
    const later = laterCheckOf(question);
    if (later) {
      const answered = await this.askInConversation(later.first, context, compareLastTwo);
      if (!answered.notFound) return { ...this.withLaterMention(answered, later.check, options), question };
    }
    // Every question after the first is a follow-up: a correction ("不对，我问的是浙江") is read as what it says was meant.
    // An earlier question of names only ("浙江2025年GDP") asked its figures, so "那前年呢" asks them too.
    const earlier = conversationState(history.map((q, n) => withKeywordQuantity(this.understand(n ? followUpWording(q) : q, options))));
    // "城镇和农村分别是多少" after an income question: that indicator for each, as one question.
    // "人均呢" after "广东GDP多少": 人均GDP, as one question.
    // "支出呢" after "…一般公共预算收入": 一般公共预算支出, as one question.
    const spelledOut = earlier
      ? (severalQualifiersQuestion(question, earlier) ??
        modifiedIndicatorQuestion(question, earlier) ??
        counterpartIndicatorQuestion(question, earlier) ??
        siblingSwappedQuestion(question, earlier))
      : null;
    const asked = spelledOut
      ? { ...this.understand(spelledOut, options), conversationPlaces: earlier?.conversationPlaces }
      : this.understand(history.length ? followUpWording(question) : question, options);
    // "那晶圆呢" after "碳化硅衬底是几英寸的": the size asked before is asked of the wafers too.
    const carried = carriedAttributeWording(question, history.at(-1));
    // "zj gdp 2024": an English question of names only asks the figures it names.
    const read = withLatestYearShifted(
      this,
      withReviewSpanHeld(this, withKeywordQuantity(earlier && !spelledOut ? readInConversation(asked, earlier) : asked)),
    );
    // (Not a count's measure word carried to a subject of the follow-up's own: "那年落地的…项目呢" after "…人才新政是多少条".)
    const query = carried && !read.unitCarried ? { ...read, attributesFrom: carried, wantsQuantity: true } : read;
    // "两个省谁快" of a year whose results no report holds yet: the places' latest results compared, said so.
    const latest = latestResultsReading(this, query);
    if (latest) {
      const compared = await this.answerQuery(question, context, latest.query);
      if (!compared.notFound) return withUncoveredSide(saidAsLatest(compared, query, latest.latest), latest.query);
    }
    // "过去五年财政收入涨到多少了", "过去五年CPI年均涨多少": recent years of no place named are the country's, read first as its
    // latest review of as many years (its years stated in the reading note); the reports at large only when the country's
    // hold nothing of it.
    const national = nationalSpanReading(this, query);
    if (national) {
      const answered = await this.answerQuery(question, context, national);
      if (!answered.notFound) return withUncoveredSide(answered, national);
    }
    // "2025 government work report — main tasks?": the country's report first (national-report-reading.ts), read on below as
    // any named report is; the reports at large when the country's hold nothing of it.
    const countryReport = nationalReportReading(query);
    const countryAnswer = countryReport ? await this.answerQuery(question, context, countryReport) : null;
    const fromCountry = countryReport !== null && countryAnswer !== null && !countryAnswer.notFound;
    const used = fromCountry ? countryReport : query;
    const answer = fromCountry ? countryAnswer : await this.answerQuery(question, context, query);
    // "俩尺寸一样不", "这俩谁大": the last two answers side by side, when the answer found does not state both.
    // The question's own slots are read (understood without the conversation) only when its words ask of the two.
    if (compareLastTwo && history.length >= 2 && asksOfTheTwo(question) && asksOfLastTwo(question, this.understand(question, options))) {
      const compared = await lastTwoCompared(query, history, answer, (q, h) =>
        this.askInConversation(q, { ...context, history: [...h] }, false),
      );
      if (compared) return AnswerSchema.parse(compared);
    }
    // "“共停共享”补的泊位比这少多少": the thing asked beside the answer just given.
    if (compareLastTwo && history.length && comparesWithLastAnswer(question)) {
      const compared = await currentAgainstLast(query, history, answer, (q, h) =>
        this.askInConversation(q, { ...context, history: [...h] }, false),
      );
      if (compared) return AnswerSchema.parse(compared);
    }
    // Another reading of a question that found nothing: "24年政府工作报告里赤字规模多了多少" as the report's plan, when the
    // year it reviews holds nothing of it. So is one answered from another report than the one named: "25年国务院报告里赤字
    //规模多少", read as the year the report reviews, found the 2024 report's own plan (4.06万亿元); read as the named
    // report's own year it quotes that report (5.66万亿元), and is taken when it does.
    const named = used.namedReport;
    const quotesNamed = (a: Answer) => {
      const cited = leadCitation(a);
      return named !== undefined && cited !== undefined && this.docYearOf(cited.docId) === named.year;
    };
    const quotesOther = named !== undefined && !answer.notFound && leadCitation(answer) !== undefined && !quotesNamed(answer);
    const otherReadings = answer.notFound || quotesOther ? [otherReadingOfNamedReport(used)] : [];
    for (const reading of otherReadings) {
      if (!reading) continue;
      const again = await this.answerQuery(question, context, reading);
      if (!again.notFound && (!quotesOther || quotesNamed(again))) return withUncoveredSide(again, reading);
    }
    return withUncoveredSide(answer, used);
  }

  private async answerQuery(question: string, context: AskContext, query: UnderstoodQuery): Promise<Answer> {
    const id = answerId(question, context);
    const understood = { places: query.places, years: query.years, intent: query.intent };
    const frame: AnswerFrame = { id, question, query, understood };
    // A refusal lists the coverage of the places asked about, or of the whole corpus when none is.
    const placesCovered = query.places.length ? this.coverage.filter((c) => query.places.includes(c.district)) : [];
    const coverage = placesCovered.length ? placesCovered : this.coverage;
    const refuse = (reason: string) =>
      AnswerSchema.parse({
        id,
        question,
        notFound: true,
        text: withReadingNote(notFoundText(query, reason, coverageText(coverage, query.language === 'en')), query),
        citations: [],
        figures: [],
        priorities: [],
        coverage: this.coverage,
        understood,
      });
    // "谢谢", "thanks!": nothing asked; answered in kind, never with a refusal or a passage.
    if (isOnlyAcknowledgement(question))
      return AnswerSchema.parse({
        id,
        question,
        notFound: false,
        text: message('acknowledged', query.language, { thanks: /谢|thank/i.test(question) }),
        citations: [],
        figures: [],
        priorities: [],
        understood,
      });
    // "哪些省提到了低空经济", "浙江报告有没有提到低空经济": every report read for the name.
    const mentioning = placesMentioningAnswer(this, frame);
    if (mentioning) return mentioning;
    // "广东26年政府工作报告是哪天作的": the day the report was delivered, from its own opening line.
    const delivered = deliveryDateAnswer(this, frame);
    if (delivered) return delivered;

    // "help", "你能做什么": what can be asked, with examples from the corpus, not a refusal.
    // "1984年那届呢 报告里有没有": a question that names a year or a plan's period asks whether the reports hold it, no help.
    if (
      query.ask === 'help' &&
      query.askConfidence >= CONFIDENT &&
      !query.indicators.length &&
      !query.places.length &&
      !query.years.length &&
      !query.planPeriod
    ) {
      return AnswerSchema.parse({
        id,
        question,
        notFound: false,
        text: helpText(
          this.retriever.corpus.documents.map((d) => d.meta),
          query.language,
        ),
        citations: [],
        figures: [],
        priorities: [],
        coverage: this.coverage,
        understood,
      });
    }
    if (query.unknownPlaces.length && !query.places.length) {
      // "成都大运会" has no report of its own, but the national report names it: what the reports
      // say of the place, under a line that says they hold no report from it.
      return (await mentionsAnswer(this, frame, notFoundLine(query, 'unknown-place'))) ?? refuse('unknown-place');
    }
    // "今天天气怎么样": nothing the reports are about; "S211竞潮快速路怎么样了" names a project they hold.
    if (
      query.ask === 'out-of-scope' &&
      query.askConfidence >= CONFIDENT &&
      !query.indicators.length &&
      !query.places.length &&
      !distinctiveTerm(query.question, this.retriever.corpus.sentences)
    )
      return refuse('off-topic');

    // "广东2026年有啥目标", "What are Zhejiang's targets?": the plan's own list of its main targets
    // (the outline answers when the question also asks for tasks or priorities).
    // "第二条呢" after it: that item of the list.
    if (query.asksMainTargets) {
      const targets = mainTargetsAnswer(this, frame, outlineItemAsked(question));
      if (targets) return targets;
    }

    if (query.wantsPriorities) {
      // "拱墅区2025年的工作重点和2023年相比有什么变化", "钱塘区和拱墅区…有什么不同": two outlines side by side.
      if (query.places.length === 2 || (query.places.length === 1 && query.years.length === 2)) {
        const compared = outlineComparisonAnswer(this, frame);
        if (compared) return compared;
      }
      // "钱塘和拱墅今年准备抓哪几件事" before this year's plans are in: their latest plans, said so.
      if (query.places.length === 2 && query.years.length === 1) {
        const latest = outlineComparisonAnswer(this, { ...frame, query: { ...query, years: [], planPeriod: null } });
        if (latest) {
          const unanswered = `${notFoundLine(query, 'no-period')}\n${message('nearestHeld', query.language)}\n`;
          // The reading note ("（今年 = 2026年）") heads the whole answer once, before the line that says what is missing.
          const note = withReadingNote('', query);
          const body = note && latest.text.startsWith(note) ? latest.text.slice(note.length) : latest.text;
          return { ...latest, notFound: true, text: withReadingNote(`${unanswered}${body}`, query) };
        }
      }
      const list = findPriorities(query, this.retriever.corpus.documents, this.retriever.corpus.sentences);
      if (list) return outlineAnswer(this, frame, list);
      // "拱墅今年准备抓哪几件事" before this year's plan is in: the latest plan, said so.
      if (query.years.length && query.places.length === 1) {
        const latest = findPriorities(
          { ...query, years: [], planPeriod: null },
          this.retriever.corpus.documents,
          this.retriever.corpus.sentences,
        );
        if (latest) {
          const unanswered = `${notFoundLine(query, 'no-period')}\n${message('nearestHeld', query.language)}`;
          return outlineAnswer(this, frame, latest, unanswered);
        }
      }
    }

    // "比2015年呢", "安徽2010年和2025年GDP比较": a year no report of the place writes is refused for that
    // year, with what the reports hold nearest, never answered with the other year alone.
    if (query.years.length >= 2 && !query.yearSpan && query.places.length <= 1 && query.indicators.length) {
      const unwritten = yearsNotWritten(this, query.places, query.years);
      // "比上一年多几天" where only the later year's report is held: the difference that year's figure states
      // ("290天、增加19天") answers, as the trend writes it; no year's number is read for the one not held.
      const statedAnswer = unwritten.length === 1 && statesAskedDifference(query, unwritten[0]) ? await trendAnswer(this, frame) : null;
      if (statedAnswer && statedAnswer.figures.length === 1 && statesOwnChange(statedAnswer.figures[0])) return statedAnswer;
      if (unwritten.length) {
        const missing = { ...query, years: unwritten };
        return (
          (await nearestAnswer(this, { ...frame, query: missing }, notFoundLine(missing, 'no-period'))) ??
          AnswerSchema.parse({
            ...refuse('no-period'),
            text: withReadingNote(notFoundText(missing, 'no-period', coverageText(coverage, query.language === 'en')), query),
          })
        );
      }
    }

    // "哪个省是全国第三个GDP超10万亿的": the sentence where a report says so of its own place.
    const rankAsked = askedRank(query.question);
    if (rankAsked && !(asksPlainTop(rankAsked) && asksWhichIsMost(query.question) && query.places.length !== 1)) {
      const holder = await rankHolderAnswer(this, frame);
      if (holder) return holder;
    }

    // "上海25年GDP增速超过目标没有": the year's target and its result, each from its own report, and the verdict.
    if (query.asksAttainment) {
      // "安徽粮食产量目标完成了吗" names no year: the latest year whose results the place's reports hold.
      const latest =
        !query.years.length && !query.planPeriod && query.places.length === 1 ? heldYears(this, query.places[0]).at(-1) : undefined;
      const attained = await attainmentAnswer(this, latest ? { ...frame, query: { ...query, years: [latest] } } : frame);
      if (attained) return attained;
    }

    // "北京过去五年GDP年均增速": the span's one average, labelled with its span.
    if (asksMultiYearAverage(query.question)) {
      const average = await spanAverageAnswer(this, frame);
      if (average) return average;
    }

    // "近几年全国GDP增速哪一年最高": one place's years, ranked like for like.
    if (asksWhichYear(query.question) && asksForRanking(query.question) && query.indicators.length && query.places.length === 1) {
      const years = await yearRankingAnswer(this, frame);
      if (years) return years;
    }

    // "哪个省2026年GDP增长目标最高": every covered place that has the figure, ranked like for like.
    const rankingAsked =
      ((query.ask === 'superlative' && query.askConfidence >= CONFIDENT) || asksWhichIsMost(query.question)) &&
      asksForRanking(query.question) &&
      query.places.length !== 1;
    if (rankingAsked && query.indicators.length) {
      const ranking = await rankingAnswer(this, frame);
      if (ranking) return ranking;
    }

    // "区域创新能力最强的是哪个省", "哪个省制造业高质量发展指数排第一": no figures rank the places (an index, a
    // standing); the place whose report says it is first ("连续9年全国第一", "居全国首位") answers.
    if (
      query.places.length !== 1 &&
      asksWhichIsMost(query.question) &&
      !asksForLowest(query.question) &&
      (!rankAsked || asksPlainTop(rankAsked))
    ) {
      const holder = await rankHolderAnswer(this, frame, rankAsked ?? FIRST_PLACE);
      if (holder) return holder;
    }
    // A subject no glossary indicator names ("哪个省农村劳动力转移就业最多"), when no report claims the first place: the
    // places ranked by the figures named like it, in Chinese (figure-candidates).
    if (rankingAsked && !query.indicators.length && query.language === 'zh') {
      const ranking = await rankingAnswer(this, frame);
      if (ranking) return ranking;
    }

    // "全国研发投入强度这五年提高了多少", "十四五期间…怎么变的": the sentence stating the asked
    // indicator from where to where over the span, before any year-by-year trend.
    // So does a subject no glossary indicator names, named by a Chinese question's own words.
    if (
      (query.yearSpan || query.planPeriod) &&
      (query.indicators.length || query.language === 'zh') &&
      query.places.length === 1 &&
      !asksForTarget(query)
    ) {
      const span = await fromToSpanAnswer(this, frame);
      if (span) return span;
    }
    // "浙江这几年财政收入从多少涨到多少": no span named, the five years the place's latest results end.
    // The place's years are read only for such a question, not for every question that names one place.
    const lastResult =
      !query.yearSpan && !query.planPeriod && query.places.length === 1 && query.indicators.length && asksFromTo(query.question)
        ? heldYears(this, query.places[0]).at(-1)
        : undefined;
    if (lastResult !== undefined) {
      const yearSpan = { from: lastResult - REVIEWED_YEARS + 1, to: lastResult };
      const span = await fromToSpanAnswer(this, { ...frame, query: { ...query, yearSpan } });
      if (span) return span;
    }

    // "超长期特别国债这两年各发多少": no place named, and only the country's reports state the indicator.
    const national = nationalTrendPlace(query, this.figureTable);
    if (national) {
      const trend = await trendAnswer(this, { ...frame, query: { ...query, places: [national] } });
      if (trend) return trend;
    }

    let oneYearHeld: number | null = null;
    // "全国GDP这几年的走势": the asked figure year by year, each year on its own evidence. A plan
    // period's change ("十四五期间…怎么变化") is its start and end, a from–to sentence the ordinary answer reads.
    // "这五年居民收入涨了多少" asks the five years' one change ("五年增长30.8%"), which the ordinary answer
    // reads first (the lead puts a span's figure first), not each year's; "这五年的走势" asks each year.
    const fiveYearChange =
      query.yearSpan !== null &&
      query.yearSpan.to - query.yearSpan.from + 1 >= REVIEWED_YEARS &&
      (asksOverSpan(query.question) || query.spanCarried === true) &&
      !asksTrend(query.question);
    // "湖南24年规模工业增加值增长多少，25年目标多少": years asked with a target among them are the years' results and
    // targets side by side, as a trend shows them.
    const targetsOverYears = query.years.length >= 2 && query.indicators.length > 0 && asksForPlan(query.question);
    // "高新技术企业全国排名这几年往前挪了几位": a rank's move, which the table's yearly values do not give; the sentence
    // that writes it ("从全国第10位升至第8位") answers.
    const rankMoveAsked = asksForRank(query.question) && !query.years.length;
    // "五年GDP连续迈上几个万亿台阶": the levels passed, which the sentence writes, not each year's value.
    const milestonesAsked = asksForMilestone(query.question);
    if (
      ((query.yearSpan && !fiveYearChange) ||
        ((asksTrend(query.question) || (query.ask === 'trend' && query.askConfidence >= CONFIDENT) || targetsOverYears) &&
          !query.planPeriod)) &&
      query.places.length === 1 &&
      !rankMoveAsked &&
      !milestonesAsked
    ) {
      const trend = await trendAnswer(this, frame);
      if (trend) return trend;
      // "最近几年杭州的财政收入": one year of results held, said so beside that year's answer.
      const held = heldYears(this, query.places[0]);
      if (held.length === 1 && !query.years.length && !query.yearSpan) oneYearHeld = held[0];
    }

    // "山东社零24年和25年分别多少", "Did Zhejiang grow faster in 2025 than in 2024?": one place's
    // figure in each year asked, each on its own evidence, with a verdict for two.
    // "上海居民收入2025年比上年高多少" sets 2025 against 2024 the same way.
    const compared = fiveYearChange || milestonesAsked ? [] : yearsCompared(query);
    if (compared.length === 2 && query.indicators.length <= 1 && query.places.length === 1 && !query.wantsPriorities) {
      const years = await trendAnswer(this, { ...frame, query: { ...query, years: compared } });
      if (years) return years;
      // "比去年高还是低" after "浙江今年GDP目标多少": the years' GDP is set as a growth rate, not a level; their
      // rates are compared when the reports give no levels to compare.
      if (query.indicators.length === 1 && !asksForGrowth(query.question)) {
        const rates = await trendAnswer(this, {
          ...frame,
          query: { ...query, years: compared, question: `${query.question}${GROWTH_ASKED_WORD}` },
        });
        if (rates) return rates;
      }
    }

    // "GDP和财政收入分别是多少", "城镇和农村居民收入各是多少": each answered on its own evidence, in
    // the order asked.
    const qualifierPair = query.indicators.length === 1 ? qualifierPairOf(query.question) : null;
    // "城镇和农村居民收入哪个高" asks two numbers without saying 多少.
    const pairCompared = qualifierPair !== null && asksWhichOfThem(query.question);
    if ((query.indicators.length > 1 || qualifierPair) && query.places.length <= 1 && (query.wantsQuantity || pairCompared)) {
      const several = await severalIndicatorsAnswer(this, pairCompared ? { ...frame, query: { ...query, wantsQuantity: true } } : frame);
      if (several) return several;
    }

    // Two places, one indicator: their rows of the figure table, one year and one measure.
    if (query.places.length === 2 && query.indicators.length === 1 && !query.wantsPriorities && !query.sideYears) {
      const compared = await tableComparisonAnswer(this, frame);
      if (compared) return compared;
    }

    // A comparison answers each place on its own evidence, so no side borrows the other's number.
    // "云南24年…和浙江今年…": each side in its own year, a past one's results and this year's plan.
    const thisYear = (context.today ?? new Date()).getFullYear();
    const sideOf = (p: string, i: number): UnderstoodQuery => {
      const years = query.sideYears?.[i];
      if (!years) return { ...query, places: [p] };
      const intent = query.intent !== 'any' ? query.intent : years.every((y) => y < thisYear) ? 'result' : 'plan';
      return { ...query, places: [p], years, intent };
    };
    const sides = query.places.length > 1 ? query.places.map(sideOf) : [query];
    // Where each place is named, read only when a side of a comparison needs its own words.
    const sideWords = (side: UnderstoodQuery) =>
      ownWords(
        query.question,
        query.places.map((p) => whereNamed(query.question, placeAliases(p))),
        query.places.indexOf(side.places[0]),
      );
    const found: ScoredSentence[][] = [];
    const missingSides: string[] = [];
    // "浙江和湖南GDP比较": a comparison still, though the reports hold one side only.
    const comparing = sides.length > 1 || query.unknownPlaces.length > 0;
    for (const side of sides) {
      // "吉林“畅返不畅”和湖南农村公路提质改造…哪个里程长", "山东的营商环境创新提升措施 跟上海减轻企业负担那套措施 条数差多少": a
      // side of subjects no glossary indicator names is found by its own words first, not asked to write the other side's
      // subject too (nor found by it: 上海 writes of 营商环境 as well); by the whole question where its own words find nothing.
      const ownText = sides.length > 1 && !side.indicators.length ? sideWords(side) : null;
      // (Not the country's side: "全国" is as often a title's word, "全国文化企业30强", as a place.)
      const ownFirst = ownText !== null && side.places[0] !== NATIONAL_ISSUER && writesOwnSubject(ownText, placeAliases(side.places[0]));
      const byOwnWords = ownText ? () => this.retriever.retrieve({ ...side, searchText: ownText, question: ownText }, 3) : null;
      let outcome = await firstFound([
        ownFirst ? byOwnWords : null,
        // A comparison that names no kind compares results where both have them, like for like.
        comparing && side.intent === 'any' ? () => this.retriever.retrieve({ ...side, intent: 'result' }, 3) : null,
        () => this.retriever.retrieve(side, sides.length > 1 ? 3 : 5),
        ownFirst ? null : byOwnWords,
      ]);
      // "安徽自贸区首创的制度创新成果跟厦门综改试点复制推广的举措比 哪边多": two things asked of one place, which no sentence
      // writes together; each found by its own words, when every one is found.
      if (outcome.kind === 'notFound' && outcome.reason === 'no-evidence' && sides.length === 1) {
        const each = await this.eachSubjectFound(query);
        if (each.length) outcome = { kind: 'found', query, sentences: each };
      }
      // "前年上海和六安对口合作新签了多少个亿元以上项目": a city with no report of its own, named beside the place asked, is
      // written of by its province's report (安徽's: "上海与六安对口合作新签约亿元以上项目35个") when the place's own say nothing.
      if (outcome.kind === 'notFound' && outcome.reason === 'no-evidence' && sides.length === 1) {
        const province = this.coveredProvinceOfPartner(query);
        const partnered = province ? await this.retriever.retrieve({ ...side, places: [province] }, 5) : null;
        if (partnered?.kind === 'found') outcome = partnered;
      }
      if (outcome.kind === 'notFound') {
        if (sides.length === 1) return (await nearestAnswer(this, frame, notFoundLine(query, outcome.reason))) ?? refuse(outcome.reason);
        missingSides.push(side.places[0]);
        continue;
      }
      // A side whose passages state no figure of the asked indicator is named as lacking it, so a
      // comparison never reads as if one side's number answered for both; asked its growth, a side
      // whose passages give only its level lacks it too ("广东和福建24年GDP增速谁高": 迈上14万亿元).
      const growthAsked = asksForGrowth(side.question);
      if (
        sides.length > 1 &&
        side.indicators.length &&
        !outcome.sentences.some((s) => this.statesAskedFigure(side, s, undefined, growthAsked))
      )
        missingSides.push(side.places[0]);
      found.push(outcome.sentences);
    }
    if (!found.length) return refuse('no-evidence');
    // "北京25年紧密型城市医疗集团新建几个 检查检验结果互认医院新增多少家": things no glossary indicator names, each asked its own
    // figure, each found by its own words (one search for both finds the second thing's sentences only), after the best
    // sentence of the whole question (which may name both); the rest after them.
    // So are things joined and asked each ("城中村雨污分流项目跟单村水站 各多少").
    const ofOwnWords = sides.length === 1 && !query.indicators.length && query.wantsQuantity;
    const apart = ofOwnWords ? separatelyAsked(query.question) : [];
    const subjects = ofOwnWords && !apart.length ? askedSubjects(query.question) : apart;
    if (subjects.length >= 2 && subjects.length <= MAX_SUBJECTS_SEARCHED) {
      const each = interleave((await this.foundPerSubject(query, subjects)).map((own) => own ?? []));
      found[0] = distinctSentences([...found[0].slice(0, 1), ...each, ...found[0].slice(1)]);
    }
    // Asked what happened in a year whose results the reports do not hold, the year's target is
    // not the answer: it is what they hold nearest, said so and never in the lead.
    if (sides.length === 1) found[0] = resultsBeforeTheYearsPlan(query, found[0], (s) => this.statesAskedResult(query, s));
    const top = found[0][0]?.sentence;
    // The year's plan may stand first, or be the only passage that states the asked indicator at all
    // ("出口增长3%左右" beside a results sentence that gives no exports): either way no result is held.
    const stating = sides.length === 1 ? found[0].find((s) => this.statesAskedFigure(query, s, null))?.sentence : undefined;
    const planStandsIn =
      (top && this.targetStandsForResult(query, top)) ||
      (stating !== undefined && this.targetStandsForResult(query, stating) && !found[0].some((s) => this.statesAskedResult(query, s)));
    if (sides.length === 1 && planStandsIn) {
      const subject = message('askedSubject', query.language, {
        places: query.places,
        years: query.years,
        indicator: query.indicators[0]?.name ?? '',
      });
      const nearest = await nearestAnswer(this, frame, message('noActualFor', query.language, { subject }), false);
      if (nearest) return nearest;
    }
    // Past the first three, a citation must be nearly as good as the best: padding to five with
    // weak matches buries the answer.
    const ranked = interleave(found);
    const best = ranked[0]?.score ?? 0;
    const merged = ranked.filter((c, i) => i < 3 || c.score >= 0.75 * best).slice(0, 5);
    let citations = merged.map((s) => this.citation(s.sentence, s.score));
    let figures = this.figuresFor(query, citations);
    // Evidence without the asked number: said so first, then the evidence.
    // "浙江和江苏去年GDP哪个高" asks two numbers without saying 多少.
    // "浙江和湖南GDP比较": a side the reports do not cover still makes it a comparison of numbers.
    const sidesAsked = query.places.length + query.unknownPlaces.length;
    // So does "湖南和安徽新建改造高标准农田谁多", a comparison of a subject no glossary indicator names.
    const comparedWithoutIndicator = query.language === 'zh' && query.ask === 'comparison' && query.askConfidence >= CONFIDENT;
    // "What share of days had good air in Shandong?": an English share is a figure asked when a cited sentence gives one
    // (src/lang/en/english-share-wording.ts); when none does, the sentences answer as before, never a refusal.
    const englishShare = query.language === 'en' && !query.wantsQuantity && asksShareInEnglish(query.question);
    const leadQuery =
      (sidesAsked > 1 && (query.indicators.length || comparedWithoutIndicator)) || englishShare ? { ...query, wantsQuantity: true } : query;
    // "A和B各有几个" in words no indicator holds: each thing's figure, not only the first found.
    let figureFirst =
      severalSubjectsLead(leadQuery, figures, citations) ??
      englishSeveralSubjectsLead(leadQuery, figures, citations) ??
      figureLead(leadQuery, figures, citations);
    // "浙江GDP全国排第几": the passages found first state the figure but not its rank; the place's
    // sentences that write a rank of it ("规模稳居全国第4位") answer, when there are any.
    if (!figureFirst && sides.length === 1 && query.indicators.length && asksForRank(query.question)) {
      const ranked = await this.rankStated(query, leadQuery);
      if (ranked) ({ citations, figures, lead: figureFirst } = ranked);
    }
    // "浙江24年GDP多少，全国排第几" where no passage ranks it: the amount asked, and the rank said to be missing.
    // Its notes (a level not stated, …) are read of the amount asked, the rank's asking taken out.
    let rankMissing = false;
    let amountQuery = leadQuery;
    if (!figureFirst && sides.length === 1 && asksAmountBesideRank(query.question)) {
      amountQuery = { ...leadQuery, question: withoutRankAsked(query.question) };
      figureFirst = figureLead(amountQuery, figures, citations);
      rankMissing = !!figureFirst;
    }
    // "江苏2025年GDP多少" answered first by its growth: the level the figure table holds for that
    // place, indicator and year (a five-year review's "达14.2万亿元" is 2025's level) leads instead.
    if (figureFirst && sides.length === 1 && growthLeadsForLevel(amountQuery, figures)) {
      const level = this.levelStated(query, amountQuery, figures, citations, figureFirst);
      if (level) ({ citations, figures, lead: figureFirst } = level);
    }
    // "浙江2025年GDP多少" where the reports give only its growth: said so before the growth.
    // "广东2024年GDP增速" where the reports give only its level ("迈上14万亿元"): said so before the level.
    // (Not of what a thing is numbered or how many times it grew, "增长了几倍": no level or growth is asked of it.)
    const levelNote =
      figureFirst && sides.length === 1 && !figures.some((f) => f.shape === 'attribute')
        ? (yearNotStatedNote(amountQuery, figures) ??
          qualifierNotStatedNote(amountQuery, figures) ??
          levelNotStatedNote(amountQuery, figures) ??
          countNotStatedNote(amountQuery, figures) ??
          growthNotStatedNote(amountQuery, figures) ??
          targetNotStatedNote(amountQuery, figures))
        : null;
    // "广东深圳去年GDP多少" answered by Guangdong's own figure: said so first.
    const cityNote = figureFirst && sides.length === 1 ? cityNotStatedNote(amountQuery, figures, figureFirst) : null;
    // "What's the average wage in Zhejiang?": asked a quantity in words only the dictionary knows (no glossary
    // indicator), and none of the passages gives one: the indicator is not in the reports, as the Chinese
    // question "浙江平均工资多少" is refused — never a passage of loosely translated words as the answer.
    if (
      !figureFirst &&
      leadQuery.wantsQuantity &&
      !englishShare &&
      !query.indicators.length &&
      query.lexiconTranslations?.length &&
      !asksForRank(query.question) &&
      !ranksThingAsked(query, citations[0])
    ) {
      // "How much land did Jilin restore in 2025?", a year the place's reports hold only the plan of: no result, and the
      // plan's figure, said so (as a Chinese question is answered), never "not covered".
      // So is one whose only figure named by a whole term of the question is a target ("underground pipelines" 2025: 新建改造
      // 地下管网2000公里以上 planned, no result of it written).
      if (this.planYearOnly(query) || (query.intent === 'result' && termNamingTarget(query, figures) !== null)) {
        const nearest = await this.planForResult(frame);
        if (nearest) return nearest;
      }
      return refuse('no-evidence');
    }
    // "Jilin 2025 — new foreign-trade firms, how many?" (a Chinese question too), asked of a year whose reports hold only
    // its plan: no result, and the plan's figure, said so, never "no figure for exactly that".
    // So is a rank asked of such a year ("云南去年农产品出口在西部排第几"): the latest result's rank, said to be the latest.
    if (!figureFirst && leadQuery.wantsQuantity && !query.indicators.length && this.planYearOnly(query)) {
      const nearest = await this.planForResult(frame);
      if (nearest) return nearest;
    }
    // "2022 central budget investment — how much?" of a year with results, none of them of the term the question was read as,
    // whose figure the cited passages give is the year's plan (中央预算内投资安排6400亿元): no result of it, said so, and the
    // plan's figure, labelled a target, in the same first line.
    const plannedTerm =
      !figureFirst && leadQuery.wantsQuantity && query.language === 'en' && query.intent === 'result' && !query.indicators.length
        ? termNamingTarget(query, figures)
        : null;
    const planLead = plannedTerm ? figureLead({ ...leadQuery, intent: 'plan' }, figures, citations) : null;
    if (plannedTerm && planLead) {
      const subject = message('askedSubject', query.language, { places: query.places, years: query.years, indicator: plannedTerm }).trim();
      figureFirst = `${message('noActualFor', query.language, { subject })} ${planLead}`;
    }
    const noted = figureFirst && (cityNote || levelNote) ? `${cityNote ?? ''}${levelNote ?? ''}${figureFirst}` : figureFirst;
    let lead: string | null =
      (noted && rankMissing ? `${noted}${message('rankNotStated', query.language)}` : noted) ??
      // A rank asked and none stated: said so, never another figure in its place.
      (asksForRank(query.question)
        ? message('noRankFound', query.language)
        : leadQuery.wantsQuantity && !englishShare
          ? message('noFigureFound', query.language)
          : null);
    if (this.wording) {
      const worded = await this.wording.word(question, citations);
      if (worded.ok) lead = `${worded.text}${lead ? `\n${lead}` : ''}`;
      else this.log(`llm: wording discarded (${worded.reason}); answering extractively`);
    }
    return AnswerSchema.parse({
      id,
      question,
      notFound: false,
      text: withReadingNote(
        composeText(
          query,
          citations,
          // A lead of places' figures named without an indicator names the places lacking one itself (figure-lead).
          lead && missingSides.length && !(figureFirst && !query.indicators.length && query.places.length > 1)
            ? `${lead}${message('sideMissing', query.language, { places: missingSides })}`
            : lead && oneYearHeld !== null
              ? `${lead}${message('trendOneYearHeld', query.language, { year: oneYearHeld })}`
              : lead,
        ),
        query,
      ),
      citations,
      figures,
      priorities: [],
      understood,
    });
  }

  /**
   * An answer whose lead states what a thing is (an attribute: "R1线", "19号线") with the sentence of another of its place's
   * reports that writes it again, the year the check names first ("去年真开工了没": 2025's), quoted after the answer's own;
   * or the line that no other report writes it. Unchanged when the lead states no attribute.
   */
  private withLaterMention(answer: Answer, check: string, options: { today?: Date }): Answer {
    const lines = answer.text.split('\n');
    const stated = answer.figures
      .filter((f) => f.shape === 'attribute')
      .map((f) => ({ figure: f, written: valueText(f) }))
      .find(({ written }) => (lines[0] ?? '').includes(written));
    const cited = stated && answer.citations.find((c) => c.id === stated.figure.citationId);
    if (!stated || !cited) return answer;
    const { written } = stated;
    const issuer = this.retriever.issuerOf(cited.docId);
    const checked = this.understand(check, options);
    const years = checked.years.map(String);
    const named = (s: Sentence) => years.some((y) => s.period.startsWith(y));
    const again = this.retriever.corpus.sentences
      .filter((s) => writesAgain(s, { ...cited, indicator: stated.figure.indicator, written }, this.retriever.issuerOf(s.docId) === issuer))
      .sort((a, b) => Number(named(b)) - Number(named(a)) || b.period.localeCompare(a.period))[0];
    const lang = checked.language;
    if (!again) {
      const said = message('noLaterMention', lang, { written });
      return AnswerSchema.parse({ ...answer, text: [lines[0], said, ...lines.slice(1)].join('\n') });
    }
    return withLaterCitation(answer, this.citation(again, 0), lang);
  }

  /**
   * The sentences of each thing a question asks a figure of ("A和B各几个", "A跟B比哪边多"), each found by its own words and
   * taken in turn; none unless every thing is found (a thing the reports do not hold is no half answer).
   */
  private async eachSubjectFound(query: UnderstoodQuery): Promise<ScoredSentence[]> {
    if (!query.wantsQuantity || query.indicators.length) return [];
    const subjects = askedSubjects(query.question);
    if (subjects.length < 2 || subjects.length > MAX_SUBJECTS_SEARCHED) return [];
    const perSubject = await this.foundPerSubject(query, subjects);
    const found = perSubject.filter((own): own is ScoredSentence[] => own !== null);
    return found.length === subjects.length ? distinctSentences(interleave(found)) : [];
  }

  /** Each thing asked found by its own words: its best two sentences, or null where it finds none. */
  private async foundPerSubject(query: UnderstoodQuery, subjects: readonly string[]): Promise<(ScoredSentence[] | null)[]> {
    const own = await Promise.all(subjects.map((s) => this.retriever.retrieve({ ...query, searchText: s }, 2)));
    return own.map((o) => (o.kind === 'found' ? o.sentences : null));
  }

  /** The passages that write a rank of the asked indicator, searched with the words ranks are written in; null when none leads. */
  private async rankStated(
    query: UnderstoodQuery,
    leadQuery: UnderstoodQuery,
  ): Promise<{ citations: Citation[]; figures: Figure[]; lead: string } | null> {
    const searched = {
      ...query,
      intent: query.intent === 'any' ? ('result' as const) : query.intent,
      searchText: `${query.searchText} ${RANK_SEARCH_WORDS}`,
    };
    const outcome = await this.retriever.retrieve(searched, 5);
    if (outcome.kind !== 'found') return null;
    const citations = outcome.sentences.map((s) => this.citation(s.sentence, s.score));
    const figures = this.figuresFor(query, citations);
    const lead = figureLead(leadQuery, figures, citations);
    return lead && figures.some((f) => isRankFigure(f) && isAskedIndicator(f, query)) ? { citations, figures, lead } : null;
  }

  /**
   * The cited sentences with, first, the one the figure table files the asked level under (the place's, the
   * indicator's, the year of the growth found); null when the table holds no such level or the lead does not
   * then state it.
   */
  private levelStated(
    query: UnderstoodQuery,
    leadQuery: UnderstoodQuery,
    figures: readonly Figure[],
    citations: readonly Citation[],
    current: string,
  ): { citations: Citation[]; figures: Figure[]; lead: string } | null {
    const indicator = query.indicators[0]?.name;
    const place = query.places[0];
    const growth = figures.find((f) => isAskedIndicator(f, query) && f.district === place && yearOf(f) > 0);
    if (!indicator || !place || !growth || query.places.length !== 1) return null;
    const year = query.years.length === 1 ? query.years[0] : yearOf(growth);
    const row = this.figureTable.select({ indicator, place, kind: 'actual', year, measures: ['level'] })[0];
    const sentence = row && this.retriever.sentence(row.citationId);
    // The lead found already states the level ("10.3万亿元，增长5.5%"): it stands.
    if (!row || !sentence || current.includes(formatNumber(row.value))) return null;
    const first = this.citation(sentence, citations[0]?.score ?? 1);
    const cited = [first, ...citations.filter((c) => c.id !== first.id)].slice(0, 5);
    // The level reached at a span's end is that year's ("十四五" review's 14.2万亿元 is 2025's), as the table files it.
    const found = this.figuresFor(query, cited).map((f) =>
      f.citationId === row.citationId && f.value === row.value && row.year !== null ? { ...f, period: String(row.year) } : f,
    );
    // "地区生产总值增长5.5%、达到10.3万亿元": the level's own sentence may give the growth first; the level leads.
    const levelFirst = found.filter((f) => !(f.citationId === row.citationId && isGrowthOnly(f) && isAskedIndicator(f, query)));
    const levelLead = figureLead(leadQuery, levelFirst, cited);
    if (!levelLead || growthLeadsForLevel(leadQuery, levelFirst)) return null;
    // The growth found first stays beside the level, cited where it was found: "14.2万亿元 [1]，增长5.3% [2]".
    const n = cited.findIndex((c) => c.id === growth.citationId) + 1;
    const beside = isGrowthOnly(growth) && n > 0 && !levelLead.includes(`${growth.value}%`);
    const lead = beside ? `${levelLead}${message('growthBeside', query.language, { value: growth.value, n })}` : levelLead;
    return { citations: cited, figures: found, lead };
  }

  /** Whether a sentence states an actual figure of the asked indicator. */
  private statesAskedResult(query: UnderstoodQuery, s: ScoredSentence): boolean {
    return this.statesAskedFigure(query, s, 'actual');
  }

  /** Whether a sentence states a figure of the asked indicator, of the given kind (by default the asked one: a target when a plan is asked). */
  private statesAskedFigure(
    query: UnderstoodQuery,
    s: ScoredSentence,
    kind: Figure['kind'] | null = query.intent === 'plan' ? 'target' : query.intent === 'result' ? 'actual' : null,
    /** Only a rate or a change in percent counts (a growth asked). */
    growth = false,
  ): boolean {
    const c = this.citation(s.sentence, s.score);
    const figures = extractFigures({
      sentence: c.sentence,
      citationId: c.id,
      period: c.period,
      district: c.district,
      kind: c.kind,
      source: c.source,
    });
    // "城镇居民…谁高": a side whose figure is all residents' states no 城镇 figure.
    const resident = askedResidentQualifier(query.question);
    const shown = shownForQuestion(query.question);
    return figures.some(
      (f) =>
        (kind === null || f.kind === kind) &&
        shown(f) &&
        isAskedIndicator(f, query) &&
        (!growth || f.unit === '%' || PERCENT_UNITS.has(f.change?.unit ?? '')) &&
        (!resident || namesResidentQualifier(f.indicator, resident)),
    );
  }

  /**
   * No result for the place and year asked, said so, and the plan the reports hold nearest to it; null when none. When the
   * question's own words name that year's target whole ("Jilin 2025 — new foreign-trade firms, how many?" and 新增外贸企业
   * 200家以上), the target is the thing asked, labelled a target: answered, as "吉林2025年新增外贸企业多少家" is. A plan
   * only near in words stays what the reports hold nearest, not an answer.
   */
  private planForResult(frame: AnswerFrame): Promise<Answer | null> {
    const { query } = frame;
    const subject = message('askedSubject', query.language, { places: query.places, years: query.years, indicator: '' }).trim();
    const year = query.years.length === 1 ? String(query.years[0]) : null;
    const yearsTargetNamed = (figures: readonly Figure[]) => {
      const targets = year === null ? [] : figures.filter((f) => f.kind === 'target' && f.period.startsWith(year));
      return targets.length > 0 && termNamingTarget(query, targets) !== null;
    };
    return nearestAnswer(this, frame, message('noActualFor', query.language, { subject }), false, yearsTargetNamed);
  }

  /** The year a cited report is delivered in ("2025年国务院政府工作报告" → 2025); null when unknown. */
  private docYearOf(docId: string): number | null {
    return this.retriever.corpus.documents.find((d) => d.meta.id === docId)?.meta.docYear ?? null;
  }

  /**
   * A result asked of one place's one year that its reports hold only the plan of: no report reviews that year, and the one
   * reviewing the year before plans it (拱墅's 2022 report plans 2023, and no report of 拱墅 reviews 2023).
   */
  private planYearOnly(query: UnderstoodQuery): boolean {
    if (query.intent !== 'result' || query.places.length !== 1 || query.years.length !== 1) return false;
    const reviewed = heldYears(this, query.places[0]);
    return reviewed.includes(query.years[0] - 1) && !reviewed.includes(query.years[0]);
  }

  /** A year's plan sentence offered for a question about that year that asks no target. */
  private targetStandsForResult(query: UnderstoodQuery, top: Sentence): boolean {
    if (query.intent === 'plan' || query.planPeriod || query.years.length !== 1 || !query.indicators.length) return false;
    // "浙江今年省属国企研发投入增速要比全省平均高几个点": this year, no result asked in words and none reported yet, asks
    // what the year's plan sets; its target answers, labelled a target.
    if (query.intent === 'any' && this.yearNotYetReported(query)) return false;
    return top.kind === 'plan' && top.period.startsWith(String(query.years[0]));
  }

  /** Whether the one year asked is this year (as the reader wrote it) and the one place's reports hold no result of it yet. */
  private yearNotYetReported(query: UnderstoodQuery): boolean {
    const [year] = query.years;
    if (query.places.length !== 1 || query.years.length !== 1 || year === undefined) return false;
    if (!writtenAsThisYear(query.yearNotes, year)) return false;
    const latest = heldYears(this, query.places[0]).at(-1);
    return latest !== undefined && latest < year;
  }

  /** Figures of the cited sentences, those about what was asked first; at most 8. */
  figuresFor(query: UnderstoodQuery, citations: readonly Citation[]): Figure[] {
    // The same number quoted by a table row and by the text is one figure, cited where first found.
    const seen = new Set<string>();
    const shown = shownForQuestion(query.question);
    // "年龄线是多少岁", "多少周年", "第几届": the age, anniversary or edition a sentence writes, read only when asked.
    const attributes = attributesAsked(attributeWording(query));
    const all = citations
      .flatMap((c) => {
        const input = {
          sentence: c.sentence,
          citationId: c.id,
          period: c.period,
          district: c.district,
          kind: c.kind,
          source: c.source,
          section: c.section,
        };
        return [...attributeFigures(input, attributes), ...extractFigures(input)];
      })
      // The levels a phrase passes ("连续迈上4个万亿元台阶") answer only a question about milestones.
      .filter(shown)
      .filter((f) => {
        const key = [f.indicator, f.value, f.unit, f.kind, f.period, f.district, f.change?.value ?? ''].join('\u0000');
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    const terms = [...query.indicators.flatMap((i) => [i.name, ...i.synonyms]), ...this.retriever.tokenize(query.searchText)];
    if (query.intent === 'plan') terms.push('目标');
    // Figures of the asked indicator come first, in the order of the citations (best sentence first),
    // so a longer indicator name elsewhere does not outrank the sentence that answers.
    const order = new Map(citations.map((c, i) => [c.id, i]));
    const direct = all
      .filter((f) => f.shape === 'attribute' || isAskedIndicator(f, query) || namedRankAsked(f, query))
      .sort((a, b) => (order.get(a.citationId) ?? 0) - (order.get(b.citationId) ?? 0));
    const rankAsked = asksForRank(query.question);
    const ranked = [...direct, ...rankFiguresForQuestion(all, terms, { rankAsked }).filter((f) => !direct.includes(f))].slice(0, 8);
    if (query.places.length < 2) return ranked;
    // A comparison shows each side's figure about the asked indicator before any other.
    const firsts = query.places.map((p) => ranked.find((f) => f.district === p)).filter((f): f is Figure => !!f);
    return [...firsts, ...ranked.filter((f) => !firsts.includes(f))].slice(0, 8);
  }

  understand(question: string, options: UnderstandOptions = {}): UnderstoodQuery {
    return this.retriever.understand(question, options);
  }

  citation(s: Sentence, score: number): Citation {
    const doc = this.retriever.corpus.document(s.docId)!;
    const year = /^(\d{4})/.exec(s.period);
    return {
      id: s.id,
      docId: s.docId,
      title: doc.meta.title,
      district: doc.meta.issuer,
      year: year ? Number(year[1]) : null,
      period: s.period,
      kind: s.kind,
      section: s.section.join(' › '),
      paragraph: s.paragraph,
      sentence: s.text,
      source: s.source,
      score: Math.round(score * 1000) / 1000,
      ...(doc.meta.pageStarts?.length ? { page: pageAt(doc.meta.pageStarts, s.span.start) ?? undefined } : {}),
    };
  }

  /** The paragraph around each cited sentence, for "Show passages". */
  async passages(citationIds: readonly string[]): Promise<Array<{ citationId: string; title: string; section: string; text: string }>> {
    const out = [];
    for (const id of citationIds) {
      const s = this.retriever.sentence(id);
      if (!s) continue;
      const doc = this.retriever.corpus.document(s.docId)!;
      const paragraph = this.retriever.corpus
        .paragraph(s.docId, s.paragraph)
        .map((x) => x.text)
        .join('');
      out.push({ citationId: id, title: doc.meta.title, section: s.section.join(' › '), text: paragraph });
    }
    return out;
  }
}

/** "杭州数据交易所是全国第几家": a rank of the thing the question names, asked with no indicator. */
function namedRankAsked(f: Figure, query: UnderstoodQuery): boolean {
  if (query.indicators.length || !isRankFigure(f) || !asksForRank(query.question)) return false;
  // "排第几" after "吉林冬运会拿了多少金牌": a rank asked of nothing named is the rank of what the conversation asked.
  // An English question names the ranked thing in the Chinese its words were read as ("major projects pitched to private
  // capital": 重大项目 of 向民间资本推介重大项目投资总额).
  if (query.language === 'en') return namedInQuestion(f, query.searchText);
  return rankNamedInQuestion(f.indicator, query.question, f.qualifier) || asksRankOnly(query.question);
}

/**
 * "浙江和湖南GDP比较", "跟湖南比呢" after a Zhejiang figure: the side the reports hold nothing on is named at the
 * end of the lead's line, so the covered side's figure never reads as the whole comparison.
 */
function withUncoveredSide(answer: Answer, query: UnderstoodQuery): Answer {
  if (answer.notFound || !query.places.length || !query.unknownPlaces.length) return answer;
  // Answered from the province the city is in ("上海与六安对口合作…", cited from 安徽's report): it is covered, by that report.
  const from = answer.citations[0]?.district;
  if (from && query.unknownPlaces.every((p) => provinceOf(p) === from)) return answer;
  const note = message('sideUncovered', query.language, { places: query.unknownPlaces });
  const [first, ...rest] = answer.text.split('\n');
  if (first.includes(note)) return answer;
  return { ...answer, text: [`${first}${note}`, ...rest].join('\n') };
}

function answerId(question: string, context: AskContext): string {
  return shortHash(`${question}\u0000${(context.history ?? []).join('\u0001')}\u0000${Date.now()}`, 12);
}

/** The first of the searches, tried in order, that finds passages; the last one tried's refusal when none does. */
async function firstFound(searches: readonly ((() => Promise<RetrievalOutcome>) | null)[]): Promise<RetrievalOutcome> {
  let outcome: RetrievalOutcome | null = null;
  for (const search of searches) {
    if (!search) continue;
    outcome = await search();
    if (outcome.kind === 'found') return outcome;
  }
  // The list always holds the whole question's search.
  if (!outcome) throw new Error('no search to try');
  return outcome;
}

/** The citation an answer's first line rests on: the first it marks ("…3.9万亿元 [2]"), else the first cited. */
function leadCitation(answer: Answer): Answer['citations'][number] | undefined {
  const marked = LEAD_MARK.exec(answer.text.split('\n')[0] ?? '');
  return (marked ? answer.citations[Number(marked[1]) - 1] : undefined) ?? answer.citations[0];
}

/** A citation's mark in an answer's text: "[2]". */
const LEAD_MARK = /\[(\d+)\]/;

/**
 * "How many unicorns does Beijing have?" of "…独角兽企业数量均居全国各城市首位": the cited sentence ranks the thing asked, in the
 * Chinese the question's words were read as, instead of counting it. The answer says no count is given and quotes it, as a
 * Chinese question is answered; never a refusal.
 */
function ranksThingAsked(query: UnderstoodQuery, cited: Citation | undefined): boolean {
  if (!cited || !RANK_PATTERN.test(cited.sentence)) return false;
  return (query.lexiconTranslations ?? []).some((t) => t.chinese.some((zh) => zh.length >= MIN_RANKED_NAME && cited.sentence.includes(zh)));
}

/** A reading this long names a thing ("独角兽"), not a common word that any sentence with a rank writes. */
const MIN_RANKED_NAME = 3;
