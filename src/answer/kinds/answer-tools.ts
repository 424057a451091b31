import type { Sentence } from '../../ingest/types.js';
import type { UnderstoodQuery } from '../../retrieve/query.js';
import type { Retriever } from '../../retrieve/retriever.js';
import type { CoverageEntry } from '../coverage.js';
import type { Citation, Figure } from '../schema.js';

/**
 * What every kind of answer (a ranking, a trend, several indicators, the nearest held) needs from
 * the engine: retrieval, citations built the one way, the figures of cited sentences, and the
 * corpus's coverage. The engine implements it; the kinds never reach into each other.
 */
export interface AnswerTools {
  readonly retriever: Retriever;
  readonly coverage: CoverageEntry[];
  citation(sentence: Sentence, score: number): Citation;
  figuresFor(query: UnderstoodQuery, citations: readonly Citation[]): Figure[];
}
