/**
 * Hodgkin–Huxley 1952 squid-axon channels (modern sign convention, rest −65 mV, 6.3 °C), exactly as
 * shared/reference/hh.md and NEURON's hh.mod with rate tables off. Rates in 1/ms, voltage in mV.
 */

/** `x / (1 − exp(−x/y))`, safe at x = 0 (hh_ref.c's vtrap). */
export function vtrap(x: number, y: number): number {
  return Math.abs(x / y) < 1e-6 ? y * (1 + x / y / 2) : x / (1 - Math.exp(-x / y));
}

/**
 * Transient sodium channel, `I = gNa·m³h·(V − ENa)`. States m, h; steady state x∞ = α/(α+β); the gate
 * update is the shared exponential-Euler step (integrator.ts `gateAlphaBeta`).
 */
export const hhNa = {
  name: 'na',
  states: ['m', 'h'] as const,
  gbar: 120,
  e: 50,
  alphaM: (v: number): number => 0.1 * vtrap(v + 40, 10),
  betaM: (v: number): number => 4 * Math.exp(-(v + 65) / 18),
  alphaH: (v: number): number => 0.07 * Math.exp(-(v + 65) / 20),
  betaH: (v: number): number => 1 / (1 + Math.exp(-(v + 35) / 10)),
  mInf: (v: number): number => hhNa.alphaM(v) / (hhNa.alphaM(v) + hhNa.betaM(v)),
  hInf: (v: number): number => hhNa.alphaH(v) / (hhNa.alphaH(v) + hhNa.betaH(v)),
  current: (g: number, m: number, h: number, v: number, e: number): number => {
    const m3 = m * m * m;
    return g * m3 * h * (v - e);
  },
};

/** Delayed-rectifier potassium channel, `I = gK·n⁴·(V − EK)`. State n; n∞ = α/(α+β). */
export const hhK = {
  name: 'k',
  states: ['n'] as const,
  gbar: 36,
  e: -77,
  alphaN: (v: number): number => 0.01 * vtrap(v + 55, 10),
  betaN: (v: number): number => 0.125 * Math.exp(-(v + 65) / 80),
  nInf: (v: number): number => hhK.alphaN(v) / (hhK.alphaN(v) + hhK.betaN(v)),
  current: (g: number, n: number, v: number, e: number): number => {
    const n2 = n * n;
    return g * n2 * n2 * (v - e);
  },
};

const E_HALF = Math.exp(0.5);
const E_M15 = Math.exp(-1.5);

/**
 * All six HH rates at once, written into `out` as [αm, βm, αh, βh, αn, βn]: the same functions as
 * `hhNa.alphaM` … `hhK.betaN` above, evaluated together so that they share exponentials (3 `exp` instead
 * of 6): e^(−(V+35)/10) = e^(−(V+40)/10)·e^0.5, e^(−(V+55)/10) = e^(−(V+40)/10)·e^−1.5 and
 * e^(−(V+65)/20) = (e^(−(V+65)/80))⁴. They agree with the separate functions to ~1e-15 relative
 * (tests/kernel/channels.test.ts); the separate functions stay the readable definition.
 */
export function hhRates(v: number, out: Float64Array): void {
  const x = v + 40;
  const e10 = Math.exp(-x / 10);
  const e80 = Math.exp(-(v + 65) / 80);
  const e80sq = e80 * e80;
  out[0] = Math.abs(x / 10) < 1e-6 ? 0.1 * (10 * (1 + x / 10 / 2)) : 0.1 * (x / (1 - e10));
  out[1] = 4 * Math.exp(-(v + 65) / 18);
  out[2] = 0.07 * (e80sq * e80sq);
  out[3] = 1 / (1 + e10 * E_HALF);
  const y = v + 55;
  out[4] = Math.abs(y / 10) < 1e-6 ? 0.01 * (10 * (1 + y / 10 / 2)) : 0.01 * (y / (1 - e10 * E_M15));
  out[5] = 0.125 * e80;
}
