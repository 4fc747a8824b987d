/**
 * gaba: GABA-A enhancement on one inhibitory synaptic current and on a driven pyramidal cell.
 * - The IPSC: one synaptic event (`gabaa` set: a jump of conductance decaying with 8 ms, reversal −75 mV)
 *   recorded in voltage clamp at −50 mV. More conductance per event (`gabaA.conductanceScale`, a
 *   benzodiazepine-like modulator) raises its peak; a longer decay (`gabaA.decayScale`, barbiturate-like)
 *   slows it. The charge it carries is what inhibits.
 * - The driven cell: an `rs` pyramidal cell driven to about 20 Hz receives random inhibitory events (Poisson,
 *   400 per second, fixed seed: the same sequence in every run).
 */
import { makeCell, restingPotential } from '../cells/index.js';
import type { GabaAParams } from '../mechanisms/gaba-a.js';
import type { LabelledModifiers, Modifiers } from '../modifiers.js';
import { Prng } from '../network/prng.js';
import { runCell, voltageRun, type StateEvent } from '../run.js';
import type { Run } from '../simulate.js';
import { withControl, type ExperimentRuns } from './common.js';

export const CORTICAL_GABA_A: GabaAParams = { tonic: 0, tauMs: 8, eRev: -75 };

export const GABA_DEFAULTS = { clampMv: -50, ipscConductance: 0.5, driveUA: 1.8, inhibitionHz: 400, inhibitionConductance: 0.01, durationMs: 1000, dtMs: 0.025, maxPoints: 4000 } as const;

export interface GabaOptions extends Partial<Record<keyof typeof GABA_DEFAULTS, number>> {
  agents?: LabelledModifiers[];
}

type O = { -readonly [K in keyof typeof GABA_DEFAULTS]: number };

function ipsc(agent: string, mod: Modifiers, o: O): Run {
  const cell = makeCell('rs', { ...mod, gScale: { na: 0, k: 0, m: 0, leak: 0 } }, { gabaA: CORTICAL_GABA_A });
  const g = cell.indexOf('gabaa.g');
  const n = Math.round(80 / o.dtMs), onset = Math.round(5 / o.dtMs);
  const out = runCell(cell, { dt: o.dtMs, nSteps: n, segments: [{ endStep: n, currentUA: o.clampMv }], clamp: true, events: [{ step: onset, index: g, amount: o.ipscConductance }], analyzeFromStep: 0, maxPoints: o.maxPoints });
  let q = 0;
  const tr = out.trace;
  for (let i = 1; i < tr.tMs.length; i++) q += 0.5 * (tr.vMv[i]! + tr.vMv[i - 1]!) * (tr.tMs[i]! - tr.tMs[i - 1]!);
  const tau = CORTICAL_GABA_A.tauMs * (mod.gabaA?.decayScale ?? 1);
  return {
    agent,
    condition: 'IPSC',
    model: 'rs',
    dtMs: o.dtMs,
    durationMs: n * o.dtMs,
    trace: tr,
    traceKind: 'current',
    spikeTimesMs: [],
    spikeCount: 0,
    rateHz: null,
    peakMv: out.peakMv,
    stimulusChangeMs: onset * o.dtMs,
    extra: { peakCurrentUA: out.peakMv, decayTauMs: tau, chargeNCPerCm2: q, clampMv: o.clampMv },
  };
}

function driven(agent: string, mod: Modifiers, o: O): Run {
  const cell = makeCell('rs', mod, { gabaA: CORTICAL_GABA_A });
  restingPotential(cell);
  const g = cell.indexOf('gabaa.g');
  const n = Math.round(o.durationMs / o.dtMs);
  const rng = new Prng(7);
  const p = o.inhibitionHz * o.dtMs * 1e-3;
  const events: StateEvent[] = [];
  for (let k = 0; k < n; k++) if (rng.next() < p) events.push({ step: k, index: g, amount: o.inhibitionConductance });
  const out = runCell(cell, { dt: o.dtMs, nSteps: n, segments: [{ endStep: n, currentUA: o.driveUA }], events, analyzeFromStep: 0, maxPoints: o.maxPoints });
  return voltageRun({ agent, condition: 'driven cell', model: 'rs' }, { dt: o.dtMs, nSteps: n, stimulusChangeMs: 0 }, out, {
    driveUA: o.driveUA,
    inhibitionHz: o.inhibitionHz,
    meanRateHz: (out.spikeTimesMs.length / (n * o.dtMs)) * 1000,
  });
}

/** Runs, in order: the IPSC for control and each agent, then the driven cell for control and each agent. */
export function gaba(opts: GabaOptions = {}): ExperimentRuns {
  const o: O = { ...GABA_DEFAULTS };
  for (const k of Object.keys(o) as (keyof O)[]) if (opts[k] !== undefined) o[k] = opts[k]!;
  const sets = withControl(opts.agents);
  const ipscs = sets.map((a) => ipsc(a.label, a.modifiers, o));
  const firing = sets.map((a) => driven(a.label, a.modifiers, o));
  const figures: ExperimentRuns['figures'] = {};
  sets.forEach((a, i) => {
    figures[a.label] = { ipscPeakUA: ipscs[i]!.extra.peakCurrentUA!, ipscDecayMs: ipscs[i]!.extra.decayTauMs!, ipscChargeNC: ipscs[i]!.extra.chargeNCPerCm2!, firingHz: firing[i]!.extra.meanRateHz! };
  });
  return { runs: [...ipscs, ...firing], figures };
}
