/** Sparse rows packed compressed-row style: one transferable batch, one multiply loop. */
export interface Csr {
  rows: number;
  /** Row r is indices/values[rowStart[r]] … [rowStart[r + 1] - 1]. */
  rowStart: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

export type SparseRow = { indices: ArrayLike<number>; values: ArrayLike<number> };

export function toCsr(rows: readonly SparseRow[]): Csr {
  const rowStart = new Int32Array(rows.length + 1);
  rows.forEach((r, i) => (rowStart[i + 1] = rowStart[i] + r.indices.length));
  const indices = new Int32Array(rowStart[rows.length]);
  const values = new Float64Array(rowStart[rows.length]);
  rows.forEach((r, i) => {
    indices.set(r.indices, rowStart[i]);
    values.set(r.values, rowStart[i]);
  });
  return { rows: rows.length, rowStart, indices, values };
}

/** Aᵀ of an A with `cols` columns, as rows again: Aᵀ M is then the same row-times-dense loop as A M. */
export function transposeCsr(a: Csr, cols: number): Csr {
  const rowStart = new Int32Array(cols + 1);
  for (let j = 0; j < a.indices.length; j++) rowStart[a.indices[j] + 1]++;
  for (let c = 0; c < cols; c++) rowStart[c + 1] += rowStart[c];
  const next = rowStart.slice(0, cols);
  const indices = new Int32Array(a.indices.length);
  const values = new Float64Array(a.indices.length);
  for (let r = 0; r < a.rows; r++) {
    for (let j = a.rowStart[r]; j < a.rowStart[r + 1]; j++) {
      const at = next[a.indices[j]]++;
      indices[at] = r;
      values[at] = a.values[j];
    }
  }
  return { rows: cols, rowStart, indices, values };
}

/**
 * A M for a dense row-major M with `width` columns: a.rows × width. Four non-zeros are folded into
 * each pass over an output row, which halves the time of one at a time: the loop is bound by loads
 * and stores of the output, not by the multiply-adds.
 */
export function multiplySparseDense(a: Csr, m: Float64Array, width: number): Float64Array {
  const out = new Float64Array(a.rows * width);
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
  return out;
}
