/**
 * `wb`: the Wang & Buzsáki 1996 channel set (J Neurosci 16:6402), a model of a **hippocampal fast-spiking
 * basket cell** (an interneuron), class 1. Equations checked against the Brian2 example
 * `examples/frompapers/Wang_Buszaki_1996.py` and the Sims.jl WangBuzsaki module: C = 1 µF/cm²; gNa 35, gK 9,
 * gL 0.1 mS/cm²; ENa 55, EK −90, EL −65 mV; φ = 5; sodium activation is instantaneous (m = m∞(V), tabulated
 * as the set's one aux value). Rates in 1/ms.
 */
import { vtrap } from './hh.js';
import { SodiumChannelSet, sodiumKey, type ChannelSet, type SodiumOptions } from './channel-set.js';

/** Temperature factor φ that speeds h and n (Wang & Buzsáki 1996). */
export const WB_PHI = 5;

export const WB_PARAMS = { cm: 1, gNa: 35, gK: 9, gL: 0.1, eNa: 55, eK: -90, eL: -65 } as const;

/** The readable rate functions (h and n rates include φ). */
export const wbNa = {
  mInf: (v: number): number => {
    const a = 0.1 * vtrap(v + 35, 10);
    return a / (a + 4 * Math.exp(-(v + 60) / 18));
  },
  alphaH: (v: number): number => WB_PHI * 0.07 * Math.exp(-(v + 58) / 20),
  betaH: (v: number): number => WB_PHI / (1 + Math.exp(-(v + 28) / 10)),
};
export const wbK = {
  alphaN: (v: number): number => WB_PHI * 0.01 * vtrap(v + 34, 10),
  betaN: (v: number): number => WB_PHI * 0.125 * Math.exp(-(v + 44) / 80),
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

/** The wb channel set; conductances already scaled by any modifiers. */
export class WBSet extends SodiumChannelSet implements ChannelSet {
  readonly name = 'wb';
  readonly key: string;
  readonly gates = ['h', 'n'] as const;
  readonly nAux = 1;
  readonly currentNames = ['na', 'k', 'leak'] as const;
  private readonly r = new Float64Array(5);

  constructor(
    private readonly gNa: number,
    private readonly gK: number,
    private readonly gL: number,
    private readonly na: SodiumOptions,
  ) {
    super(na, 2, 0);
    this.key = `wb${sodiumKey(na)}`;
  }

  rates(v: number, out: Float64Array, o: number): void {
    const r = this.r;
    wbRates(v, r);
    let s = r[1]! + r[2]!;
    if (this.na.noInactivation) {
      out[o] = 1;
      out[o + 1] = 1;
    } else {
      out[o] = r[1]! / s;
      out[o + 1] = s;
    }
    s = r[3]! + r[4]!;
    out[o + 2] = r[3]! / s;
    out[o + 3] = s;
    out[o + 4] = r[0]!;
  }



  current(s: Float64Array, o: number, v: number, aux: Float64Array, ao: number): number {
    const m = aux[ao]!, h = s[o]!, n = s[o + 1]!;
    const gNa = this.gNa * this.bind.free(s, o);
    const n2 = n * n;
    return gNa * m * m * m * h * (v - WB_PARAMS.eNa) + this.gK * n2 * n2 * (v - WB_PARAMS.eK) + this.gL * (v - WB_PARAMS.eL);
  }

  currents(s: Float64Array, o: number, v: number, aux: Float64Array, ao: number, out: Float64Array, oo: number): void {
    const m = aux[ao]!, h = s[o]!, n = s[o + 1]!;
    out[oo] = this.gNa * this.sodiumAvailability(s, o) * m * m * m * h * (v - WB_PARAMS.eNa);
    out[oo + 1] = this.gK * n * n * n * n * (v - WB_PARAMS.eK);
    out[oo + 2] = this.gL * (v - WB_PARAMS.eL);
  }

}
