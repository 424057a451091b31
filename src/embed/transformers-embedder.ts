import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { env, pipeline } from '@xenova/transformers';
import type { Embedder } from './embedder.js';

export type EmbeddingFamily = 'bge' | 'e5' | 'plain';
export type Pooling = 'cls' | 'mean';

export interface TransformersEmbedderOptions {
  /** Overrides detection from the folder name / config.json. */
  family?: EmbeddingFamily;
  /** true → onnx/model_quantized.onnx, false → onnx/model.onnx; default: quantized when present. */
  quantized?: boolean;
}

const BATCH_SIZE = 16;
const BGE_ZH_QUERY_PREFIX = '为这个句子生成表示以用于检索相关文章：';
const BGE_EN_QUERY_PREFIX = 'Represent this sentence for searching relevant passages: ';
const FIX_HINT =
  'Set EMBED_MODEL_DIR (or --model) to a folder exported for transformers.js, containing ' +
  'config.json, tokenizer.json, tokenizer_config.json and onnx/model_quantized.onnx or onnx/model.onnx.';

interface FamilySettings {
  family: EmbeddingFamily;
  pooling: Pooling;
  queryPrefix: string;
  passagePrefix: string;
}

interface ModelConfig {
  hidden_size?: unknown;
  max_position_embeddings?: unknown;
  model_type?: unknown;
  _name_or_path?: unknown;
}

function familySettings(family: EmbeddingFamily, name: string): FamilySettings {
  switch (family) {
    case 'bge': {
      // bge-m3 was trained without a query instruction; the v1/v1.5 models expect one in their language.
      const queryPrefix = name.includes('bge-m3') ? '' : name.includes('-en') ? BGE_EN_QUERY_PREFIX : BGE_ZH_QUERY_PREFIX;
      return { family, pooling: 'cls', queryPrefix, passagePrefix: '' };
    }
    case 'e5':
      return { family, pooling: 'mean', queryPrefix: 'query: ', passagePrefix: 'passage: ' };
    case 'plain':
      return { family, pooling: 'mean', queryPrefix: '', passagePrefix: '' };
  }
}

function detectFamily(name: string): EmbeddingFamily {
  if (name.includes('bge')) return 'bge';
  // Bounded match so an "e5" inside a hash or version string ("3e5f", "v1e5") is not taken for E5.
  if (/(^|[^a-z0-9])e5([^a-z0-9]|$)/.test(name)) return 'e5';
  return 'plain';
}

interface ModelFiles {
  quantized: boolean;
  config: ModelConfig;
}

function checkModelDir(dir: string, quantized: boolean | undefined): ModelFiles {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(`Embedding model directory not found: "${dir}". ${FIX_HINT}`);
  }
  const missing = ['config.json', 'tokenizer.json', 'tokenizer_config.json'].filter((f) => !existsSync(path.join(dir, f)));
  const hasQuantized = existsSync(path.join(dir, 'onnx', 'model_quantized.onnx'));
  const hasFull = existsSync(path.join(dir, 'onnx', 'model.onnx'));
  if (quantized === true && !hasQuantized) missing.push('onnx/model_quantized.onnx');
  else if (quantized === false && !hasFull) missing.push('onnx/model.onnx');
  else if (quantized === undefined && !hasQuantized && !hasFull) {
    missing.push('onnx/model_quantized.onnx or onnx/model.onnx');
  }
  if (missing.length > 0) {
    const list = missing.map((f) => path.join(dir, f)).join(', ');
    throw new Error(`Embedding model directory "${dir}" is missing ${list}. ${FIX_HINT}`);
  }

  let config: ModelConfig;
  try {
    config = JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8')) as ModelConfig;
  } catch (err) {
    throw new Error(`Cannot parse ${path.join(dir, 'config.json')}: ${(err as Error).message}. ${FIX_HINT}`);
  }
  return { quantized: quantized ?? hasQuantized, config };
}

function positiveInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

/** L2-normalise in place; the epsilon keeps an all-zero vector finite instead of NaN. */
function l2normalize(v: Float32Array): Float32Array {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i] * v[i];
  const norm = Math.max(Math.sqrt(sum), 1e-12);
  for (let i = 0; i < v.length; i++) v[i] /= norm;
  return v;
}

// transformers.js resolves local models through the global env.localModelPath, so two loads of
// models in different parent folders must not interleave between setting it and finishing the load.
let loadQueue: Promise<unknown> = Promise.resolve();
function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = loadQueue.then(task, task);
  loadQueue = run.catch(() => undefined);
  return run;
}

/**
 * Loads a sentence-embedding model exported for transformers.js from a local folder, never from
 * the network, and adapts it to the project's Embedder interface.
 */
export async function loadTransformersEmbedder(modelDir: string, options: TransformersEmbedderOptions = {}): Promise<Embedder> {
  const dir = path.resolve(modelDir);
  const { quantized, config } = checkModelDir(dir, options.quantized);
  const folderName = path.basename(dir);
  const nameForDetection = `${folderName} ${typeof config._name_or_path === 'string' ? config._name_or_path : ''}`.toLowerCase();
  const settings = familySettings(options.family ?? detectFamily(nameForDetection), nameForDetection);

  const extractor = await serialized(async () => {
    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    // The default file cache is keyed by model id alone (our folder name), so a stale cached model
    // with the same name would silently shadow the directory the user pointed at.
    env.useFSCache = false;
    env.useBrowserCache = false;
    env.localModelPath = path.dirname(dir) + path.sep;
    return pipeline('feature-extraction', folderName, { quantized, local_files_only: true });
  });

  // Some exports leave model_max_length unset or at 1e30; without a cap, long passages would
  // index past the position-embedding table and fail inside onnxruntime.
  const maxPositions = positiveInt(config.max_position_embeddings);
  if (maxPositions !== undefined) {
    // RoBERTa-style models (XLM-R under multilingual-e5) reserve two positions for the padding offset.
    const usable = String(config.model_type).includes('roberta') ? maxPositions - 2 : maxPositions;
    const tokenizer = extractor.tokenizer as { model_max_length?: number };
    const current = tokenizer.model_max_length;
    if (typeof current !== 'number' || !(current > 0) || current > usable) tokenizer.model_max_length = usable;
  }

  async function embedBatch(texts: readonly string[]): Promise<Float32Array[]> {
    const output = await extractor([...texts], { pooling: settings.pooling, normalize: false });
    const [rows, dims] = output.dims;
    const data = output.data as Float32Array;
    const vectors: Float32Array[] = [];
    for (let r = 0; r < rows; r++) vectors.push(l2normalize(data.slice(r * dims, (r + 1) * dims)));
    return vectors;
  }

  let dimensions = positiveInt(config.hidden_size);
  if (dimensions === undefined) {
    const [probe] = await embedBatch(['dimension probe']);
    dimensions = probe.length;
  }
  const expectedDims = dimensions;

  function checkDims(vectors: Float32Array[]): Float32Array[] {
    for (const v of vectors) {
      if (v.length !== expectedDims) {
        throw new Error(`Model in "${dir}" produced ${v.length}-dimensional vectors but config.json says hidden_size ${expectedDims}.`);
      }
    }
    return vectors;
  }

  return {
    // Family (prefixes) and weights file both change the vectors, so both are part of the id the
    // index manifest compares.
    id: `transformers:${folderName}:${settings.family}:${settings.pooling}${quantized ? ':q8' : ''}`,
    dimensions: expectedDims,
    reusableAcrossCorpora: true,
    async embedPassages(texts: readonly string[]): Promise<Float32Array[]> {
      const out: Float32Array[] = [];
      for (let i = 0; i < texts.length; i += BATCH_SIZE) {
        const batch = texts.slice(i, i + BATCH_SIZE).map((t) => settings.passagePrefix + t);
        out.push(...checkDims(await embedBatch(batch)));
      }
      return out;
    },
    async embedQuery(text: string): Promise<Float32Array> {
      const [vector] = checkDims(await embedBatch([settings.queryPrefix + text]));
      return vector;
    },
  };
}
