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
 * out += A M, four non-zeros folded into a sum that each pass over an output row adds, which halves
 * the time of one at a time: the loop is bound by loads and stores of the output, not by the
 * multiply-adds. Two such sums share a pass, and the last one to three non-zeros share one, adding
 * in the order separate passes would (so the same bits), each loading and storing the output once.
 */
function addSparseTimesDense(a: Csr, m: Float64Array, width: number, out: Float64Array): void {
  const { rowStart, indices, values } = a;
  for (let r = 0; r < a.rows; r++) {
    const o = r * width;
    const end = rowStart[r + 1];
    let j = rowStart[r];
    for (; j + 7 < end; j += 8) {
      const b0 = indices[j] * width;
      const b1 = indices[j + 1] * width;
      const b2 = indices[j + 2] * width;
      const b3 = indices[j + 3] * width;
      const b4 = indices[j + 4] * width;
      const b5 = indices[j + 5] * width;
      const b6 = indices[j + 6] * width;
      const b7 = indices[j + 7] * width;
      const w0 = values[j];
      const w1 = values[j + 1];
      const w2 = values[j + 2];
      const w3 = values[j + 3];
      const w4 = values[j + 4];
      const w5 = values[j + 5];
      const w6 = values[j + 6];
      const w7 = values[j + 7];
      for (let d = 0; d < width; d++)
        out[o + d] =
          out[o + d] +
          (w0 * m[b0 + d] + w1 * m[b1 + d] + w2 * m[b2 + d] + w3 * m[b3 + d]) +
          (w4 * m[b4 + d] + w5 * m[b5 + d] + w6 * m[b6 + d] + w7 * m[b7 + d]);
    }
    if (j + 3 < end) {
      const b0 = indices[j] * width;
      const b1 = indices[j + 1] * width;
      const b2 = indices[j + 2] * width;
      const b3 = indices[j + 3] * width;
      const w0 = values[j];
      const w1 = values[j + 1];
      const w2 = values[j + 2];
      const w3 = values[j + 3];
      for (let d = 0; d < width; d++) out[o + d] += w0 * m[b0 + d] + w1 * m[b1 + d] + w2 * m[b2 + d] + w3 * m[b3 + d];
      j += 4;
    }
    const left = end - j;
    if (left === 3) {
      const b0 = indices[j] * width;
      const b1 = indices[j + 1] * width;
      const b2 = indices[j + 2] * width;
      const w0 = values[j];
      const w1 = values[j + 1];
      const w2 = values[j + 2];
      for (let d = 0; d < width; d++) out[o + d] = out[o + d] + w0 * m[b0 + d] + w1 * m[b1 + d] + w2 * m[b2 + d];
    } else if (left === 2) {
      const b0 = indices[j] * width;
      const b1 = indices[j + 1] * width;
      const w0 = values[j];
      const w1 = values[j + 1];
      for (let d = 0; d < width; d++) out[o + d] = out[o + d] + w0 * m[b0 + d] + w1 * m[b1 + d];
    } else if (left === 1) {
      const b0 = indices[j] * width;
      const w0 = values[j];
      for (let d = 0; d < width; d++) out[o + d] += w0 * m[b0 + d];
    }
  }
}

/** out += X M as `addSparseTimesDense` folds it: sums of four, two sums a pass, the last one to three in one pass. */
function addDenseTimesDense(x: Float64Array, m: Float64Array, n: number, l: number, k: number, out: Float64Array): void {
  for (let r = 0; r < n; r++) {
    const xo = r * l;
    const o = r * k;
    let i = 0;
    for (; i + 7 < l; i += 8) {
      const x0 = x[xo + i];
      const x1 = x[xo + i + 1];
      const x2 = x[xo + i + 2];
      const x3 = x[xo + i + 3];
      const x4 = x[xo + i + 4];
      const x5 = x[xo + i + 5];
      const x6 = x[xo + i + 6];
      const x7 = x[xo + i + 7];
      const m0 = i * k;
      const m1 = m0 + k;
      const m2 = m1 + k;
      const m3 = m2 + k;
      const m4 = m3 + k;
      const m5 = m4 + k;
      const m6 = m5 + k;
      const m7 = m6 + k;
      for (let d = 0; d < k; d++)
        out[o + d] =
          out[o + d] +
          (x0 * m[m0 + d] + x1 * m[m1 + d] + x2 * m[m2 + d] + x3 * m[m3 + d]) +
          (x4 * m[m4 + d] + x5 * m[m5 + d] + x6 * m[m6 + d] + x7 * m[m7 + d]);
    }
    if (i + 3 < l) {
      const x0 = x[xo + i];
      const x1 = x[xo + i + 1];
      const x2 = x[xo + i + 2];
      const x3 = x[xo + i + 3];
      const m0 = i * k;
      const m1 = m0 + k;
      const m2 = m1 + k;
      const m3 = m2 + k;
      for (let d = 0; d < k; d++) out[o + d] += x0 * m[m0 + d] + x1 * m[m1 + d] + x2 * m[m2 + d] + x3 * m[m3 + d];
      i += 4;
    }
    const left = l - i;
    if (left === 3) {
      const x0 = x[xo + i];
      const x1 = x[xo + i + 1];
      const x2 = x[xo + i + 2];
      const m0 = i * k;
      const m1 = m0 + k;
      const m2 = m1 + k;
      for (let d = 0; d < k; d++) out[o + d] = out[o + d] + x0 * m[m0 + d] + x1 * m[m1 + d] + x2 * m[m2 + d];
    } else if (left === 2) {
      const x0 = x[xo + i];
      const x1 = x[xo + i + 1];
      const m0 = i * k;
      const m1 = m0 + k;
      for (let d = 0; d < k; d++) out[o + d] = out[o + d] + x0 * m[m0 + d] + x1 * m[m1 + d];
    } else if (left === 1) {
      const x0 = x[xo + i];
      const m0 = i * k;
      for (let d = 0; d < k; d++) out[o + d] += x0 * m[m0 + d];
    }
  }
}

/**
 * Four rows of X and Y at a time: each output entry still adds its products row after row, as one
 * row at a time would (the same bits), but is loaded and stored once per four rows. Where one of
 * the four x values is zero, the rows go one at a time and skip it as before.
 */
function addGramUpper(x: Float64Array, y: Float64Array, n: number, l: number, out: Float64Array): void {
  let r = 0;
  for (; r + 3 < n; r += 4) {
    const o0 = r * l;
    const o1 = o0 + l;
    const o2 = o1 + l;
    const o3 = o2 + l;
    for (let i = 0; i < l; i++) {
      const x0 = x[o0 + i];
      const x1 = x[o1 + i];
      const x2 = x[o2 + i];
      const x3 = x[o3 + i];
      const g = i * l;
      if (x0 === 0 || x1 === 0 || x2 === 0 || x3 === 0) {
        for (let o = o0; o <= o3; o += l) addGramRow(x[o + i], y, o, g, i, l, out);
        continue;
      }
      for (let j = i; j < l; j++) out[g + j] = out[g + j] + x0 * y[o0 + j] + x1 * y[o1 + j] + x2 * y[o2 + j] + x3 * y[o3 + j];
    }
  }
  for (; r < n; r++) {
    const o = r * l;
    for (let i = 0; i < l; i++) addGramRow(x[o + i], y, o, i * l, i, l, out);
  }
}

/** out[i][j] += xi · y[row][j] for j ≥ i; nothing for a zero xi. */
function addGramRow(xi: number, y: Float64Array, o: number, g: number, i: number, l: number, out: Float64Array): void {
  if (xi === 0) return;
  for (let j = i; j < l; j++) out[g + j] += xi * y[o + j];
}
