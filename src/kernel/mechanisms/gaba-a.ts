/**
 * `gabaa`: a GABA-A conductance on the cell, in two parts (Farrant & Nusser 2005, Nat Rev Neurosci 6:215):
 * - **tonic**: a constant conductance from extrasynaptic receptors activated by ambient GABA
 *   (`tonic` mS/cm²); drugs that raise ambient GABA scale it;
 * - **synaptic**: the sum of synaptic events, each a jump of conductance that decays exponentially with
 *   `tauMs` (the state `g`; a protocol adds to it at each event: `cell.state[index of gabaa.g] += w`).
 *   I = (g_tonic + scale·g)·(V − E_GABA), `scale` the synaptic modulation (benzodiazepine-like).
 */
import type { ChannelSet } from './channel-set.js';

export interface GabaAParams {
  /** Tonic conductance, mS/cm². */
  tonic: number;
  /** Decay time constant of synaptic events, ms. */
  tauMs: number;
  /** Reversal potential, mV. */
  eRev: number;
  /** Multiplies the synaptic conductance (a benzodiazepine-like modulator; default 1). */
  synapticScale?: number;
}

export class GabaASet implements ChannelSet {
  readonly name = 'gabaa';
  readonly key = 'gabaa';
  readonly gates = [] as const;
  readonly others = ['g'] as const;
  readonly nAux = 0;
  readonly currentNames = ['gaba-a'] as const;
  private lastDt = -1;
  private decay = 0;

  constructor(readonly p: GabaAParams) {}

  rates(): void {}

  initOthers(s: Float64Array, o: number): void {
    s[o] = 0;
  }

  advance(s: Float64Array, o: number, _v: number, dt: number): void {
    if (dt !== this.lastDt) {
      this.lastDt = dt;
      this.decay = Math.exp(-dt / this.p.tauMs);
    }
    s[o] = s[o]! * this.decay;
  }

  current(s: Float64Array, o: number, v: number): number {
    return (this.p.tonic + (this.p.synapticScale ?? 1) * s[o]!) * (v - this.p.eRev);
  }

  currents(s: Float64Array, o: number, v: number, _aux: Float64Array, _ao: number, out: Float64Array, oo: number): void {
    out[oo] = this.current(s, o, v);
  }

  sodiumAvailability(): number {
    return 1;
  }
}
