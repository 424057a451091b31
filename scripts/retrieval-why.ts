/**
 * Why one expected sentence is not among a question's candidates (task retr, session 13): its scope,
 * its chunk's lexical rank, its own sentence-level BM25 rank and score, the question's search terms.
 *   npx tsx scripts/retrieval-why.ts "question" "cite substring"
 */
import { openEngineFromFlags } from '../src/cli/open-engine.js';

const [question, cite] = process.argv.slice(2);
const engine = await openEngineFromFlags({ corpus: '.cache/eval-corpus', index: '.cache/eval-index2', progress: false });
const r = engine.retriever as unknown as {
  understand: (q: string) => import('../src/retrieve/query.js').UnderstoodQuery;
  queryTokens: (q: unknown) => string[];
  termWeights: (t: string[], q: unknown) => Map<string, number>;
  scopeOf: (q: unknown) => { groupOk: Uint8Array; mentions: number[] };
  search: { chunkLexical: import('../src/store/lexical-index.js').LexicalIndex; sentenceLexical: import('../src/store/lexical-index.js').LexicalIndex };
  scopes: { sentenceGroup: Int32Array; chunkGroup: Int32Array; chunkOfSentence: Int32Array };
  corpus: { sentences: { norm: string; text: string; id: string }[] };
  tokenize: (s: string) => string[];
};
const q = r.understand(question);
const tokens = r.queryTokens(q);
const weights = r.termWeights(tokens, q);
console.log('tokens', tokens.map((t) => `${t}:${weights.get(t)}:${r.search.sentenceLexical.idf(t).toFixed(2)}`).join(' '));
const scope = r.scopeOf(q);
const targets = r.corpus.sentences.map((s, i) => [s, i] as const).filter(([s]) => s.norm.includes(cite));
const sScores = r.search.sentenceLexical.accumulate(tokens, weights);
const okS = (i: number) => scope.groupOk[r.scopes.sentenceGroup[i]] === 1 || scope.mentions.includes(i);
const topS = sScores.top(100000, okS);
const chunkTop = r.search.chunkLexical.search(tokens, 100000, (c) => scope.groupOk[r.scopes.chunkGroup[c]] === 1, weights);
for (const [s, i] of targets) {
  const c = r.scopes.chunkOfSentence[i];
  console.log(s.id, 'inScope', okS(i), 'sentRank', topS.findIndex((x) => x.doc === i) + 1, 'of', topS.length, 'score', sScores.get(i).toFixed(2), 'best', topS[0]?.score.toFixed(2),
    'chunkRank', chunkTop.findIndex((x) => x.doc === c) + 1, 'tokens', r.tokenize(s.text).join('/'));
}
sScores.release();
process.exit(0);
