import { readFileSync } from 'node:fs';
import { eigenpairsDescending, orthonormalizeColumns, symmetricEigen } from './linear-algebra.js';
import type { Csr } from './sparse-matrix.js';

/**
 * The dense loops of a randomized SVD, on arrays the kernels allocate themselves (the WebAssembly
 * kernels can only reach their own memory). Every product adds into its `out`, which `allocate`
 * returns zeroed.
 */
export interface SvdKernels {
  readonly name: 'wasm-simd' | 'javascript';
  allocate(length: number): Float64Array;
  allocateIndices(length: number): Int32Array;
  /** out += A M, M `width` wide. */
  sparseTimesDense(a: Csr, m: Float64Array, width: number, out: Float64Array): void;
  /** out += X M for n×l X and l×k M. */
  denseTimesDense(x: Float64Array, m: Float64Array, n: number, l: number, k: number, out: Float64Array): void;
  /** The upper triangle (j ≥ i) of Xᵀ Y, added into the l×l `out`. */
  gramUpper(x: Float64Array, y: Float64Array, n: number, l: number, out: Float64Array): void;
  /** Orthonormalises the columns of the row-major n×l matrix in place (modified Gram–Schmidt). */
  orthonormalizeColumns(m: Float64Array, n: number, l: number): void;
  /** `symmetricEigen` of the l×l matrix, which it may overwrite. */
  symmetricEigen(m: Float64Array, l: number): { values: Float64Array; vectors: Float64Array };
  /** Done with every array allocated: they may be reused or freed. */
  release(): void;
}

/** The reference kernels: plain typed-array loops, also what runs where WebAssembly SIMD does not. */
export function javascriptKernels(): SvdKernels {
  return withShapeChecks({
    name: 'javascript',
    allocate: (length) => new Float64Array(length),
    allocateIndices: (length) => new Int32Array(length),
    sparseTimesDense,
    denseTimesDense,
    gramUpper,
    orthonormalizeColumns,
    symmetricEigen,
    release: () => {},
  });
}

/**
 * Arrays of the sizes the dimensions say, checked before either implementation runs: the
 * WebAssembly kernels would read and write past a short one into its neighbours, and typed
 * arrays in JavaScript would drop the writes, each silently.
 */
function withShapeChecks(kernels: SvdKernels): SvdKernels {
  return {
    ...kernels,
    sparseTimesDense: (a, m, width, out) => {
      checkSparseTimesDense(a, m, width, out);
      kernels.sparseTimesDense(a, m, width, out);
    },
    denseTimesDense: (x, m, n, l, k, out) => {
      checkShapes('denseTimesDense', [x, n * l], [m, l * k], [out, n * k]);
      kernels.denseTimesDense(x, m, n, l, k, out);
    },
    gramUpper: (x, y, n, l, out) => {
      checkShapes('gramUpper', [x, n * l], [y, n * l], [out, l * l]);
      kernels.gramUpper(x, y, n, l, out);
    },
    orthonormalizeColumns: (m, n, l) => {
      checkShapes('orthonormalizeColumns', [m, n * l]);
      kernels.orthonormalizeColumns(m, n, l);
    },
    symmetricEigen: (m, l) => {
      checkShapes('symmetricEigen', [m, l * l]);
      return kernels.symmetricEigen(m, l);
    },
  };
}

/**
 * The WebAssembly SIMD kernels (src/embed/wasm/lsa-kernels.wat) with room for `bytes` in `arrays`
 * arrays. Their memory is kept from one fit to the next (up to KEEP_BYTES): a fresh 10 MB memory
 * for every build made V8 collect garbage in full every few builds, a third of a seed build's time
 * when it did. The arrays of one call are only good until the next call: `release` when done.
 * Falls back to the JavaScript kernels where the module does not load.
 */
export function svdKernels(bytes: number, arrays: number): SvdKernels {
  const module = wasmModule();
  if (!module) return javascriptKernels();
  const needed = bytes + arrays * ALIGN + ALIGN;
  try {
    if (!workspace) {
      const memory = new WebAssembly.Memory({ initial: Math.ceil(needed / PAGE) });
      workspace = {
        memory,
        exports: new WebAssembly.Instance(module, { env: { memory } }).exports as unknown as WasmExports,
        generation: 0,
      };
    } else if (workspace.memory.buffer.byteLength < needed) {
      workspace.memory.grow(Math.ceil((needed - workspace.memory.buffer.byteLength) / PAGE));
    }
  } catch (error) {
    // Past WebAssembly's 4 GB, or no contiguous block that large: the JavaScript kernels need neither.
    if (error instanceof RangeError) return javascriptKernels();
    throw error;
  }
  const { memory, exports } = workspace;
  const generation = ++workspace.generation;
  let next = ALIGN;
  const reserve = (byteLength: number) => {
    if (workspace?.generation !== generation) throw new Error("svdKernels: this call's memory was taken by a later call");
    const at = next;
    next += Math.ceil(byteLength / ALIGN) * ALIGN;
    if (next > memory.buffer.byteLength) throw new Error(`svdKernels: ${next} bytes asked of a ${memory.buffer.byteLength}-byte memory`);
    return at;
  };
  // Reused memory holds the last fit's numbers: every array starts zeroed, as the products expect.
  const issued = new WeakSet<Float64Array | Int32Array>();
  const issue = <T extends Float64Array | Int32Array>(array: T) => {
    issued.add(array);
    return array;
  };
  const allocate = (length: number) => issue(new Float64Array(memory.buffer, reserve(length * 8), length).fill(0));
  const allocateIndices = (length: number) => issue(new Int32Array(memory.buffer, reserve(length * 4), length).fill(0));
  const pointer = (array: Float64Array | Int32Array) => {
    if (!issued.has(array)) throw new Error('svdKernels: an array not allocated by this call (from outside, or of an earlier call)');
    if (workspace?.generation !== generation) throw new Error("svdKernels: this call's memory was taken by a later call");
    return array.byteOffset;
  };
  return withShapeChecks({
    name: 'wasm-simd',
    allocate,
    allocateIndices,
    sparseTimesDense: (a, m, width, out) =>
      exports.sparseTimesDense(pointer(a.rowStart), pointer(a.indices), pointer(a.values), pointer(m), width, pointer(out), 0, a.rows),
    denseTimesDense: (x, m, n, l, k, out) => exports.denseTimesDense(pointer(x), pointer(m), l, k, pointer(out), 0, n),
    gramUpper: (x, y, n, l, out) => exports.gramUpper(pointer(x), pointer(y), n, l, pointer(out)),
    orthonormalizeColumns: (m, n, l) => {
      // The module works on columns laid out one after another; the caller's matrix is row-major.
      const columns = allocate(n * l);
      for (let i = 0; i < n; i++) for (let j = 0; j < l; j++) columns[j * n + i] = m[i * l + j];
      exports.orthonormalizeColumns(pointer(columns), n, l);
      for (let i = 0; i < n; i++) for (let j = 0; j < l; j++) m[i * l + j] = columns[j * n + i];
    },
    symmetricEigen: (m, l) => {
      if (l < 2) return symmetricEigen(m, l);
      const d = allocate(l);
      const e = allocate(l);
      if (exports.symmetricEigen(pointer(m), pointer(d), pointer(e), l) !== 0)
        throw new Error('symmetricEigen: the QL iteration did not converge');
      return eigenpairsDescending(d, m, l);
    },
    release: () => {
      // A large corpus's memory is not kept for the life of a serving process.
      if (workspace?.generation === generation && memory.buffer.byteLength > KEEP_BYTES) workspace = null;
    },
  });
}

/** Memory kept between fits: a seed-sized fit takes about 12 MB, a 3 000-row fit a few hundred. */
const KEEP_BYTES = 64 << 20;
let workspace: { memory: WebAssembly.Memory; exports: WasmExports; generation: number } | null = null;

function checkShapes(kernel: string, ...arrays: Array<[Float64Array, number]>): void {
  for (const [array, length] of arrays)
    if (array.length !== length) throw new Error(`${kernel}: an array of ${array.length} values where ${length} belong`);
}

function checkSparseTimesDense(a: Csr, m: Float64Array, width: number, out: Float64Array): void {
  checkShapes('sparseTimesDense', [out, a.rows * width]);
  if (a.rowStart.length !== a.rows + 1 || a.indices.length !== a.values.length || a.rowStart[a.rows] !== a.indices.length)
    throw new Error('sparseTimesDense: inconsistent compressed rows');
  if (m.length % width !== 0) throw new Error(`sparseTimesDense: ${m.length} values are not rows of ${width}`);
  const rows = m.length / width;
  for (let j = 0; j < a.indices.length; j++)
    if (a.indices[j] < 0 || a.indices[j] >= rows) throw new Error(`sparseTimesDense: column ${a.indices[j]} of a ${rows}-row operand`);
}

interface WasmExports {
  sparseTimesDense(
    rowStart: number,
    indices: number,
    values: number,
    m: number,
    width: number,
    out: number,
    from: number,
    to: number,
  ): void;
  denseTimesDense(x: number, m: number, l: number, k: number, out: number, from: number, to: number): void;
  gramUpper(x: number, y: number, n: number, l: number, out: number): void;
  orthonormalizeColumns(t: number, n: number, l: number): void;
  symmetricEigen(v: number, d: number, e: number, n: number): number;
}

const PAGE = 65536;
/** Every array starts on a 16-byte boundary, the width of a SIMD load. */
const ALIGN = 16;
const WASM_KERNELS_FILE = new URL('./wasm/lsa-kernels.wasm', import.meta.url);

let compiled: WebAssembly.Module | null | undefined;

function wasmModule(): WebAssembly.Module | null {
  if (compiled !== undefined) return compiled;
  try {
    compiled = new WebAssembly.Module(readFileSync(WASM_KERNELS_FILE));
  } catch {
    // No WebAssembly SIMD here (or the file is missing): the JavaScript kernels do the same work.
    compiled = null;
  }
  return compiled;
}

/**
 * out += A M, four non-zeros folded into each pass over an output row, which halves the time of
 * one at a time: the loop is bound by loads and stores of the output, not by the multiply-adds.
 */
function sparseTimesDense(a: Csr, m: Float64Array, width: number, out: Float64Array): void {
  const { rowStart, indices, values } = a;
  for (let r = 0; r < a.rows; r++) {
    const o = r * width;
    const end = rowStart[r + 1];
    let j = rowStart[r];
    for (; j + 3 < end; j += 4) {
      const b0 = indices[j] * width;
      const b1 = indices[j + 1] * width;
      const b2 = indices[j + 2] * width;
      const b3 = indices[j + 3] * width;
      const w0 = values[j];
      const w1 = values[j + 1];
      const w2 = values[j + 2];
      const w3 = values[j + 3];
      for (let d = 0; d < width; d++) out[o + d] += w0 * m[b0 + d] + w1 * m[b1 + d] + w2 * m[b2 + d] + w3 * m[b3 + d];
    }
    for (; j < end; j++) {
      const b = indices[j] * width;
      const w = values[j];
      for (let d = 0; d < width; d++) out[o + d] += w * m[b + d];
    }
  }
}

function denseTimesDense(x: Float64Array, m: Float64Array, n: number, l: number, k: number, out: Float64Array): void {
  for (let r = 0; r < n; r++) {
    const xo = r * l;
    const o = r * k;
    let i = 0;
    for (; i + 3 < l; i += 4) {
      const x0 = x[xo + i];
      const x1 = x[xo + i + 1];
      const x2 = x[xo + i + 2];
      const x3 = x[xo + i + 3];
      const m0 = i * k;
      const m1 = m0 + k;
      const m2 = m1 + k;
      const m3 = m2 + k;
      for (let d = 0; d < k; d++) out[o + d] += x0 * m[m0 + d] + x1 * m[m1 + d] + x2 * m[m2 + d] + x3 * m[m3 + d];
    }
    for (; i < l; i++) {
      const xi = x[xo + i];
      const mi = i * k;
      for (let d = 0; d < k; d++) out[o + d] += xi * m[mi + d];
    }
  }
}

function gramUpper(x: Float64Array, y: Float64Array, n: number, l: number, out: Float64Array): void {
  for (let r = 0; r < n; r++) {
    const o = r * l;
    for (let i = 0; i < l; i++) {
      const xi = x[o + i];
      if (xi === 0) continue;
      const g = i * l;
      for (let j = i; j < l; j++) out[g + j] += xi * y[o + j];
    }
  }
}
