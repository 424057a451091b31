/** The shape `npm run bench -- --json` prints: one object, so a run can be diffed against another. */
export interface MachineInfo {
  cpus: number;
  model: string;
  node: string;
}

export interface SeedBench {
  chunks: number;
  /** Median full build (ingest → chunk → fit → embed → index → write → open) after the process's first. */
  buildMs: number;
  chunksPerSec: number;
  /** The slowest of those builds. */
  buildMaxMs: number;
  /**
   * Median CPU time (user + system, every thread of the process) of those builds: steadier than
   * wall time on a machine other work shares, which stretches the wall time and not this.
   */
  buildCpuMs: number;
  /** A fresh process's first build (`npm run index -- --rebuild`, median of a few): with loading jieba's dictionary and the o200k ranks, and cold code. */
  coldBuildMs: number;
  queryP50Ms: number;
  queryP95Ms: number;
  startToFirstAnswerMs: number;
  rssMB: number;
}

/**
 * One corpus size of the scale bench (bench/scale-run.ts). Vector figures are for the same ~200
 * query vectors: HNSW top-10 search, the exact cosine scan over every chunk vector it replaces
 * (typed arrays, same process), and the share of the exact top 10 that HNSW returns.
 */
export interface ScaleBench {
  chunks: number;
  documents: number;
  sentences: number;
  /** Full index build from the report files, in a fresh process. */
  buildMs: number;
  chunksPerSec: number;
  /** Resident memory of that build process at its peak. */
  buildPeakRssMB: number;
  /** Opening the built index in a fresh process, as the bot starts. */
  loadMs: number;
  queryP50Ms: number;
  queryP95Ms: number;
  bruteForceP50Ms: number;
  bruteForceP95Ms: number;
  recallAt10: number;
  speedupVsBruteForce: number;
  efSearch: number;
  queries: number;
  /** Whole `engine.ask` calls over the bench questions. */
  askP50Ms: number;
  askP95Ms: number;
  asks: number;
  /** Resident memory of the serving process after loading and answering. */
  rssMB: number;
  heapUsedMB: number;
  /** Bytes of the live index folder. */
  indexBytes: number;
}

export interface BenchReport {
  machine: MachineInfo;
  seed: SeedBench;
  scale?: ScaleBench[];
}
