/** A document (chunk or sentence position) and its lexical score. */
export interface ScoredDoc {
  doc: number;
  score: number;
}

/**
 * Scores of one query over the whole index, dense and reusable. Read it synchronously and
 * release it: an implementation may pool its buffers for the next query.
 */
export interface LexicalScores {
  /** Score of a document; 0 when it matches no query term. */
  get(doc: number): number;
  /** The k best matched documents passing `accept`, best first; ties go to the smaller number. */
  top(k: number, accept?: (doc: number) => boolean): ScoredDoc[];
  release(): void;
}

/** Term search over pre-tokenised documents (chunks or sentences, by position). */
export interface LexicalIndex {
  /** How many documents it holds. */
  readonly size: number;
  /** The weight of a term across the documents (rare terms weigh more). */
  idf(term: string): number;
  /** Whether any document holds the term. */
  has(term: string): boolean;
  /** Scores of every document matching a query term; `weights` scale a term's part. */
  accumulate(query: readonly string[], weights?: ReadonlyMap<string, number>): LexicalScores;
  /** The k best documents passing `accept`, best first; ties go to the smaller number. */
  search(query: readonly string[], k: number, accept?: (doc: number) => boolean, weights?: ReadonlyMap<string, number>): ScoredDoc[];
}
