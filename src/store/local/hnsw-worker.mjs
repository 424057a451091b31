// The worker side of VectorIndexBuilder (src/store/local/hnsw-index.ts): projects sparse LSA rows (or
// takes dense vectors), keeps an int8 copy, builds one HNSW index and writes it to a file. Plain
// JavaScript so it runs in a worker thread without a TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import hnswlib from 'hnswlib-node';

const { dimensions, capacity, m, efConstruction, seed, projection } = workerData;
const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
index.initIndex(capacity, m, efConstruction, seed);
const quantized = new Int8Array(capacity * dimensions);
const row = new Array(dimensions);
const sum = new Float64Array(dimensions);

function insert(label) {
  const base = label * dimensions;
  for (let d = 0; d < dimensions; d++) quantized[base + d] = Math.max(-127, Math.min(127, Math.round(row[d] * 127)));
  index.addPoint(row, label);
}

// The same arithmetic as projectSparse in src/embed/lsa-embedder.ts, rounded to float32 the same way.
function project(indices, values, from, to) {
  sum.fill(0);
  for (let j = from; j < to; j++) {
    const base = indices[j] * dimensions;
    const w = values[j];
    for (let d = 0; d < dimensions; d++) sum[d] += w * projection[base + d];
  }
  let norm = 0;
  for (let d = 0; d < dimensions; d++) norm += sum[d] * sum[d];
  norm = Math.sqrt(norm);
  for (let d = 0; d < dimensions; d++) row[d] = norm > 0 ? Math.fround(sum[d] / norm) : 0;
}

parentPort.on('message', (message) => {
  try {
    if (message.type === 'add') {
      const vectors = message.vectors;
      const count = vectors.length / dimensions;
      for (let i = 0; i < count; i++) {
        for (let d = 0; d < dimensions; d++) row[d] = vectors[i * dimensions + d];
        insert(message.first + i);
      }
    } else if (message.type === 'addSparse') {
      const { rowStart, indices, values } = message;
      for (let r = 0; r + 1 < rowStart.length; r++) {
        project(indices, values, rowStart[r], rowStart[r + 1]);
        insert(message.first + r);
      }
    } else if (message.type === 'finish') {
      index.setEf(message.efSearch);
      index.writeIndexSync(message.file);
      parentPort.postMessage({ type: 'done', count: index.getCurrentCount(), quantized }, [quantized.buffer]);
    }
  } catch (error) {
    parentPort.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
