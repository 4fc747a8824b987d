/**
 * `wb`: the Wang & Buzsáki 1996 cell (J Neurosci 16:6402), a class-1 neuron that can fire at any low rate
 * (used for use-dependent sodium-channel block, shared/reference/use-dependence.md): C = 1 µF/cm²;
 * gNa 35, gK 9, gL 0.1 mS/cm²; ENa 55, EK −90, EL −65 mV; φ 5; m instantaneous.
 */
import { leak } from '../channels/leak.js';
import { naBlockFrom, type NaBlock } from '../channels/na-block.js';
import { wbK, wbNa, wbRates } from '../channels/wb.js';
import { gateAlphaBeta } from '../integrator.js';
import { channelFactor, type Modifiers } from '../modifiers.js';
import type { Cell } from './cell.js';

export const WB_PARAMS = { cm: 1, gNa: wbNa.gbar, gK: wbK.gbar, gL: 0.1, eNa: wbNa.e, eK: wbK.e, eL: -65 } as const;

export class WBCell implements Cell {
  readonly model = 'wb' as const;
  readonly cm = WB_PARAMS.cm;
  readonly state: Float64Array;
  readonly stateNames: readonly string[];
  private readonly gNa: number;
  private readonly gK: number;
  private readonly gL: number;
  private readonly block: NaBlock | null;
  /** Scratch for [m∞, αh, βh, αn, βn], reused every step. */
  private readonly r = new Float64Array(5);

  constructor(mod: Modifiers = {}) {
    this.gNa = WB_PARAMS.gNa * channelFactor(mod, 'na');
    this.gK = WB_PARAMS.gK * channelFactor(mod, 'k');
    this.gL = WB_PARAMS.gL * channelFactor(mod, 'leak');
    this.block = naBlockFrom(mod.naBinders, mod.naSlowInactivation);
    this.stateNames = ['V', 'h', 'n', ...(this.block?.names() ?? [])];
    this.state = new Float64Array(this.stateNames.length);
    this.init(-65);
  }

  init(v: number): void {
    const s = this.state;
    s[0] = v;
    s[1] = wbNa.hInf(v);
    s[2] = wbK.nInf(v);
    this.block?.init(s, 3, s[1], v);
  }

  advance(dt: number): number {
    const s = this.state;
    const v = s[0]!;
    const hOld = s[1]!;
    const r = this.r;
    wbRates(v, r);
    const h = gateAlphaBeta(hOld, r[1]!, r[2]!, dt);
    const n = gateAlphaBeta(s[2]!, r[3]!, r[4]!, dt);
    s[1] = h;
    s[2] = n;
    let gNa = this.gNa;
    if (this.block !== null) {
      this.block.advance(s, 3, hOld, v, dt);
      gNa *= this.block.availability(s, 3);
    }
    return wbNa.current(gNa, r[0]!, h, v, WB_PARAMS.eNa) + wbK.current(this.gK, n, v, WB_PARAMS.eK) + leak.current(this.gL, v, WB_PARAMS.eL);
  }

  ionicCurrent(): number {
    const s = this.state;
    const v = s[0]!;
    const gNa = this.block === null ? this.gNa : this.gNa * this.block.availability(s, 3);
    return wbNa.current(gNa, wbNa.mInf(v), s[1]!, v, WB_PARAMS.eNa) + wbK.current(this.gK, s[2]!, v, WB_PARAMS.eK) + leak.current(this.gL, v, WB_PARAMS.eL);
  }

  sodiumAvailability(): number {
    return this.block === null ? 1 : this.block.availability(this.state, 3);
  }

  steadyCurrentAt(v: number): number {
    this.init(v);
    return this.ionicCurrent();
  }
}
