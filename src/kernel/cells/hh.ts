/**
 * `hh`: the Hodgkin–Huxley 1952 squid axon at 6.3 °C (shared/reference/hh.md): C = 1 µF/cm²;
 * gNa 120, gK 36, gL 0.3 mS/cm²; ENa 50, EK −77, EL −54.387 mV.
 * Built from channels/hh.ts (Na, K) and channels/leak.ts, plus optional drug binding (channels/na-block.ts).
 */
import { hhK, hhNa, hhRates } from '../channels/hh.js';
import { leak } from '../channels/leak.js';
import { naBlockFrom, type NaBlock } from '../channels/na-block.js';
import { gateAlphaBeta } from '../integrator.js';
import { channelFactor, type Modifiers } from '../modifiers.js';
import type { Cell } from './cell.js';

export const HH_PARAMS = { cm: 1, gNa: hhNa.gbar, gK: hhK.gbar, gL: 0.3, eNa: hhNa.e, eK: hhK.e, eL: -54.387 } as const;

export class HHCell implements Cell {
  readonly model = 'hh' as const;
  readonly cm = HH_PARAMS.cm;
  readonly state: Float64Array;
  readonly stateNames: readonly string[];
  private readonly gNa: number;
  private readonly gK: number;
  private readonly gL: number;
  private readonly block: NaBlock | null;
  /** Scratch for the six rates (αm, βm, αh, βh, αn, βn), reused every step. */
  private readonly r = new Float64Array(6);

  constructor(mod: Modifiers = {}) {
    this.gNa = HH_PARAMS.gNa * channelFactor(mod, 'na');
    this.gK = HH_PARAMS.gK * channelFactor(mod, 'k');
    this.gL = HH_PARAMS.gL * channelFactor(mod, 'leak');
    this.block = naBlockFrom(mod.naBinders, mod.naSlowInactivation);
    this.stateNames = ['V', 'm', 'h', 'n', ...(this.block?.names() ?? [])];
    this.state = new Float64Array(this.stateNames.length);
    this.init(-65);
  }

  init(v: number): void {
    const s = this.state;
    s[0] = v;
    s[1] = hhNa.mInf(v);
    s[2] = hhNa.hInf(v);
    s[3] = hhK.nInf(v);
    this.block?.init(s, 4, s[2], v);
  }

  advance(dt: number): number {
    const s = this.state;
    const v = s[0]!;
    const hOld = s[2]!;
    const r = this.r;
    hhRates(v, r);
    const m = gateAlphaBeta(s[1]!, r[0]!, r[1]!, dt);
    const h = gateAlphaBeta(hOld, r[2]!, r[3]!, dt);
    const n = gateAlphaBeta(s[3]!, r[4]!, r[5]!, dt);
    s[1] = m;
    s[2] = h;
    s[3] = n;
    let gNa = this.gNa;
    if (this.block !== null) {
      this.block.advance(s, 4, hOld, v, dt);
      gNa *= this.block.availability(s, 4);
    }
    return hhNa.current(gNa, m, h, v, HH_PARAMS.eNa) + hhK.current(this.gK, n, v, HH_PARAMS.eK) + leak.current(this.gL, v, HH_PARAMS.eL);
  }

  ionicCurrent(): number {
    const s = this.state;
    const v = s[0]!;
    const gNa = this.block === null ? this.gNa : this.gNa * this.block.availability(s, 4);
    return hhNa.current(gNa, s[1]!, s[2]!, v, HH_PARAMS.eNa) + hhK.current(this.gK, s[3]!, v, HH_PARAMS.eK) + leak.current(this.gL, v, HH_PARAMS.eL);
  }

  sodiumAvailability(): number {
    return this.block === null ? 1 : this.block.availability(this.state, 4);
  }

  steadyCurrentAt(v: number): number {
    this.init(v);
    return this.ionicCurrent();
  }
}
