import { describe, expect, it } from 'vitest';
import { gaussian, orthonormalizeColumns, seededRandom } from '../../src/embed/linear-algebra.js';
import type { Csr } from '../../src/embed/sparse-matrix.js';
import { denseTimesDense, gramUpper, sparseTimesDense } from '../../src/embed/svd-kernels.js';

/**
 * The LSA fit's loops were reordered for speed (several columns or rows a pass) on the promise that
 * every output value is computed by the same operations in the same order, so a rebuilt index keeps
 * its vectors to the bit. These are the loops as they were, one column or row at a time.
 */
function orthonormalizeOneAtATime(m: Float64Array, n: number, l: number): void {
  const t = new Float64Array(n * l);
  for (let i = 0; i < n; i++) for (let j = 0; j < l; j++) t[j * n + i] = m[i * l + j];
  for (let j = 0; j < l; j++) {
    const cj = j * n;
    let before = 0;
    for (let i = 0; i < n; i++) before += t[cj + i] ** 2;
    for (let k = 0; k < j; k++) {
      const ck = k * n;
      let dot = 0;
      for (let i = 0; i < n; i++) dot += t[cj + i] * t[ck + i];
      for (let i = 0; i < n; i++) t[cj + i] -= dot * t[ck + i];
    }
    let after = 0;
    for (let i = 0; i < n; i++) after += t[cj + i] ** 2;
    const scale = after > before * 1e-20 ? 1 / Math.sqrt(after) : 0;
    for (let i = 0; i < n; i++) t[cj + i] *= scale;
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < l; j++) m[i * l + j] = t[j * n + i];
}

function gramOneRowAtATime(x: Float64Array, y: Float64Array, n: number, l: number, out: Float64Array): void {
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

function sparseFourAPass(a: Csr, m: Float64Array, width: number, out: Float64Array): void {
  const { rowStart, indices, values } = a;
  for (let r = 0; r < a.rows; r++) {
    const o = r * width;
    const end = rowStart[r + 1];
    let j = rowStart[r];
    for (; j + 3 < end; j += 4) {
      const [b0, b1, b2, b3] = [0, 1, 2, 3].map((t) => indices[j + t] * width);
      const [w0, w1, w2, w3] = [0, 1, 2, 3].map((t) => values[j + t]);
      for (let d = 0; d < width; d++) out[o + d] += w0 * m[b0 + d] + w1 * m[b1 + d] + w2 * m[b2 + d] + w3 * m[b3 + d];
    }
    for (; j < end; j++) {
      const b = indices[j] * width;
      const w = values[j];
      for (let d = 0; d < width; d++) out[o + d] += w * m[b + d];
    }
  }
}

function denseFourAPass(x: Float64Array, m: Float64Array, n: number, l: number, k: number, out: Float64Array): void {
  for (let r = 0; r < n; r++) {
    const xo = r * l;
    const o = r * k;
    let i = 0;
    for (; i + 3 < l; i += 4) {
      const [x0, x1, x2, x3] = [0, 1, 2, 3].map((t) => x[xo + i + t]);
      const [m0, m1, m2, m3] = [0, 1, 2, 3].map((t) => (i + t) * k);
      for (let d = 0; d < k; d++) out[o + d] += x0 * m[m0 + d] + x1 * m[m1 + d] + x2 * m[m2 + d] + x3 * m[m3 + d];
    }
    for (; i < l; i++) {
      const xi = x[xo + i];
      const mi = i * k;
      for (let d = 0; d < k; d++) out[o + d] += xi * m[mi + d];
    }
  }
}

/** Rows of 0 to 2·perRow non-zeros (every remainder of eight and of four), columns drawn at random. */
function sparse(rows: number, cols: number, perRow: number, seed: number): Csr {
  const random = seededRandom(seed);
  const normal = gaussian(random);
  const rowStart = new Int32Array(rows + 1);
  const indices: number[] = [];
  const values: number[] = [];
  for (let r = 0; r < rows; r++) {
    const count = r % (2 * perRow + 1);
    for (let t = 0; t < count; t++) {
      indices.push(Math.floor(random() * cols));
      values.push(normal());
    }
    rowStart[r + 1] = indices.length;
  }
  return { rows, rowStart, indices: Int32Array.from(indices), values: Float64Array.from(values) };
}

/** n×l values, Gaussian, with a share of exact zeros (sparse rows of an LSA sketch have them). */
function matrix(n: number, l: number, seed: number, zeros = 0): Float64Array {
  const random = seededRandom(seed);
  const normal = gaussian(random);
  return Float64Array.from({ length: n * l }, () => (random() < zeros ? 0 : normal()));
}

function expectSameBits(actual: Float64Array, expected: Float64Array): void {
  expect(actual.length).toBe(expected.length);
  const differing: number[] = [];
  for (let i = 0; i < actual.length; i++) if (!Object.is(actual[i], expected[i])) differing.push(i);
  expect(differing).toEqual([]);
}

describe('LSA kernels keep their bits', () => {
  for (const [n, l, zeros] of [
    [270, 138, 0],
    [50, 11, 0.3],
    [9, 7, 0],
    [3, 5, 0],
  ] as const) {
    it(`orthonormalizeColumns: ${n}×${l}, ${zeros * 100} % zeros`, () => {
      const m = matrix(n, l, n + l, zeros);
      // Dependent columns too: column 6 a copy of column 2 (zeroed by the check on its norm).
      for (let i = 0; i < n && l > 6; i++) m[i * l + 6] = m[i * l + 2];
      const expected = Float64Array.from(m);
      orthonormalizeOneAtATime(expected, n, l);
      orthonormalizeColumns(m, n, l);
      expectSameBits(m, expected);
    });

    it(`gramUpper: ${n}×${l}, ${zeros * 100} % zeros`, () => {
      const x = matrix(n, l, 2 * n + l, zeros);
      const y = matrix(n, l, 3 * n + l);
      const expected = matrix(l, l, 5);
      const out = Float64Array.from(expected);
      gramOneRowAtATime(x, y, n, l, expected);
      gramUpper(x, y, n, l, out);
      expectSameBits(out, expected);
    });
  }
  for (const [rows, cols, perRow, width] of [
    [270, 5039, 62, 138],
    [5039, 270, 4, 138],
    [40, 30, 9, 13],
  ] as const) {
    it(`sparseTimesDense: ${rows} rows of up to ${2 * perRow} non-zeros, ${width} wide`, () => {
      const a = sparse(rows, cols, perRow, rows + width);
      const m = matrix(cols, width, cols);
      const expected = matrix(rows, width, 7);
      const out = Float64Array.from(expected);
      sparseFourAPass(a, m, width, expected);
      sparseTimesDense(a, m, width, out);
      expectSameBits(out, expected);
    });
  }

  for (const [n, l, k] of [
    [270, 138, 128],
    [20, 15, 9],
    [5, 3, 4],
    [4, 9, 2],
  ] as const) {
    it(`denseTimesDense: ${n}×${l} times ${l}×${k}`, () => {
      const x = matrix(n, l, n * l, 0.1);
      const m = matrix(l, k, l * k);
      const expected = matrix(n, k, 11);
      const out = Float64Array.from(expected);
      denseFourAPass(x, m, n, l, k, expected);
      denseTimesDense(x, m, n, l, k, out);
      expectSameBits(out, expected);
    });
  }
});
