/**
 * One stage of the scale bench for one corpus size, run in a child process of bench/bench.ts so
 * each stage's memory is its own: `generate` makes (or finds) the corpus, `build` times a full index
 * build, `serve` opens the built index the way the bot does and times vector search, the exact scan
 * it replaces, and whole questions. Prints one JSON line on stdout.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Engine } from '../src/answer/engine.js';
import { seededRandom } from '../src/embed/linear-algebra.js';
import { percentile } from '../src/evaluate/ranking.js';
import { topK } from '../src/store/local/bm25.js';
import { openIndex, type IndexData } from '../src/store/open-index.js';
import { BENCH_QUESTIONS } from './questions.js';
import { ensureScaleCorpus } from './scale-corpus.js';

export interface GenerateResult {
  corpusDir: string;
  documents: number;
  chunks: number;
  generatedMs: number;
}

export interface BuildResult {
  chunks: number;
  sentences: number;
  documents: number;
  buildMs: number;
  indexBytes: number;
  buildPeakRssMB: number;
}

export interface ServeResult {
  loadMs: number;
  queries: number;
  efSearch: number;
  queryP50Ms: number;
  queryP95Ms: number;
  bruteForceP50Ms: number;
  bruteForceP95Ms: number;
  recallAt10: number;
  askP50Ms: number;
  askP95Ms: number;
  asks: number;
  rssMB: number;
  heapUsedMB: number;
}

const QUERY_COUNT = 200;
const K = 10;
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
const log = (m: string) => process.stderr.write(`${m}\n`);

function directoryBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? directoryBytes(full) : statSync(full).size;
  }
  return total;
}

function liveBuildDir(indexDir: string): string {
  const builds = readdirSync(indexDir).filter((e) => e.startsWith('build-'));
  if (builds.length !== 1) throw new Error(`expected one live build in ${indexDir}, found ${builds.length}`);
  return path.join(indexDir, builds[0]);
}

/**
 * The bench questions, then fragments of corpus sentences (what a user pastes or half-remembers),
 * so the vector timings cover both short questions and passage-like queries.
 */
function benchQueries(index: IndexData, count: number): string[] {
  const random = seededRandom(7);
  const queries = [...BENCH_QUESTIONS];
  const sentences = index.corpus.sentences;
  for (let tries = 0; queries.length < count && tries < count * 20; tries++) {
    const s = sentences[Math.floor(random() * sentences.length)];
    if (s.text.length < 16) continue;
    const start = Math.floor(random() * Math.max(1, s.text.length - 24));
    queries.push(s.text.slice(start, start + 12 + Math.floor(random() * 20)));
  }
  return queries.slice(0, count);
}

async function generate(size: number, sourceDir: string, root: string): Promise<GenerateResult> {
  const info = ensureScaleCorpus({ sourceDir, root, chunks: size, log });
  return { corpusDir: info.dir, documents: info.documents, chunks: info.chunks, generatedMs: info.generatedMs };
}

async function build(corpusDir: string, indexDir: string): Promise<BuildResult> {
  let lastShown = 0;
  const t0 = performance.now();
  const { index } = await openIndex({
    corpusDir,
    indexDir,
    rebuild: true,
    log,
    onProgress: (done, total, stage) => {
      if (performance.now() - lastShown < 5000 && done < total) return;
      lastShown = performance.now();
      log(`build: ${stage} ${done}/${total} (${Math.round((performance.now() - t0) / 1000)} s)`);
    },
  });
  const buildMs = performance.now() - t0;
  return {
    chunks: index.corpus.chunks.length,
    sentences: index.corpus.sentences.length,
    documents: index.corpus.documents.length,
    buildMs: Math.round(buildMs),
    indexBytes: directoryBytes(liveBuildDir(indexDir)),
    buildPeakRssMB: round(process.resourceUsage().maxRSS / 1024, 1),
  };
}

async function serve(corpusDir: string, indexDir: string, askRounds: number): Promise<ServeResult> {
  const t0 = performance.now();
  const { index, built } = await openIndex({ corpusDir, indexDir, log });
  const loadMs = performance.now() - t0;
  if (built) log('serve: warning: the index was rebuilt on open; loadMs times a build');
  const engine = Engine.fromIndex(index);

  const texts = benchQueries(index, QUERY_COUNT);
  const vectors: Float32Array[] = [];
  for (const q of texts) vectors.push(await index.embedder.embedQuery(q));
  for (const v of vectors) index.vectors.index.search(v, K);
  const queryTimes: number[] = [];
  const found: number[][] = [];
  for (let round = 0; round < 3; round++) {
    vectors.forEach((v, i) => {
      const start = performance.now();
      const hits = index.vectors.index.search(v, K);
      queryTimes.push(performance.now() - start);
      if (round === 0) found[i] = hits.map((h) => h.label);
    });
  }
  log(`serve: ${queryTimes.length} HNSW searches (k ${K}, ef ${index.vectors.index.ef})`);

  for (const q of BENCH_QUESTIONS) await engine.ask(q);
  const askTimes: number[] = [];
  for (let r = 0; r < askRounds; r++) {
    for (const q of BENCH_QUESTIONS) {
      const start = performance.now();
      await engine.ask(q);
      askTimes.push(performance.now() - start);
    }
  }
  log(`serve: ${askTimes.length} questions asked (max ${round(Math.max(...askTimes))} ms)`);
  // Resident memory of a serving process: measured before the bench loads its own copy of every
  // vector for the exact scan below.
  const memory = process.memoryUsage();

  const dims = index.vectors.index.dimensions;
  const n = index.vectors.index.size;
  const matrix = new Float32Array(n * dims);
  for (let label = 0; label < n; label++) matrix.set(index.vectors.index.vector(label), label * dims);
  const scores = new Float64Array(n);
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const exact = (q: Float32Array): number[] => {
    // Stored vectors are unit length, so the dot product is the cosine.
    for (let i = 0; i < n; i++) {
      let dot = 0;
      const base = i * dims;
      for (let d = 0; d < dims; d++) dot += q[d] * matrix[base + d];
      scores[i] = dot;
    }
    return topK(scores, all, n, K).map((r) => r.doc);
  };
  for (const v of vectors.slice(0, 5)) exact(v);
  const bruteTimes: number[] = [];
  let recallSum = 0;
  vectors.forEach((v, i) => {
    const start = performance.now();
    const truth = exact(v);
    bruteTimes.push(performance.now() - start);
    const got = new Set(found[i]);
    recallSum += truth.filter((label) => got.has(label)).length / Math.max(1, Math.min(K, truth.length));
  });
  log(`serve: exact scan over ${n} × ${dims} for ${vectors.length} queries`);

  return {
    loadMs: Math.round(loadMs),
    queries: vectors.length,
    efSearch: index.vectors.index.ef,
    queryP50Ms: round(percentile(queryTimes, 50), 3),
    queryP95Ms: round(percentile(queryTimes, 95), 3),
    bruteForceP50Ms: round(percentile(bruteTimes, 50), 2),
    bruteForceP95Ms: round(percentile(bruteTimes, 95), 2),
    recallAt10: round(recallSum / vectors.length, 4),
    askP50Ms: round(percentile(askTimes, 50)),
    askP95Ms: round(percentile(askTimes, 95)),
    asks: askTimes.length,
    rssMB: round(memory.rss / (1024 * 1024), 1),
    heapUsedMB: round(memory.heapUsed / (1024 * 1024), 1),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      stage: { type: 'string' },
      size: { type: 'string' },
      source: { type: 'string' },
      root: { type: 'string' },
      corpus: { type: 'string' },
      index: { type: 'string' },
      'ask-rounds': { type: 'string' },
    },
  });
  let result: GenerateResult | BuildResult | ServeResult;
  if (values.stage === 'generate') result = await generate(Number(values.size), values.source!, values.root!);
  else if (values.stage === 'build') result = await build(values.corpus!, values.index!);
  else if (values.stage === 'serve') result = await serve(values.corpus!, values.index!, Number(values['ask-rounds'] ?? 3));
  else throw new Error(`unknown stage ${values.stage}`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`scale-run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
