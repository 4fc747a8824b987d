/**
 * `tc`: the single-compartment thalamocortical relay cell of Destexhe, Neubig, Ulrich & Huguenard 1998
 * (J Neurosci 18:3574; ModelDB 279), exactly as shared/reference/tc.md and shared/bench/tc_ref.c:
 * cm 0.88 µF/cm²; leak 0.0379 mS/cm² at −76.5 mV; Traub–Miles INa/IK (channels/traub.ts); GHK T-current
 * with a submembrane calcium pool (channels/cat.ts); 34 °C.
 */
import { caT } from '../channels/cat.js';
import { leak } from '../channels/leak.js';
import { naBlockFrom, type NaBlock } from '../channels/na-block.js';
import { traubK, traubNa, traubTau } from '../channels/traub.js';
import { gateInfTau } from '../integrator.js';
import { channelFactor, type Modifiers } from '../modifiers.js';
import { CA_INF, CA_TAU } from '../channels/cat.js';
import type { Cell } from './cell.js';

export const TC_PARAMS = { cm: 0.88, gNa: traubNa.gbar, gK: traubK.gbar, gL: 0.0379, eNa: traubNa.e, eK: traubK.e, eL: -76.5 } as const;

/** State indices of the tc cell. */
const V = 0, M = 1, H = 2, N = 3, MT = 4, HT = 5, CAI = 6, B0 = 7;

export class TCCell implements Cell {
  readonly model = 'tc' as const;
  readonly cm = TC_PARAMS.cm;
  readonly state: Float64Array;
  readonly stateNames: readonly string[];
  private readonly gNa: number;
  private readonly gK: number;
  private readonly gL: number;
  /** T-channel permeability factor (1 = all channels, unblocked). */
  private readonly pT: number;
  private readonly block: NaBlock | null;
  private lastDt = -1;
  private lastDecay = 0;

  constructor(mod: Modifiers = {}) {
    this.gNa = TC_PARAMS.gNa * channelFactor(mod, 'na');
    this.gK = TC_PARAMS.gK * channelFactor(mod, 'k');
    this.gL = TC_PARAMS.gL * channelFactor(mod, 'leak');
    this.pT = channelFactor(mod, 't');
    this.block = naBlockFrom(mod.naBinders, mod.naSlowInactivation);
    this.stateNames = ['V', 'm', 'h', 'n', 'mT', 'hT', 'cai', ...(this.block?.names() ?? [])];
    this.state = new Float64Array(this.stateNames.length);
    this.init(-65);
  }

  init(v: number): void {
    const s = this.state;
    s[V] = v;
    s[M] = traubNa.mInf(v);
    s[H] = traubNa.hInf(v);
    s[N] = traubK.nInf(v);
    s[MT] = caT.mInf(v);
    s[HT] = caT.hInf(v);
    s[CAI] = CA_INF;
    this.block?.init(s, B0, s[H], v);
  }

  advance(dt: number): number {
    const s = this.state;
    const v = s[V]!;
    const hOld = s[H]!;
    let a = traubNa.alphaM(v), b = traubNa.betaM(v);
    const m = gateInfTau(s[M]!, a / (a + b), traubTau(a, b), dt);
    a = traubNa.alphaH(v);
    b = traubNa.betaH(v);
    const h = gateInfTau(hOld, a / (a + b), traubTau(a, b), dt);
    a = traubK.alphaN(v);
    b = traubK.betaN(v);
    const n = gateInfTau(s[N]!, a / (a + b), traubTau(a, b), dt);
    const mT = gateInfTau(s[MT]!, caT.mInf(v), caT.tauM(v), dt);
    const hT = gateInfTau(s[HT]!, caT.hInf(v), caT.tauH(v), dt);
    s[M] = m;
    s[H] = h;
    s[N] = n;
    s[MT] = mT;
    s[HT] = hT;
    // calcium: exact exponential step towards the fixed point set by the current at the new T gates
    const ica = caT.current(this.pT, mT, hT, s[CAI]!, v);
    if (dt !== this.lastDt) {
      this.lastDt = dt;
      this.lastDecay = Math.exp(-dt / CA_TAU);
    }
    const cinf = caT.caiInf(ica);
    s[CAI] = cinf + (s[CAI]! - cinf) * this.lastDecay;
    let gNa = this.gNa;
    if (this.block !== null) {
      this.block.advance(s, B0, hOld, v, dt);
      gNa *= this.block.availability(s, B0);
    }
    return traubNa.current(gNa, m, h, v, TC_PARAMS.eNa) + traubK.current(this.gK, n, v, TC_PARAMS.eK) + leak.current(this.gL, v, TC_PARAMS.eL) + ica;
  }

  ionicCurrent(): number {
    const s = this.state;
    const v = s[V]!;
    const gNa = this.block === null ? this.gNa : this.gNa * this.block.availability(s, B0);
    const ica = caT.current(this.pT, s[MT]!, s[HT]!, s[CAI]!, v);
    return traubNa.current(gNa, s[M]!, s[H]!, v, TC_PARAMS.eNa) + traubK.current(this.gK, s[N]!, v, TC_PARAMS.eK) + leak.current(this.gL, v, TC_PARAMS.eL) + ica;
  }

  /** As tc_ref.c's bis_hold: gates at steady state, calcium iterated to its fixed point (100 rounds). */
  sodiumAvailability(): number {
    return this.block === null ? 1 : this.block.availability(this.state, B0);
  }

  steadyCurrentAt(v: number): number {
    this.init(v);
    const s = this.state;
    for (let i = 0; i < 100; i++) s[CAI] = caT.caiInf(caT.current(this.pT, s[MT]!, s[HT]!, s[CAI]!, v));
    return this.ionicCurrent();
  }
}
