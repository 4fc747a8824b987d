/**
 * resting-potential: where the membrane potential comes from, and what moves it.
 * - Nernst potentials E = (RT/zF)·ln([out]/[in]) of K⁺, Na⁺, Cl⁻ and Ca²⁺, and the Goldman–Hodgkin–Katz
 *   resting potential of K⁺, Na⁺ and Cl⁻ with relative permeabilities pK : pNa : pCl = 1 : 0.04 : 0.45, at
 *   37 °C, for concentrations the caller sets (defaults: a mature mammalian neuron).
 * - Three ion settings side by side: mature, neonatal (high internal chloride: E_Cl above rest), and a
 *   seizure (extracellular K⁺ risen to 10 mM).
 * - GABA-A in a cell whose E_GABA is that E_Cl (HCO₃⁻ is left out): an `rs` pyramidal cell at rest gets a
 *   barrage of 20 GABA-A events at 50 Hz; with mature chloride it hyperpolarizes, with neonatal chloride it
 *   depolarizes, and a GABA-A enhancer makes either larger.
 */
import { makeCell, restingPotential } from '../cells/index.js';
import type { LabelledModifiers } from '../modifiers.js';
import { runCell, voltageRun, type StateEvent } from '../run.js';
import type { Run } from '../simulate.js';
import { withControl, type ExperimentRuns } from './common.js';

export const FARADAY_C = 96485.332;
export const R_GAS = 8.314462;

/** Concentrations, mM. */
export interface Ions {
  kIn: number;
  kOut: number;
  naIn: number;
  naOut: number;
  clIn: number;
  clOut: number;
  caIn: number;
  caOut: number;
}

/** A mature mammalian neuron (Hille, Ion Channels of Excitable Membranes, 3rd ed., table 1.1 ranges). */
export const MATURE_IONS: Ions = { kIn: 140, kOut: 4, naIn: 12, naOut: 145, clIn: 7, clOut: 120, caIn: 0.0001, caOut: 2 };
/** Neonatal: NKCC1 loads the cell with chloride (Ben-Ari 2002). */
export const NEONATAL_IONS: Ions = { ...MATURE_IONS, clIn: 25 };
/** During a seizure extracellular K⁺ rises towards its ceiling of about 10–12 mM (Heinemann & Lux 1977). */
export const SEIZURE_IONS: Ions = { ...MATURE_IONS, kOut: 10 };
export const PERMEABILITY = { k: 1, na: 0.04, cl: 0.45 } as const;

/** Nernst potential, mV. */
export function nernst(z: number, out: number, inside: number, celsius = 37): number {
  return ((1000 * R_GAS * (celsius + 273.15)) / (z * FARADAY_C)) * Math.log(out / inside);
}

/** GHK resting potential of K⁺, Na⁺ and Cl⁻, mV. */
export function ghk(c: Ions, p: { k: number; na: number; cl: number } = PERMEABILITY, celsius = 37): number {
  const num = p.k * c.kOut + p.na * c.naOut + p.cl * c.clIn;
  const den = p.k * c.kIn + p.na * c.naIn + p.cl * c.clOut;
  return ((1000 * R_GAS * (celsius + 273.15)) / FARADAY_C) * Math.log(num / den);
}

export function potentials(c: Ions): Record<'eK' | 'eNa' | 'eCl' | 'eCa' | 'vGhk', number> {
  return { eK: nernst(1, c.kOut, c.kIn), eNa: nernst(1, c.naOut, c.naIn), eCl: nernst(-1, c.clOut, c.clIn), eCa: nernst(2, c.caOut, c.caIn), vGhk: ghk(c) };
}

const SETTINGS: [string, Ions][] = [
  ['mature', MATURE_IONS],
  ['neonatal chloride', NEONATAL_IONS],
  ['seizure potassium', SEIZURE_IONS],
];

function gabaRun(agent: string, condition: string, eCl: number, a: LabelledModifiers, dt: number): Run {
  const cell = makeCell('rs', a.modifiers, { gabaA: { tonic: 0, tauMs: 8, eRev: eCl } });
  const rest = restingPotential(cell);
  const g = cell.indexOf('gabaa.g');
  const n = Math.round(600 / dt);
  const events: StateEvent[] = Array.from({ length: 20 }, (_, i) => ({ step: Math.round((100 + 20 * i) / dt), index: g, amount: 0.02 }));
  const out = runCell(cell, { dt, nSteps: n, segments: [{ endStep: n, currentUA: 0 }], events, analyzeFromStep: 0, maxPoints: 2000 });
  const shiftMv = Math.abs(out.peakMv - rest) > Math.abs(out.minMv - rest) ? out.peakMv - rest : out.minMv - rest;
  return voltageRun({ agent, condition, model: 'rs' }, { dt, nSteps: n, stimulusChangeMs: 100 }, out, { restMv: rest, eGabaMv: eCl, peakMv: out.peakMv, minMv: out.minMv, shiftMv });
}

export interface RestingPotentialOptions {
  agents?: LabelledModifiers[];
  /** Concentrations for the 'yours' setting (defaults to mature). */
  ions?: Partial<Ions>;
  dtMs?: number;
}

/** Runs: for control then each agent, GABA-A in mature then neonatal chloride. Figures: the potentials. */
export function restingPotentialExperiment(opts: RestingPotentialOptions = {}): ExperimentRuns & { settings: { name: string; ions: Ions; potentials: ReturnType<typeof potentials> }[] } {
  const yours: Ions = { ...MATURE_IONS, ...opts.ions };
  const settings = [...SETTINGS, ...(opts.ions ? ([['yours', yours]] as [string, Ions][]) : [])].map(([name, ions]) => ({ name, ions, potentials: potentials(ions) }));
  const figures: ExperimentRuns['figures'] = {};
  for (const s of settings) figures[s.name] = { ...s.potentials };
  const runs: Run[] = [];
  const dt = opts.dtMs ?? 0.025;
  for (const a of withControl(opts.agents)) {
    for (const s of settings.filter((x) => x.name !== 'seizure potassium')) {
      const r = gabaRun(a.label, `GABA-A, ${s.name}`, s.potentials.eCl, a, dt);
      runs.push(r);
      figures[`${a.label} · ${s.name}`] = { shiftMv: r.extra.shiftMv!, spikes: r.spikeCount };
    }
  }
  return { runs, figures, settings };
}
