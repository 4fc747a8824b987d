/**
 * Each named experiment: direction and size, with drug modifiers derived from the drug records in data/.
 */
import { describe, expect, it } from 'vitest';
import { absenceParadox, gaba, networkExperiment, rebound, useDependence, type LabelledModifiers } from '../../src/kernel/index.js';
import { drugEffects } from '../../src/domain/drug-effects.js';
import { drugInput } from '../helpers/records.js';

function drug(id: string, multiple = 1): LabelledModifiers {
  const r = drugEffects(drugInput(id), { multiple });
  if (!r.ok) throw new Error(r.message);
  return { label: multiple === 1 ? id : `${id} ${multiple}×`, modifiers: r.modifiers };
}

describe('use-dependence (wb, 3 s)', () => {
  const res = useDependence({ drugs: [drug('carbamazepine'), drug('phenytoin')] });
  it('runs come control first: normal, seizure-like, then each drug', () => {
    expect(res.runs.map((r) => r.label)).toEqual([
      'control · normal rate',
      'control · seizure-like rate',
      'carbamazepine · normal rate',
      'carbamazepine · seizure-like rate',
      'phenytoin · normal rate',
      'phenytoin · seizure-like rate',
    ]);
    expect(res.summary['control normalRateHz']!).toBeGreaterThan(20);
    expect(res.summary['control normalRateHz']!).toBeLessThan(50);
    expect(res.summary['control highRateHz']!).toBeGreaterThan(300);
  });
  for (const id of ['carbamazepine', 'phenytoin']) {
    it(`${id}: normal-rate firing loses at most 1 spike in the last 250 ms; seizure-like firing suppressed by > 50%`, () => {
      expect(res.summary[`${id} normalSpikesLost`]!).toBeLessThanOrEqual(1);
      expect(res.summary[`${id} highRateSuppression`]!).toBeGreaterThan(0.5);
    });
  }
  it('phenytoin shows the slow build-up: seizure-like firing continues early, fails late', () => {
    expect(res.summary['phenytoin highRateEarlySpikes']!).toBeGreaterThan(50);
  });
});

describe('rebound (tc, −80 mV)', () => {
  const res = rebound({ drugs: [drug('ethosuximide'), drug('ethosuximide', 3)] });
  it('ethosuximide lowers the LTS and shrinks the burst, more with a higher dose', () => {
    const [c, e1, e3] = res.runs;
    expect(c!.spikeCount).toBe(4);
    expect(e1!.extra.ltsPeakMv!).toBeLessThan(c!.extra.ltsPeakMv! - 2);
    expect(e1!.spikeCount).toBeLessThan(c!.spikeCount);
    expect(e3!.extra.ltsPeakMv!).toBeLessThan(e1!.extra.ltsPeakMv!);
    expect(e3!.spikeCount).toBeLessThanOrEqual(e1!.spikeCount);
    expect(c!.peakMv).toBeGreaterThan(0);
  });
});

describe('absence-paradox', () => {
  const res = absenceParadox({ naBlocker: drug('carbamazepine'), tBlocker: drug('ethosuximide') });
  it('runs in order control, sodium-channel blocker, sodium-channel blocker + ethosuximide', () => {
    expect(res.runs[0]!.label.startsWith('control')).toBe(true);
    expect(res.runs[1]!.label.startsWith('carbamazepine')).toBe(true);
    expect(res.runs[2]!.label.startsWith('carbamazepine + ethosuximide')).toBe(true);
  });
  it('deeper hyperpolarization: more spikes and a higher LTS; then ethosuximide: fewer spikes, lower LTS', () => {
    const [c, na, both] = res.runs;
    expect(na!.spikeCount).toBeGreaterThan(c!.spikeCount);
    expect(na!.extra.ltsPeakMv!).toBeGreaterThan(c!.extra.ltsPeakMv! + 5);
    expect(na!.extra.hTEndStep!).toBeGreaterThan(c!.extra.hTEndStep!);
    expect(both!.spikeCount).toBeLessThan(na!.spikeCount);
    expect(both!.extra.ltsPeakMv!).toBeLessThan(na!.extra.ltsPeakMv!);
  });
});

describe('gaba', () => {
  const res = gaba({ drugs: [drug('clonazepam'), drug('phenobarbital')] });
  it('benzodiazepine: higher IPSC peak, same decay; barbiturate: same peak, longer decay; both more charge and less firing', () => {
    const s = res.summary;
    expect(s['clonazepam ipscPeakUA']!).toBeGreaterThan(1.3 * s['control ipscPeakUA']!);
    expect(s['phenobarbital ipscPeakUA']!).toBeCloseTo(s['control ipscPeakUA']!, 6);
    const tau = (label: string): number => res.runs.find((r) => r.label === `${label} · IPSC`)!.extra.decayTauMs!;
    expect(tau('clonazepam')).toBe(tau('control'));
    expect(tau('phenobarbital')).toBeGreaterThan(1.3 * tau('control'));
    for (const d of ['clonazepam', 'phenobarbital']) {
      expect(s[`${d} ipscChargeNC`]!).toBeGreaterThan(1.3 * s['control ipscChargeNC']!);
      expect(s[`${d} firingHz`]!).toBeLessThan(0.8 * s['control firingHz']!);
    }
  });
});

describe('network (200 cells, 2 s)', () => {
  const res = networkExperiment({
    drugs: [drug('carbamazepine', 3), drug('clonazepam'), drug('levetiracetam'), drug('perampanel', 5), drug('ethosuximide'), drug('phenobarbital')],
  });
  const chi = (i: number): number => res.runs[i]!.extra.synchrony!;
  it('control is asynchronous, the tipped network hypersynchronous', () => {
    expect(chi(0)).toBeLessThan(0.25);
    expect(chi(1)).toBeGreaterThan(0.5);
    expect(res.runs[0]!.raster!.timesMs.length).toBeGreaterThan(100);
  });
  it('sodium-channel block, GABA-A enhancement, release reduction and AMPA block each lower synchrony', () => {
    for (const i of [2, 3, 4, 5]) expect(chi(i), res.runs[i]!.label).toBeLessThan(chi(1) - 0.02);
  });
  it('T-channel block does nothing in cortex (no T channels there)', () => {
    expect(chi(6)).toBeCloseTo(chi(1), 10);
  });
  it('a longer GABA-A decay lowers the excitatory rate', () => {
    expect(res.runs[7]!.extra.meanRateEHz!).toBeLessThan(res.runs[1]!.extra.meanRateEHz!);
  });
});
