import { asksForRank } from '../../lang/zh/asked-shape-words.js';
import { writtenAsThisYear } from '../../lang/zh/relative-years.js';
import type { Sentence } from '../../ingest/types.js';
import { GENERIC_SEARCH_TERMS } from '../../lang/zh/generic-words.js';
import { asksWhen } from '../../lang/zh/question-words.js';
import type { UnderstoodQuery } from '../../retrieve/query.js';
import { composeText } from '../compose.js';
import { placeAliases } from '../../lang/zh/glossary.js';
import { placeLabel } from '../../lang/zh/place-words.js';
import { englishPlace } from '../english-names.js';
import { message } from '../messages.js';
import { figureLead, namedInQuestion } from '../figure-lead.js';
import { isAskedIndicator } from '../figure-format.js';
import { periodSpan } from '../../lang/zh/years.js';
import { planClosedBy } from '../../lang/zh/five-year-plans.js';
import type { Answer, Citation, Figure } from '../schema.js';
import { type AnswerFrame, type AnswerTools, frameAnswer } from './answer-tools.js';
import { heldYears } from './trend.js';
import { distinctSentences } from './distinct-sentences.js';

/**
 * A refusal that still shows what the reports hold nearest to the question: the same place and
 * indicator in another year (the latest results, or the year's target), cited and labelled with
 * its own period, under a first line that says the question itself is not answered. `answersAsked` says when what is held
 * answers the question after all (the asked year's target, named whole by the question): then it is an answer, said plainly.
 */
export async function nearestAnswer(
  tools: AnswerTools,
  frame: AnswerFrame,
  notAnswered: string,
  relaxYears = true,
  answersAsked: (figures: readonly Figure[]) => boolean = () => false,
): Promise<Answer | null> {
  const { query } = frame;
  // "广东去年闲置土地处置了多少亩": a number asked of a subject no glossary indicator names is shown nearest too; so is
  // how a thing went in a year the reports hold nothing of ("吉林2023年冰雪旅游搞得怎么样": what they hold nearest of it).
  const askedOfYear = relaxYears && query.years.length > 0 && !query.wantsPriorities;
  if (!query.places.length || (!query.indicators.length && !query.wantsQuantity && !askedOfYear)) return null;
  const results = await latestResultsAnswer(tools, frame, notAnswered);
  if (results) return results;
  if (relaxYears && !query.years.length && !query.planPeriod) return null;
  if (relaxYears) {
    const latest = await latestPlanAnswer(tools, frame);
    if (latest) return latest;
  }
  // "浙江2019年GDP", a year before the place's results: what it achieved nearest, not a later year's target.
  const before = relaxYears && query.intent !== 'plan' ? earliestHeldAfter(tools, query) : null;
  // "福建2025年获国家科技奖多少项" when only the five-year review ending in 2025 says it ("五年来…获国家科学技术奖20项"): the
  // plan the year closes is nearest in time, its figure labelled with the plan's span, before an earlier year's.
  const planClosed = relaxYears && query.intent !== 'plan' && before === null ? planEndingIn(query) : null;
  const relaxed: UnderstoodQuery = relaxYears
    ? { ...query, years: [], planPeriod: null, part: null, intent: before === null ? 'any' : 'result' }
    : { ...query, intent: 'any' };
  const outcome = await tools.retriever.retrieve(relaxed, 3);
  // Nearest in time first: the earliest year held ("浙江2023年GDP" → 2024's); then the best of any year, which keeps a
  // review's from–to sentence ("由2110公里增至3055公里" starts from the year asked).
  const earliest =
    before !== null
      ? await tools.retriever.retrieve({ ...relaxed, years: [before] }, 1)
      : planClosed
        ? await tools.retriever.retrieve({ ...relaxed, intent: 'result', planPeriod: planClosed }, 1)
        : null;
  const first = earliest?.kind === 'found' ? earliest.sentences : [];
  const sentences = [...first, ...(outcome.kind === 'found' ? outcome.sentences : [])];
  const shown = distinctSentences(sentences).slice(0, 3);
  if (!shown.length) return null;
  const citations = shown.map((s) => tools.citation(s.sentence, s.score));
  const figures = tools.figuresFor(relaxed, citations);
  // The lead is the earliest year's when it states the figure, else the best of any year's.
  const firstFigures = first.length ? figures.filter((f) => f.citationId === citations[0].id) : [];
  const lead = figureLead(relaxed, firstFigures, citations, false) ?? figureLead(relaxed, figures, citations, false);
  // What the reports hold may be the thing asked after all, in another kind (the year's target of a result asked): said plainly.
  const answered = lead !== null && answersAsked(figures);
  const held = answered ? '' : message('nearestHeld', query.language);
  const text = `${notAnswered}${lead ? leadJoiner(query) : '\n'}${held}${composeText(relaxed, citations, lead)}`;
  return frameAnswer(frame, { notFound: !answered, text, citations, figures, coverage: tools.coverage });
}

/**
 * Between the line that says the question itself is not answered and the nearest figure: one first line, so the reader
 * sees at once what is not there and what is ("…只有目标。报告中最接近的内容：…（目标）：不少于5.5个 [1]").
 */
function leadJoiner(query: Pick<UnderstoodQuery, 'language'>): string {
  return query.language === 'en' ? ' ' : '';
}

/**
 * A place without a report of its own, answered from the sentences of other reports that name it
 * (an event held there, a project in it); `notFound` stays true: the place is not covered.
 */
export async function mentionsAnswer(tools: AnswerTools, frame: AnswerFrame, notCovered: string): Promise<Answer | null> {
  const { query } = frame;
  const names = query.unknownPlaces.flatMap((p) => placeAliases(p)).filter((n) => /[\u4e00-\u9fff]/.test(n) && n.length >= 2);
  if (!names.length) return null;
  const outcome = await tools.retriever.retrieve({ ...query, unknownPlaces: [], places: [] }, 10);
  // About what was asked too: a budget question is not answered by the place's vegetables.
  const found =
    outcome.kind === 'found'
      ? outcome.sentences.filter((s) => names.some((n) => s.sentence.text.includes(n)) && (!query.indicators.length || s.namesIndicator))
      : [];
  // The passages found first may all be other places' ("合肥有什么重大项目" finds every province's projects):
  // then the sentences that write the name, ranked by the question's other words they share.
  const naming = (found.length ? found : sentencesNaming(tools, query, names)).slice(0, 3);
  if (!naming.length) return null;
  let citations = naming.map((s) => tools.citation(s.sentence, s.score));
  let answered = query.wantsQuantity ? placeFigureLead(tools, query, names, citations) : null;
  // The sentence that states the place's figure is quoted first, under the line that states it.
  const stating = answered ? citations.findIndex((c) => c.id === answered?.figures[0].citationId) : 0;
  if (stating > 0) {
    const reordered = [naming[stating], ...naming.filter((_, n) => n !== stating)];
    citations = reordered.map((s) => tools.citation(s.sentence, s.score));
    answered = placeFigureLead(tools, query, names, citations);
  }
  if (answered) {
    // The number asked is the place's own, written in another report ("广州、深圳地铁线网单日最高客运量分别达
    // 1409万、1305万人次" in 广东's): answered from it, the first line saying whose report states it.
    const said = message('placeInOtherReport', query.language, { places: query.unknownPlaces, lead: answered.lead });
    return frameAnswer(frame, {
      notFound: false,
      text: composeText(query, citations, said),
      citations,
      figures: answered.figures,
      coverage: tools.coverage,
    });
  }
  // "福州那年入选了什么气候方面的试点": no number asked, and the first sentence naming the place writes every word the
  // question asks by (入选, 气候, 试点): it answers, from the report that writes it.
  // Not a time asked ("成都大运会是哪年举办的"): the sentence says what happened, seldom when.
  if (!query.wantsQuantity && !asksWhen(query.question) && writesEveryAskedWord(tools, query, names, naming[0].sentence.norm)) {
    const said = message('placeWrittenInOtherReport', query.language, { places: query.unknownPlaces });
    const text = `${said}${composeText(query, citations, null)}`;
    return frameAnswer(frame, { notFound: false, text, citations, coverage: tools.coverage });
  }
  const text = `${notCovered}\n${message('mentionedElsewhere', query.language, { places: query.unknownPlaces })}${composeText(query, citations, null)}`;
  return frameAnswer(frame, { notFound: true, text, citations, coverage: tools.coverage });
}

/** The question's content words, the place's names set aside: two characters or more, no generic word. */
function askedWords(tools: AnswerTools, query: UnderstoodQuery, names: readonly string[]): string[] {
  let asked = query.searchText;
  for (const n of names) asked = asked.split(n).join(' ');
  return [...new Set(tools.retriever.tokenize(asked))].filter((w) => w.length >= 2 && !GENERIC_SEARCH_TERMS.has(w));
}

/** Whether a sentence writes every content word of the question (at least two of them). */
function writesEveryAskedWord(tools: AnswerTools, query: UnderstoodQuery, names: readonly string[], sentence: string): boolean {
  const words = askedWords(tools, query, names);
  return words.length >= MIN_ASKED_WORDS && words.every((w) => sentence.includes(w));
}

/** Fewer words than this say too little for one sentence writing them all to answer. */
const MIN_ASKED_WORDS = 2;

/** Sentences that write one of the names and share at least one of the question's other content words, most shared first. */
function sentencesNaming(
  tools: AnswerTools,
  query: UnderstoodQuery,
  names: readonly string[],
): Array<{ sentence: Sentence; score: number }> {
  const words = askedWords(tools, query, names);
  const indicatorNames = query.indicators.flatMap((i) => [i.name, ...i.synonyms]);
  if (!words.length) return [];
  const scored: Array<{ sentence: Sentence; score: number }> = [];
  for (const sentence of tools.retriever.corpus.sentences) {
    if (sentence.isHeading || !names.some((n) => sentence.text.includes(n))) continue;
    if (indicatorNames.length && !indicatorNames.some((n) => sentence.norm.includes(n))) continue;
    const shared = words.filter((w) => sentence.norm.includes(w)).length;
    if (shared) scored.push({ sentence, score: shared / words.length });
  }
  // The latest report first among equals: what the place is doing now.
  return scored.sort((a, b) => b.score - a.score || b.sentence.period.localeCompare(a.sentence.period));
}

/**
 * The lead of a figure another report files under the uncovered place's own name ("深圳地铁线网单日最高客运量"),
 * about what was asked once the name is set aside; null when no figure of the citations is the place's.
 */
function placeFigureLead(
  tools: AnswerTools,
  query: UnderstoodQuery,
  names: readonly string[],
  citations: readonly Citation[],
): { lead: string; figures: Figure[] } | null {
  const figures = tools.figuresFor({ ...query, unknownPlaces: [] }, citations);
  // An English question names it in the Chinese its words were read as; either names it in the reports' other words for
  // the question's own ("地铁" asked, "长春轨道交通6号线" written: interchangeable-words.ts).
  const alternatives = (query.termAlternatives ?? []).flatMap((t) => t.chinese).join(' ');
  const asked = `${query.language === 'en' ? query.searchText : query.question} ${alternatives}`;
  // Every figure filed under the place's name, so the shape asked picks among them ("…比全省高几个点": the gap, not the
  // growth before it).
  // "湘西凤凰古城创的是几A级景区": an attribute asked is read from the sentence that names the place, whatever its name.
  const citedText = new Map(citations.map((c) => [c.id, c.sentence]));
  const owned = figures.filter((f) =>
    names.some((n) => {
      if (f.shape === 'attribute') return (citedText.get(f.citationId) ?? '').includes(n);
      if (!f.indicator.includes(n)) return false;
      const rest = { indicator: f.indicator.replace(n, '') };
      return query.indicators.length ? isAskedIndicator(rest, query) : namedInQuestion(rest, asked.replace(n, ''));
    }),
  );
  if (!owned.length) return null;
  const lead = figureLead({ ...query, unknownPlaces: [], places: [owned[0].district], indicators: [] }, owned, citations);
  return lead ? { lead, figures: [...owned, ...figures.filter((f) => !owned.includes(f))] } : null;
}

/**
 * "拱墅今年研发投入打算到多少" when the place's reports stop before this year: a plan stays in force
 * until the next is issued, so the latest plan is what the reader can know of "this year's" target.
 * Still a refusal (the year asked is not covered), its first line saying which year's plan it shows. Only for a relative year (the reader
 * did not pick the year) after the place's latest yearly plan, and only for a target asked.
 */
async function latestPlanAnswer(tools: AnswerTools, frame: AnswerFrame): Promise<Answer | null> {
  const { query } = frame;
  if (query.intent !== 'plan' || query.places.length !== 1 || query.years.length !== 1 || query.planPeriod) return null;
  const [year] = query.years;
  if (!query.yearNotes.some((n) => n.year === year)) return null;
  const latest = latestPlanYear(tools, query.places[0]);
  if (latest === null || latest >= year) return null;
  const relaxed: UnderstoodQuery = { ...query, years: [], yearNotes: [], part: null };
  const outcome = await tools.retriever.retrieve(relaxed, 3);
  if (outcome.kind !== 'found') return null;
  const top = outcome.sentences[0].sentence;
  if (top.kind !== 'plan' || periodSpan(top.period)?.from !== latest) return null;
  const citations = outcome.sentences.map((s) => tools.citation(s.sentence, s.score));
  const figures = tools.figuresFor(relaxed, citations);
  const lead = figureLead(relaxed, figures, citations, false);
  if (!lead) return null;
  // The country is 全国 / China here, as in every other line, not the issuing 国务院.
  const places = query.places.map((p) => (query.language === 'en' ? englishPlace(p) : placeLabel(p)));
  const said = message('latestPlanInstead', query.language, { places, year, latest });
  // The year asked is not in the reports: notFound stays true, and the first line says so before
  // it names the plan that is.
  return frameAnswer(frame, {
    notFound: true,
    text: composeText(relaxed, citations, `${said}${lead}`),
    citations,
    figures,
    coverage: tools.coverage,
  });
}

/**
 * "钱塘去年GDP" when the place's latest results are for the year before: the relative year is
 * resolved and said ("去年 = 2025"), and the latest results the reports hold are shown, labelled
 * with their year ("报告中最新的实绩是2024年的"), not the asked year's target. Only for a result (or
 * no kind) asked in a relative year (the reader did not pick it) after the place's latest results.
 */
async function latestResultsAnswer(tools: AnswerTools, frame: AnswerFrame, notAnswered: string): Promise<Answer | null> {
  const { query } = frame;
  // A past year asked with no kind ("钱塘去年GDP") asks its results too.
  if (query.intent === 'plan' || query.places.length !== 1 || query.years.length !== 1 || query.planPeriod) return null;
  const [year] = query.years;
  if (!query.yearNotes.some((n) => n.year === year)) return null;
  const latest = heldYears(tools, query.places[0]).at(-1);
  if (latest === undefined || latest >= year) return null;
  // "山东今年新培育…多少家": a number of this year, with the year not over, is what its plan sets (the target answers,
  // labelled), not last year's result of a kin. A rank asked of this year is still the latest result's (plans set none).
  if (!asksForRank(query.question) && writtenAsThisYear(query.yearNotes, year) && (latestPlanYear(tools, query.places[0]) ?? -1) >= year)
    return null;
  // The same part of the latest year ("去年四季度" when the latest results are 2024's: 2024's fourth quarter).
  const relaxed: UnderstoodQuery = { ...query, intent: 'result', wantsQuantity: true, years: [latest], yearNotes: [] };
  const outcome = await tools.retriever.retrieve(relaxed, 3);
  if (outcome.kind !== 'found') return null;
  const citations = outcome.sentences.map((s) => tools.citation(s.sentence, s.score));
  const figures = tools.figuresFor(relaxed, citations);
  // Only a result is said to be the latest result: "国家今年赤字率多少" finds 2024's target (赤字率 is set, never
  // reported), which the latest plan answers instead.
  const lead = figureLead(
    relaxed,
    figures.filter((f) => f.kind === 'actual'),
    citations,
    false,
  );
  if (!lead) return null;
  const said = message('latestResultsInstead', query.language, { latest });
  return frameAnswer(frame, {
    notFound: true,
    text: `${notAnswered}${leadJoiner(query)}${composeText(relaxed, citations, `${said}${lead}`)}`,
    citations,
    figures,
    coverage: tools.coverage,
  });
}

/**
 * The year of the place's latest yearly plan: at most the year after its latest results, so a far
 * goal ("2035年远景目标") is no one's latest plan.
 */
function latestPlanYear(tools: AnswerTools, place: string): number | null {
  let lastResult = -1;
  const planYears: number[] = [];
  for (const s of tools.retriever.corpus.sentences) {
    if (s.kind === 'other' || tools.retriever.issuerOf(s.docId) !== place) continue;
    const span = periodSpan(s.period);
    if (!span) continue;
    if (s.kind === 'result') lastResult = Math.max(lastResult, span.to);
    else if (span.from === span.to) planYears.push(span.from);
  }
  const yearly = planYears.filter((y) => y <= lastResult + 1);
  return yearly.length ? Math.max(...yearly) : null;
}

/** The five-year plan the one year asked closes ("2025" → 十四五, 2021–2025), asked no plan itself; null otherwise. */
export function planEndingIn(query: Pick<UnderstoodQuery, 'years' | 'planPeriod'>): { from: number; to: number } | null {
  if (query.years.length !== 1 || query.planPeriod) return null;
  const plan = planClosedBy(query.years[0]);
  return plan ? { from: plan.from, to: plan.to } : null;
}

/** The first year the one place asked holds results for, when every year asked comes before it; null otherwise. */
function earliestHeldAfter(tools: AnswerTools, query: UnderstoodQuery): number | null {
  if (query.places.length !== 1 || !query.years.length) return null;
  const earliest = heldYears(tools, query.places[0])[0];
  return earliest !== undefined && query.years.every((y) => y < earliest) ? earliest : null;
}
