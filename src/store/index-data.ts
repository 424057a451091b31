import type { Embedder } from '../embed/embedder.js';
import type { FigureTable } from '../figure-table/index.js';
import type { SearchTokenizer } from '../lang/zh/tokenize.js';
import type { CorpusRepository } from './corpus-repository.js';
import type { LexicalIndex } from './lexical-index.js';
import type { IndexManifest } from './manifest.js';
import type { VectorStore } from './vector-store.js';

/**
 * An opened index, as retrieval and answering see it: only interfaces, so another backend (a
 * database) plugs in by implementing them. The local one is built and opened by `openIndex`.
 */
export interface IndexData<Vectors extends VectorStore = VectorStore> {
  manifest: IndexManifest;
  corpus: CorpusRepository;
  vectors: Vectors;
  lexical: { chunks: LexicalIndex; sentences: LexicalIndex };
  embedder: Embedder;
  /** The index's own segmenter: the corpus's place names and the glossary's indicator names kept whole. */
  tokenizer: SearchTokenizer;
  /** Every figure of the corpus, filed by canonical indicator, place, period and kind. */
  figures: FigureTable;
}
