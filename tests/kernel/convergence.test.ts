/**
 * Convergence in dt and the integrator's dt limit.
 * Tolerance stated here (hh at 10 µA/cm², first five spikes, up to 61 ms): halving dt from 0.02 to 0.01
 * moves each spike time by < 0.12 ms and from 0.01 to 0.005 by < 0.06 ms (< 0.1% of the time); each
 * halving moves them about half as much as the previous one (ratio 0.4–0.6: first order, as exponential
 * Euler + forward Euler should be); and the Richardson extrapolation 2·t(0.005) − t(0.01) matches the
 * converged RK4 times of hh.md to 0.01 ms.
 */
import { describe, expect, it } from 'vitest';
import { MAX_DT_MS, simulate } from '../../src/kernel/index.js';

const CONVERGED = [1.901, 16.823, 31.472, 46.109, 60.745];

function firstFive(dtMs: number): number[] {
  const r = simulate('hh', { kind: 'step', currentUA: 10, durationMs: 70 }, {}, { dtMs });
  if (!r.ok) throw new Error('run failed');
  return r.run.spikeTimesMs.slice(0, 5);
}

describe('convergence in dt (hh, 10 µA/cm², first five spikes)', () => {
  it('halving dt moves spike times by < 0.12 then < 0.06 ms, first order, towards the converged times', () => {
    const a = firstFive(0.02), b = firstFive(0.01), c = firstFive(0.005);
    for (let i = 0; i < 5; i++) {
      const d1 = Math.abs(a[i]! - b[i]!), d2 = Math.abs(b[i]! - c[i]!);
      expect(d1).toBeLessThan(0.12);
      expect(d2).toBeLessThan(0.06);
      expect(d2 / d1).toBeGreaterThan(0.4);
      expect(d2 / d1).toBeLessThan(0.6);
      expect(Math.abs(2 * c[i]! - b[i]! - CONVERGED[i]!)).toBeLessThan(0.01);
    }
  });

  it('wb at a normal rate: dt 0.05 vs 0.01 changes the rate by < 2%', () => {
    const rate = (dtMs: number): number => {
      const r = simulate('wb', { kind: 'step', currentUA: 1, durationMs: 1000 }, {}, { dtMs });
      if (!r.ok) throw new Error('run failed');
      return r.run.rateHz!;
    };
    expect(Math.abs(rate(0.05) - rate(0.01)) / rate(0.01)).toBeLessThan(0.02);
  });

  it('refuses a dt above the integrator limit with a typed error naming the range', () => {
    const r = simulate('hh', { kind: 'step', currentUA: 10, durationMs: 10 }, {}, { dtMs: MAX_DT_MS * 2 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toBe('dt must be between 0.001 and 0.05 ms');
  });
});
