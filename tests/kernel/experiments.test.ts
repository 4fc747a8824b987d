/**
 * Each experiment's protocol: direction and size under its fixed protocol, with drug modifiers derived
 * from the drug records in data/. Runs are shared across assertions (one run per describe block).
 */
import { describe, expect, it } from 'vitest';
import { drugEffects } from '../../src/domain/drug-effects.js';
import { DRAVET_INTERNEURONS } from '../../src/domain/simulation/index.js';
import { experiments, type LabelledModifiers, type Run } from '../../src/kernel/index.js';
import { drugInput } from '../helpers/records.js';

function drug(id: string, multiple = 1): LabelledModifiers {
  const r = drugEffects(drugInput(id), { multiple });
  if (!r.ok) throw new Error(r.message);
  return { label: multiple === 1 ? id : `${id} ${multiple}×`, modifiers: r.modifiers };
}

describe('use-dependence (rs pyramidal cell, 5 s)', () => {
  const res = experiments.useDependence({ agents: [drug('carbamazepine'), drug('phenytoin'), drug('lamotrigine'), drug('lacosamide')] });
  const run = (agent: string, condition: string): Run => res.runs.find((r) => r.agent === agent && r.condition === condition)!;
  it('runs are structured: agent and condition, control first', () => {
    expect(res.runs.slice(0, 2).map((r) => [r.agent, r.condition])).toEqual([
      ['control', 'low-rate firing'],
      ['control', 'PDS bursts'],
    ]);
  });
  it('control: about 7 Hz at the low rate; each plateau carries a burst of about 26 spikes near 190 Hz', () => {
    const low = run('control', 'low-rate firing'), pds = run('control', 'PDS bursts');
    expect(low.extra.upstrokeSpikes!).toBeGreaterThan(25);
    expect(low.extra.upstrokeSpikes!).toBeLessThan(45);
    expect(pds.extra.firstSpikes!).toBeGreaterThanOrEqual(20);
    expect(pds.extra.firstSpikes!).toBeLessThanOrEqual(32);
    const f = pds.features!;
    expect(1000 / (f.onsetMs[2]! - f.onsetMs[1]!)).toBeGreaterThan(150);
    expect(1000 / (f.onsetMs[2]! - f.onsetMs[1]!)).toBeLessThan(250);
  });
  for (const id of ['carbamazepine', 'phenytoin', 'lamotrigine']) {
    it(`${id}: block builds during the PDS bursts more than at the low rate; spikes shrink and slow, none is lost`, () => {
      const f = res.figures[id]!;
      expect(f.naAvailableEndPds!).toBeLessThan(f.naAvailableEndLow! - 0.02);
      expect(f.naAvailableEndPds!).toBeGreaterThan(0.9);
      expect(f.lastBurstMaxDvdtPct!).toBeLessThan(99);
      expect(f.pdsSpikesLostPct!).toBeLessThanOrEqual(2);
      expect(f.lowRateSpikesLostPct!).toBeLessThanOrEqual(3);
      expect(f.boundAtRest!).toBeLessThan(0.01);
    });
  }
  it('lacosamide (slow inactivation) follows the time-averaged depolarization: more block under the steady low-rate drive', () => {
    const f = res.figures.lacosamide!;
    expect(f.naAvailableEndLow!).toBeLessThan(f.naAvailableEndPds!);
  });
  it('the upstroke detector and the 0 mV detector agree for a healthy cell', () => {
    for (const r of res.runs) expect(r.extra.upstrokeSpikes!).toBe(r.spikeCount);
  });
});

describe('rebound (tc, −80 mV)', () => {
  const res = experiments.rebound({ agents: [drug('ethosuximide'), drug('ethosuximide', 3)] });
  it('the reference burst; ethosuximide lowers the LTS and shrinks the burst, more with a higher dose', () => {
    const [c, e1, e3] = res.runs;
    expect(c!.spikeCount).toBe(4);
    expect(e1!.extra.ltsPeakMv!).toBeLessThan(c!.extra.ltsPeakMv! - 2);
    expect(e1!.spikeCount).toBeLessThan(c!.spikeCount);
    expect(e3!.extra.ltsPeakMv!).toBeLessThan(e1!.extra.ltsPeakMv!);
    expect(e3!.spikeCount).toBeLessThanOrEqual(e1!.spikeCount);
  });
});

describe('absence-paradox (tc with GABA-A: tonic and a barrage of IPSPs)', () => {
  const res = experiments.thalamicInhibition({
    agents: [
      { label: 'synaptic ×1.5', modifiers: { gabaA: { conductanceScale: 1.5 } } },
      { label: 'tonic ×3.5', modifiers: { gabaA: { tonicScale: 3.5 } } },
      drug('tiagabine'),
      drug('ethosuximide'),
      drug('carbamazepine'),
    ],
  });
  const f = res.figures;
  it('control: the barrage takes the cell below −75 mV and it rebounds with an LTS and a spike', () => {
    expect(f.control!.minMv!).toBeLessThan(-75);
    expect(f.control!.ltsPeakMv!).toBeGreaterThan(-45);
    expect(f.control!.spikes!).toBeGreaterThanOrEqual(1);
  });
  it('more synaptic GABA-A conductance removes more T inactivation and raises the rebound', () => {
    expect(f['synaptic ×1.5']!.hTMax!).toBeGreaterThan(f.control!.hTMax! + 0.005);
    expect(f['synaptic ×1.5']!.ltsPeakMv!).toBeGreaterThan(f.control!.ltsPeakMv!);
  });
  it('more tonic conductance (ambient GABA: tiagabine) hyperpolarizes the cell and removes more T inactivation, but shunts the LTS', () => {
    for (const k of ['tonic ×3.5', 'tiagabine']) {
      expect(f[k]!.baselineMv!).toBeLessThan(f.control!.baselineMv! - 0.5);
      expect(f[k]!.hTMax!).toBeGreaterThan(f.control!.hTMax!);
      expect(f[k]!.ltsPeakMv!).toBeLessThan(f.control!.ltsPeakMv!);
    }
  });
  it('T block lowers the LTS; the sodium-channel blocker leaves the relay cell as it was', () => {
    expect(f.ethosuximide!.ltsPeakMv!).toBeLessThan(f.control!.ltsPeakMv! - 3);
    expect(Math.abs(f.carbamazepine!.ltsPeakMv! - f.control!.ltsPeakMv!)).toBeLessThan(0.5);
  });
  it('the course’s account is a protocol run: a deeper start de-inactivates more, yet rebounds to a lower level', () => {
    const d = f['control · 5 mV deeper start']!;
    expect(d.baselineMv!).toBeCloseTo(-70, 1);
    expect(d.hTMax!).toBeGreaterThan(f.control!.hTMax!);
    expect(d.ltsPeakMv!).toBeLessThan(f.control!.ltsPeakMv!);
  });
});

describe('gaba (IPSC and a driven pyramidal cell)', () => {
  const res = experiments.gaba({ agents: [drug('lorazepam'), drug('phenobarbital')] });
  const f = res.figures;
  it('benzodiazepine: peak ×1.5, same decay; phenobarbital: same peak, decay ×1.26 from its EC50 of 144 µM at 50 µM', () => {
    expect(f.lorazepam!.ipscPeakUA! / f.control!.ipscPeakUA!).toBeCloseTo(1.5, 2);
    expect(f.lorazepam!.ipscDecayMs).toBe(f.control!.ipscDecayMs);
    expect(f.phenobarbital!.ipscPeakUA! / f.control!.ipscPeakUA!).toBeCloseTo(1, 3);
    expect(f.phenobarbital!.ipscDecayMs! / f.control!.ipscDecayMs!).toBeCloseTo(1 + 50 / 194, 3);
  });
  it('both carry more charge and slow the driven cell', () => {
    for (const d of ['lorazepam', 'phenobarbital']) {
      expect(f[d]!.ipscChargeNC!).toBeGreaterThan(1.2 * f.control!.ipscChargeNC!);
      expect(f[d]!.firingHz!).toBeLessThan(f.control!.firingHz!);
    }
  });
});

describe('network and dravet: the transition to hypersynchrony (100 cells, 2 s)', () => {
  const levels = [1, 0.65, 0.55, 0.45, 0.35];
  const net = experiments.transitionSweep({ agents: [drug('lorazepam'), drug('ethosuximide'), drug('carbamazepine')], levels });
  const dravet = experiments.transitionSweep({ agents: [drug('carbamazepine'), drug('clobazam')], levels, interneuronModifiers: DRAVET_INTERNEURONS });
  const t = (r: typeof net, k: string) => r.figures[k]!.transitionLevel;
  it('control: asynchronous with full inhibition, hypersynchronous when GABA-A is cut; the transition lies between ×0.6 and ×0.35', () => {
    expect(net.chi.control![0]!).toBeLessThan(0.3);
    expect(net.chi.control!.at(-1)!).toBeGreaterThan(0.45);
    expect(t(net, 'control')!).toBeGreaterThan(0.35);
    expect(t(net, 'control')!).toBeLessThan(0.6);
  });
  it('a benzodiazepine moves the transition to less inhibition (off the sweep); T block changes nothing in cortex', () => {
    const lz = t(net, 'lorazepam');
    expect(lz === null || lz === undefined || lz < t(net, 'control')! - 0.05).toBe(true);
    expect(net.chi.ethosuximide).toEqual(net.chi.control);
  });
  it('carbamazepine moves it to more inhibition: its use-dependent block falls hardest on the fast-spiking interneurons', () => {
    expect(t(net, 'carbamazepine')!).toBeGreaterThan(t(net, 'control')! + 0.05);
  });
  it('dravet: weaker interneurons move the transition up; carbamazepine moves it further up, clobazam back down', () => {
    expect(t(dravet, 'control')!).toBeGreaterThan(t(net, 'control')! + 0.15);
    expect(t(dravet, 'carbamazepine')!).toBeGreaterThan(t(dravet, 'control')!);
    expect(t(dravet, 'clobazam')!).toBeLessThan(t(dravet, 'control')! - 0.1);
  });
});

describe('voltage-clamp (hh sodium current)', () => {
  const res = experiments.voltageClamp({ agents: [drug('carbamazepine'), drug('lacosamide'), { label: 'TTX', modifiers: { gScale: { na: 0 } } }, { label: 'pronase', modifiers: { naNoInactivation: true } }] });
  const f = res.figures;
  const step = (a: string) => res.runs.find((r) => r.agent === a && r.condition === 'step to 0 mV')!;
  it('control V½ of steady-state inactivation at −62 mV; carbamazepine shifts it more than 1.5 mV negative, lacosamide less', () => {
    expect(f.control!.vHalfMv!).toBeCloseTo(-62, 0);
    expect(f.carbamazepine!.vHalfMv!).toBeLessThan(f.control!.vHalfMv! - 1.5);
    expect(f.lacosamide!.vHalfMv!).toBeLessThan(f.control!.vHalfMv! - 0.3);
    expect(f.lacosamide!.vHalfMv!).toBeGreaterThan(f.carbamazepine!.vHalfMv!);
  });
  it('use-dependent block in a 10 Hz train and slower recovery with carbamazepine; lacosamide hardly blocks in the train', () => {
    expect(f.control!.lastPulseFraction!).toBeGreaterThan(0.99);
    expect(f.carbamazepine!.lastPulseFraction!).toBeLessThan(0.98);
    expect(f.lacosamide!.lastPulseFraction!).toBeGreaterThan(f.carbamazepine!.lastPulseFraction!);
    expect(f.carbamazepine!.recoveredAt20Ms!).toBeLessThan(f.control!.recoveredAt20Ms!);
  });
  it('TTX removes the inward current; pronase keeps the sodium current on', () => {
    expect(step('TTX').extra.peakInwardUA!).toBeLessThan(1);
    expect(step('control').extra.peakInwardUA!).toBeGreaterThan(100);
    expect(step('pronase').extra.steadyOutwardUA!).toBeLessThan(step('control').extra.steadyOutwardUA! - 50);
  });
  it('rate-constant curves for m, h and n', () => {
    const rc = res.runs.find((r) => r.condition === 'rate constants')!;
    expect(rc.series!.map((s) => s.name)).toEqual(expect.arrayContaining(['αm', 'βh', 'τn', 'h∞']));
  });
});

describe('resting-potential', () => {
  const res = experiments.restingPotentialExperiment({ agents: [drug('phenobarbital')], ions: { kOut: 8 } });
  const f = res.figures;
  it('Nernst potentials at 37 °C (mature: E_K −95.0, E_Na +66.6, E_Cl −75.9 mV; neonatal E_Cl −41.9 mV)', () => {
    expect(f.mature!.eK!).toBeCloseTo(-95.02, 1);
    expect(f.mature!.eNa!).toBeCloseTo(66.6, 1);
    expect(f.mature!.eCl!).toBeCloseTo(-75.95, 1);
    expect(f['neonatal chloride']!.eCl!).toBeCloseTo(-41.92, 1);
    expect(f.yours!.eK!).toBeCloseTo(-76.5, 0);
  });
  it('raised extracellular potassium depolarizes the GHK resting potential', () => {
    expect(f['seizure potassium']!.vGhk!).toBeGreaterThan(f.mature!.vGhk! + 5);
  });
  it('GABA-A hyperpolarizes with mature chloride and depolarizes with neonatal chloride; phenobarbital enlarges both', () => {
    expect(f['control · mature']!.shiftMv!).toBeLessThan(0);
    expect(f['control · neonatal chloride']!.shiftMv!).toBeGreaterThan(3);
    expect(f['phenobarbital · mature']!.shiftMv!).toBeLessThan(f['control · mature']!.shiftMv!);
    expect(f['phenobarbital · neonatal chloride']!.shiftMv!).toBeGreaterThan(f['control · neonatal chloride']!.shiftMv!);
  });
});
