/**
 * Low-threshold T-type calcium current of thalamic relay cells (Huguenard & McCormick 1992, J Neurophysiol
 * 68:1373) in the GHK form of Destexhe's ITGHK.mod, with the submembrane calcium pool of cadecay.mod,
 * exactly as shared/reference/tc.md and tc_ref.c (34 °C).
 * `I_T = 1000·P·mT²·hT·G(V, cai)` µA/cm², P = 8e-5 cm/s × (unblocked fraction).
 */

export const FARADAY = 96485.33212331001; // NEURON 8.2 value used by ITGHK.mod
export const RGAS = 8.31446261815324;
/** Faraday constant hard-coded in cadecay.mod. */
export const F_CAD = 96489.0;
export const CELSIUS = 34;
export const CA_OUT = 2; // mM
export const CA_INF = 2.4e-4; // mM
export const CA_TAU = 5; // ms
export const CA_DEPTH = 0.1; // µm
export const PCA_BAR = 8e-5; // cm/s
const SHIFT = -1;
const PHI = Math.pow(2.5, (CELSIUS - 24) / 10);
const RT = RGAS * (CELSIUS + 273.15);

export const caT = {
  name: 't',
  states: ['mT', 'hT', 'cai'] as const,
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
  /** GHK current, µA/cm², for permeability factor `pScale` (1 = all channels). */
  current: (pScale: number, mT: number, hT: number, cai: number, v: number): number => {
    const z = (1e-3 * 2 * FARADAY * v) / RT;
    const ghk = 1e-3 * 2 * FARADAY * (cai * efun(-z) - CA_OUT * efun(z));
    return 1000 * PCA_BAR * pScale * mT * mT * hT * ghk;
  },
  /** Steady-state submembrane calcium driven by current `ica` (µA/cm²): cadecay.mod's cinf. */
  caiInf: (ica: number): number => {
    let drive = (-10000 * (ica * 1e-3)) / (2 * F_CAD * CA_DEPTH);
    if (drive < 0) drive = 0;
    return CA_INF + drive * CA_TAU;
  },
};

/** `z/(e^z − 1)`, safe near 0. */
export function efun(z: number): number {
  return Math.abs(z) < 1e-4 ? 1 - z / 2 : z / (Math.exp(z) - 1);
}
