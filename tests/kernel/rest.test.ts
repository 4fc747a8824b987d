/**
 * Resting potentials: every cell with every simulatable drug (the lowest stable root of the steady-state
 * I–V), the bound fraction at rest, and a monotonic dose–response for each sodium-channel blocker.
 */
import { describe, expect, it } from 'vitest';
import { drugEffects } from '../../src/domain/drug-effects.js';
import { experiments, makeCell, restingPotential, type CellModelId, type Modifiers } from '../../src/kernel/index.js';
import { shipped } from '../helpers/records.js';

const REST: Record<CellModelId, number> = { hh: -64.996, wb: -64.018, rs: -71.911, tc: -74.306 };

const drugs = shipped.drugs
  .map((d) => ({ id: d.id, r: drugEffects(d) }))
  .filter((x): x is { id: string; r: Extract<ReturnType<typeof drugEffects>, { ok: true }> } => x.r.ok)
  .map((x) => ({ id: x.id, modifiers: x.r.modifiers }));

/** The steady-state I–V is N-shaped in wb: the rest must be the lowest stable root, whatever the drug. */
function slope(model: CellModelId, mod: Modifiers, v: number): number {
  const c = makeCell(model, mod);
  return (c.steadyCurrentAt(v + 0.01) - c.steadyCurrentAt(v - 0.01)) / 0.02;
}

describe('resting potential, lowest stable root', () => {
  for (const model of ['hh', 'wb', 'rs', 'tc'] as const) {
    it(`${model} rests at ${REST[model]} mV; with each drug within 1 mV of it, on a positive slope`, () => {
      expect(Math.abs(restingPotential(makeCell(model)) - REST[model])).toBeLessThan(0.005);
      for (const d of drugs) {
        const v = restingPotential(makeCell(model, d.modifiers));
        expect(Math.abs(v - REST[model]), `${model} ${d.id}`).toBeLessThan(1);
        expect(slope(model, d.modifiers, v), `${model} ${d.id}`).toBeGreaterThan(0);
      }
    });
  }

  it('wb has a second, unstable root near −56.8 mV that the search skips (use-dependence.md)', () => {
    const c = makeCell('wb');
    expect(c.steadyCurrentAt(-60)).toBeGreaterThan(0);
    expect(c.steadyCurrentAt(-55)).toBeLessThan(0);
  });

  it('carbamazepine at wb rest: 93.4% of sodium channels free (not 77.8% from a −40 mV start)', () => {
    const cbz = drugs.find((d) => d.id === 'carbamazepine')!;
    const c = makeCell('wb', cbz.modifiers);
    restingPotential(c);
    expect(Math.abs(c.sodiumAvailability() - 0.934)).toBeLessThan(0.002);
  });
});

describe('dose–response of each sodium-channel blocker (rs cell, PDS bursts, 2 s)', () => {
  const blockers = shipped.drugs.filter((d) => d.mechanisms.some((m) => m.model && (m.model.kind === 'inactivated-state-binding' || m.model.kind === 'slow-inactivation' || (m.model.kind === 'channel-block' && m.model.channel === 'na'))));
  it('covers the binders, lacosamide and the fixed blockers', () => {
    expect(blockers.map((d) => d.id)).toEqual(expect.arrayContaining(['carbamazepine', 'phenytoin', 'lamotrigine', 'lacosamide', 'valproate']));
  });
  for (const d of blockers) {
    it(`${d.id}: the sodium conductance left at the end of the bursts falls with every dose step, and the upstroke slows`, () => {
      const agents = [0.5, 1, 1.5, 2].map((m) => {
        const r = drugEffects(d, { multiple: m });
        if (!r.ok) throw new Error(r.message);
        return { label: `${m}`, modifiers: r.modifiers };
      });
      const out = experiments.useDependence({ agents, durationMs: 2000 });
      const pds = out.runs.filter((r) => r.condition === 'PDS bursts');
      // free of drug × not blocked by a fixed-fraction blocker
      const left = pds.map((r, i) => r.extra.naAvailableEnd! * (i === 0 ? 1 : (agents[i - 1]!.modifiers.gScale?.na ?? 1)));
      const dvdt = pds.map((r) => r.extra.lastMaxDvdt!);
      for (let i = 1; i < left.length; i++) {
        expect(left[i]!, `sodium left, ${d.id}, step ${i}`).toBeLessThan(left[i - 1]!);
        // the largest dV/dt of a spike depends on the timing within the burst too: allow 2 V/s per step (valproate ×0.5: +1.6)
        expect(dvdt[i]!, `dV/dt ${d.id} step ${i}: ${dvdt.map((x) => x.toFixed(2)).join(" ")}`).toBeLessThanOrEqual(dvdt[i - 1]! + 2);
      }
      expect(dvdt[4]!).toBeLessThan(dvdt[0]!);
    });
  }
});
