import type { Csr } from './sparse-matrix.js';

/**
 * The products of a randomized SVD as plain typed-array loops. Each adds into its `out` and first
 * checks every array against the dimensions it is given: a typed array drops a write past its end
 * silently, which would leave a wrong fit rather than an error.
 */

/** out += A M, M `width` wide. */
export function sparseTimesDense(a: Csr, m: Float64Array, width: number, out: Float64Array): void {
  checkSparseTimesDense(a, m, width, out);
  addSparseTimesDense(a, m, width, out);
}

/** out += X M for n×l X and l×k M. */
export function denseTimesDense(x: Float64Array, m: Float64Array, n: number, l: number, k: number, out: Float64Array): void {
  checkShapes('denseTimesDense', [x, n * l], [m, l * k], [out, n * k]);
  addDenseTimesDense(x, m, n, l, k, out);
}

/** The upper triangle (j ≥ i) of Xᵀ Y for n×l X and Y, added into the l×l `out`. */
export function gramUpper(x: Float64Array, y: Float64Array, n: number, l: number, out: Float64Array): void {
  checkShapes('gramUpper', [x, n * l], [y, n * l], [out, l * l]);
  addGramUpper(x, y, n, l, out);
}

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

/**
 * out += A M, four non-zeros folded into each pass over an output row, which halves the time of
 * one at a time: the loop is bound by loads and stores of the output, not by the multiply-adds.
 */
function addSparseTimesDense(a: Csr, m: Float64Array, width: number, out: Float64Array): void {
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

function addDenseTimesDense(x: Float64Array, m: Float64Array, n: number, l: number, k: number, out: Float64Array): void {
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

function addGramUpper(x: Float64Array, y: Float64Array, n: number, l: number, out: Float64Array): void {
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
