import type { CorpusRepository } from '../store/corpus-repository.js';
import type { IndexData } from '../store/index-data.js';
import type { LexicalIndex } from '../store/lexical-index.js';
import type { ScopeGroups } from '../store/scope-groups.js';
import type { Sentence } from '../ingest/types.js';
import { wordsQualifyingIndicator } from '../lang/en/english-terms.js';
import { coversEnglishTopic, type TopicUnit } from './english-topic-coverage.js';
import { normalizeForSearch } from '../lang/zh/normalize.js';
import type { Tokenize } from '../lang/zh/tokenize.js';
import { withKnownParts, withWordsAcrossCuts } from './unseen-words.js';
import { FIVE_YEAR_PLANS } from '../lang/zh/five-year-plans.js';
import { PLAN_SPAN_NOUNS } from '../lang/zh/period-words.js';
import { fuseRankings, type WeightedRanking } from './fusion.js';
import { nameParts } from './name-parts.js';
import { periodGroupFits } from './period-match.js';
import { periodSpan } from '../lang/zh/years.js';
import { BOUND_ASKING } from '../lang/zh/bound-asked-words.js';
import { YEAR_BEFORE_BASE_ASKING } from '../lang/zh/year-comparison-words.js';
import { NAME_NUMBER_ASKING } from '../lang/zh/attribute-words.js';
import { ASKING_TOKEN, GENERIC_SEARCH_TERMS, isAskingWordIn, NUMBER_IN_WORDS } from '../lang/zh/generic-words.js';
import { VERB_BEFORE_HOW_MANY, STREAK_WRITTEN, YEARS_COUNT_ASKED } from '../lang/zh/span-words.js';
import { RANK_PATTERN } from '../lang/zh/rank-words.js';
import { asksForRank } from '../lang/zh/asked-shape-words.js';
import { questionFacts } from './scoring/context.js';
import { type ScoredSentence, scoreSentence } from './scoring/score-sentence.js';
import { placesInsideEntityNames, placesInsideRomanisedNames } from '../understand/entity-named-after-place.js';
import { RomanisedNames } from './romanised-names.js';
import { ENTITY_HEADS, PREMISES_HEADS } from '../lang/zh/entity-heads.js';
import { isDictionaryHeadword } from '../lang/en/english-lexicon.js';
import { CorpusWordCounts } from './corpus-word-counts.js';
import { type StatedIndicators, statedIndicators } from './table-indicators.js';
import { knownPlaces, timePhrasesOf, understandQuery, type KnownPlace, type UnderstandOptions, type UnderstoodQuery } from './query.js';
import { writesWord } from '../lang/zh/written-forms.js';
import { withPhrasesApart, withYearsApart } from '../lang/zh/years.js';

export type { ScoredSentence } from './scoring/score-sentence.js';

export type RetrievalOutcome =
  | { kind: 'found'; query: UnderstoodQuery; sentences: ScoredSentence[] }
  | { kind: 'notFound'; query: UnderstoodQuery; reason: 'unknown-place' | 'no-period' | 'no-evidence' | 'empty-question' };

export interface RetrieverOptions {
  /** Chunks taken from each ranking before fusion. */
  candidateChunks: number;
  /** Weight of the dense ranking in the fusion (lexical weighs 1); unset: chosen by embedder. */
  denseWeight?: number;
  /** Dense retrieval on or off (the "bm25" baseline). */
  dense: boolean;
  lexical: boolean;
  /** Metadata filters on or off (the "naive" baseline). */
  filters: boolean;
}

export const DEFAULT_RETRIEVER: RetrieverOptions = { candidateChunks: 40, dense: true, lexical: true, filters: true };

/**
 * The built-in LSA is far weaker than BM25 at finding the exact passage (CMRC 2018 dev: dense alone
 * recall@1 0.67 against 0.97; every extra unit of LSA weight lowers the fused recall), so it only
 * breaks ties; a real embedding model gets an equal vote.
 */
export function defaultDenseWeight(embedderId: string): number {
  return embedderId.startsWith('lsa') ? 0.1 : 1;
}

/** A figure right after a word: "产量514.4万吨", "总产达762亿斤". */
const NUMBER_RIGHT_AFTER = /^(达到|达|为|是)?\d/;

/**
 * A figure after an item listed under its measure: "新能源汽车超过110万辆", "锂电池增长103.1%", and
 * a change from one figure to another: "其中新能源汽车由45万辆增至356万辆".
 */
const ITEM_NUMBER_AFTER = /^(达到|达|为|是|超过|突破|增长|增加|下降|由|从)?\d/;

/**
 * The measure written first as the list's head and the item with its number after it: "高新技术产品产量
 * 大幅增长，集成电路圆片增长19.2%，…，新能源汽车超过110万辆" states 新能源汽车产量.
 */
function listedUnderMeasure(norm: string, item: string, measure: string): boolean {
  const head = norm.indexOf(measure);
  if (head < 0) return false;
  for (let at = norm.indexOf(item, head + measure.length); at >= 0; at = norm.indexOf(item, at + 1)) {
    if (ITEM_NUMBER_AFTER.test(norm.slice(at + item.length))) return true;
  }
  return false;
}

/** How deep in the ranked sentences the first one really about the question is looked for. */
const EVIDENCE_DEPTH = 15;

/** What a question may draw on. */
interface QueryScope {
  /** Groups whose place and period fit, by group number. */
  groupOk: Uint8Array;
  /** Sentences outside those groups that still fit because their text names an asked year. */
  mentions: number[];
  any: boolean;
}

/**
 * Hybrid retrieval: BM25 and dense rankings of chunks fused by reciprocal rank, restricted by the
 * place and period the question names, then the cited sentences chosen inside the fused chunks.
 */
export class Retriever {
  /** The stored corpus: documents, sentences, chunks, paragraphs. */
  readonly corpus: CorpusRepository;
  /** The index's segmenter, for questions cut as the corpus was. */
  readonly tokenize: Tokenize;
  private readonly search: {
    chunkSentences: { offsets: Int32Array; list: Int32Array };
    chunkLexical: LexicalIndex;
    sentenceLexical: LexicalIndex;
    yearMentions: ReadonlyMap<number, Int32Array>;
  };
  private readonly scopes: ScopeGroups;
  /** Per group of `scopes`: how many years its period ends before its issuer's latest (0 = latest). */
  private readonly groupAge: Int32Array;
  private readonly places: KnownPlace[];
  /** Place names are dropped from search terms: the place filter already applies them. */
  private readonly placeWords: Set<string>;
  /** Scratch marks for a question's year-mention sentences and their chunks, cleared after each. */
  private readonly sentenceMark: Uint8Array;
  private readonly chunkMark: Uint8Array;
  /** How often the reports write an English question's dictionary headwords. */
  private readonly wordCounts: CorpusWordCounts;
  /** The reports' Chinese of an English question's romanised names ("Zhongguancun" → 中关村). */
  private readonly romanisedNames: RomanisedNames;
  /** Per sentence, the glossary indicators the figure table reads a level or rate of from it. */
  private readonly stated: StatedIndicators;

  constructor(
    readonly data: IndexData,
    private readonly options: RetrieverOptions = DEFAULT_RETRIEVER,
  ) {
    const corpus = data.corpus;
    this.corpus = corpus;
    this.tokenize = data.tokenizer.tokenize;
    const issuers = [...new Set(corpus.documents.map((d) => d.meta.issuer))];
    this.places = knownPlaces(issuers);
    this.stated = statedIndicators(data.figures);
    this.placeWords = new Set(this.places.flatMap((p) => p.aliases.map((a) => a.toLowerCase())));
    this.search = {
      chunkSentences: corpus.chunkSentences,
      chunkLexical: data.lexical.chunks,
      sentenceLexical: data.lexical.sentences,
      yearMentions: corpus.yearMentions,
    };
    this.scopes = corpus.scopes;
    this.groupAge = groupAges(this.scopes);
    this.sentenceMark = new Uint8Array(corpus.sentences.length);
    this.chunkMark = new Uint8Array(corpus.chunks.length);
    this.wordCounts = new CorpusWordCounts(corpus);
    this.romanisedNames = new RomanisedNames(() => this.wordCounts.corpusText(), isDictionaryHeadword);
  }

  get coveredPlaces(): readonly KnownPlace[] {
    return this.places;
  }

  understand(question: string, options: UnderstandOptions = {}): UnderstoodQuery {
    const query = understandQuery(question, this.places, {
      timesWritten: (zh) => this.wordCounts.timesWritten(zh),
      writtenTogether: (a, b) => this.wordCounts.writtenTogether(a, b),
      romanisedName: (name, beside) => this.romanisedNames.writtenAs(name, beside),
      ...options,
    });
    return this.withUnknownPlacesInsideNames(this.withCoveredPlacesInsideNames(query));
  }

  /** Whether some report sentence writes the name. */
  private readonly corpusWrites = (name: string): boolean => this.corpus.sentences.some((s) => s.text.includes(name));

  /**
   * "Gongshu … (…, Hangzhou Gymnasium)": a second covered place of an English question that only begins a venue's or
   * other entity's name the corpus writes (杭州体育馆) is no place asked beside the first.
   */
  private withCoveredPlacesInsideNames(query: UnderstoodQuery): UnderstoodQuery {
    if (query.language !== 'en' || query.places.length < 2) return query;
    const readings = new Map((query.lexiconTranslations ?? []).map((t) => [t.english, t.chinese]));
    const inside = placesInsideRomanisedNames(query.question, query.places, readings, this.corpusWrites);
    const named = new Map([...inside].filter(([, name]) => ENTITY_HEADS.some((h) => name.endsWith(h))));
    if (!named.size || named.size >= query.places.length) return query;
    return { ...query, places: query.places.filter((p) => !named.has(p)), namedThings: [...named.values()] };
  }

  /** "宁波舟山港…" names a port a covered report writes, not the city 宁波 that has no report. */
  private withUnknownPlacesInsideNames(query: UnderstoodQuery): UnderstoodQuery {
    if (!query.unknownPlaces.length) return query;
    const insideNames =
      query.language === 'en'
        ? placesInsideRomanisedNames(
            query.question,
            query.unknownPlaces,
            new Map((query.lexiconTranslations ?? []).map((t) => [t.english, t.chinese])),
            this.corpusWrites,
          )
        : placesInsideEntityNames(query.question, query.unknownPlaces, this.corpusWrites);
    if (!insideNames.size) return query;
    return {
      ...query,
      unknownPlaces: query.unknownPlaces.filter((p) => !insideNames.has(p)),
      namedThings: [...new Set(insideNames.values())],
    };
  }

  sentence(id: string): Sentence | undefined {
    return this.corpus.sentence(id);
  }

  issuerOf(docId: string): string {
    return this.corpus.issuerOf(docId);
  }

  /**
   * Set to hear each retrieval's chosen sentences with their rule contributions (`ask --explain`);
   * null, the usual, scores without recording them.
   */
  onScored: ((sentences: readonly ScoredSentence[]) => void) | null = null;

  async retrieve(query: UnderstoodQuery, limit = 5): Promise<RetrievalOutcome> {
    if (!query.searchText.trim()) return { kind: 'notFound', query, reason: 'empty-question' };
    const filtering = this.options.filters;
    if (filtering && query.unknownPlaces.length && !query.places.length) return { kind: 'notFound', query, reason: 'unknown-place' };
    const scope = filtering ? this.scopeOf(query) : null;
    if (scope && !scope.any) return { kind: 'notFound', query, reason: 'no-period' };

    const queryTokens = this.queryTokens(query);
    // The words that said the time, read once for the weights and every evidence check.
    const period = this.periodWords(query);
    // Read once per question, not per sentence the evidence check weighs.
    const unseenKinds = this.unseenKindsOf(queryTokens);
    // Whether a rank is asked decides, once per question, whether 增速 is a word of asking (GROWTH_RATE_WORDS).
    const rankAsked = asksForRank(query.question);
    const weights = this.termWeights(queryTokens, query, period, rankAsked);
    const vector = this.options.dense ? await this.data.embedder.embedQuery(query.searchText) : null;
    // From here to the end nothing is awaited: the scratch marks and the pooled BM25 buffers
    // belong to this question alone, even with many questions in flight.
    const { sentenceGroup, chunkGroup, chunkOfSentence, lastChunkOfSentence } = this.scopes;
    const sentenceMark = this.sentenceMark;
    const chunkMark = this.chunkMark;
    if (scope) {
      for (const i of scope.mentions) {
        sentenceMark[i] = 1;
        for (let c = chunkOfSentence[i]; c >= 0 && c <= lastChunkOfSentence[i]; c++) chunkMark[c] = 1;
      }
    }
    const sentenceOk = (i: number) => !scope || scope.groupOk[sentenceGroup[i]] === 1 || sentenceMark[i] === 1;
    const chunkOk = (i: number) => !scope || scope.groupOk[chunkGroup[i]] === 1 || chunkMark[i] === 1;
    const sentenceScores = this.options.lexical ? this.search.sentenceLexical.accumulate(queryTokens, weights) : null;
    try {
      const rankings: WeightedRanking[] = [];
      if (this.options.lexical) {
        rankings.push({
          items: this.search.chunkLexical
            .search(queryTokens, this.options.candidateChunks, scope ? chunkOk : undefined, weights)
            .map((r) => r.doc),
          weight: 1,
        });
      }
      if (vector) {
        const items = this.denseSearch(vector, this.options.candidateChunks, scope);
        rankings.push({
          items,
          weight: this.options.lexical ? (this.options.denseWeight ?? defaultDenseWeight(this.data.embedder.id)) : 1,
        });
      }
      const fused = fuseRankings(rankings);
      const maxFused = Math.max(1e-9, ...fused.values());

      // Sentences of the fused chunks, plus the best sentence-level lexical matches in scope.
      const { offsets, list } = this.search.chunkSentences;
      const candidates = new Set<number>();
      for (const chunk of fused.keys()) for (let j = offsets[chunk]; j < offsets[chunk + 1]; j++) candidates.add(list[j]);
      if (sentenceScores) for (const { doc } of sentenceScores.top(60, scope ? sentenceOk : undefined)) candidates.add(doc);
      const lexicalOf = (i: number) => sentenceScores?.get(i) ?? 0;
      let maxLexical = 1e-9;
      for (const i of candidates) maxLexical = Math.max(maxLexical, lexicalOf(i));
      const question = questionFacts(query, filtering);
      const explaining = this.onScored !== null;

      const scored: ScoredSentence[] = [];
      for (const i of candidates) {
        if (!sentenceOk(i)) continue;
        // An over-budget sentence's parts are chunks of their own: it scores as its best part.
        let chunkFused = 0;
        for (let c = chunkOfSentence[i]; c >= 0 && c <= lastChunkOfSentence[i]; c++) chunkFused = Math.max(chunkFused, fused.get(c) ?? 0);
        const evidence = {
          sentence: this.corpus.sentences[i],
          lexical: lexicalOf(i) / maxLexical,
          chunkScore: chunkFused / maxFused,
          age: this.groupAge[sentenceGroup[i]],
          tableIndicators: this.stated.get(this.corpus.sentences[i].id),
        };
        const candidate = scoreSentence(question, evidence, explaining);
        if (candidate) scored.push(candidate);
      }
      scored.sort((a, b) => b.score - a.score || a.sentence.id.localeCompare(b.sentence.id));
      if (!scored.length) return { kind: 'notFound', query, reason: 'no-evidence' };
      if (filtering) {
        // The first sentence that is really about the question leads; none in reach means no answer.
        // Without an indicator, looked for a little past the answer's length: a far-goal sentence
        // ("2035年…以生命健康…为龙头") that alone covers the question's words may rank below this
        // year's sentences that only share one. An indicator's sentence must rank among the answer's.
        const depth = query.indicators.length ? limit : Math.max(limit, EVIDENCE_DEPTH);
        const usable = scored.slice(0, depth).findIndex((c) => this.hasEvidence(c, query, queryTokens, period, unseenKinds, rankAsked));
        if (usable < 0) return { kind: 'notFound', query, reason: 'no-evidence' };
        if (usable > 0) scored.unshift(scored.splice(usable, 1)[0]);
      }
      const sentences = scored.slice(0, limit);
      this.onScored?.(sentences);
      return { kind: 'found', query, sentences };
    } finally {
      sentenceScores?.release();
      if (scope) {
        for (const i of scope.mentions) {
          sentenceMark[i] = 0;
          for (let c = chunkOfSentence[i]; c >= 0 && c <= lastChunkOfSentence[i]; c++) chunkMark[c] = 0;
        }
      }
    }
  }

  /**
   * The groups (and year-mentioning sentences) a question's place and period allow. A sentence fits
   * when its place is asked about (or none is) and `periodScore` > 0; `periodScore` depends on the
   * sentence only through its period, its kind and the years its text names, so the first two are
   * decided per group and the last through the stored year mentions.
   */
  private scopeOf(query: UnderstoodQuery): QueryScope {
    const { issuers, periods, kinds, sentenceGroup } = this.scopes;
    const placeOk = (issuer: string) => !query.places.length || query.places.includes(issuer);
    const groupOk = new Uint8Array(issuers.length);
    let any = false;
    for (let g = 0; g < issuers.length; g++) {
      if (placeOk(issuers[g]) && periodGroupFits({ period: periods[g], kind: kinds[g] }, query)) {
        groupOk[g] = 1;
        any = true;
      }
    }
    const mentions: number[] = [];
    if (query.years.length && !query.planPeriod) {
      for (const year of query.years) {
        for (const i of this.search.yearMentions.get(year) ?? []) {
          const g = sentenceGroup[i];
          if (groupOk[g] === 0 && placeOk(issuers[g])) mentions.push(i);
        }
      }
    }
    return { groupOk, mentions, any: any || mentions.length > 0 };
  }

  /** Dense candidates in scope: the place and period groups, plus the chunks of year-mentioning sentences. */
  private denseSearch(vector: Float32Array, k: number, scope: QueryScope | null): number[] {
    if (!scope) return this.data.vectors.search(vector, k);
    const { chunkOfSentence, lastChunkOfSentence } = this.scopes;
    const extraChunks: number[] = [];
    for (const i of scope.mentions) for (let c = chunkOfSentence[i]; c >= 0 && c <= lastChunkOfSentence[i]; c++) extraChunks.push(c);
    return this.data.vectors.search(vector, k, { allowedGroups: scope.groupOk, extraChunks });
  }

  private queryTokens(query: UnderstoodQuery): string[] {
    // "2025年州市级…": 年 is cut from the word after it, not glued into a word no sentence writes (年州).
    // "多少年来的新高": the asking of how many years is cut apart by the segmenter into words no sentence means (少年, 年来).
    // "至少要发多少": the asking of a bound is no search word (BOUND_ASKING); nor is the base year of a change asked
    // ("比上一年增长了多少", YEAR_BEFORE_BASE_ASKING), nor the asking of a name's number ("叫啥数字", NAME_NUMBER_ASKING).
    const text = query.searchText
      .replace(YEARS_COUNT_ASKED, ' ')
      .replace(VERB_BEFORE_HOW_MANY, ' ')
      .replace(BOUND_ASKING, ' ')
      .replace(YEAR_BEFORE_BASE_ASKING, ' ')
      .replace(NAME_NUMBER_ASKING, ' ');
    const cut = this.tokenize(
      withPhrasesApart(
        withYearsApart(text),
        query.yearNotes.map((n) => n.phrase),
      ),
    );
    const words = new Set(cut);
    // The segmenter's compound of a place and a word ("北京地铁" beside 地铁): the place filter applies
    // the place, and the compound, which reports rarely write, must not count as a word to cover.
    const placeCompound = (t: string) => {
      for (const p of this.placeWords) if (t.length > p.length && t.startsWith(p) && words.has(t.slice(p.length))) return true;
      return false;
    };
    const tokens = cut.filter((t) => !this.placeWords.has(t) && !/^(19|20)\d{2}$/.test(t) && !placeCompound(t));
    for (const ind of query.indicators) for (const name of [ind.name, ...ind.synonyms]) tokens.push(...this.tokenize(name));
    const known = (t: string) => this.search.sentenceLexical.has(t);
    return withKnownParts(withWordsAcrossCuts(tokens, known), known, text);
  }

  /** Indicator words weigh more than the rest of the question; generic words less. */
  private termWeights(
    tokens: readonly string[],
    query: UnderstoodQuery,
    period: ReadonlySet<string>,
    rankAsked: boolean,
  ): Map<string, number> {
    const indicatorTokens = new Set(query.indicators.flatMap((ind) => [ind.name, ...ind.synonyms].flatMap((n) => this.tokenize(n))));
    // Synonyms the question did not use only help recall: a sentence naming GDP three ways
    // ("生产总值", "地区生产总值", "经济总量") must not outscore one that states it once.
    // Asked means written by the user: an English question's search text also carries the Chinese
    // names the glossary put in, which no more asked for one name than for another.
    const asked = new Set(this.tokenize(query.question));
    const weights = new Map<string, number>();
    for (const t of tokens)
      weights.set(t, indicatorTokens.has(t) ? (asked.has(t) ? 1.5 : 0.3) : isAskingWordIn(t, rankAsked) || period.has(t) ? 0.4 : 1);
    return weights;
  }

  /**
   * The question's words naming a kind of business no report writes, right before its head ("纹身" | 店, PREMISES_HEADS):
   * nouns of the segmenter's dictionary that no sentence writes, even inside other words.
   */
  private unseenKindsOf(tokens: readonly string[]): Set<string> {
    const kinds = new Set<string>();
    for (let i = 0; i + 1 < tokens.length; i++) {
      const [t, head] = [tokens[i], tokens[i + 1]];
      if (!PREMISES_HEADS.includes(head) || this.search.sentenceLexical.has(t)) continue;
      if (this.data.tokenizer.isDictionaryNoun(t) && this.wordCounts.timesWritten(t) === 0) kinds.add(t);
    }
    return kinds;
  }

  /**
   * The words that said the question's time ("这两年", "近两年", "十四五期间", a report named by its year): the scope applies the time, so
   * they weigh as little as a generic word and are no content a sentence must cover ("完成人工造林21.7万亩"
   * answers "安徽人工造林面积近两年变化" without writing 两年).
   */
  private periodWords(query: UnderstoodQuery): Set<string> {
    // "25年国务院报告里": the report named says the time too, read as its own year as much as the year it reviews.
    const phrases = timePhrasesOf(query);
    const plan = query.planPeriod && FIVE_YEAR_PLANS.find((p) => p.from === query.planPeriod?.from && p.to === query.planPeriod?.to);
    if (plan) phrases.push(plan.name, ...PLAN_SPAN_NOUNS);
    return new Set(phrases.flatMap((p) => this.tokenize(p)));
  }

  /**
   * A sentence that writes the asked indicator's name in parts, its number right after the last:
   * "粮食播种面积1266.6万亩、产量514.4万吨" states 粮食产量 in the report's own shorthand. The name
   * written whole is the ordinary rule's to judge ("服务业增加值占…比重" is another indicator).
   */
  private writesIndicatorApart(best: ScoredSentence, query: UnderstoodQuery): boolean {
    const norm = best.sentence.norm.toLowerCase();
    return query.indicators.some((ind) =>
      [ind.name, ...ind.synonyms].some((written) => {
        const name = written.toLowerCase();
        if (norm.includes(name)) return false;
        // The segmenter also gives the whole compound ("粮食产量" beside 粮食, 产量): its parts decide.
        const cut = this.tokenize(name).filter((t) => !GENERIC_SEARCH_TERMS.has(t));
        // The measure the name ends with, written once as the list's head: "汽车保有量由2552万辆增至
        // 3230万辆，其中新能源汽车由45万辆增至356万辆" states 新能源汽车保有量.
        const measure = cut.filter((t) => t !== name && t.length >= 2 && name.endsWith(t)).sort((a, b) => b.length - a.length)[0];
        if (measure && name.length - measure.length >= 2 && listedUnderMeasure(norm, name.slice(0, -measure.length), measure)) return true;
        const parts = nameParts(name, cut);
        if (parts.length < 2) return false;
        let from = 0;
        for (const part of parts.slice(0, -1)) {
          const at = norm.indexOf(part, from);
          if (at < 0) return false;
          from = at + part.length;
        }
        const last = parts[parts.length - 1];
        for (let at = norm.indexOf(last, from); at >= 0; at = norm.indexOf(last, at + 1)) {
          if (NUMBER_RIGHT_AFTER.test(norm.slice(at + last.length))) return true;
        }
        const item = name.endsWith(last) ? name.slice(0, -last.length) : '';
        return item.length >= 2 && listedUnderMeasure(norm, item, last);
      }),
    );
  }

  /**
   * The best sentence must be about what was asked: it names the asked indicator, or it covers
   * most of the question's content words (by IDF weight).
   */
  private hasEvidence(
    best: ScoredSentence,
    query: UnderstoodQuery,
    tokens: readonly string[],
    period: ReadonlySet<string>,
    unseenKinds: ReadonlySet<string>,
    rankAsked: boolean,
  ): boolean {
    // "宁波舟山港…": about the port, so a sentence that does not name it is about something else.
    if (query.namedThings?.length && !query.namedThings.some((name) => best.sentence.norm.includes(name))) return false;
    // A quantity asked needs a sentence with a number: "经济总量跃上新台阶" names GDP but answers nothing.
    if (query.indicators.length)
      return (
        // "进出口在全国排第几": a rank asked is given by a sentence that writes the indicator's rank, and no other number.
        ((query.wantsQuantity
          ? best.givesQuantity || (best.namesIndicator && rankAsked && RANK_PATTERN.test(best.sentence.norm))
          : best.namesIndicator) ||
          this.writesIndicatorApart(best, query)) &&
        writesEnglishQualifiers(best, query)
      );
    const allContent = [...new Set(tokens)].filter(
      (t) => !isAskingWordIn(t, rankAsked) && !ASKING_TOKEN.test(t) && !period.has(t) && !/^\d/.test(t) && !NUMBER_IN_WORDS.test(t),
    );
    // An English question's words left beside its translated terms ("what … say about" beside
    // 人工智能) are no evidence either way: the Chinese terms decide, when there are any.
    const chinese = allContent.filter((t) => /[\u4e00-\u9fff]/.test(t));
    // The dictionary's headwords for one English word are alternatives ("trade" → 贸易, 行业): the
    // word is covered when the sentence writes any of them, and weighs as its rarest.
    const lexicon = query.lexiconTranslations ?? [];
    // So are a glossary term's alternative wordings ("major projects" → 重大项目, 重点项目).
    const alternatives = [...lexicon, ...(query.termAlternatives ?? [])]
      .filter((t) => t.chinese.length)
      .map((t) => {
        const tokens = t.chinese.flatMap((zh) => this.tokenize(zh));
        return {
          chinese: t.chinese.map((zh) => normalizeForSearch(zh).toLowerCase()),
          tokens,
          english: t.english,
          name: 'name' in t && t.name === true,
          // A Chinese question's word (interchangeable-words.ts) weighs as itself, not as the rarest of the reports'
          // other words for it ("游客" asked is as common as 游客, not as rare as 游人).
          weighed: CHINESE_WORD.test(t.english) ? this.tokenize(t.english) : tokens,
        };
      });
    const alternativeTokens = new Set(alternatives.flatMap((a) => a.tokens));
    const content = (query.language === 'en' && chinese.length ? chinese : allContent).filter((t) => !alternativeTokens.has(t));
    // A rank is a figure a report gives instead of a count ("独角兽企业数量均居全国各城市首位"): the answer says the
    // count is not given and quotes what is.
    const givesSomeNumber =
      !query.wantsQuantity ||
      query.wantsPriorities ||
      /\d/.test(best.sentence.norm) ||
      RANK_PATTERN.test(best.sentence.norm) ||
      // "连续十七年获评“省平安区”": a streak written in words gives its length.
      STREAK_WRITTEN.test(best.sentence.norm);
    if (!content.length && !alternatives.length) return givesSomeNumber;
    // Asked only in words the glossary does not know, one of which the reports never write
    // ("coffee shops": 商店 is written, 咖啡 is not): about something they do not cover.
    if (!content.length && lexicon.some((t) => !t.chinese.length) && !(query.language === 'en' && chinese.length)) return false;
    // A quantity of something the glossary does not know ("房地产开发投资增长多少") is answered
    // by a sentence with a number, not by one that only names the subject ("促进房地产市场平稳").
    if (!givesSomeNumber) return false;
    const norm = best.sentence.norm.toLowerCase();
    const section = normalizeForSearch(best.sentence.section.join('')).toLowerCase();
    // An English question with Chinese readings: its topic decides, weighed (english-topic-coverage.ts).
    if (query.language === 'en' && chinese.length) {
      // `alternatives` lists the dictionary's readings first, then the glossary terms' wordings.
      const dictionaryReadings = lexicon.filter((t) => t.chinese.length).length;
      const units: TopicUnit[] = [
        ...content.map((t) => ({ chinese: [t], tokens: [t], source: 'subject' as const })),
        ...alternatives.map((a, n) => ({ ...a, source: n < dictionaryReadings ? ('word' as const) : ('subject' as const) })),
      ];
      return coversEnglishTopic({
        units,
        absentWords: lexicon.filter((t) => !t.chinese.length).map((t) => t.english),
        question: query.question,
        sentence: norm,
        section,
        idf: (t) => this.search.sentenceLexical.idf(t),
      });
    }
    let covered = 0;
    let total = 0;
    for (const t of content) {
      // A kind of business no report names ("纹身" of "纹身店有多少家") weighs twice: the common words beside it (店, 家) never
      // make up for it.
      const w = this.search.sentenceLexical.idf(t) * (unseenKinds.has(t) ? UNSEEN_KIND_WEIGHT : 1);
      total += w;
      if (writesWord(norm, t) || section.includes(t)) covered += w;
    }
    // A time word the sentence does write ("十四五期间…") still counts for it; one it does not is no miss.
    for (const t of new Set(tokens)) {
      if (!period.has(t) || GENERIC_SEARCH_TERMS.has(t) || !(norm.includes(t) || section.includes(t))) continue;
      const w = this.search.sentenceLexical.idf(t);
      total += w;
      covered += w;
    }
    for (const a of alternatives) {
      const w = Math.max(0, ...a.weighed.map((t) => this.search.sentenceLexical.idf(t)));
      total += w;
      if (a.chinese.some((zh) => norm.includes(zh) || section.includes(zh))) covered += w;
    }
    return total === 0 || covered / total >= 0.5;
  }
}

/** How much more than its rarity a kind of business no report names counts against a sentence (see unseenKindsOf). */
const UNSEEN_KIND_WEIGHT = 2;

/**
 * How many years each group's period starts before its issuer's latest of the same kind (0 =
 * latest): the last results year, the last plan year (at most the year after the last results).
 * A five-year span counts from its first year, and a goal for far beyond (2035) is no one's latest.
 */
function groupAges(scopes: ScopeGroups): Int32Array {
  const start = (period: string) => periodSpan(period)?.from ?? -1;
  const key = (g: number) => `${scopes.issuers[g]}\u0000${scopes.kinds[g]}`;
  const lastResult = new Map<string, number>();
  scopes.issuers.forEach((issuer, g) => {
    if (scopes.kinds[g] === 'result') lastResult.set(issuer, Math.max(lastResult.get(issuer) ?? -1, start(scopes.periods[g])));
  });
  const latest = new Map<string, number>();
  scopes.issuers.forEach((issuer, g) => {
    const year = start(scopes.periods[g]);
    if (scopes.kinds[g] !== 'other' && year >= 0 && year <= (lastResult.get(issuer) ?? Infinity) + 1)
      latest.set(key(g), Math.max(latest.get(key(g)) ?? -1, year));
  });
  return Int32Array.from(scopes.issuers, (_, g) => {
    const year = start(scopes.periods[g]);
    const newest = latest.get(key(g));
    return year < 0 || newest === undefined || year > newest ? 99 : newest - year;
  });
}

/**
 * "youth unemployment rate": the dictionary's word right before the indicator's English name narrows it to a
 * part; a passage that writes none of that word's Chinese (青年) gives the whole (城镇调查失业率), no answer.
 */
function writesEnglishQualifiers(best: ScoredSentence, query: UnderstoodQuery): boolean {
  if (query.language !== 'en') return true;
  const readings = (query.lexiconTranslations ?? []).filter((t) => t.chinese.length && !t.english.includes(' '));
  const names = query.indicators.flatMap((i) => i.en);
  const qualifiers = wordsQualifyingIndicator(
    query.question,
    names,
    readings.map((t) => t.english),
  );
  const text = `${best.sentence.norm}${best.sentence.section.join('')}`.toLowerCase();
  return qualifiers.every((word) =>
    readings.filter((t) => t.english === word).some((t) => t.chinese.some((zh) => text.includes(normalizeForSearch(zh).toLowerCase()))),
  );
}

/** A word with a Chinese character: a Chinese question's own word, as a reading's "english" holds it. */
const CHINESE_WORD = /[\u4e00-\u9fff]/;
