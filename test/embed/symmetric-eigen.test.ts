import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { gaussian, seededRandom } from '../../src/embed/linear-algebra.js';
import { tridiagonalQl } from '../../src/embed/symmetric-eigen.js';

/** ml-matrix's decomposition as flat arrays in tridiagonalQl's layout: eigenvector r as row r. */
function reference(a: Float64Array, n: number): { values: number[]; vectors: number[] } {
  const e = new EigenvalueDecomposition(Matrix.from1DArray(n, n, a), { assumeSymmetric: true });
  const columns = e.eigenvectorMatrix;
  const vectors: number[] = [];
  for (let r = 0; r < n; r++) for (let i = 0; i < n; i++) vectors.push(columns.get(i, r));
  return { values: e.realEigenvalues, vectors };
}

function symmetric(n: number, seed: number, entry: (i: number, j: number, normal: () => number) => number): Float64Array {
  const normal = gaussian(seededRandom(seed));
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) a[i * n + j] = a[j * n + i] = entry(i, j, normal);
  return a;
}

/** XᵀX of a rank-r X: positive semi-definite with n − r zero eigenvalues, as an LSA fit's Gram matrix. */
function lowRankGram(n: number, r: number, seed: number): Float64Array {
  const normal = gaussian(seededRandom(seed));
  const x = Float64Array.from({ length: r * n }, () => normal());
  const g = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) for (let k = 0; k < r; k++) g[i * n + j] += x[k * n + i] * x[k * n + j];
  return g;
}

/** Bit for bit: Object.is tells 0 from −0 and compares NaN with itself. */
function expectSameBits(actual: ArrayLike<number>, expected: ArrayLike<number>): void {
  expect(actual.length).toBe(expected.length);
  const differing: number[] = [];
  for (let i = 0; i < actual.length; i++) if (!Object.is(actual[i], expected[i])) differing.push(i);
  expect(differing).toEqual([]);
}

describe('tridiagonalQl', () => {
  const cases: Array<[string, number, Float64Array]> = [
    ['1×1', 1, Float64Array.of(-3.5)],
    ['2×2', 2, Float64Array.of(2, 1, 1, 2)],
    ['random 17×17', 17, symmetric(17, 4, (_i, _j, normal) => normal())],
    ['random 60×60', 60, symmetric(60, 5, (_i, _j, normal) => normal())],
    ['rank-12 Gram 40×40', 40, lowRankGram(40, 12, 7)],
    ['rank-128 Gram 138×138 (an LSA fit’s shape)', 138, lowRankGram(138, 128, 9)],
    ['diagonal with repeats', 5, symmetric(5, 1, (i, j) => (i === j ? [3, 1, 3, 0, -2][i] : 0))],
    ['zero rows and columns', 8, symmetric(8, 3, (i, j, normal) => (i % 3 === 0 || j % 3 === 0 ? 0 : normal()))],
    ['all zero', 4, new Float64Array(16)],
  ];
  for (const [name, n, a] of cases) {
    it(`gives ml-matrix's eigenvalues and eigenvectors to the bit: ${name}`, () => {
      const copy = Float64Array.from(a);
      const mine = tridiagonalQl(a, n);
      const theirs = reference(a, n);
      expectSameBits(mine.values, theirs.values);
      expectSameBits(mine.vectors, theirs.vectors);
      expectSameBits(a, copy);
    });
  }

  it('returns eigenvalues ascending with A v = λ v for each row v', () => {
    const n = 30;
    const a = symmetric(n, 21, (_i, _j, normal) => normal());
    const { values, vectors } = tridiagonalQl(a, n);
    for (let r = 1; r < n; r++) expect(values[r]).toBeGreaterThanOrEqual(values[r - 1]);
    for (let r = 0; r < n; r++)
      for (let i = 0; i < n; i++) {
        let av = 0;
        for (let k = 0; k < n; k++) av += a[i * n + k] * vectors[r * n + k];
        expect(Math.abs(av - values[r] * vectors[r * n + i])).toBeLessThan(1e-9);
      }
  });
});
