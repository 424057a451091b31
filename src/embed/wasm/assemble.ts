import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import wabt from 'wabt';

/** The source of the LSA fit's WebAssembly kernels, and the binary the fit loads. */
export const KERNELS_SOURCE = new URL('./lsa-kernels.wat', import.meta.url);
export const KERNELS_BINARY = new URL('./lsa-kernels.wasm', import.meta.url);

/** Assembles lsa-kernels.wat (with SIMD) into module bytes; wabt is a dev dependency only. */
export async function assembleKernels(): Promise<Uint8Array> {
  const toolkit = await wabt();
  const module = toolkit.parseWat('lsa-kernels.wat', readFileSync(KERNELS_SOURCE, 'utf8'), { simd: true });
  try {
    module.validate();
    return module.toBinary({}).buffer;
  } finally {
    module.destroy();
  }
}

// `npm run build:wasm`: rewrites lsa-kernels.wasm, which is committed so that running needs no wabt.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const bytes = await assembleKernels();
  writeFileSync(KERNELS_BINARY, bytes);
  process.stderr.write(`wrote ${fileURLToPath(KERNELS_BINARY)} (${bytes.length} bytes)\n`);
}
