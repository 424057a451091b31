import { describe, expect, it } from 'vitest';
import { gaussian, orthonormalizeColumns, seededRandom, symmetricEigen } from '../../src/embed/linear-algebra.js';

function randomSymmetric(l: number, seed: number): Float64Array {
  const normal = gaussian(seededRandom(seed));
  const a = new Float64Array(l * l);
  for (let i = 0; i < l; i++) for (let j = 0; j <= i; j++) a[i * l + j] = a[j * l + i] = normal();
  return a;
}

/** A Gram matrix XᵀX of rank r: positive semi-definite with l − r zero eigenvalues, like an LSA fit's. */
function lowRankGram(l: number, r: number, seed: number): Float64Array {
  const normal = gaussian(seededRandom(seed));
  const x = Float64Array.from({ length: r * l }, () => normal());
  const g = new Float64Array(l * l);
  for (let i = 0; i < l; i++) for (let j = 0; j < l; j++) for (let k = 0; k < r; k++) g[i * l + j] += x[k * l + i] * x[k * l + j];
  return g;
}

function expectCloseTo(actual: number[], expected: number[]): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((v, i) => expect(Math.abs(v - expected[i])).toBeLessThan(1e-12));
}

function checkDecomposition(a: Float64Array, l: number): void {
  const { values, vectors } = symmetricEigen(a, l);
  const scale = Math.max(...Array.from(values, Math.abs), 1);
  for (let d = 1; d < l; d++) expect(values[d]).toBeLessThanOrEqual(values[d - 1]);
  for (let p = 0; p < l; p++) {
    for (let q = 0; q < l; q++) {
      let dot = 0;
      for (let k = 0; k < l; k++) dot += vectors[k * l + p] * vectors[k * l + q];
      expect(Math.abs(dot - (p === q ? 1 : 0))).toBeLessThan(1e-9);
    }
    // A v = λ v, column by column.
    for (let i = 0; i < l; i++) {
      let av = 0;
      for (let k = 0; k < l; k++) av += a[i * l + k] * vectors[k * l + p];
      expect(Math.abs(av - values[p] * vectors[i * l + p]) / scale).toBeLessThan(1e-9);
    }
  }
}

describe('symmetricEigen', () => {
  it('decomposes random symmetric matrices of several sizes', () => {
    for (const [l, seed] of [
      [1, 1],
      [2, 2],
      [3, 3],
      [17, 4],
      [60, 5],
    ] as const)
      checkDecomposition(randomSymmetric(l, seed), l);
  });

  it('decomposes a rank-deficient Gram matrix, leaving its null space at zero', () => {
    const l = 40;
    const a = lowRankGram(l, 12, 7);
    checkDecomposition(a, l);
    const { values } = symmetricEigen(a, l);
    expect(values[11]).toBeGreaterThan(1e-6);
    for (let d = 12; d < l; d++) expect(Math.abs(values[d])).toBeLessThan(1e-8 * values[0]);
  });

  it('returns a diagonal matrix as it is, sorted', () => {
    const a = new Float64Array(9);
    [2, 5, -1].forEach((x, i) => (a[i * 3 + i] = x));
    const { values, vectors } = symmetricEigen(a, 3);
    expect([...values]).toEqual([5, 2, -1]);
    expect(Math.abs(vectors[1 * 3 + 0])).toBe(1);
  });

  it('reconstructs the matrix as V diag(λ) Vᵀ, eigenvalues descending', () => {
    const l = 25;
    const a = lowRankGram(l, 18, 11);
    const { values, vectors } = symmetricEigen(a, l);
    for (let d = 1; d < l; d++) expect(values[d]).toBeLessThanOrEqual(values[d - 1]);
    for (let i = 0; i < l; i++)
      for (let j = 0; j < l; j++) {
        let rebuilt = 0;
        for (let d = 0; d < l; d++) rebuilt += vectors[i * l + d] * values[d] * vectors[j * l + d];
        expect(Math.abs(rebuilt - a[i * l + j])).toBeLessThan(1e-9 * values[0]);
      }
  });

  it('gives each eigenvector the sign that makes its largest component positive', () => {
    const l = 12;
    const { vectors } = symmetricEigen(randomSymmetric(l, 13), l);
    for (let d = 0; d < l; d++) {
      let largest = 0;
      for (let i = 1; i < l; i++) if (Math.abs(vectors[i * l + d]) > Math.abs(vectors[largest * l + d])) largest = i;
      expect(vectors[largest * l + d]).toBeGreaterThan(0);
    }
    // [[2, 1], [1, 2]]: eigenvalues 3 and 1, eigenvectors (1, 1)/√2 and (1, −1)/√2, signs as fixed.
    const small = symmetricEigen(Float64Array.of(2, 1, 1, 2), 2);
    expect([...small.values].map((v) => Math.round(v * 1e12) / 1e12)).toEqual([3, 1]);
    const r = Math.SQRT1_2;
    expectCloseTo([...small.vectors], [r, r, r, -r]);
  });

  it('leaves the input matrix as it was', () => {
    const a = randomSymmetric(6, 17);
    const copy = Float64Array.from(a);
    symmetricEigen(a, 6);
    expect([...a]).toEqual([...copy]);
  });

  it('rejects a matrix of the wrong size', () => {
    expect(() => symmetricEigen(new Float64Array(5), 2)).toThrow(/2×2/);
  });
});

describe('orthonormalizeColumns', () => {
  it('leaves orthonormal columns spanning the input', () => {
    const n = 30;
    const l = 8;
    const normal = gaussian(seededRandom(9));
    const m = Float64Array.from({ length: n * l }, () => normal());
    const original = Float64Array.from(m);
    orthonormalizeColumns(m, n, l);
    for (let p = 0; p < l; p++) {
      for (let q = 0; q < l; q++) {
        let dot = 0;
        for (let i = 0; i < n; i++) dot += m[i * l + p] * m[i * l + q];
        expect(Math.abs(dot - (p === q ? 1 : 0))).toBeLessThan(1e-12);
      }
    }
    // Each original column is reproduced by its projection onto the new columns.
    for (let p = 0; p < l; p++) {
      const coefficients = Array.from({ length: l }, (_, q) => {
        let dot = 0;
        for (let i = 0; i < n; i++) dot += original[i * l + p] * m[i * l + q];
        return dot;
      });
      for (let i = 0; i < n; i++) {
        const rebuilt = coefficients.reduce((s, c, q) => s + c * m[i * l + q], 0);
        expect(Math.abs(rebuilt - original[i * l + p])).toBeLessThan(1e-9);
      }
    }
  });
});
