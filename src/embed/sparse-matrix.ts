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
