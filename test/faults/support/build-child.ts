/**
 * A process that rebuilds an index and is meant to be killed partway: it prints "embedding" when
 * the build has reached its staging folder, then slows every progress step so the parent's
 * SIGKILL lands during the build, not after it.
 */
import { openIndex } from '../../../src/store/open-index.js';

const [corpusDir, indexDir] = process.argv.slice(2);
let announced = false;
await openIndex({
  corpusDir,
  indexDir,
  rebuild: true,
  log: () => {},
  onProgress: (_done, _total, stage) => {
    if (stage !== 'embedding') return;
    if (!announced) {
      announced = true;
      process.stdout.write('embedding\n');
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  },
});
process.stdout.write('finished\n');
