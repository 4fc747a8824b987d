/**
 * Model behaviour: wb is class 1; TTX and TEA; rest; input validation; modifiers combine.
 */
import { describe, expect, it } from 'vitest';
import { combineModifiers, makeCell, parseScale, restingPotential, simulate, validateModifiers, type Modifiers } from '../../src/kernel/index.js';

function step(model: 'hh' | 'wb' | 'tc', currentUA: number, mod: Modifiers = {}, durationMs = 1000, dtMs = 0.025) {
  const r = simulate(model, { kind: 'step', currentUA, durationMs }, mod, { dtMs });
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.run;
}

describe('wb is a class-1 cell', () => {
  it('fires below 10 Hz somewhere near threshold and rises continuously', () => {
    const rates = [0.17, 0.2, 0.3, 0.5].map((I) => step('wb', I, {}, 2000).rateHz ?? 0);
    expect(rates.some((r) => r > 0 && r < 10)).toBe(true);
    for (let i = 1; i < rates.length; i++) expect(rates[i]!).toBeGreaterThan(rates[i - 1]!);
  });
  it('is silent below threshold', () => {
    expect(step('wb', 0.1).spikeCount).toBe(0);
  });
});

describe('calibration toxins', () => {
  it('TTX (na = 0) abolishes spikes in every cell model', () => {
    expect(step('hh', 10, { gScale: { na: 0 } }).spikeCount).toBe(0);
    expect(step('wb', 1, { gScale: { na: 0 } }).spikeCount).toBe(0);
    expect(step('tc', 2, { gScale: { na: 0 } }).spikeCount).toBe(0);
  });
  it('TEA (k = 0) broadens the hh action potential', () => {
    const width = (mod: Modifiers): number => {
      const r = simulate('hh', { kind: 'step', currentUA: 10, durationMs: 30 }, mod, { dtMs: 0.01, maxPoints: 100000 });
      if (!r.ok) throw new Error('run failed');
      const { tMs, vMv } = r.run.trace;
      let up = -1, down = -1;
      for (let i = 1; i < vMv.length; i++) {
        if (up < 0 && vMv[i - 1]! <= 0 && vMv[i]! > 0) up = tMs[i]!;
        else if (up >= 0 && vMv[i - 1]! > 0 && vMv[i]! <= 0) {
          down = tMs[i]!;
          break;
        }
      }
      return down < 0 ? Infinity : down - up;
    };
    const control = width({});
    expect(control).toBeLessThan(2);
    expect(width({ gScale: { k: 0 } })).toBeGreaterThan(2 * control);
  });
});

describe('resting potentials', () => {
  it('tc rests at −74.306 mV with no current (tc.md)', () => {
    expect(Math.abs(restingPotential(makeCell('tc')) - -74.306)).toBeLessThan(0.005);
  });
});

describe('validation (typed errors, never thrown)', () => {
  it('reports bad duration, current and scale with their ranges', () => {
    const r = simulate('wb', { kind: 'step', currentUA: 1e6, durationMs: -5 }, { gScale: { na: 20 } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const msgs = r.errors.map((e) => e.message);
    expect(msgs).toContain('current must be between -200 and 200 µA/cm²');
    expect(msgs).toContain('duration must be between 1 and 20000 ms');
    expect(msgs).toContain('scale na must be between 0 and 10 ×');
  });
  it('parses --scale CHANNEL=FACTOR', () => {
    expect(parseScale('na=0.5')).toEqual({ ok: true, channel: 'na', factor: 0.5 });
    const bad = parseScale('ca=2');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.kind).toBe('unknown-channel');
  });
  it('rejects a rebound step that does not hyperpolarize', () => {
    const r = simulate('tc', { kind: 'rebound', holdMv: -65, toMv: -60, stepMs: 200 });
    expect(r.ok).toBe(false);
  });
  it('accepts well-formed modifiers', () => {
    expect(validateModifiers({ tBlock: 0.5, naBinders: [{ concUM: 8, konPerMPerS: 4e4, kdInactivatedUM: 25 }] })).toEqual([]);
  });
});

describe('modifiers combine as two drugs at once', () => {
  it('scales multiply, blocks combine independently, binders add up', () => {
    const c = combineModifiers(
      { gScale: { na: 0.5 }, tBlock: 0.5, naBinders: [{ concUM: 1, konPerMPerS: 1, kdInactivatedUM: 1 }] },
      { gScale: { na: 0.5, k: 2 }, tBlock: 0.5, naBinders: [{ concUM: 2, konPerMPerS: 1, kdInactivatedUM: 1 }] },
    );
    expect(c.gScale).toEqual({ na: 0.25, k: 2 });
    expect(c.tBlock).toBeCloseTo(0.75);
    expect(c.naBinders).toHaveLength(2);
  });
  it('a binder at rest blocks its resting steady state; two binders compete for one site', () => {
    const one = makeCell('wb', { naBinders: [{ concUM: 8, konPerMPerS: 4e4, kdInactivatedUM: 25 }] });
    const two = makeCell('wb', { naBinders: [{ concUM: 8, konPerMPerS: 4e4, kdInactivatedUM: 25 }, { concUM: 8, konPerMPerS: 4e4, kdInactivatedUM: 25 }] });
    const a1 = 1 - one.sodiumAvailability(), a2 = 1 - two.sodiumAvailability();
    expect(a1).toBeGreaterThan(0);
    expect(a2).toBeGreaterThan(a1);
    expect(a2).toBeLessThan(2 * a1);
  });
});
