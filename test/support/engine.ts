import { Engine } from '../../src/answer/engine.js';
import { indexedCorpusSandbox } from './corpus-copy.js';

let shared: Promise<Engine> | null = null;

/** One engine over a private copy of the real corpus (and of the run's index of it), shared by the tests of a file. */
export function realCorpusEngine(): Promise<Engine> {
  shared ??= (async () => {
    const sandbox = await indexedCorpusSandbox();
    return Engine.open({ corpusDir: sandbox.corpusDir, indexDir: sandbox.indexDir, log: () => {} });
  })();
  return shared;
}
