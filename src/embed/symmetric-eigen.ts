/**
 * Householder tridiagonalisation and implicit QL (EISPACK tred2/tql2, as in JAMA) of a symmetric
 * matrix, on one flat Float64Array. The arithmetic is ml-matrix 6.15's `EigenvalueDecomposition`
 * (symmetric path) operation for operation, so the eigenvalues and eigenvectors are the same to the
 * bit (test/embed/symmetric-eigen.test.ts holds it to that); ml-matrix reads and writes every entry
 * through `Matrix.get`/`set` over an array of rows, which made the 138×138 problem of an LSA fit
 * take 35–50 ms, the largest step of a seed rebuild's fit, against about 10 ms here.
 *
 * `w` is the work matrix as ml-matrix keeps it: transposed, so that row r of `w` is eigenvector r
 * when done (the hot loops then walk rows, not columns).
 */

/**
 * Eigenvalues ascending (`values`) and eigenvectors as the rows of `vectors` (row r belongs to
 * value r), of the symmetric l×l row-major `input`, which is left as it is.
 */
export function tridiagonalQl(input: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const w = new Float64Array(n * n);
  // ml-matrix copies value(i, j) into V(j, i); for a symmetric input that is the same matrix.
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) w[j * n + i] = input[i * n + j];
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  tred2(n, e, d, w);
  tql2(n, e, d, w);
  return { values: d, vectors: w };
}

function tred2(n: number, e: Float64Array, d: Float64Array, v: Float64Array): void {
  let f: number;
  let g: number;
  let h: number;
  let hh: number;
  let scale: number;

  for (let j = 0; j < n; j++) d[j] = v[j * n + n - 1];

  for (let i = n - 1; i > 0; i--) {
    scale = 0;
    h = 0;
    for (let k = 0; k < i; k++) scale = scale + Math.abs(d[k]);

    if (scale === 0) {
      e[i] = d[i - 1];
      for (let j = 0; j < i; j++) {
        d[j] = v[j * n + i - 1];
        v[j * n + i] = 0;
        v[i * n + j] = 0;
      }
    } else {
      for (let k = 0; k < i; k++) {
        d[k] /= scale;
        h += d[k] * d[k];
      }
      f = d[i - 1];
      g = Math.sqrt(h);
      if (f > 0) g = -g;
      e[i] = scale * g;
      h = h - f * g;
      d[i - 1] = f - g;
      for (let j = 0; j < i; j++) e[j] = 0;

      for (let j = 0; j < i; j++) {
        const row = j * n;
        f = d[j];
        v[i * n + j] = f;
        g = e[j] + v[row + j] * f;
        for (let k = j + 1; k <= i - 1; k++) {
          g += v[row + k] * d[k];
          e[k] += v[row + k] * f;
        }
        e[j] = g;
      }

      f = 0;
      for (let j = 0; j < i; j++) {
        e[j] /= h;
        f += e[j] * d[j];
      }
      hh = f / (h + h);
      for (let j = 0; j < i; j++) e[j] -= hh * d[j];

      for (let j = 0; j < i; j++) {
        const row = j * n;
        f = d[j];
        g = e[j];
        for (let k = j; k <= i - 1; k++) v[row + k] = v[row + k] - (f * e[k] + g * d[k]);
        d[j] = v[row + i - 1];
        v[row + i] = 0;
      }
    }
    d[i] = h;
  }

  for (let i = 0; i < n - 1; i++) {
    const next = (i + 1) * n;
    v[i * n + n - 1] = v[i * n + i];
    v[i * n + i] = 1;
    h = d[i + 1];
    if (h !== 0) {
      for (let k = 0; k <= i; k++) d[k] = v[next + k] / h;
      for (let j = 0; j <= i; j++) {
        const row = j * n;
        g = 0;
        for (let k = 0; k <= i; k++) g += v[next + k] * v[row + k];
        for (let k = 0; k <= i; k++) v[row + k] = v[row + k] - g * d[k];
      }
    }
    for (let k = 0; k <= i; k++) v[next + k] = 0;
  }

  for (let j = 0; j < n; j++) {
    d[j] = v[j * n + n - 1];
    v[j * n + n - 1] = 0;
  }
  v[(n - 1) * n + n - 1] = 1;
  e[0] = 0;
}

function tql2(n: number, e: Float64Array, d: Float64Array, v: Float64Array): void {
  let g: number;
  let h: number;
  let m: number;
  let p: number;
  let r: number;
  let dl1: number;
  let c: number;
  let c2: number;
  let c3: number;
  let el1: number;
  let s: number;
  let s2: number;

  for (let i = 1; i < n; i++) e[i - 1] = e[i];
  e[n - 1] = 0;

  let f = 0;
  let tst1 = 0;
  const eps = Number.EPSILON;

  for (let l = 0; l < n; l++) {
    tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
    m = l;
    while (m < n) {
      if (Math.abs(e[m]) <= eps * tst1) break;
      m++;
    }

    if (m > l) {
      // Each pass deflates; EISPACK leaves the count unbounded, as does ml-matrix. The QL iteration
      // converges in a few passes an eigenvalue (cubically); 30·n passes is past any real input.
      let passes = 0;
      do {
        if (++passes > 30 * n) throw new Error('tridiagonalQl: the QL iteration did not converge');
        g = d[l];
        p = (d[l + 1] - g) / (2 * e[l]);
        r = hypotenuse(p, 1);
        if (p < 0) r = -r;
        d[l] = e[l] / (p + r);
        d[l + 1] = e[l] * (p + r);
        dl1 = d[l + 1];
        h = g - d[l];
        for (let i = l + 2; i < n; i++) d[i] -= h;
        f = f + h;

        p = d[m];
        c = 1;
        c2 = c;
        c3 = c;
        el1 = e[l + 1];
        s = 0;
        s2 = 0;
        for (let i = m - 1; i >= l; i--) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i];
          h = c * p;
          r = hypotenuse(p, e[i]);
          e[i + 1] = s * r;
          s = e[i] / r;
          c = p / r;
          p = c * d[i] - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]);
          // Rotate work rows i and i + 1 (eigenvectors i and i + 1 in the transposed layout).
          const below = (i + 1) * n;
          const at = i * n;
          for (let k = 0; k < n; k++) {
            h = v[below + k];
            v[below + k] = s * v[at + k] + c * h;
            v[at + k] = c * v[at + k] - s * h;
          }
        }
        p = (-s * s2 * c3 * el1 * e[l]) / dl1;
        e[l] = s * p;
        d[l] = c * p;
      } while (Math.abs(e[l]) > eps * tst1);
    }
    d[l] = d[l] + f;
    e[l] = 0;
  }

  // Ascending by selection, swapping whole work rows (eigenvectors) with their values.
  for (let i = 0; i < n - 1; i++) {
    let k = i;
    p = d[i];
    for (let j = i + 1; j < n; j++) {
      if (d[j] < p) {
        k = j;
        p = d[j];
      }
    }
    if (k !== i) {
      d[k] = d[i];
      d[i] = p;
      for (let j = 0; j < n; j++) {
        p = v[i * n + j];
        v[i * n + j] = v[k * n + j];
        v[k * n + j] = p;
      }
    }
  }
}

/** √(a² + b²) without overflow, as ml-matrix computes it (the same rounding). */
function hypotenuse(a: number, b: number): number {
  let r = 0;
  if (Math.abs(a) > Math.abs(b)) {
    r = b / a;
    return Math.abs(a) * Math.sqrt(1 + r * r);
  }
  if (b !== 0) {
    r = a / b;
    return Math.abs(b) * Math.sqrt(1 + r * r);
  }
  return 0;
}
