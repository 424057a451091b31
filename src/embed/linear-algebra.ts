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

/**
 * Orthonormalises the columns of an n×l row-major matrix in place (modified Gram–Schmidt). Works on
 * a column-major copy: walking a column of a row-major matrix strides through memory l values at a
 * time, which made this the slowest step of an LSA fit.
 */
export function orthonormalizeColumns(m: Float64Array, n: number, l: number): void {
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
    // A column that kept under 1e-10 of its norm depended on the others: zero, not normalised noise.
    const scale = after > before * 1e-20 ? 1 / Math.sqrt(after) : 0;
    for (let i = 0; i < n; i++) t[cj + i] *= scale;
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < l; j++) m[i * l + j] = t[j * n + i];
}

/**
 * Eigen-decomposition of a symmetric l×l matrix (row-major), eigenvalues descending, eigenvectors
 * in the columns of `vectors`. Householder reduction to tridiagonal form, then the implicit QL
 * algorithm (EISPACK tred2/tql2, as in JAMA): about 6·l³ flops against cyclic Jacobi's 4·l³ per
 * sweep times 6–10 sweeps, which made the eigen step the largest part of a small corpus's fit.
 */
export function symmetricEigen(input: Float64Array, l: number): { values: Float64Array; vectors: Float64Array } {
  if (input.length !== l * l) throw new Error(`symmetricEigen: ${input.length} values for a ${l}×${l} matrix`);
  const v = Float64Array.from(input);
  const d = new Float64Array(l);
  const e = new Float64Array(l);
  if (l === 1) return { values: Float64Array.of(v[0]), vectors: Float64Array.of(1) };
  if (l === 0) return { values: d, vectors: v };
  tridiagonalize(v, d, e, l);
  diagonalizeTridiagonal(v, d, e, l);
  return eigenpairsDescending(d, v, l);
}

/**
 * Eigenvalues `d` with their eigenvectors in the rows of `rows` (as the QL step leaves them), as
 * `symmetricEigen` returns them: values descending, eigenvectors in the columns of `vectors`.
 */
export function eigenpairsDescending(d: Float64Array, rows: Float64Array, l: number): { values: Float64Array; vectors: Float64Array } {
  const order = [...Array(l).keys()].sort((i, j) => d[j] - d[i]);
  const values = new Float64Array(l);
  const vectors = new Float64Array(l * l);
  order.forEach((src, dst) => {
    values[dst] = d[src];
    for (let k = 0; k < l; k++) vectors[k * l + dst] = rows[src * l + k];
  });
  return { values, vectors };
}

/**
 * tred2: v becomes the orthogonal transform, d the diagonal, e the subdiagonal (e[0] = 0). Both
 * steps keep the transform transposed (JAMA's V[a][b] is v[b * n + a]): the loops then run along
 * rows of v, not down its columns, which halves the time at the sizes of an LSA fit.
 */
function tridiagonalize(v: Float64Array, d: Float64Array, e: Float64Array, n: number): void {
  for (let j = 0; j < n; j++) d[j] = v[j * n + (n - 1)];
  for (let i = n - 1; i > 0; i--) {
    let scale = 0;
    let h = 0;
    for (let k = 0; k < i; k++) scale += Math.abs(d[k]);
    if (scale === 0) {
      e[i] = d[i - 1];
      for (let j = 0; j < i; j++) {
        d[j] = v[j * n + (i - 1)];
        v[j * n + i] = 0;
        v[i * n + j] = 0;
      }
    } else {
      for (let k = 0; k < i; k++) {
        d[k] /= scale;
        h += d[k] * d[k];
      }
      let f = d[i - 1];
      let g = Math.sqrt(h);
      if (f > 0) g = -g;
      e[i] = scale * g;
      h -= f * g;
      d[i - 1] = f - g;
      for (let j = 0; j < i; j++) e[j] = 0;
      for (let j = 0; j < i; j++) {
        f = d[j];
        v[i * n + j] = f;
        g = e[j] + v[j * n + j] * f;
        for (let k = j + 1; k <= i - 1; k++) {
          g += v[j * n + k] * d[k];
          e[k] += v[j * n + k] * f;
        }
        e[j] = g;
      }
      f = 0;
      for (let j = 0; j < i; j++) {
        e[j] /= h;
        f += e[j] * d[j];
      }
      const hh = f / (h + h);
      for (let j = 0; j < i; j++) e[j] -= hh * d[j];
      for (let j = 0; j < i; j++) {
        f = d[j];
        g = e[j];
        for (let k = j; k <= i - 1; k++) v[j * n + k] -= f * e[k] + g * d[k];
        d[j] = v[j * n + (i - 1)];
        v[j * n + i] = 0;
      }
    }
    d[i] = h;
  }
  for (let i = 0; i < n - 1; i++) {
    v[i * n + (n - 1)] = v[i * n + i];
    v[i * n + i] = 1;
    const h = d[i + 1];
    if (h !== 0) {
      for (let k = 0; k <= i; k++) d[k] = v[(i + 1) * n + k] / h;
      for (let j = 0; j <= i; j++) {
        let g = 0;
        for (let k = 0; k <= i; k++) g += v[(i + 1) * n + k] * v[j * n + k];
        for (let k = 0; k <= i; k++) v[j * n + k] -= g * d[k];
      }
    }
    for (let k = 0; k <= i; k++) v[(i + 1) * n + k] = 0;
  }
  for (let j = 0; j < n; j++) {
    d[j] = v[j * n + (n - 1)];
    v[j * n + (n - 1)] = 0;
  }
  v[(n - 1) * n + (n - 1)] = 1;
  e[0] = 0;
}

/** tql2: the eigenvalues of the tridiagonal (d, e) into d, the rotations accumulated into v. */
function diagonalizeTridiagonal(v: Float64Array, d: Float64Array, e: Float64Array, n: number): void {
  for (let i = 1; i < n; i++) e[i - 1] = e[i];
  e[n - 1] = 0;
  let f = 0;
  let tst1 = 0;
  const eps = 2 ** -52;
  for (let l = 0; l < n; l++) {
    tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
    let m = l;
    while (m < n - 1 && Math.abs(e[m]) > eps * tst1) m++;
    if (m > l) {
      for (let iteration = 0; ; iteration++) {
        if (iteration === 100) throw new Error('symmetricEigen: the QL iteration did not converge');
        let g = d[l];
        let p = (d[l + 1] - g) / (2 * e[l]);
        let r = Math.hypot(p, 1);
        if (p < 0) r = -r;
        d[l] = e[l] / (p + r);
        d[l + 1] = e[l] * (p + r);
        const dl1 = d[l + 1];
        let h = g - d[l];
        for (let i = l + 2; i < n; i++) d[i] -= h;
        f += h;
        p = d[m];
        let c = 1;
        let c2 = c;
        let c3 = c;
        const el1 = e[l + 1];
        let s = 0;
        let s2 = 0;
        for (let i = m - 1; i >= l; i--) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i];
          h = c * p;
          r = Math.hypot(p, e[i]);
          e[i + 1] = s * r;
          s = e[i] / r;
          c = p / r;
          p = c * d[i] - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]);
          const next = (i + 1) * n;
          const row = i * n;
          for (let k = 0; k < n; k++) {
            h = v[next + k];
            v[next + k] = s * v[row + k] + c * h;
            v[row + k] = c * v[row + k] - s * h;
          }
        }
        p = (-s * s2 * c3 * el1 * e[l]) / dl1;
        e[l] = s * p;
        d[l] = c * p;
        if (!(Math.abs(e[l]) > eps * tst1)) break;
      }
    }
    d[l] += f;
    e[l] = 0;
  }
}
