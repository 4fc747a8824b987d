/**
 * `traub`: the Traub & Miles 1991 sodium and potassium channels as coded by Destexhe (hh2.mod), the spike
 * set of the thalamocortical relay cell (shared/reference/tc.md, tc_ref.c) and of the Pospischil et al. 2008
 * cortical cells. Rates are written in v2 = V − VT (VT shifts the spike threshold) and scaled by tadj:
 *   αm = 0.32(13 − v2)/(e^((13 − v2)/4) − 1), βm = 0.28(v2 − 40)/(e^((v2 − 40)/5) − 1),
 *   αh = 0.128 e^((17 − v2)/18), βh = 4/(1 + e^((40 − v2)/5)),
 *   αn = 0.032(15 − v2)/(e^((15 − v2)/5) − 1), βn = 0.5 e^((10 − v2)/40);
 *   x∞ = α/(α + β), 1/τ = (α + β)·tadj.  I = gNa m³h (V − ENa) + gK n⁴ (V − EK).
 */
import { SodiumChannelSet, sodiumKey, type ChannelSet, type SodiumOptions } from './channel-set.js';

/** `x / (exp(x/y) − 1)`, safe at x = 0 (tc_ref.c's xexp). */
export function xexp(x: number, y: number): number {
  return Math.abs(x / y) < 1e-6 ? y * (1 - x / y / 2) : x / (Math.exp(x / y) - 1);
}

export interface TraubParams {
  gNa: number;
  gK: number;
  eNa: number;
  eK: number;
  /** Threshold shift VT, mV. */
  vt: number;
  /** Temperature factor on the rates. */
  tadj: number;
}

/** x∞ and k of m, h and n at V (h held at 1 when inactivation is removed), written at out[o…o+5]. */
export function traubRates(v: number, vt: number, tadj: number, noInactivation: boolean, out: Float64Array, o: number): void {
  const v2 = v - vt;
  let a = 0.32 * xexp(13 - v2, 4), b = 0.28 * xexp(v2 - 40, 5);
  out[o] = a / (a + b);
  out[o + 1] = (a + b) * tadj;
  if (noInactivation) {
    out[o + 2] = 1;
    out[o + 3] = 1;
  } else {
    a = 0.128 * Math.exp((17 - v2) / 18);
    b = 4 / (1 + Math.exp((40 - v2) / 5));
    out[o + 2] = a / (a + b);
    out[o + 3] = (a + b) * tadj;
  }
  a = 0.032 * xexp(15 - v2, 5);
  b = 0.5 * Math.exp((10 - v2) / 40);
  out[o + 4] = a / (a + b);
  out[o + 5] = (a + b) * tadj;
}

/** The traub channel set (Na and K; the leak is a separate `pas` set, as in hh2.mod). */
export class TraubSet extends SodiumChannelSet implements ChannelSet {
  readonly name = 'traub';
  readonly key: string;
  readonly gates = ['m', 'h', 'n'] as const;
  readonly nAux = 0;
  readonly currentNames = ['na', 'k'] as const;

  constructor(
    private readonly p: TraubParams,
    private readonly na: SodiumOptions,
  ) {
    super(na, 3, 1);
    this.key = `traub:${p.vt}:${p.tadj}${sodiumKey(na)}`;
  }

  rates(v: number, out: Float64Array, o: number): void {
    traubRates(v, this.p.vt, this.p.tadj, this.na.noInactivation, out, o);
  }



  current(s: Float64Array, o: number, v: number): number {
    const m = s[o]!, h = s[o + 1]!, n = s[o + 2]!;
    const gNa = this.p.gNa * this.bind.free(s, o);
    const n2 = n * n;
    return gNa * m * m * m * h * (v - this.p.eNa) + this.p.gK * n2 * n2 * (v - this.p.eK);
  }

  currents(s: Float64Array, o: number, v: number, _aux: Float64Array, _ao: number, out: Float64Array, oo: number): void {
    const m = s[o]!, h = s[o + 1]!, n = s[o + 2]!;
    out[oo] = this.p.gNa * this.sodiumAvailability(s, o) * m * m * m * h * (v - this.p.eNa);
    out[oo + 1] = this.p.gK * n * n * n * n * (v - this.p.eK);
  }

}
