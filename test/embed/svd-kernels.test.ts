import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/embed/linear-algebra.js';
import { randomizedSvd } from '../../src/embed/randomized-svd.js';
import { copyCsr, toCsr, type Csr } from '../../src/embed/sparse-matrix.js';
import { javascriptKernels, svdKernels, type SvdKernels } from '../../src/embed/svd-kernels.js';
import { assembleKernels, KERNELS_BINARY } from '../../src/embed/wasm/assemble.js';

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

function dense(kernels: SvdKernels, length: number): Float64Array {
  const out = kernels.allocate(length);
  for (let i = 0; i < length; i++) out[i] = random() - 0.5;
  return out;
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance = 1e-12): void {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
  expect(worst).toBeLessThan(tolerance);
}

describe('the WebAssembly SVD kernels', () => {
  const js = javascriptKernels();
  let wasm: SvdKernels;
  beforeEach(() => {
    wasm = svdKernels(8 << 20, 64);
  });

  it('load on this Node', () => {
    expect(wasm.name).toBe('wasm-simd');
  });

  it('are the assembly of lsa-kernels.wat as committed (npm run build:wasm)', async () => {
    expect(Buffer.from(await assembleKernels()).equals(readFileSync(KERNELS_BINARY))).toBe(true);
  });

  for (const width of [1, 2, 7, 138]) {
    it(`multiply sparse by dense as the JavaScript kernels do (width ${width})`, () => {
      const a = sparse(37, 90, 11);
      const m = dense(js, 90 * width);
      const expected = js.allocate(37 * width);
      js.sparseTimesDense(a, m, width, expected);
      const wa = copyCsr(a, wasm);
      const wm = wasm.allocate(m.length);
      wm.set(m);
      const out = wasm.allocate(37 * width);
      wasm.sparseTimesDense(wa, wm, width, out);
      expectClose(out, expected);
    });
  }

  for (const [l, k] of [
    [5, 3],
    [9, 8],
    [138, 128],
  ]) {
    it(`multiply dense matrices and take the upper Gram as the JavaScript kernels do (${l}×${k})`, () => {
      const n = 23;
      const x = dense(js, n * l);
      const y = dense(js, n * l);
      const m = dense(js, l * k);
      const [wx, wy, wm] = [x, y, m].map((v) => {
        const copy = wasm.allocate(v.length);
        copy.set(v);
        return copy;
      });
      const expected = js.allocate(n * k);
      js.denseTimesDense(x, m, n, l, k, expected);
      const out = wasm.allocate(n * k);
      wasm.denseTimesDense(wx, wm, n, l, k, out);
      expectClose(out, expected);
      const gram = js.allocate(l * l);
      js.gramUpper(x, y, n, l, gram);
      const wgram = wasm.allocate(l * l);
      wasm.gramUpper(wx, wy, n, l, wgram);
      expectClose(wgram, gram);
    });
  }

  for (const [n, l] of [
    [31, 9],
    [269, 138],
  ]) {
    it(`orthonormalise columns as the JavaScript kernels do (${n}×${l})`, () => {
      const m = dense(js, n * l);
      const wm = wasm.allocate(m.length);
      wm.set(m);
      js.orthonormalizeColumns(m, n, l);
      wasm.orthonormalizeColumns(wm, n, l);
      expectClose(wm, m, 1e-9);
    });
  }

  for (const [l, rank] of [
    [2, 2],
    [7, 7],
    [60, 60],
    [138, 40],
  ]) {
    it(`decompose a symmetric matrix as the JavaScript eigen solver does (${l}×${l}, rank ${rank})`, () => {
      // A Gram matrix XᵀX, as the fit's: positive semi-definite, and singular below full rank.
      const x = dense(js, rank * l);
      const gram = js.allocate(l * l);
      for (let i = 0; i < l; i++) for (let j = 0; j < l; j++) for (let r = 0; r < rank; r++) gram[i * l + j] += x[r * l + i] * x[r * l + j];
      const expected = js.symmetricEigen(Float64Array.from(gram), l);
      const input = wasm.allocate(l * l);
      input.set(gram);
      const actual = wasm.symmetricEigen(input, l);
      expectClose(actual.values, expected.values, 1e-9 * Math.max(1, expected.values[0]));
      // Eigenvectors of distinct eigenvalues agree up to sign; the null space's only as a space.
      for (let d = 0; d < Math.min(rank, l - 1); d++) {
        if (Math.abs(expected.values[d] - expected.values[d + 1]) < 1e-6 * expected.values[0]) continue;
        let dot = 0;
        for (let i = 0; i < l; i++) dot += actual.vectors[i * l + d] * expected.vectors[i * l + d];
        expect(Math.abs(Math.abs(dot) - 1)).toBeLessThan(1e-8);
      }
    });
  }

  it('zero a column that depends on the ones before it, in both implementations', () => {
    const n = 31;
    const l = 9;
    const m = dense(js, n * l);
    // Column 4 repeats column 1: Gram–Schmidt leaves only rounding of it.
    for (let i = 0; i < n; i++) m[i * l + 4] = m[i * l + 1];
    const wm = wasm.allocate(m.length);
    wm.set(m);
    js.orthonormalizeColumns(m, n, l);
    wasm.orthonormalizeColumns(wm, n, l);
    for (let i = 0; i < n; i++) {
      expect(Math.abs(m[i * l + 4])).toBe(0);
      expect(Math.abs(wm[i * l + 4])).toBe(0);
    }
    expectClose(wm, m, 1e-9);
  });

  it('refuse arrays of the wrong size rather than run past them', () => {
    for (const kernels of [js, wasm]) {
      expect(() => kernels.denseTimesDense(kernels.allocate(6), kernels.allocate(6), 2, 3, 2, kernels.allocate(3))).toThrow(
        /where 4 belong/,
      );
      const a = copyCsr(toCsr([{ indices: [0, 5], values: [1, 1] }]), kernels);
      expect(() => kernels.sparseTimesDense(a, kernels.allocate(8), 2, kernels.allocate(2))).toThrow(/column 5 of a 4-row/);
    }
  });

  it('refuse arrays of an earlier call, whose memory the next call reuses', () => {
    const stale = wasm.allocate(4 * 4);
    const fresh = svdKernels(1 << 16, 4);
    expect(() => fresh.gramUpper(stale, stale, 4, 4, fresh.allocate(16))).toThrow(/earlier call/);
    expect(() => wasm.gramUpper(stale, stale, 4, 4, stale)).toThrow(/later call/);
    expect(() => fresh.gramUpper(new Float64Array(16), new Float64Array(16), 4, 4, fresh.allocate(16))).toThrow(/not allocated/);
  });

  it('give the same truncated SVD as the JavaScript kernels', () => {
    const a = sparse(60, 400, 25);
    const viaJs = randomizedSvd(a, 400, 20, 7, () => javascriptKernels());
    const viaWasm = randomizedSvd(a, 400, 20, 7);
    expectClose(viaWasm.basis, viaJs.basis, 1e-8);
    expectClose(viaWasm.rowProjections, viaJs.rowProjections, 1e-8);
  });
});
