/**
 * `hh`: the Hodgkin–Huxley 1952 squid-axon channel set (modern sign convention, rest −65 mV, 6.3 °C), exactly
 * as shared/reference/hh.md and NEURON's hh.mod with rate tables off (Na, K and leak in one set, as hh.mod).
 * C = 1 µF/cm²; gNa 120, gK 36, gL 0.3 mS/cm²; ENa 50, EK −77, EL −54.387 mV. Rates in 1/ms, voltage in mV.
 */
import { SodiumChannelSet, sodiumKey, type ChannelSet, type SodiumOptions } from './channel-set.js';

/** `x / (1 − exp(−x/y))`, safe at x = 0 (hh_ref.c's vtrap). */
export function vtrap(x: number, y: number): number {
  return Math.abs(x / y) < 1e-6 ? y * (1 + x / y / 2) : x / (1 - Math.exp(-x / y));
}

/** The readable rate functions of the sodium channel (m, h) and the delayed rectifier (n). */
export const hhNa = {
  alphaM: (v: number): number => 0.1 * vtrap(v + 40, 10),
  betaM: (v: number): number => 4 * Math.exp(-(v + 65) / 18),
  alphaH: (v: number): number => 0.07 * Math.exp(-(v + 65) / 20),
  betaH: (v: number): number => 1 / (1 + Math.exp(-(v + 35) / 10)),
};
export const hhK = {
  alphaN: (v: number): number => 0.01 * vtrap(v + 55, 10),
  betaN: (v: number): number => 0.125 * Math.exp(-(v + 65) / 80),
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

export const HH_PARAMS = { cm: 1, gNa: 120, gK: 36, gL: 0.3, eNa: 50, eK: -77, eL: -54.387 } as const;

/** The hh channel set; conductances already scaled by any modifiers. */
export class HHSet extends SodiumChannelSet implements ChannelSet {
  readonly name = 'hh';
  readonly key: string;
  readonly gates = ['m', 'h', 'n'] as const;
  readonly nAux = 0;
  readonly currentNames = ['na', 'k', 'leak'] as const;
  private readonly r = new Float64Array(6);

  constructor(
    private readonly gNa: number,
    private readonly gK: number,
    private readonly gL: number,
    private readonly na: SodiumOptions,
  ) {
    super(na, 3, 1);
    this.key = `hh${sodiumKey(na)}`;
  }

  rates(v: number, out: Float64Array, o: number): void {
    const r = this.r;
    hhRates(v, r);
    let s = r[0]! + r[1]!;
    out[o] = r[0]! / s;
    out[o + 1] = s;
    if (this.na.noInactivation) {
      out[o + 2] = 1;
      out[o + 3] = 1;
    } else {
      s = r[2]! + r[3]!;
      out[o + 2] = r[2]! / s;
      out[o + 3] = s;
    }
    s = r[4]! + r[5]!;
    out[o + 4] = r[4]! / s;
    out[o + 5] = s;
  }



  current(s: Float64Array, o: number, v: number): number {
    const m = s[o]!, h = s[o + 1]!, n = s[o + 2]!;
    const gNa = this.gNa * this.bind.free(s, o);
    const n2 = n * n;
    return gNa * m * m * m * h * (v - HH_PARAMS.eNa) + this.gK * n2 * n2 * (v - HH_PARAMS.eK) + this.gL * (v - HH_PARAMS.eL);
  }

  currents(s: Float64Array, o: number, v: number, _aux: Float64Array, _ao: number, out: Float64Array, oo: number): void {
    const m = s[o]!, h = s[o + 1]!, n = s[o + 2]!;
    out[oo] = this.gNa * this.sodiumAvailability(s, o) * m * m * m * h * (v - HH_PARAMS.eNa);
    out[oo + 1] = this.gK * n * n * n * n * (v - HH_PARAMS.eK);
    out[oo + 2] = this.gL * (v - HH_PARAMS.eL);
  }

}
