import { Engine } from '../../src/answer/engine.js';
import { corpusSandbox } from './corpus-copy.js';

let shared: Promise<Engine> | null = null;

/** One engine over a private copy of the real corpus, shared by the tests of a file. */
export function realCorpusEngine(): Promise<Engine> {
  shared ??= (async () => {
    const sandbox = corpusSandbox();
    return Engine.open({ corpusDir: sandbox.corpusDir, indexDir: sandbox.indexDir, log: () => {} });
  })();
  return shared;
}
