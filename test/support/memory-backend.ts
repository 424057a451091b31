import type { Embedder } from '../../src/embed/embedder.js';
import { projectSparse } from '../../src/embed/lsa-embedder.js';
import type { Csr } from '../../src/embed/sparse-matrix.js';
import { searchTokenizerFor } from '../../src/lang/zh/search-vocabulary.js';
import { FigureTable } from '../../src/figure-table/index.js';
import { issuersOf } from '../../src/store/corpus-repository.js';
import type {
  BuildContent,
  FoundIndex,
  IndexBackend,
  IndexBuild,
  Inspection,
  TokenSink,
  VectorSink,
} from '../../src/store/index-backend.js';
import type { IndexData } from '../../src/store/index-data.js';
import { Bm25Builder } from '../../src/store/local/bm25.js';
import { ExactVectorStore } from '../../src/store/local/exact-vector-store.js';
import { LocalCorpus } from '../../src/store/local/local-corpus.js';
import { chunkGroupingOf } from '../../src/store/scope-groups.js';

/**
 * A second backend, as a database would be one: the index kept in memory, vectors compared by an
 * exact scan. Built only from the store's interfaces, it shows that retrieval and answering need
 * nothing of the local folder.
 */
export class MemoryBackend implements IndexBackend<ExactVectorStore> {
  served: IndexData<ExactVectorStore> | null = null;
  builds = 0;

  inspect(): Inspection {
    return this.served ? { ok: true, where: 'memory', manifest: this.served.manifest } : { ok: false, reason: 'missing' };
  }

  open(_found: FoundIndex, model: Embedder | null): IndexData<ExactVectorStore> {
    if (!this.served) throw new Error('nothing served');
    return model ? { ...this.served, embedder: model } : this.served;
  }

  beginBuild(): IndexBuild<ExactVectorStore> {
    this.builds++;
    const backend = this;
    const chunkLexical = new Bm25Builder();
    const sentenceLexical = new Bm25Builder();
    const vectors: Float32Array[] = [];
    let dims = 0;
    return {
      previousVectors: () => new Map(),
      vectors(dimensions: number, _count: number, projection?: Float32Array): VectorSink {
        dims = dimensions;
        return {
          add: (batch) => vectors.push(...batch),
          addSparse: (rows: Csr) => {
            if (!projection) throw new Error('sparse rows without a projection');
            for (let r = 0; r < rows.rows; r++)
              vectors.push(projectSparse(projection, dimensions, rows.indices, rows.values, rows.rowStart[r], rows.rowStart[r + 1]));
          },
        };
      },
      lexical: { chunks: chunkLexical as TokenSink, sentences: sentenceLexical as TokenSink },
      async commit(content: BuildContent): Promise<IndexData<ExactVectorStore>> {
        const corpus = new LocalCorpus(content.corpus);
        backend.served = {
          manifest: content.manifest,
          corpus,
          vectors: new ExactVectorStore(vectors, dims, chunkGroupingOf(corpus.scopes)),
          lexical: { chunks: chunkLexical.build(), sentences: sentenceLexical.build() },
          embedder: content.embedder,
          tokenizer: searchTokenizerFor(issuersOf(content.corpus.documents)),
          figures: new FigureTable(content.figures),
        };
        return backend.served;
      },
      async abort() {},
    };
  }
}
