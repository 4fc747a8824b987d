/**
 * The cell models: each is a list of channel sets (../mechanisms) driven by the one integrator.
 *
 * - `hh`: the Hodgkin–Huxley 1952 squid axon at 6.3 °C (shared/reference/hh.md). Class 2: no slow firing.
 * - `wb`: the Wang & Buzsáki 1996 **hippocampal fast-spiking basket cell** (an interneuron), class 1.
 * - `rs`: a **regular-spiking cortical pyramidal cell**, Pospischil et al. 2008 (Biol Cybern 99:427): Traub–
 *   Miles Na/K with VT −56.2 mV, an M-current (spike-frequency adaptation) and a leak; gNa 56, gKd 6,
 *   gM 0.075, gL 0.0205 mS/cm²; ENa 50, EK −90, EL −70.3 mV; τmax 608 ms; C 1 µF/cm².
 * - `tc`: the thalamocortical relay cell of Destexhe et al. 1998 (shared/reference/tc.md, tc_ref.c).
 *
 * A cell may be given a GABA-A conductance (tonic and synaptic, ../mechanisms/gaba-a.ts); drugs reach every
 * set only through {@link Modifiers}.
 */
import { Cell } from '../integrator.js';
import { GabaASet, type GabaAParams } from '../mechanisms/gaba-a.js';
import { HH_PARAMS, HHSet } from '../mechanisms/hh.js';
import { PospischilRSSet, RS_PARAMS } from '../mechanisms/pospischil.js';
import { ITSet } from '../mechanisms/it.js';
import { naBlockFrom } from '../mechanisms/na-block.js';
import { PasSet } from '../mechanisms/pas.js';
import { TraubSet } from '../mechanisms/traub.js';
import { WB_PARAMS, WBSet } from '../mechanisms/wb.js';
import type { ChannelSet, SodiumOptions } from '../mechanisms/channel-set.js';
import { channelFactor, type Modifiers } from '../modifiers.js';

export { Cell } from '../integrator.js';
export { HH_PARAMS } from '../mechanisms/hh.js';
export { WB_PARAMS } from '../mechanisms/wb.js';

/** Models built from single cells. */
export type CellModelId = 'hh' | 'wb' | 'rs' | 'tc';
export const CELL_MODEL_IDS: readonly CellModelId[] = ['hh', 'wb', 'rs', 'tc'];

export { RS_PARAMS } from '../mechanisms/pospischil.js';
export const TC_PARAMS = { cm: 0.88, gNa: 10, gK: 10, gL: 0.0379, eNa: 50, eK: -100, eL: -76.5, vt: -52, tadj: Math.pow(3, (34 - 36) / 10) } as const;

/** One line per model, for help and listings. */
export const CELL_MODEL_TITLES: Record<CellModelId, string> = {
  hh: 'Hodgkin–Huxley squid axon, 6.3 °C (class 2: no slow firing)',
  wb: 'Wang–Buzsáki hippocampal fast-spiking interneuron (class 1)',
  rs: 'regular-spiking cortical pyramidal cell with an M-current (Pospischil 2008)',
  tc: 'thalamocortical relay cell with the T-type calcium current (Destexhe 1998)',
};

export interface MakeCellOptions {
  /** Evaluate rates exactly every step instead of using rate tables. */
  exact?: boolean;
  /** A population of identical cells (default 1). */
  count?: number;
  /** Add a GABA-A conductance (tonic and synaptic) with these parameters before drug modifiers. */
  gabaA?: GabaAParams;
}

function sodium(mod: Modifiers): SodiumOptions {
  return { block: naBlockFrom(mod.naBinders, mod.naSlowInactivation), noInactivation: mod.naNoInactivation === true };
}

/** The channel sets of a model with modifiers applied. */
export function cellSets(model: CellModelId, mod: Modifiers = {}, gabaA?: GabaAParams): ChannelSet[] {
  const na = channelFactor(mod, 'na'), k = channelFactor(mod, 'k'), leak = channelFactor(mod, 'leak');
  let sets: ChannelSet[];
  switch (model) {
    case 'hh':
      sets = [new HHSet(HH_PARAMS.gNa * na, HH_PARAMS.gK * k, HH_PARAMS.gL * leak, sodium(mod))];
      break;
    case 'wb':
      sets = [new WBSet(WB_PARAMS.gNa * na, WB_PARAMS.gK * k, WB_PARAMS.gL * leak, sodium(mod))];
      break;
    case 'rs':
      sets = [new PospischilRSSet(RS_PARAMS.gNa * na, RS_PARAMS.gK * k, RS_PARAMS.gM * channelFactor(mod, 'm'), RS_PARAMS.gL * leak, sodium(mod))];
      break;
    case 'tc': {
      const p = TC_PARAMS;
      sets = [
        new PasSet(p.gL * leak, p.eL),
        new TraubSet({ gNa: p.gNa * na, gK: p.gK * k, eNa: p.eNa, eK: p.eK, vt: p.vt, tadj: p.tadj }, sodium(mod)),
        new ITSet(channelFactor(mod, 't')),
      ];
      break;
    }
  }
  if (gabaA) {
    const g = mod.gabaA ?? {};
    sets.push(new GabaASet({ tonic: gabaA.tonic * (g.tonicScale ?? 1), tauMs: gabaA.tauMs * (g.decayScale ?? 1), eRev: gabaA.eRev, synapticScale: g.conductanceScale ?? 1 }));
  }
  return sets;
}

const CM: Record<CellModelId, number> = { hh: HH_PARAMS.cm, wb: WB_PARAMS.cm, rs: RS_PARAMS.cm, tc: TC_PARAMS.cm };

/** Build a cell of the given model with modifiers applied. */
export function makeCell(model: CellModelId, mod: Modifiers = {}, opts: MakeCellOptions = {}): Cell {
  return new Cell({ name: model, cm: CM[model], sets: cellSets(model, mod, opts.gabaA) }, { ...(opts.exact ? { exact: true } : {}), ...(opts.count ? { count: opts.count } : {}) });
}

/**
 * Resting potential with no injected current: the **lowest stable root** of the steady-state I–V curve
 * (exact steady state of every gate, concentration and drug-bound fraction at each V). The curve is scanned
 * upwards from −110 mV to +60 mV in 0.25 mV steps; the first crossing from inward to outward current
 * (positive slope: stable) is refined by bisection. Some models have several roots (wb: −64.01 mV, stable,
 * and −56.81 mV, unstable), so a bisection over a wide interval could land on the wrong one. Leaves cell i
 * at rest; null (and the cell untouched at its last scan point) when there is no stable root, e.g. with
 * every potassium and leak conductance scaled to 0.
 */
export function findRestingPotential(cell: Cell, i = 0): number | null {
  let lo = -110;
  let fLo = cell.steadyCurrentAt(lo, i);
  for (let v = lo + 0.25; v <= 60; v += 0.25) {
    const f = cell.steadyCurrentAt(v, i);
    if (fLo < 0 && f >= 0) {
      let hi = v;
      for (let k = 0; k < 50; k++) {
        const mid = (lo + hi) / 2;
        if (cell.steadyCurrentAt(mid, i) < 0) lo = mid;
        else hi = mid;
      }
      const rest = (lo + hi) / 2;
      cell.init(rest, i);
      return rest;
    }
    lo = v;
    fLo = f;
  }
  return null;
}

/** {@link findRestingPotential} for cells that have a rest by construction (throws otherwise: a bug). */
export function restingPotential(cell: Cell, i = 0): number {
  const v = findRestingPotential(cell, i);
  if (v === null) throw new Error(`${cell.name} has no stable resting potential between −110 and +60 mV`);
  return v;
}
