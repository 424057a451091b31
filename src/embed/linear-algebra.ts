import { tridiagonalQl } from './symmetric-eigen.js';

/** Dense row-major matrices as Float64Array, just enough for a randomized SVD. */

/** mulberry32: a tiny seeded PRNG of 32-bit words, so fits (and test models) are identical across runs. */
export function seededWords(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** Uniform in [0, 1) from `seededWords`. */
export function seededRandom(seed: number): () => number {
  const words = seededWords(seed);
  return () => words() / 4294967296;
}

export function gaussian(random: () => number): () => number {
  return () => {
    const u = Math.max(random(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
}

/** Columns orthogonalised together against each earlier column: four independent dot products a pass. */
const ORTHONORMALIZE_BLOCK = 4;

/**
 * Orthonormalises the columns of an n×l row-major matrix in place (modified Gram–Schmidt). Works on
 * a column-major copy: walking a column of a row-major matrix strides through memory l values at a
 * time, which made this the slowest step of an LSA fit. Four columns at a time take their
 * projections on the columns before them in one pass: each column's own operations and their order
 * are those of one column at a time (so the result is the same to the bit), but four dot products
 * run side by side instead of one chain of additions waiting on the last.
 */
export function orthonormalizeColumns(m: Float64Array, n: number, l: number): void {
  const t = new Float64Array(n * l);
  for (let i = 0; i < n; i++) for (let j = 0; j < l; j++) t[j * n + i] = m[i * l + j];
  const before = new Float64Array(ORTHONORMALIZE_BLOCK);
  for (let j0 = 0; j0 < l; j0 += ORTHONORMALIZE_BLOCK) {
    const width = Math.min(ORTHONORMALIZE_BLOCK, l - j0);
    for (let b = 0; b < width; b++) {
      const cj = (j0 + b) * n;
      let norm = 0;
      for (let i = 0; i < n; i++) norm += t[cj + i] ** 2;
      before[b] = norm;
    }
    if (width === ORTHONORMALIZE_BLOCK) subtractProjections4(t, n, j0);
    else for (let j = j0; j < j0 + width; j++) for (let k = 0; k < j0; k++) subtractProjection(t, n, j, k);
    for (let j = j0; j < j0 + width; j++) {
      for (let k = j0; k < j; k++) subtractProjection(t, n, j, k);
      const cj = j * n;
      let after = 0;
      for (let i = 0; i < n; i++) after += t[cj + i] ** 2;
      // A column that kept under 1e-10 of its norm depended on the others: zero, not normalised noise.
      const scale = after > before[j - j0] * 1e-20 ? 1 / Math.sqrt(after) : 0;
      for (let i = 0; i < n; i++) t[cj + i] *= scale;
    }
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < l; j++) m[i * l + j] = t[j * n + i];
}

/** Column j of the column-major t minus its projection on (unit) column k. */
function subtractProjection(t: Float64Array, n: number, j: number, k: number): void {
  const cj = j * n;
  const ck = k * n;
  let dot = 0;
  for (let i = 0; i < n; i++) dot += t[cj + i] * t[ck + i];
  for (let i = 0; i < n; i++) t[cj + i] -= dot * t[ck + i];
}

/** `subtractProjection` of columns j0 … j0 + 3 on each column k < j0 in turn, the four side by side. */
function subtractProjections4(t: Float64Array, n: number, j0: number): void {
  const c0 = j0 * n;
  const c1 = c0 + n;
  const c2 = c1 + n;
  const c3 = c2 + n;
  for (let k = 0; k < j0; k++) {
    const ck = k * n;
    let d0 = 0;
    let d1 = 0;
    let d2 = 0;
    let d3 = 0;
    for (let i = 0; i < n; i++) {
      const tk = t[ck + i];
      d0 += t[c0 + i] * tk;
      d1 += t[c1 + i] * tk;
      d2 += t[c2 + i] * tk;
      d3 += t[c3 + i] * tk;
    }
    for (let i = 0; i < n; i++) {
      const tk = t[ck + i];
      t[c0 + i] -= d0 * tk;
      t[c1 + i] -= d1 * tk;
      t[c2 + i] -= d2 * tk;
      t[c3 + i] -= d3 * tk;
    }
  }
}

/**
 * Eigen-decomposition of a symmetric l×l matrix (row-major), eigenvalues descending, eigenvectors
 * in the columns of `vectors`. Householder tridiagonalisation and implicit QL (EISPACK tred2/tql2,
 * ml-matrix's arithmetic on a flat array: src/embed/symmetric-eigen.ts); each eigenvector's sign is
 * then fixed so that its largest component (the first of equal ones) is positive: a solver's sign
 * is arbitrary, and the LSA basis is reproducible only if that choice is made here.
 */
export function symmetricEigen(input: Float64Array, l: number): { values: Float64Array; vectors: Float64Array } {
  if (input.length !== l * l) throw new Error(`symmetricEigen: ${input.length} values for a ${l}×${l} matrix`);
  const values = new Float64Array(l);
  const vectors = new Float64Array(l * l);
  if (l === 0) return { values, vectors };
  // Ascending, each eigenvector a row of `rows`: the largest is the last row.
  const { values: ascending, vectors: rows } = tridiagonalQl(input, l);
  for (let d = 0; d < l; d++) {
    const from = (l - 1 - d) * l;
    values[d] = ascending[l - 1 - d];
    let largest = 0;
    for (let i = 1; i < l; i++) if (Math.abs(rows[from + i]) > Math.abs(rows[from + largest])) largest = i;
    const sign = rows[from + largest] < 0 ? -1 : 1;
    for (let i = 0; i < l; i++) vectors[i * l + d] = sign * rows[from + i];
  }
  return { values, vectors };
}
