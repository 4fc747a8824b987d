/**
 * Channel modules: the combined rate functions agree with the readable per-rate definitions; the
 * network's connectivity has the stated in-degree and is reproducible from its seed.
 */
import { describe, expect, it } from 'vitest';
import { hhK, hhNa, hhRates } from '../../src/kernel/mechanisms/hh.js';
import { wbK, wbNa, wbRates } from '../../src/kernel/mechanisms/wb.js';
import { fixedInDegree } from '../../src/kernel/network/csr.js';
import { Prng } from '../../src/kernel/network/prng.js';
import { simulate } from '../../src/kernel/index.js';

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));

describe('shared-exponential rate functions equal the per-rate definitions', () => {
  it('hh, −120..+60 mV including the removable singularities at −40 and −55 mV', () => {
    const r = new Float64Array(6);
    for (let v = -120; v <= 60; v += 0.37) {
      for (const vv of [v, -40, -55]) {
        hhRates(vv, r);
        const want = [hhNa.alphaM(vv), hhNa.betaM(vv), hhNa.alphaH(vv), hhNa.betaH(vv), hhK.alphaN(vv), hhK.betaN(vv)];
        want.forEach((w, i) => expect(close(r[i]!, w), `v=${vv} rate ${i}`).toBe(true));
      }
    }
  });
  it('wb, −120..+60 mV', () => {
    const r = new Float64Array(5);
    for (let v = -120; v <= 60; v += 0.37) {
      for (const vv of [v, -35, -34]) {
        wbRates(vv, r);
        const want = [wbNa.mInf(vv), wbNa.alphaH(vv), wbNa.betaH(vv), wbK.alphaN(vv), wbK.betaN(vv)];
        want.forEach((w, i) => expect(close(r[i]!, w), `v=${vv} rate ${i}`).toBe(true));
      }
    }
  });
});

describe('network connectivity and reproducibility', () => {
  it('fixed in-degree CSR: every cell receives exactly k distinct inputs, none from itself', () => {
    const n = 100, k = 10;
    const csr = fixedInDegree(n, 0, 80, k, new Prng(3));
    const inputs = Array.from({ length: n }, () => new Set<number>());
    for (let pre = 0; pre < 80; pre++) {
      for (let q = csr.rowStart[pre]!; q < csr.rowStart[pre + 1]!; q++) {
        const post = csr.targets[q]!;
        expect(post).not.toBe(pre);
        expect(inputs[post]!.has(pre)).toBe(false);
        inputs[post]!.add(pre);
      }
    }
    for (const s of inputs) expect(s.size).toBe(k);
  });
  it('the same seed gives the same raster; another seed a different one', () => {
    const run = (seed: number) => {
      const r = simulate('network', { kind: 'step', currentUA: 0.3, durationMs: 200 }, {}, { dtMs: 0.05, network: { cells: 50, seed } });
      if (!r.ok) throw new Error('run failed');
      return Array.from(r.run.raster!.timesMs);
    };
    expect(run(5)).toEqual(run(5));
    expect(run(5)).not.toEqual(run(6));
  });
});
