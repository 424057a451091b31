import type { Chunk } from '../chunk/chunker.js';
import { Bm25Index } from '../index/bm25.js';
import type { IndexData } from '../index/index-store.js';
import type { Sentence } from '../ingest/types.js';
import { normalizeForSearch } from '../ingest/normalize-search.js';
import { tokenize } from '../text/tokenize.js';
import { prepareSearchVocabulary } from '../text/search-vocabulary.js';
import { fuseRankings, type WeightedRanking } from './fusion.js';
import { periodScore } from './period-match.js';
import { knownPlaces, understandQuery, type KnownPlace, type UnderstoodQuery } from './query.js';

export interface ScoredSentence {
  sentence: Sentence;
  score: number;
  /** Whether the sentence names the indicator asked about. */
  namesIndicator: boolean;
}

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

const GENERIC_TERMS = new Set(['指标', '没有', '哪些', '低于', '增长', '目标', '计划', '预期', '完成', '实现', '达到', '多少', '情况', '变化', '如何', '怎么样', '工作', '重点', '全年', '一季度', '主要', '是', '有', '为', '年', '新', '什么', '哪些', '总结', '区', '市', '省']);

/**
 * Hybrid retrieval: BM25 and dense rankings of chunks fused by reciprocal rank, restricted by the
 * place and period the question names, then the cited sentences chosen inside the fused chunks.
 */
export class Retriever {
  private readonly chunkLexical: Bm25Index;
  private readonly sentenceLexical: Bm25Index;
  private readonly places: KnownPlace[];
  private readonly docIssuer: Map<string, string>;
  private readonly sentenceById: Map<string, Sentence>;
  private readonly sentenceIndex: Map<string, number>;
  private readonly chunkOfSentence: Map<string, number>;

  constructor(
    readonly data: IndexData,
    private readonly options: RetrieverOptions = DEFAULT_RETRIEVER,
  ) {
    const issuers = [...new Set(data.documents.map((d) => d.meta.issuer))];
    this.places = knownPlaces(issuers);
    prepareSearchVocabulary(issuers);
    this.chunkLexical = new Bm25Index(data.lexical?.chunkTokens ?? data.chunks.map((c) => tokenize(c.indexText)));
    this.sentenceLexical = new Bm25Index(data.lexical?.sentenceTokens ?? data.sentences.map((s) => tokenize(s.text)));
    this.docIssuer = new Map(data.documents.map((d) => [d.meta.id, d.meta.issuer]));
    this.sentenceById = new Map(data.sentences.map((s) => [s.id, s]));
    this.sentenceIndex = new Map(data.sentences.map((s, i) => [s.id, i]));
    this.chunkOfSentence = new Map();
    data.chunks.forEach((c, i) => c.sentenceIds.forEach((id) => this.chunkOfSentence.set(id, i)));
  }

  get coveredPlaces(): readonly KnownPlace[] {
    return this.places;
  }

  understand(question: string): UnderstoodQuery {
    return understandQuery(question, this.places);
  }

  sentence(id: string): Sentence | undefined {
    return this.sentenceById.get(id);
  }

  issuerOf(docId: string): string {
    return this.docIssuer.get(docId) ?? '';
  }

  async retrieve(query: UnderstoodQuery, limit = 5): Promise<RetrievalOutcome> {
    if (!query.searchText.trim()) return { kind: 'notFound', query, reason: 'empty-question' };
    const filtering = this.options.filters;
    if (filtering && query.unknownPlaces.length && !query.places.length) return { kind: 'notFound', query, reason: 'unknown-place' };

    const placeOk = (s: Sentence) => !filtering || !query.places.length || query.places.includes(this.issuerOf(s.docId));
    const periodOf = (s: Sentence) => (filtering ? periodScore(s, query) : 1);
    const eligible = (s: Sentence) => placeOk(s) && periodOf(s) > 0;
    if (filtering && !this.data.sentences.some(eligible)) return { kind: 'notFound', query, reason: 'no-period' };

    const queryTokens = this.queryTokens(query);
    const weights = this.termWeights(queryTokens, query);
    const chunkOk = (i: number) => this.data.chunks[i].sentenceIds.some((id) => eligible(this.sentenceById.get(id)!));

    const rankings: WeightedRanking[] = [];
    if (this.options.lexical) {
      rankings.push({ items: this.chunkLexical.search(queryTokens, this.options.candidateChunks, chunkOk, weights).map((r) => r.doc), weight: 1 });
    }
    if (this.options.dense) {
      const vector = await this.data.embedder.embedQuery(query.searchText);
      const items = this.data.vectors.search(vector, this.options.candidateChunks, filtering ? chunkOk : undefined).map((r) => r.label);
      rankings.push({ items, weight: this.options.lexical ? (this.options.denseWeight ?? defaultDenseWeight(this.data.embedder.id)) : 1 });
    }
    const fused = fuseRankings(rankings);
    const maxFused = Math.max(1e-9, ...fused.values());

    // Sentences of the fused chunks, plus the best sentence-level lexical matches in scope.
    const candidates = new Set<number>();
    for (const chunk of fused.keys()) for (const id of this.data.chunks[chunk].sentenceIds) candidates.add(this.sentenceIndex.get(id)!);
    const sentenceScores = this.options.lexical ? this.sentenceLexical.score(queryTokens, weights) : new Map<number, number>();
    if (this.options.lexical) {
      [...sentenceScores.entries()].filter(([i]) => eligible(this.data.sentences[i])).sort((a, b) => b[1] - a[1]).slice(0, 60).forEach(([i]) => candidates.add(i));
    }
    const maxLexical = Math.max(1e-9, ...[...candidates].map((i) => sentenceScores.get(i) ?? 0));
    const indicatorNames = query.indicators.flatMap((ind) => [ind.name, ...ind.synonyms]).map((n) => normalizeForSearch(n).toLowerCase());

    const scored: ScoredSentence[] = [];
    for (const i of candidates) {
      const s = this.data.sentences[i];
      if (!eligible(s)) continue;
      const chunkIndex = this.chunkOfSentence.get(s.id);
      const chunkScore = chunkIndex !== undefined ? (fused.get(chunkIndex) ?? 0) / maxFused : 0;
      const lexical = (sentenceScores.get(i) ?? 0) / maxLexical;
      const lowerNorm = s.norm.toLowerCase();
      const namesIndicator = indicatorNames.some((n) => lowerNorm.includes(n));
      let score = lexical + 0.35 * chunkScore + 0.6 * periodOf(s);
      if (indicatorNames.length) score += namesIndicator ? 0.6 : 0;
      if (filtering) score += 0.3 * kindScore(s, query);
      if (query.wantsQuantity && /\d/.test(s.norm)) score += 0.2;
      if (query.wantsQuantity && s.isHeading) score -= 0.3;
      if (s.source === 'table' && !/目标|完成率|target|完成/.test(query.question)) score -= 0.15;
      if (query.wantsReason && /(受|由于|因为|影响|原因|冲击|导致|拖累)/.test(s.norm)) score += 0.3;
      scored.push({ sentence: s, score, namesIndicator });
    }
    scored.sort((a, b) => b.score - a.score || a.sentence.id.localeCompare(b.sentence.id));
    if (!scored.length) return { kind: 'notFound', query, reason: 'no-evidence' };
    if (filtering) {
      // The first sentence that is really about the question leads; none in reach means no answer.
      const usable = scored.slice(0, limit).findIndex((c) => this.hasEvidence(c, query, queryTokens));
      if (usable < 0) return { kind: 'notFound', query, reason: 'no-evidence' };
      if (usable > 0) scored.unshift(scored.splice(usable, 1)[0]);
    }
    return { kind: 'found', query, sentences: scored.slice(0, limit) };
  }

  private queryTokens(query: UnderstoodQuery): string[] {
    const placeWords = new Set(this.places.flatMap((p) => p.aliases.map((a) => a.toLowerCase())));
    const tokens = tokenize(query.searchText).filter((t) => !placeWords.has(t) && !/^(19|20)\d{2}$/.test(t));
    for (const ind of query.indicators) for (const name of [ind.name, ...ind.synonyms]) tokens.push(...tokenize(name));
    return tokens;
  }

  /** Indicator words weigh more than the rest of the question; generic words less. */
  private termWeights(tokens: readonly string[], query: UnderstoodQuery): Map<string, number> {
    const indicatorTokens = new Set(query.indicators.flatMap((ind) => [ind.name, ...ind.synonyms].flatMap((n) => tokenize(n))));
    const weights = new Map<string, number>();
    for (const t of tokens) weights.set(t, indicatorTokens.has(t) ? 1.5 : GENERIC_TERMS.has(t) ? 0.4 : 1);
    return weights;
  }

  /**
   * The best sentence must be about what was asked: it names the asked indicator, or it covers
   * most of the question's content words (by IDF weight).
   */
  private hasEvidence(best: ScoredSentence, query: UnderstoodQuery, tokens: readonly string[]): boolean {
    // A quantity asked needs a sentence with a number: "经济总量跃上新台阶" names GDP but answers nothing.
    if (query.indicators.length) return best.namesIndicator && (!query.wantsQuantity || /\d/.test(best.sentence.norm));
    const content = [...new Set(tokens)].filter((t) => !GENERIC_TERMS.has(t) && !/^\d/.test(t));
    if (!content.length) return !query.wantsQuantity || query.wantsPriorities || /\d/.test(best.sentence.norm);
    const norm = best.sentence.norm.toLowerCase();
    const section = normalizeForSearch(best.sentence.section.join('')).toLowerCase();
    let covered = 0;
    let total = 0;
    for (const t of content) {
      const w = this.sentenceLexical.idf(t);
      total += w;
      if (norm.includes(t) || section.includes(t)) covered += w;
    }
    return total === 0 || covered / total >= 0.5;
  }

  chunk(index: number): Chunk {
    return this.data.chunks[index];
  }
}

function kindScore(s: Sentence, query: UnderstoodQuery): number {
  if (query.intent === 'any') return s.kind === 'other' ? 0 : 0.5;
  return s.kind === query.intent ? 1 : 0;
}
