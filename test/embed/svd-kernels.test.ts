import { describe, expect, it } from 'vitest';
import { orthonormalizeColumns, seededRandom } from '../../src/embed/linear-algebra.js';
import { randomizedSvd } from '../../src/embed/randomized-svd.js';
import { type Csr, toCsr } from '../../src/embed/sparse-matrix.js';
import { denseTimesDense, gramUpper, sparseTimesDense } from '../../src/embed/svd-kernels.js';

const random = seededRandom(23);

function sparse(rows: number, cols: number, perRow: number): Csr {
  return toCsr(
    Array.from({ length: rows }, () => {
      const picked = new Set<number>();
      // Row lengths vary so that the four-at-a-time loops leave every remainder.
      const count = Math.max(0, perRow - Math.floor(random() * 4));
      while (picked.size < Math.min(count, cols)) picked.add(Math.floor(random() * cols));
      return { indices: [...picked], values: [...picked].map(() => random() - 0.5) };
    }),
  );
}

function dense(length: number): Float64Array {
  return Float64Array.from({ length }, () => random() - 0.5);
}

/** The rows×cols row-major matrix the compressed rows stand for. */
function densify(a: Csr, cols: number): Float64Array {
  const out = new Float64Array(a.rows * cols);
  for (let r = 0; r < a.rows; r++) for (let j = a.rowStart[r]; j < a.rowStart[r + 1]; j++) out[r * cols + a.indices[j]] += a.values[j];
  return out;
}

/** out = X M by the textbook triple loop, the reference the kernels are held to. */
function product(x: ArrayLike<number>, m: ArrayLike<number>, n: number, l: number, k: number): Float64Array {
  const out = new Float64Array(n * k);
  for (let r = 0; r < n; r++) for (let d = 0; d < k; d++) for (let i = 0; i < l; i++) out[r * k + d] += x[r * l + i] * m[i * k + d];
  return out;
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance = 1e-12): void {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
  expect(worst).toBeLessThan(tolerance);
}

describe('the SVD kernels', () => {
  for (const width of [1, 2, 7, 138]) {
    it(`multiply sparse by dense as the textbook product does (width ${width})`, () => {
      const a = sparse(37, 90, 11);
      const m = dense(90 * width);
      const out = new Float64Array(37 * width);
      sparseTimesDense(a, m, width, out);
      expectClose(out, product(densify(a, 90), m, 37, 90, width));
    });
  }

  for (const [l, k] of [
    [5, 3],
    [9, 8],
    [138, 128],
  ]) {
    it(`multiply dense matrices and take the upper Gram as the textbook products do (${l}×${k})`, () => {
      const n = 23;
      const x = dense(n * l);
      const y = dense(n * l);
      const m = dense(l * k);
      const out = new Float64Array(n * k);
      denseTimesDense(x, m, n, l, k, out);
      expectClose(out, product(x, m, n, l, k));
      const gram = new Float64Array(l * l);
      gramUpper(x, y, n, l, gram);
      const xt = new Float64Array(l * n);
      for (let r = 0; r < n; r++) for (let i = 0; i < l; i++) xt[i * n + r] = x[r * l + i];
      const full = product(xt, y, l, n, l);
      for (let i = 0; i < l; i++)
        for (let j = 0; j < l; j++) expect(Math.abs(gram[i * l + j] - (j >= i ? full[i * l + j] : 0))).toBeLessThan(1e-12);
    });
  }

  it('add into their output rather than overwrite it', () => {
    const x = dense(4 * 3);
    const m = dense(3 * 2);
    const out = new Float64Array(4 * 2).fill(1);
    denseTimesDense(x, m, 4, 3, 2, out);
    expectClose(
      out,
      product(x, m, 4, 3, 2).map((v) => v + 1),
    );
  });

  it('zero a column that depends on the ones before it in Gram–Schmidt', () => {
    const n = 31;
    const l = 9;
    const m = dense(n * l);
    // Column 4 repeats column 1: Gram–Schmidt leaves only rounding of it.
    for (let i = 0; i < n; i++) m[i * l + 4] = m[i * l + 1];
    orthonormalizeColumns(m, n, l);
    for (let i = 0; i < n; i++) expect(Math.abs(m[i * l + 4])).toBe(0);
  });

  it('refuse arrays of the wrong size rather than drop the writes past them', () => {
    expect(() => denseTimesDense(new Float64Array(6), new Float64Array(6), 2, 3, 2, new Float64Array(3))).toThrow(/where 4 belong/);
    expect(() => gramUpper(new Float64Array(6), new Float64Array(6), 2, 3, new Float64Array(8))).toThrow(/where 9 belong/);
    const a = toCsr([{ indices: [0, 5], values: [1, 1] }]);
    expect(() => sparseTimesDense(a, new Float64Array(8), 2, new Float64Array(2))).toThrow(/column 5 of a 4-row/);
    expect(() => sparseTimesDense({ ...a, rowStart: Int32Array.of(0, 1) }, new Float64Array(12), 2, new Float64Array(2))).toThrow(
      /inconsistent/,
    );
  });
});

describe('randomizedSvd', () => {
  it('recovers a matrix of rank k from its basis and the rows’ projections', () => {
    // A = L R, 60×400 of rank 5, every entry stored: the sketch spans its range exactly.
    const rows = 60;
    const cols = 400;
    const k = 5;
    const left = dense(rows * k);
    const right = dense(k * cols);
    const a = product(left, right, rows, k, cols);
    const csr = toCsr(
      Array.from({ length: rows }, (_, r) => ({ indices: [...Array(cols).keys()], values: a.subarray(r * cols, (r + 1) * cols) })),
    );
    const svd = randomizedSvd(csr, cols, k, 7);
    expect(svd.rank).toBe(k + 10);
    // The basis has orthonormal columns (to float32 rounding)…
    for (let p = 0; p < k; p++)
      for (let q = 0; q < k; q++) {
        let dot = 0;
        for (let c = 0; c < cols; c++) dot += svd.basis[c * k + p] * svd.basis[c * k + q];
        expect(Math.abs(dot - (p === q ? 1 : 0))).toBeLessThan(1e-5);
      }
    // …and (A V) Vᵀ gives A back.
    const basisT = new Float64Array(k * cols);
    for (let c = 0; c < cols; c++) for (let d = 0; d < k; d++) basisT[d * cols + c] = svd.basis[c * k + d];
    const rebuilt = product(svd.rowProjections, basisT, rows, k, cols);
    const scale = Math.max(...Array.from(a, Math.abs));
    expectClose(
      rebuilt.map((v) => v / scale),
      a.map((v) => v / scale),
      1e-5,
    );
  });

  it('gives the same basis on every run', () => {
    const a = sparse(60, 400, 25);
    const first = randomizedSvd(a, 400, 20, 7);
    const second = randomizedSvd(a, 400, 20, 7);
    expect(Buffer.from(first.basis.buffer).equals(Buffer.from(second.basis.buffer))).toBe(true);
  });
});
