import { Bm25Builder, Bm25Index } from '../../src/store/local/bm25.js';
import { lexicalIndexContract } from './lexical-index.contract.js';

lexicalIndexContract('BM25 built in memory', (documents) => new Bm25Index(documents));
lexicalIndexContract('BM25 built a document at a time', (documents) => {
  const builder = new Bm25Builder();
  for (const d of documents) builder.add(d);
  return builder.build();
});
// As an index opened from disk holds it.
lexicalIndexContract('BM25 read back packed', (documents) => Bm25Index.fromPacked(new Bm25Index(documents).pack()));
