/**
 * `rs`: the regular-spiking cortical pyramidal cell of Pospischil et al. 2008 (Biol Cybern 99:427) as one
 * published set: Traub–Miles INa and IKd (traub.ts rates with VT = −56.2 mV, no temperature factor), the
 * M-current (im.ts) and a leak. gNa 56, gKd 6, gM 0.075, gL 0.0205 mS/cm²; ENa 50, EK −90, EL −70.3 mV;
 * τmax 608 ms; C 1 µF/cm². Checked against an independent implementation (PySONIC's CorticalRS: rest
 * −71.9 mV there and here).
 */
import { SodiumChannelSet, sodiumKey, type ChannelSet, type SodiumOptions } from './channel-set.js';
import { traubRates } from './traub.js';

export const RS_PARAMS = { cm: 1, gNa: 56, gK: 6, gM: 0.075, gL: 0.0205, eNa: 50, eK: -90, eL: -70.3, vt: -56.2, tauMaxMs: 608 } as const;

export class PospischilRSSet extends SodiumChannelSet implements ChannelSet {
  readonly name = 'rs';
  readonly key: string;
  readonly gates = ['m', 'h', 'n', 'p'] as const;
  readonly nAux = 0;
  readonly currentNames = ['na', 'k', 'm', 'leak'] as const;

  constructor(
    private readonly gNa: number,
    private readonly gK: number,
    private readonly gM: number,
    private readonly gL: number,
    private readonly na: SodiumOptions,
  ) {
    super(na, 4, 1);
    this.key = `rs${sodiumKey(na)}`;
  }

  rates(v: number, out: Float64Array, o: number): void {
    traubRates(v, RS_PARAMS.vt, 1, this.na.noInactivation, out, o);
    const x = v + 35;
    out[o + 6] = 1 / (1 + Math.exp(-x / 10));
    out[o + 7] = (3.3 * Math.exp(x / 20) + Math.exp(-x / 20)) / RS_PARAMS.tauMaxMs;
  }



  current(s: Float64Array, o: number, v: number): number {
    const m = s[o]!, h = s[o + 1]!, n = s[o + 2]!;
    const gNa = this.gNa * this.bind.free(s, o);
    const n2 = n * n;
    return gNa * m * m * m * h * (v - RS_PARAMS.eNa) + (this.gK * n2 * n2 + this.gM * s[o + 3]!) * (v - RS_PARAMS.eK) + this.gL * (v - RS_PARAMS.eL);
  }

  currents(s: Float64Array, o: number, v: number, _aux: Float64Array, _ao: number, out: Float64Array, oo: number): void {
    const m = s[o]!, h = s[o + 1]!, n = s[o + 2]!;
    out[oo] = this.gNa * this.sodiumAvailability(s, o) * m * m * m * h * (v - RS_PARAMS.eNa);
    out[oo + 1] = this.gK * n * n * n * n * (v - RS_PARAMS.eK);
    out[oo + 2] = this.gM * s[o + 3]! * (v - RS_PARAMS.eK);
    out[oo + 3] = this.gL * (v - RS_PARAMS.eL);
  }

}
