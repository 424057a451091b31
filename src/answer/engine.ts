import { shortHash } from '../ingest/hash.js';
import type { IndexData } from '../store/index-data.js';
import { openIndex, type EmbedderChoice } from '../store/open-index.js';
import type { Sentence } from '../ingest/types.js';
import { DEFAULT_RETRIEVER, Retriever, type RetrieverOptions } from '../retrieve/retriever.js';
import { CONFIDENT, type UnderstandOptions, type UnderstoodQuery } from '../retrieve/query.js';
import { composeText, notFoundLine, notFoundText } from './compose.js';
import { corpusCoverage, coverageText, type CoverageEntry } from './coverage.js';
import { englishPlace } from './english-names.js';
import { conversationState, readInConversation } from '../understand/conversation.js';
import { helpText } from './help.js';
import { RECENT_YEARS } from '../lang/zh/relative-years.js';
import { placeAliases } from '../lang/zh/glossary.js';
import { intentClassifier } from '../understand/intents.js';
import { PERCENTAGE_POINTS } from '../lang/zh/units.js';
import { INDICATOR_QUALIFIERS } from '../lang/zh/follow-up-words.js';
import { asksForGrowth } from '../lang/zh/change-words.js';
import { asksForLowest, asksForRanking, rankedLevel } from '../lang/zh/superlative-words.js';
import { readingNote, withReadingNote } from './reading-note.js';
import type { LlmWording } from './llm-wording.js';
import { extractFigures, rankFiguresForQuestion } from './figures/index.js';
import { message } from './messages.js';
import { figureLead } from './figure-lead.js';
import { isAskedIndicator, valueText } from './figure-format.js';
import { findPriorities, type PriorityList } from './priorities.js';
import type { ScoredSentence } from '../retrieve/retriever.js';
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

/** The question-answering engine every surface uses: retrieval, then the answer's parts. */
export class Engine implements AskEngine {
  private coverageCache: CoverageEntry[] | null = null;

  private constructor(
    readonly retriever: Retriever,
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
    return new Engine(new Retriever(index, retriever), wording, log);
  }

  /** What the corpus covers; derived on the first refusal, not at start-up (it reads every sentence). */
  get coverage(): CoverageEntry[] {
    this.coverageCache ??= corpusCoverage(this.retriever.corpus.sentences, (id) => this.retriever.issuerOf(id));
    return this.coverageCache;
  }

  async ask(question: string, context: AskContext = {}): Promise<Answer> {
    const options = { today: context.today };
    const earlier = conversationState((context.history ?? []).map((q) => this.understand(q, options)));
    const asked = this.understand(question, options);
    const query = earlier ? readInConversation(asked, earlier) : asked;
    const id = answerId(question, context);
    const understood = { places: query.places, years: query.years, intent: query.intent };
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
    // "help", "你能做什么": what can be asked, with examples from the corpus, not a refusal.
    if (query.ask === 'help' && query.askConfidence >= CONFIDENT && !query.indicators.length && !query.places.length) {
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
      return (await this.mentionsAnswer(id, question, query, notFoundLine(query, 'unknown-place'), understood)) ?? refuse('unknown-place');
    }
    // "今天天气怎么样": nothing the reports are about.
    if (query.ask === 'out-of-scope' && query.askConfidence >= CONFIDENT && !query.indicators.length && !query.places.length)
      return refuse('off-topic');

    if (query.wantsPriorities) {
      const list = findPriorities(query, this.retriever.corpus.documents, this.retriever.corpus.sentences);
      if (list) return this.priorityAnswer(id, question, query, list, understood);
      // "拱墅今年准备抓哪几件事" before this year's plan is in: the latest plan, said so.
      if (query.years.length && query.places.length === 1) {
        const latest = findPriorities(
          { ...query, years: [], planPeriod: null },
          this.retriever.corpus.documents,
          this.retriever.corpus.sentences,
        );
        if (latest) {
          const answer = this.priorityAnswer(id, question, query, latest, understood);
          const text = `${notFoundLine(query, 'no-period')}\n${message('nearestHeld', query.language)}${answer.text.replace(readingNote(query) ?? '', '')}`;
          return AnswerSchema.parse({ ...answer, notFound: true, text: withReadingNote(text, query) });
        }
      }
    }

    // "哪个省2026年GDP增长目标最高": every covered place that has the figure, ranked like for like.
    if (
      query.ask === 'superlative' &&
      query.askConfidence >= CONFIDENT &&
      asksForRanking(query.question) &&
      query.indicators.length &&
      query.places.length !== 1
    ) {
      const ranking = await this.rankingAnswer(id, question, query, understood);
      if (ranking) return ranking;
    }

    // "全国GDP这几年的走势": the asked figure year by year, each year on its own evidence.
    if (
      (query.yearSpan || (query.ask === 'trend' && query.askConfidence >= CONFIDENT)) &&
      query.indicators.length &&
      query.places.length === 1
    ) {
      const trend = await this.trendAnswer(id, question, query, understood);
      if (trend) return trend;
    }

    // "山东社零24年和25年分别多少", "Did Zhejiang grow faster in 2025 than in 2024?": one place's
    // figure in each year asked, each on its own evidence, with a verdict for two.
    if (query.years.length === 2 && query.indicators.length === 1 && query.places.length === 1 && !query.wantsPriorities) {
      const years = await this.trendAnswer(id, question, query, understood);
      if (years) return years;
    }

    // "GDP和财政收入分别是多少", "城镇和农村居民收入各是多少": each answered on its own evidence, in
    // the order asked.
    const qualifierPair = query.indicators.length === 1 ? qualifierPairOf(query.question) : null;
    if ((query.indicators.length > 1 || qualifierPair) && query.places.length <= 1 && query.wantsQuantity) {
      const several = await this.severalIndicatorsAnswer(id, question, query, understood);
      if (several) return several;
    }

    // A comparison answers each place on its own evidence, so no side borrows the other's number.
    const sides = query.places.length > 1 ? query.places.map((p) => ({ ...query, places: [p] })) : [query];
    const found: ScoredSentence[][] = [];
    const missingSides: string[] = [];
    for (const side of sides) {
      // A comparison that names no kind compares results where both have them, like for like.
      const resultSide = sides.length > 1 && side.intent === 'any' ? await this.retriever.retrieve({ ...side, intent: 'result' }, 3) : null;
      const outcome = resultSide?.kind === 'found' ? resultSide : await this.retriever.retrieve(side, sides.length > 1 ? 3 : 5);
      if (outcome.kind === 'notFound') {
        if (sides.length === 1)
          return (await this.nearestAnswer(id, question, query, notFoundLine(query, outcome.reason), understood)) ?? refuse(outcome.reason);
        missingSides.push(side.places[0]);
        continue;
      }
      found.push(outcome.sentences);
    }
    if (!found.length) return refuse('no-evidence');
    // Asked what happened in a year whose results the reports do not hold, the year's target is
    // not the answer: it is what they hold nearest, said so and never in the lead.
    const top = found[0][0]?.sentence;
    if (sides.length === 1 && top && this.targetStandsForResult(query, top)) {
      const subject = message('askedSubject', query.language, {
        places: query.places,
        years: query.years,
        indicator: query.indicators[0]?.name ?? '',
      });
      const nearest = await this.nearestAnswer(id, question, query, message('noActualFor', query.language, { subject }), understood, false);
      if (nearest) return nearest;
    }
    // Past the first three, a citation must be nearly as good as the best: padding to five with
    // weak matches buries the answer.
    const ranked = interleave(found);
    const best = ranked[0]?.score ?? 0;
    const merged = ranked.filter((c, i) => i < 3 || c.score >= 0.75 * best).slice(0, 5);
    const citations = merged.map((s) => this.citation(s.sentence, s.score));
    const figures = this.figuresFor(query, citations);
    // Evidence without the asked number: said so first, then the evidence.
    // "浙江和江苏去年GDP哪个高" asks two numbers without saying 多少.
    const leadQuery = query.places.length > 1 && query.indicators.length ? { ...query, wantsQuantity: true } : query;
    let lead: string | null =
      figureLead(leadQuery, figures, citations) ?? (leadQuery.wantsQuantity ? message('noFigureFound', query.language) : null);
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
          lead && missingSides.length ? `${lead}${message('sideMissing', query.language, { places: missingSides })}` : lead,
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
   * A refusal that still shows what the reports hold nearest to the question: the same place and
   * indicator in another year (the latest results, or the year's target), cited and labelled with
   * its own period, under a first line that says the question itself is not answered.
   */
  private async nearestAnswer(
    id: string,
    question: string,
    query: UnderstoodQuery,
    notAnswered: string,
    understood: Answer['understood'],
    relaxYears = true,
  ): Promise<Answer | null> {
    if (!query.places.length || !query.indicators.length) return null;
    if (relaxYears && !query.years.length && !query.planPeriod) return null;
    const relaxed: UnderstoodQuery = relaxYears
      ? { ...query, years: [], planPeriod: null, part: null, intent: 'any' }
      : { ...query, intent: 'any' };
    const outcome = await this.retriever.retrieve(relaxed, 3);
    if (outcome.kind !== 'found') return null;
    const citations = outcome.sentences.map((s) => this.citation(s.sentence, s.score));
    const figures = this.figuresFor(relaxed, citations);
    const lead = figureLead(relaxed, figures, citations);
    const text = `${notAnswered}\n${message('nearestHeld', query.language)}${composeText(relaxed, citations, lead)}`;
    return AnswerSchema.parse({
      id,
      question,
      notFound: true,
      text: withReadingNote(text, query),
      citations,
      figures,
      priorities: [],
      coverage: this.coverage,
      understood,
    });
  }

  /**
   * A superlative: each candidate place answered on its own evidence, its figure of the asked kind
   * (target or actual) and year taken, the places ranked; the five best cited and stated, the rest
   * named, and the places without the figure named too.
   */
  private async rankingAnswer(
    id: string,
    question: string,
    query: UnderstoodQuery,
    understood: Answer['understood'],
  ): Promise<Answer | null> {
    const level = rankedLevel(query.question);
    const documents = this.retriever.corpus.documents.map((d) => d.meta);
    const candidates = query.places.length
      ? query.places
      : [...new Set(documents.filter((d) => d.level !== 'national' && (!level || d.level === level)).map((d) => d.issuer))];
    const growth = asksForGrowth(query.question);
    const wanted = query.intent === 'plan' ? 'target' : 'actual';
    const ranked: { place: string; figure: Figure; value: number; sentence: ScoredSentence }[] = [];
    const lacking: string[] = [];
    for (const place of candidates) {
      const side = { ...query, places: [place] };
      const outcome = await this.retriever.retrieve(side, 3);
      const entry = outcome.kind === 'found' ? this.rankedFigure(side, outcome.sentences, wanted, growth) : null;
      if (entry) ranked.push({ place, ...entry });
      else lacking.push(place);
    }
    if (!ranked.length) return null;
    const lowest = asksForLowest(query.question);
    ranked.sort((a, b) => (lowest ? a.value - b.value : b.value - a.value) || a.place.localeCompare(b.place));
    const shown = ranked.slice(0, 5);
    const citations = shown.map((r) => this.citation(r.sentence.sentence, r.sentence.score));
    const figures = shown.map((r, i) => ({ ...r.figure, citationId: citations[i].id }));
    const lang = query.language;
    const name = (p: string) => (lang === 'en' ? englishPlace(p) : p);
    const shownValue = (r: (typeof shown)[number]) => (growth && r.figure.unit !== '%' ? `${r.value}%` : valueText(r.figure));
    const items = shown.map((r, i) => message('rankingItem', lang, { place: name(r.place), value: shownValue(r), n: i + 1 }));
    const lines = [
      message('rankingLead', lang, { first: items[0], lowest, kind: wanted, others: items.slice(1) }),
      ...(ranked.length > shown.length
        ? [message('rankingMore', lang, { places: ranked.slice(shown.length).map((r) => name(r.place)) })]
        : []),
      ...(lacking.length ? [message('rankingLacking', lang, { places: lacking.map(name) })] : []),
    ];
    return this.linesAnswer(id, question, query, understood, lines, citations, figures);
  }

  /**
   * A trend: the asked indicator of one place for each year asked (a range "2021到2024" is every
   * year in it), or every year the place's reports give results for; the latest five years cited.
   * Fewer than two years with the figure: null, and the ordinary answer (often a from–to sentence,
   * "从7248亿元提高到8865亿元") stands.
   */
  private async trendAnswer(
    id: string,
    question: string,
    query: UnderstoodQuery,
    understood: Answer['understood'],
  ): Promise<Answer | null> {
    const place = query.places[0];
    const held = this.retriever.corpus.documents
      .map((d) => d.meta)
      .filter((d) => d.issuer === place && d.reportsOn !== null)
      .map((d) => d.reportsOn as number);
    const asked = query.years.length >= 2 ? range(Math.min(...query.years), Math.max(...query.years)) : [...new Set(held)].sort();
    const growth = asksForGrowth(query.question);
    const byYear: { year: number; candidates: ReturnType<Engine['figureCandidates']> }[] = [];
    for (const year of asked.slice(-TREND_YEARS)) {
      // Each year asked for its number of the indicator: "近三年" is no word to search for.
      const side: UnderstoodQuery = {
        ...query,
        years: [year],
        planPeriod: null,
        intent: 'result',
        wantsQuantity: true,
        searchText: `${query.searchText.replace(RECENT_YEARS_WORDS, ' ')} ${query.indicators.map((i) => i.name).join(' ')}`,
      };
      const outcome = await this.retriever.retrieve(side, 3);
      byYear.push({ year, candidates: outcome.kind === 'found' ? this.figureCandidates(side, outcome.sentences, 'actual', growth) : [] });
    }
    // One unit through the years: the unit most years have a figure in ("万亿元", not a milestone's "3个").
    const unitOf = (f: Figure) => f.unit.slice(-1);
    const votes = new Map<string, number>();
    for (const { candidates } of byYear)
      for (const u of new Set(candidates.map((c) => unitOf(c.figure)))) votes.set(u, (votes.get(u) ?? 0) + 1);
    const unit = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const points = byYear.flatMap(({ year, candidates }) => {
      const chosen = candidates.find((c) => unitOf(c.figure) === unit);
      return chosen ? [{ year, ...chosen }] : [];
    });
    if (points.length < 2) return null;
    const citations = points.map((p) => this.citation(p.sentence.sentence, p.sentence.score));
    const figures = points.map((p, i) => ({ ...p.figure, citationId: citations[i].id }));
    const lang = query.language;
    const items = points.map((p, i) =>
      message('trendItem', lang, { year: p.year, value: growth && p.figure.unit !== '%' ? `${p.value}%` : valueText(p.figure), n: i + 1 }),
    );
    const missing = asked.slice(-TREND_YEARS).filter((y) => !points.some((p) => p.year === y));
    const [older, newer] = points.length === 2 ? points : [];
    const verdict =
      older && newer && older.value !== newer.value
        ? message(newer.value > older.value ? 'yearsHigher' : 'yearsLower', lang, { year: newer.year, than: older.year })
        : '';
    const lines = [
      message('trendLead', lang, {
        place: lang === 'en' ? englishPlace(place) : place,
        indicator: query.indicators[0].name,
        items,
      }) + verdict,
      ...(missing.length ? [message('trendMissing', lang, { years: missing })] : []),
    ];
    return this.linesAnswer(id, question, query, understood, lines, citations, figures);
  }

  /** An answer whose first lines are built here (a ranking, a trend), over its cited sentences. */
  private linesAnswer(
    id: string,
    question: string,
    query: UnderstoodQuery,
    understood: Answer['understood'],
    lines: readonly string[],
    citations: readonly Citation[],
    figures: readonly Figure[],
  ): Answer {
    const text = `${lines.join('\n')}\n${composeText(query, citations, null)}`;
    return AnswerSchema.parse({
      id,
      question,
      notFound: false,
      text: withReadingNote(text, query),
      citations,
      figures,
      priorities: [],
      understood,
    });
  }

  /** The figure a place is ranked by: the asked indicator, of the asked kind, a rate when growth is asked. */
  private rankedFigure(
    query: UnderstoodQuery,
    sentences: readonly ScoredSentence[],
    kind: Figure['kind'],
    growth: boolean,
  ): { figure: Figure; value: number; sentence: ScoredSentence } | null {
    return this.figureCandidates(query, sentences, kind, growth)[0] ?? null;
  }

  /** Every figure a place could be ranked or trended by, best evidence first (see rankedFigure). */
  private figureCandidates(
    query: UnderstoodQuery,
    sentences: readonly ScoredSentence[],
    kind: Figure['kind'],
    growth: boolean,
  ): { figure: Figure; value: number; sentence: ScoredSentence }[] {
    const out: { figure: Figure; value: number; sentence: ScoredSentence }[] = [];
    for (const sentence of sentences) {
      const citation = this.citation(sentence.sentence, sentence.score);
      for (const figure of this.figuresFor(query, [citation])) {
        // A difference in percentage points is no level and no rate of the indicator.
        if (figure.kind !== kind || !isAskedIndicator(figure, query) || figure.unit === PERCENTAGE_POINTS) continue;
        if (query.years.length && !figure.period.startsWith(String(query.years[0]))) continue;
        const rate = figure.unit === '%' ? (figure.range?.high ?? figure.value) : figure.change?.unit === '%' ? figure.change.value : null;
        const value = growth ? rate : figure.unit === '%' ? null : (figure.valueInBaseUnit ?? figure.value);
        if (value !== null && value !== undefined) out.push({ figure, value, sentence });
      }
    }
    return out;
  }

  /** Several indicators asked at once: each one's best evidence cited, each one's figure in the lead. */
  private async severalIndicatorsAnswer(
    id: string,
    question: string,
    query: UnderstoodQuery,
    understood: Answer['understood'],
  ): Promise<Answer | null> {
    const pair = query.indicators.length === 1 ? qualifierPairOf(query.question) : null;
    const parts: UnderstoodQuery[] = pair
      ? pair.qualifiers.map((q) => ({ ...query, question: `${query.question.replace(pair.written, q)} ${q}${query.indicators[0].name}` }))
      : askedOrder(query).map((indicator) => ({ ...query, indicators: [indicator] }));
    const found: { one: UnderstoodQuery; sentences: ScoredSentence[] }[] = [];
    for (const one of parts) {
      const outcome = await this.retriever.retrieve(one, 3);
      if (outcome.kind === 'found') found.push({ one, sentences: outcome.sentences });
    }
    if (found.length < 2) return null;
    const seen = new Set<string>();
    const merged = interleave(found.map((f) => f.sentences))
      .filter((s) => !seen.has(s.sentence.id) && seen.add(s.sentence.id))
      .slice(0, 5);
    const citations = merged.map((s) => this.citation(s.sentence, s.score));
    const figures = this.figuresFor(query, citations);
    // A qualifier's part leads with a figure of that qualifier ("农村居民…"), where one is cited.
    const figuresOf = (i: number) => {
      const qualifier = pair?.qualifiers[i];
      const own = qualifier ? figures.filter((f) => f.indicator.includes(qualifier)) : [];
      return own.length ? own : figures;
    };
    const leads = found
      .map((f, i) => figureLead(f.one, figuresOf(parts.indexOf(f.one) >= 0 ? parts.indexOf(f.one) : i), citations))
      .filter((l): l is string => !!l);
    const lead = leads.length ? [...new Set(leads)].join(message('leadSeparator', query.language)) : null;
    return AnswerSchema.parse({
      id,
      question,
      notFound: false,
      text: withReadingNote(composeText(query, citations, lead), query),
      citations,
      figures,
      priorities: [],
      understood,
    });
  }

  /**
   * A place without a report of its own, answered from the sentences of other reports that name it
   * (an event held there, a project in it); `notFound` stays true: the place is not covered.
   */
  private async mentionsAnswer(
    id: string,
    question: string,
    query: UnderstoodQuery,
    notCovered: string,
    understood: Answer['understood'],
  ): Promise<Answer | null> {
    const names = query.unknownPlaces.flatMap((p) => placeAliases(p)).filter((n) => /[\u4e00-\u9fff]/.test(n) && n.length >= 2);
    if (!names.length) return null;
    const outcome = await this.retriever.retrieve({ ...query, unknownPlaces: [], places: [] }, 10);
    if (outcome.kind !== 'found') return null;
    // About what was asked too: a budget question is not answered by the place's vegetables.
    const naming = outcome.sentences
      .filter((s) => names.some((n) => s.sentence.text.includes(n)) && (!query.indicators.length || s.namesIndicator))
      .slice(0, 3);
    if (!naming.length) return null;
    const citations = naming.map((s) => this.citation(s.sentence, s.score));
    const text = `${notCovered}\n${message('mentionedElsewhere', query.language, { places: query.unknownPlaces })}${composeText(query, citations, null)}`;
    return AnswerSchema.parse({
      id,
      question,
      notFound: true,
      text: withReadingNote(text, query),
      citations,
      figures: [],
      priorities: [],
      coverage: this.coverage,
      understood,
    });
  }

  /** A year's plan sentence offered for a question about that year that asks no target. */
  private targetStandsForResult(query: UnderstoodQuery, top: Sentence): boolean {
    if (query.intent === 'plan' || query.planPeriod || query.years.length !== 1 || !query.indicators.length) return false;
    return top.kind === 'plan' && top.period.startsWith(String(query.years[0]));
  }

  private priorityAnswer(
    id: string,
    question: string,
    query: UnderstoodQuery,
    list: PriorityList,
    understood: Answer['understood'],
  ): Answer {
    const doc = this.retriever.corpus.document(list.docId)!;
    const partial = list.announced !== null && list.announced > list.items.length && list.announcement;
    const headingCitations = list.items
      .filter((i) => i.headingSentence)
      .slice(0, partial ? 4 : 5)
      .map((i) => this.citation(i.headingSentence!, 1));
    if (partial && list.announcement) headingCitations.push(this.citation(list.announcement, 1));
    const citationIndex = new Map(headingCitations.map((c, i) => [c.id, i + 1]));
    const lang = query.language;
    const place = lang === 'en' ? englishPlace(doc.meta.issuer) : doc.meta.issuer;
    const lead = message('prioritiesLead', lang, { place, title: doc.meta.title });
    // The report's own numbering carries the order; we add no numbers of our own.
    const lines = list.items.map((item) => {
      const n = item.headingSentence ? citationIndex.get(item.headingSentence.id) : undefined;
      // Arabic list numbers ("1 努力…") would be numbers the citations may not hold; the bullets keep order.
      return `• ${item.heading.text.replace(/^[(（]?\d{1,2}[)）.．、]?\s*/, '')}${n ? ` [${n}]` : ''}`;
    });
    if (list.restarts) {
      lines.push(message('prioritiesRestart', lang, { partial: list.total > list.items.length }));
    }
    if (list.announced && list.announced > list.items.length) {
      const firstLast = `${list.items[0].heading.text.slice(0, 3)}–${list.items[list.items.length - 1].heading.text.slice(0, 3)}`;
      lines.push(message('prioritiesPartial', lang, { announced: list.announced, citation: headingCitations.length, range: firstLast }));
    }
    return AnswerSchema.parse({
      id,
      question,
      notFound: false,
      text: withReadingNote([lead, ...lines].join('\n'), query),
      citations: headingCitations,
      figures: [],
      priorities: list.items.map((item) => ({
        title: item.heading.text,
        citationId: item.headingSentence?.id ?? item.details[0]?.id ?? item.heading.id,
        details: item.details.map((d) => d.id),
      })),
      understood,
    });
  }

  /** Figures of the cited sentences, those about what was asked first; at most 8. */
  private figuresFor(query: UnderstoodQuery, citations: readonly Citation[]): Figure[] {
    // The same number quoted by a table row and by the text is one figure, cited where first found.
    const seen = new Set<string>();
    const all = citations
      .flatMap((c) =>
        extractFigures({ sentence: c.sentence, citationId: c.id, period: c.period, district: c.district, kind: c.kind, source: c.source }),
      )
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
      .filter((f) => isAskedIndicator(f, query))
      .sort((a, b) => (order.get(a.citationId) ?? 0) - (order.get(b.citationId) ?? 0));
    const ranked = [...direct, ...rankFiguresForQuestion(all, terms).filter((f) => !direct.includes(f))].slice(0, 8);
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

/** "城镇和农村居民收入": the two qualifiers asked side by side, as written ("城镇和农村"). */
function qualifierPairOf(question: string): { written: string; qualifiers: [string, string] } | null {
  const alternatives = INDICATOR_QUALIFIERS.join('|');
  const m = new RegExp(`(${alternatives})(?:居民)?(?:和|与|及|、)(${alternatives})`).exec(question);
  return m && m[1] !== m[2] ? { written: m[0], qualifiers: [m[1], m[2]] } : null;
}

/** A trend states at most this many years (the latest), each cited. */
const TREND_YEARS = 5;

/** "近三年", "过去五年": words of the span, not of the figure. */
const RECENT_YEARS_WORDS = new RegExp(RECENT_YEARS.source, 'gi');

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, Math.min(to - from + 1, 50)) }, (_, i) => from + i);
}

/** The asked indicators in the order the question names them ("GDP和财政收入": GDP first). */
function askedOrder(query: UnderstoodQuery): UnderstoodQuery['indicators'] {
  const text = query.question.toLowerCase();
  const at = (ind: UnderstoodQuery['indicators'][number]) => {
    const positions = [ind.name, ...ind.synonyms, ...ind.en].map((n) => text.indexOf(n.toLowerCase())).filter((i) => i >= 0);
    return positions.length ? Math.min(...positions) : Number.MAX_SAFE_INTEGER;
  };
  return [...query.indicators].sort((a, b) => at(a) - at(b));
}

function interleave<T>(lists: readonly T[][]): T[] {
  const out: T[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) out.push(l[i]);
  return out;
}

function answerId(question: string, context: AskContext): string {
  return shortHash(`${question}\u0000${(context.history ?? []).join('\u0001')}\u0000${Date.now()}`, 12);
}
