/**
 * Traub & Miles 1991 sodium and potassium channels as coded by Destexhe (hh2.mod), used by the
 * thalamocortical relay cell of shared/reference/tc.md and tc_ref.c: v2 = V − VTraub (VTraub = −52 mV),
 * rates scaled by tadj = 3^((34 − 36)/10). Returns steady states and time constants (ms).
 */

export const TRAUB_VT = -52;
export const TRAUB_TADJ = Math.pow(3.0, (34 - 36) / 10);

/** `x / (exp(x/y) − 1)`, safe at x = 0 (tc_ref.c's xexp). */
export function xexp(x: number, y: number): number {
  return Math.abs(x / y) < 1e-6 ? y * (1 - x / y / 2) : x / (Math.exp(x / y) - 1);
}

/** Sodium channel, `I = gNa·m³h·(V − ENa)`, gNa 10 mS/cm², ENa 50 mV. */
export const traubNa = {
  name: 'na',
  states: ['m', 'h'] as const,
  gbar: 10,
  e: 50,
  alphaM: (v: number): number => 0.32 * xexp(13 - (v - TRAUB_VT), 4),
  betaM: (v: number): number => 0.28 * xexp(v - TRAUB_VT - 40, 5),
  alphaH: (v: number): number => 0.128 * Math.exp((17 - (v - TRAUB_VT)) / 18),
  betaH: (v: number): number => 4 / (1 + Math.exp((40 - (v - TRAUB_VT)) / 5)),
  mInf: (v: number): number => traubNa.alphaM(v) / (traubNa.alphaM(v) + traubNa.betaM(v)),
  hInf: (v: number): number => traubNa.alphaH(v) / (traubNa.alphaH(v) + traubNa.betaH(v)),
  current: (g: number, m: number, h: number, v: number, e: number): number => g * m * m * m * h * (v - e),
};

/** Potassium channel, `I = gK·n⁴·(V − EK)`, gK 10 mS/cm², EK −100 mV. */
export const traubK = {
  name: 'k',
  states: ['n'] as const,
  gbar: 10,
  e: -100,
  alphaN: (v: number): number => 0.032 * xexp(15 - (v - TRAUB_VT), 5),
  betaN: (v: number): number => 0.5 * Math.exp((10 - (v - TRAUB_VT)) / 40),
  nInf: (v: number): number => traubK.alphaN(v) / (traubK.alphaN(v) + traubK.betaN(v)),
  current: (g: number, n: number, v: number, e: number): number => {
    const n2 = n * n;
    return g * n2 * n2 * (v - e);
  },
};

/** Steady state and time constant from rates, tc_ref.c's form: τ = 1/(α+β)/tadj, x∞ = α/(α+β). */
export function traubTau(alpha: number, beta: number): number {
  return 1 / (alpha + beta) / TRAUB_TADJ;
}
