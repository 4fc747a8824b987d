/** `pas`: a passive leak, I = g (V − E), as NEURON's pas mechanism. No state. */
import type { ChannelSet } from './channel-set.js';

export class PasSet implements ChannelSet {
  readonly name = 'pas';
  readonly key: string;
  readonly gates = [] as const;
  readonly others = [] as const;
  readonly nAux = 0;
  readonly currentNames = ['leak'] as const;

  constructor(
    private readonly g: number,
    private readonly e: number,
  ) {
    this.key = 'pas';
  }

  rates(): void {}
  initOthers(): void {}
  advance(): void {}

  current(_s: Float64Array, _o: number, v: number): number {
    return this.g * (v - this.e);
  }

  currents(_s: Float64Array, _o: number, v: number, _aux: Float64Array, _ao: number, out: Float64Array, oo: number): void {
    out[oo] = this.g * (v - this.e);
  }

  sodiumAvailability(): number {
    return 1;
  }
}
