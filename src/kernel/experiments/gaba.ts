/**
 * gaba: GABA-A enhancement two ways, on one inhibitory synaptic current and on a driven cell.
 * - Benzodiazepine-like: more conductance per synaptic event (`gabaA.conductanceScale`; more channel
 *   openings per GABA release, Twyman et al. 1989).
 * - Barbiturate-like: longer decay (`gabaA.decayScale`; longer channel open time).
 * The synapse is the network's GABA-A synapse (conductance jump, exponential decay 8 ms, reversal −75 mV).
 */
import { makeCell, restingPotential, stepCell } from '../cells/index.js';
import { rateHz, SpikeDetector } from '../detector.js';
import type { LabelledModifiers, Modifiers } from '../modifiers.js';
import { NETWORK_PARAMS } from '../network/network.js';
import { Prng } from '../network/prng.js';
import type { Run } from '../simulate.js';
import { Decimator } from '../trace.js';
import type { ExperimentResult } from './common.js';

export interface GabaOptions {
  /** GABA-A modifier sets (default: a benzodiazepine-like ×1.5 conductance and a barbiturate-like ×1.5 decay). */
  drugs?: LabelledModifiers[];
  /** Holding voltage of the voltage-clamped IPSC, mV (default −50). */
  clampMv?: number;
  /** Conductance added by one synaptic event, mS/cm² (default 0.5). */
  ipscConductance?: number;
  /** Bias current of the driven cell, µA/cm² (default 1.0: ≈60 Hz alone). */
  driveUA?: number;
  /** Total rate of inhibitory synaptic events onto the driven cell (Poisson, fixed seed), Hz (default 400). */
  inhibitionHz?: number;
  /** Conductance per inhibitory event on the driven cell, mS/cm² (default 0.008). */
  inhibitionConductance?: number;
  durationMs?: number;
  dtMs?: number;
  maxPoints?: number;
}

export const DEFAULT_GABA_DRUGS: LabelledModifiers[] = [
  { label: 'benzodiazepine-like (conductance ×1.5)', modifiers: { gabaA: { conductanceScale: 1.5 } } },
  { label: 'barbiturate-like (decay ×1.5)', modifiers: { gabaA: { decayScale: 1.5 } } },
];

function ipsc(label: string, mod: Modifiers, o: Required<Omit<GabaOptions, 'drugs'>>): Run {
  const tau = NETWORK_PARAMS.tauGabaMs * (mod.gabaA?.decayScale ?? 1);
  const gJump = o.ipscConductance * (mod.gabaA?.conductanceScale ?? 1);
  const dt = o.dtMs;
  const duration = 80;
  const n = Math.round(duration / dt);
  const onset = Math.round(5 / dt);
  const decay = Math.exp(-dt / tau);
  const drive = o.clampMv - NETWORK_PARAMS.eGabaMv;
  const dec = new Decimator(n + 1, o.maxPoints);
  let g = 0;
  let q = 0;
  let peak = 0;
  dec.push(0, 0);
  for (let k = 0; k < n; k++) {
    g *= decay;
    if (k + 1 === onset) g += gJump;
    const i = g * drive;
    q += i * dt;
    if (i > peak) peak = i;
    dec.push((k + 1) * dt, i);
  }
  return {
    label: `${label} · IPSC`,
    model: 'wb',
    dtMs: dt,
    durationMs: duration,
    trace: dec.finish(),
    traceKind: 'current',
    spikeTimesMs: [],
    spikeCount: 0,
    rateHz: null,
    peakMv: o.clampMv,
    stimulusChangeMs: onset * dt,
    extra: { peakCurrentUA: peak, decayTauMs: tau, chargeNCPerCm2: q, clampMv: o.clampMv },
  };
}

function driven(label: string, mod: Modifiers, o: Required<Omit<GabaOptions, 'drugs'>>): Run {
  const cell = makeCell('wb', mod);
  restingPotential(cell);
  const dt = o.dtMs;
  const n = Math.round(o.durationMs / dt);
  const tau = NETWORK_PARAMS.tauGabaMs * (mod.gabaA?.decayScale ?? 1);
  const gJump = o.inhibitionConductance * (mod.gabaA?.conductanceScale ?? 1);
  const decay = Math.exp(-dt / tau);
  const pEvent = o.inhibitionHz * dt * 1e-3;
  const rng = new Prng(7);
  const eGaba = NETWORK_PARAMS.eGabaMv;
  const det = new SpikeDetector(64);
  const dec = new Decimator(n + 1, o.maxPoints);
  const s = cell.state;
  det.reset(0, s[0]!);
  dec.push(0, s[0]!);
  let g = 0;
  let peak = -Infinity;
  for (let k = 0; k < n; k++) {
    g *= decay;
    if (rng.next() < pEvent) g += gJump;
    stepCell(cell, dt, o.driveUA - g * (s[0]! - eGaba));
    const t = (k + 1) * dt;
    const v = s[0]!;
    det.push(t, v);
    dec.push(t, v);
    if (v > peak) peak = v;
  }
  const spikes = det.spikeTimes();
  return {
    label: `${label} · driven cell`,
    model: 'wb',
    dtMs: dt,
    durationMs: n * dt,
    trace: dec.finish(),
    traceKind: 'voltage',
    spikeTimesMs: spikes,
    spikeCount: spikes.length,
    rateHz: rateHz(spikes),
    peakMv: peak,
    stimulusChangeMs: 0,
    extra: { driveUA: o.driveUA, inhibitionHz: o.inhibitionHz, meanRateHz: (spikes.length / (n * dt)) * 1000 },
  };
}

/** Runs, in order: IPSC control, IPSC per drug, driven-cell control, driven cell per drug. */
export function gaba(opts: GabaOptions = {}): ExperimentResult {
  const o = {
    clampMv: opts.clampMv ?? -50,
    ipscConductance: opts.ipscConductance ?? 0.5,
    driveUA: opts.driveUA ?? 1.0,
    inhibitionHz: opts.inhibitionHz ?? 400,
    inhibitionConductance: opts.inhibitionConductance ?? 0.008,
    durationMs: opts.durationMs ?? 1000,
    dtMs: opts.dtMs ?? 0.025,
    maxPoints: opts.maxPoints ?? 4000,
  };
  const drugs = opts.drugs ?? DEFAULT_GABA_DRUGS;
  const sets: LabelledModifiers[] = [{ label: 'control', modifiers: {} }, ...drugs];
  const ipscs = sets.map((d) => ipsc(d.label, d.modifiers, o));
  const firing = sets.map((d) => driven(d.label, d.modifiers, o));
  const summary: Record<string, number | null> = {};
  sets.forEach((d, i) => {
    summary[`${d.label} ipscPeakUA`] = ipscs[i]!.extra.peakCurrentUA!;
    summary[`${d.label} ipscChargeNC`] = ipscs[i]!.extra.chargeNCPerCm2!;
    summary[`${d.label} firingHz`] = firing[i]!.extra.meanRateHz!;
  });
  return {
    id: 'gaba',
    title: 'GABA-A enhancement: benzodiazepine vs barbiturate',
    runs: [...ipscs, ...firing],
    summary,
    explanation: [
      `First, one inhibitory synaptic current recorded at ${o.clampMv} mV (voltage clamp): GABA opens chloride channels and the current decays as they close. A benzodiazepine makes each release open more channels (higher peak, same decay); a barbiturate keeps them open longer (same peak, slower decay). Both increase the charge each synaptic event carries, which is what inhibits.`,
      `Second, a cell driven to fire (${o.driveUA} µA/cm²) receives random inhibitory synaptic events, ${o.inhibitionHz} a second (the same sequence in every run): more inhibitory charge per event means fewer spikes.`,
    ],
    simplifications: [
      'The synaptic conductance jumps and decays with one exponential; real IPSCs have a rise time and several decay components.',
      'A drug scales conductance or decay time by a fixed factor; the real effect depends on GABA concentration and receptor subunits (benzodiazepines need γ2-containing receptors).',
      'Barbiturates also open GABA-A channels directly at high concentrations and block AMPA receptors; not modelled.',
    ],
  };
}
