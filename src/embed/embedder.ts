/** One interface for every way of turning text into vectors. */
export interface Embedder {
  /** Stable id recorded in the index manifest, e.g. "lsa-v1" or "transformers:bge-small-zh-v1.5". */
  readonly id: string;
  readonly dimensions: number;
  /** Whether vectors of unchanged passages stay valid when other documents change. */
  readonly reusableAcrossCorpora: boolean;
  embedPassages(texts: readonly string[]): Promise<Float32Array[]>;
  embedQuery(text: string): Promise<Float32Array>;
}
