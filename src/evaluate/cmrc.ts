import { defaultDenseWeight } from '../retrieve/retriever.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { LsaEmbedder } from '../embed/lsa-embedder.js';
import { Bm25Index } from '../store/local/bm25.js';
import { VectorIndex } from '../store/local/hnsw-index.js';
import { SearchTokenizer } from '../lang/zh/tokenize.js';
import { fuseRrf, rankOf, retrievalMetrics, type RetrievalMetrics } from './ranking.js';

export const CMRC_DEV_FILE = 'cmrc2018_dev.squad.json';

const SquadSchema = z.object({
  data: z.array(
    z.object({
      title: z.string().optional(),
      paragraphs: z.array(
        z.object({
          id: z.string().optional(),
          context: z.string(),
          qas: z.array(z.object({ id: z.string(), question: z.string() })),
        }),
      ),
    }),
  ),
});

export interface RetrievalQuestion {
  id: string;
  question: string;
  /** Position of the question's own paragraph in `paragraphs`. */
  gold: number;
}

export interface RetrievalSet {
  paragraphs: Array<{ id: string; text: string }>;
  questions: RetrievalQuestion[];
}

/**
 * A SQuAD-shaped file as a retrieval set: every distinct context is one document, and each
 * question's gold is the paragraph it was asked on. A context repeated verbatim is one document,
 * or two identical documents would split the credit arbitrarily.
 */
export function squadRetrievalSet(json: unknown): RetrievalSet {
  const squad = SquadSchema.parse(json);
  const paragraphs: RetrievalSet['paragraphs'] = [];
  const byText = new Map<string, number>();
  const questions: RetrievalQuestion[] = [];
  for (const article of squad.data) {
    for (const p of article.paragraphs) {
      let gold = byText.get(p.context);
      if (gold === undefined) {
        gold = paragraphs.length;
        byText.set(p.context, gold);
        paragraphs.push({ id: p.id ?? `p${gold}`, text: p.context });
      }
      for (const qa of p.qas) questions.push({ id: qa.id, question: qa.question, gold });
    }
  }
  return { paragraphs, questions };
}

export function loadCmrc(dir: string): RetrievalSet {
  const file = path.join(dir, CMRC_DEV_FILE);
  return squadRetrievalSet(JSON.parse(readFileSync(file, 'utf8')));
}

/** An evenly spaced subsample: deterministic, and it spreads over all articles rather than the first few. */
export function subsample<T>(items: readonly T[], limit: number | undefined): T[] {
  if (!limit || limit >= items.length) return [...items];
  const step = items.length / limit;
  return Array.from({ length: limit }, (_, i) => items[Math.floor(i * step)]);
}

export interface CmrcReport {
  paragraphs: number;
  questions: number;
  /** Ranked list length per method; MRR counts a gold paragraph beyond it as 0. */
  depth: number;
  embedderDimensions: number;
  indexMs: number;
  queryMs: number;
  hybrid: RetrievalMetrics;
  bm25: RetrievalMetrics;
  dense: RetrievalMetrics;
}

/**
 * Question → paragraph retrieval with the project's own parts: BM25 over `tokenize`, the LSA
 * embedder fitted on the paragraphs in a cosine HNSW, and their RRF fusion.
 */
export function evaluateRetrieval(
  set: RetrievalSet,
  options: { limit?: number; depth?: number; log?: (m: string) => void } = {},
): CmrcReport {
  const log = options.log ?? (() => {});
  const depth = Math.min(options.depth ?? 100, set.paragraphs.length);
  const questions = subsample(set.questions, options.limit);
  const t0 = performance.now();
  log(`cmrc: indexing ${set.paragraphs.length} paragraphs`);
  // CMRC paragraphs are no corpus of ours: jieba's own dictionary, no place or indicator names.
  const { tokenize } = SearchTokenizer.withWords([]);
  const bm25 = new Bm25Index(set.paragraphs.map((p) => tokenize(p.text)));
  const embedder = LsaEmbedder.fit(
    set.paragraphs.map((p) => p.text),
    tokenize,
  );
  const vectors = VectorIndex.build(
    set.paragraphs.map((p) => embedder.embedSync(p.text)),
    embedder.dimensions,
  );
  const indexMs = performance.now() - t0;
  log(`cmrc: indexed in ${Math.round(indexMs)} ms; ${questions.length} questions`);
  const t1 = performance.now();
  const ranks = { hybrid: [] as Array<number | null>, bm25: [] as Array<number | null>, dense: [] as Array<number | null> };
  for (const q of questions) {
    const lexical = bm25.search(tokenize(q.question), depth).map((r) => r.doc);
    const dense = vectors.search(embedder.embedSync(q.question), depth).map((r) => r.label);
    ranks.bm25.push(rankOf(lexical, q.gold));
    ranks.dense.push(rankOf(dense, q.gold));
    ranks.hybrid.push(
      rankOf(
        fuseRrf([
          { items: lexical, weight: 1 },
          { items: dense, weight: defaultDenseWeight('lsa') },
        ]).slice(0, depth),
        q.gold,
      ),
    );
  }
  return {
    paragraphs: set.paragraphs.length,
    questions: questions.length,
    depth,
    embedderDimensions: embedder.dimensions,
    indexMs: Math.round(indexMs),
    queryMs: Math.round(performance.now() - t1),
    hybrid: retrievalMetrics(ranks.hybrid),
    bm25: retrievalMetrics(ranks.bm25),
    dense: retrievalMetrics(ranks.dense),
  };
}
