/**
 * The `rs` pyramidal cell (Pospischil et al. 2008) against an independent implementation written from the
 * paper's equations (Python, RK4 at dt 0.005 ms, not part of the repository): rest −71.911 mV (PySONIC's
 * CorticalRS gives −71.9); from rest, 1000 ms steps. Tolerances: rates 0.5% at dt 0.01 ms, first spike
 * ±0.05 ms, on the table and the exact path.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/kernel/index.js';

// [I µA/cm², spikes, rate Hz, first spike ms] from the independent RK4 run
const RK4: Array<[number, number, number, number]> = [
  [0.8, 8, 7.42, 41.562],
  [2, 34, 34.423, 14.393],
  [8, 165, 165.523, 3.897],
];

describe('rs f-I against an independent RK4 implementation (dt 0.01 ms)', () => {
  for (const exact of [false, true]) {
    it(`${exact ? 'exact' : 'table'} path: counts ±1, rates within 0.5%, first spike ±0.05 ms`, () => {
      for (const [I, spikes, rate, first] of RK4) {
        const r = simulate('rs', { kind: 'step', currentUA: I, durationMs: 1000 }, {}, { dtMs: 0.01, exact });
        if (!r.ok) throw new Error(r.errors[0]!.message);
        expect(Math.abs(r.run.spikeCount - spikes), `I=${I}`).toBeLessThanOrEqual(1);
        expect(Math.abs(r.run.rateHz! - rate) / rate, `I=${I}`).toBeLessThan(0.005);
        expect(Math.abs(r.run.spikeTimesMs[0]! - first), `I=${I}`).toBeLessThan(0.05);
        expect(r.run.extra.restMv!).toBeCloseTo(-71.911, 2);
      }
    });
  }
});
