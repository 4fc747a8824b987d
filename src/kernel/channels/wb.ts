/**
 * Wang & Buzsáki 1996 (J Neurosci 16:6402) channels: a class-1 fast-spiking cortical/hippocampal
 * interneuron. Equations checked against the Brian2 example `examples/frompapers/Wang_Buszaki_1996.py`
 * and the Sims.jl WangBuzsaki module: gNa 35, gK 9, gL 0.1 mS/cm²; ENa 55, EK −90, EL −65 mV; φ = 5;
 * sodium activation m is instantaneous (m = m∞(V)). Rates in 1/ms.
 */
import { vtrap } from './hh.js';

/** Temperature factor φ that speeds h and n (Wang & Buzsáki 1996). */
export const WB_PHI = 5;

/** Transient sodium channel with instantaneous activation, `I = gNa·m∞³·h·(V − ENa)`. */
export const wbNa = {
  name: 'na',
  states: ['h'] as const,
  gbar: 35,
  e: 55,
  alphaM: (v: number): number => 0.1 * vtrap(v + 35, 10),
  betaM: (v: number): number => 4 * Math.exp(-(v + 60) / 18),
  mInf: (v: number): number => {
    const a = 0.1 * vtrap(v + 35, 10);
    return a / (a + 4 * Math.exp(-(v + 60) / 18));
  },
  /** Rates of h, already multiplied by φ. */
  alphaH: (v: number): number => WB_PHI * 0.07 * Math.exp(-(v + 58) / 20),
  betaH: (v: number): number => WB_PHI / (1 + Math.exp(-(v + 28) / 10)),
  hInf: (v: number): number => wbNa.alphaH(v) / (wbNa.alphaH(v) + wbNa.betaH(v)),
  current: (g: number, m: number, h: number, v: number, e: number): number => g * m * m * m * h * (v - e),
};

/** Delayed-rectifier potassium channel, `I = gK·n⁴·(V − EK)`. */
export const wbK = {
  name: 'k',
  states: ['n'] as const,
  gbar: 9,
  e: -90,
  /** Rates of n, already multiplied by φ. */
  alphaN: (v: number): number => WB_PHI * 0.01 * vtrap(v + 34, 10),
  betaN: (v: number): number => WB_PHI * 0.125 * Math.exp(-(v + 44) / 80),
  nInf: (v: number): number => wbK.alphaN(v) / (wbK.alphaN(v) + wbK.betaN(v)),
  current: (g: number, n: number, v: number, e: number): number => {
    const n2 = n * n;
    return g * n2 * n2 * (v - e);
  },
};

const E_07 = Math.exp(0.7);
const E_01 = Math.exp(0.1);
const E_M14_80 = Math.exp(-14 / 80);

/**
 * The Wang–Buzsáki rates at once, written into `out` as [m∞, αh, βh, αn, βn] (h and n rates include φ):
 * the same functions as `wbNa.mInf`, `wbNa.alphaH` … `wbK.betaN`, evaluated together so they share
 * exponentials (3 `exp` instead of 6): e^(−(V+28)/10) = e^(−(V+35)/10)·e^0.7,
 * e^(−(V+34)/10) = e^(−(V+35)/10)·e^0.1, e^(−(V+58)/20) = (e^(−(V+44)/80)·e^(−14/80))⁴.
 */
export function wbRates(v: number, out: Float64Array): void {
  const x = v + 35;
  const e10 = Math.exp(-x / 10);
  const e80 = Math.exp(-(v + 44) / 80);
  const am = Math.abs(x / 10) < 1e-6 ? 0.1 * (10 * (1 + x / 10 / 2)) : 0.1 * (x / (1 - e10));
  const bm = 4 * Math.exp(-(v + 60) / 18);
  out[0] = am / (am + bm);
  const e58 = e80 * E_M14_80;
  const e58sq = e58 * e58;
  out[1] = WB_PHI * 0.07 * (e58sq * e58sq);
  out[2] = WB_PHI / (1 + e10 * E_07);
  const y = v + 34;
  out[3] = WB_PHI * (Math.abs(y / 10) < 1e-6 ? 0.01 * (10 * (1 + y / 10 / 2)) : 0.01 * (y / (1 - e10 * E_01)));
  out[4] = WB_PHI * 0.125 * e80;
}
