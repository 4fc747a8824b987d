/**
 * Sparse random connectivity with a fixed in-degree, stored as CSR by presynaptic neuron so that a
 * spike is delivered by walking one contiguous row: the cost per spike is its out-degree, independent of
 * the population size.
 */
import type { Prng } from './prng.js';

export interface Csr {
  /** rowStart[j]..rowStart[j+1] index the targets of presynaptic neuron j. */
  rowStart: Int32Array;
  targets: Int32Array;
}

/**
 * Each postsynaptic neuron in [0, n) draws `k` distinct presynaptic partners from [from, from + size)
 * (no self-connections); the result is transposed to rows by presynaptic neuron.
 */
export function fixedInDegree(n: number, from: number, size: number, k: number, rng: Prng): Csr {
  const kk = Math.min(k, size - 1);
  const pre = new Int32Array(n * kk);
  const chosen = new Uint8Array(size);
  for (let post = 0; post < n; post++) {
    let got = 0;
    while (got < kk) {
      const j = rng.int(size);
      if (chosen[j] === 1 || from + j === post) continue;
      chosen[j] = 1;
      pre[post * kk + got++] = from + j;
    }
    for (let q = 0; q < kk; q++) chosen[pre[post * kk + q]! - from] = 0;
  }
  const total = from + size;
  const rowStart = new Int32Array(total + 1);
  for (let e = 0; e < pre.length; e++) {
    const r = pre[e]! + 1;
    rowStart[r] = rowStart[r]! + 1;
  }
  for (let j = 0; j < total; j++) rowStart[j + 1] = rowStart[j + 1]! + rowStart[j]!;
  const fill = rowStart.slice(0, total);
  const targets = new Int32Array(pre.length);
  for (let post = 0; post < n; post++) {
    for (let q = 0; q < kk; q++) {
      const j = pre[post * kk + q]!;
      const at = fill[j]!;
      fill[j] = at + 1;
      targets[at] = post;
    }
  }
  return { rowStart, targets };
}
