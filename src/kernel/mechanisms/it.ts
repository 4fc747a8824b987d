/**
 * `it`: the low-threshold T-type calcium current of thalamic relay cells (Huguenard & McCormick 1992,
 * J Neurophysiol 68:1373) in the GHK form of Destexhe's ITGHK.mod, with the submembrane calcium pool of
 * cadecay.mod, exactly as shared/reference/tc.md and tc_ref.c (34 °C):
 *   I_T = 1000·P·mT²·hT·G(V, cai) µA/cm², P = 8e-5 cm/s × (unblocked fraction),
 *   G = 2F·1e-3·(cai·efun(−z) − cao·efun(z)), z = 2FV/(RT)·1e-3, efun(z) = z/(e^z − 1);
 *   d(cai)/dt = max(0, −10·I_T/(2·96489·0.1)) + (2.4e-4 − cai)/5.
 * The two GHK factors are functions of V alone: they are the set's aux values, so they are tabulated too.
 */
import type { ChannelSet } from './channel-set.js';

export const FARADAY = 96485.33212331001; // NEURON 8.2 value used by ITGHK.mod
export const RGAS = 8.31446261815324;
/** Faraday constant hard-coded in cadecay.mod. */
export const F_CAD = 96489.0;
export const IT_CELSIUS = 34;
export const CA_OUT = 2; // mM
export const CA_INF = 2.4e-4; // mM
export const CA_TAU = 5; // ms
export const CA_DEPTH = 0.1; // µm
export const PCA_BAR = 8e-5; // cm/s
const SHIFT = -1;
const PHI = Math.pow(2.5, (IT_CELSIUS - 24) / 10);
const RT = RGAS * (IT_CELSIUS + 273.15);
/** 1000·P̄·2F·1e-3: µA/cm² per (mM × efun) at full permeability. */
const GHK_SCALE = 1000 * PCA_BAR * 2 * FARADAY * 1e-3;

/** Readable gate functions (Vs = V − 1 mV, φ = 2.5^((34 − 24)/10)). */
export const caT = {
  mInf: (v: number): number => 1 / (1 + Math.exp(-(v + SHIFT + 57) / 6.2)),
  hInf: (v: number): number => 1 / (1 + Math.exp((v + SHIFT + 81) / 4)),
  tauM: (v: number): number => {
    const vs = v + SHIFT;
    return (0.612 + 1 / (Math.exp(-(vs + 132) / 16.7) + Math.exp((vs + 16.8) / 18.2))) / PHI;
  },
  tauH: (v: number): number => {
    const vs = v + SHIFT;
    return (vs < -80 ? Math.exp((vs + 467) / 66.6) : 28 + Math.exp(-(vs + 22) / 10.5)) / PHI;
  },
};

/** `z/(e^z − 1)`, safe near 0. */
export function efun(z: number): number {
  return Math.abs(z) < 1e-4 ? 1 - z / 2 : z / (Math.exp(z) - 1);
}

/** Steady-state submembrane calcium driven by current `ica` (µA/cm²): cadecay.mod's cinf. */
export function caiInf(ica: number): number {
  let drive = (-10000 * (ica * 1e-3)) / (2 * F_CAD * CA_DEPTH);
  if (drive < 0) drive = 0;
  return CA_INF + drive * CA_TAU;
}

export class ITSet implements ChannelSet {
  readonly name = 'it';
  readonly key = 'it';
  readonly gates = ['mT', 'hT'] as const;
  readonly others = ['cai'] as const;
  readonly nAux = 2;
  readonly currentNames = ['t'] as const;
  private lastDt = -1;
  private decay = 0;

  /** @param pScale fraction of the T permeability present (1 − fraction blocked). */
  constructor(private readonly pScale: number) {}

  rates(v: number, out: Float64Array, o: number): void {
    out[o] = caT.mInf(v);
    out[o + 1] = 1 / caT.tauM(v);
    out[o + 2] = caT.hInf(v);
    out[o + 3] = 1 / caT.tauH(v);
    const z = (1e-3 * 2 * FARADAY * v) / RT;
    out[o + 4] = GHK_SCALE * efun(-z);
    out[o + 5] = GHK_SCALE * CA_OUT * efun(z);
  }

  /** Calcium at its fixed point (100 rounds, as tc_ref.c's bis_hold). */
  initOthers(s: Float64Array, o: number, v: number, aux: Float64Array, ao: number): void {
    s[o + 2] = CA_INF;
    for (let i = 0; i < 100; i++) s[o + 2] = caiInf(this.current(s, o, v, aux, ao));
  }

  /** Calcium: exact exponential step towards the fixed point set by the current at the new gates. */
  advance(s: Float64Array, o: number, v: number, dt: number, aux: Float64Array, ao: number): void {
    if (dt !== this.lastDt) {
      this.lastDt = dt;
      this.decay = Math.exp(-dt / CA_TAU);
    }
    const cinf = caiInf(this.current(s, o, v, aux, ao));
    s[o + 2] = cinf + (s[o + 2]! - cinf) * this.decay;
  }

  current(s: Float64Array, o: number, _v: number, aux: Float64Array, ao: number): number {
    const mT = s[o]!;
    return this.pScale * mT * mT * s[o + 1]! * (s[o + 2]! * aux[ao]! - aux[ao + 1]!);
  }

  currents(s: Float64Array, o: number, v: number, aux: Float64Array, ao: number, out: Float64Array, oo: number): void {
    out[oo] = this.current(s, o, v, aux, ao);
  }

  sodiumAvailability(): number {
    return 1;
  }
}
