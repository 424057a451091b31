/** The shape `npm run bench -- --json` prints: one object, so a run can be diffed against another. */
export interface MachineInfo {
  cpus: number;
  model: string;
  node: string;
}

export interface SeedBench {
  chunks: number;
  buildMs: number;
  chunksPerSec: number;
  queryP50Ms: number;
  queryP95Ms: number;
  startToFirstAnswerMs: number;
  rssMB: number;
}

/** Issue 6's per-size figures; declared here so the hook in bench.ts has its target shape. */
export interface ScaleBench {
  chunks: number;
  buildMs: number;
  chunksPerSec: number;
  queryP50Ms: number;
  queryP95Ms: number;
  rssMB: number;
  indexBytes: number;
  bruteForceP50Ms: number;
}

export interface BenchReport {
  machine: MachineInfo;
  seed: SeedBench;
  scale?: ScaleBench[];
}
