/**
 * A channel set: one published set of channels with its states, steady states and rates, as a NEURON
 * mechanism (`hh.mod`, `ITGHK.mod`, …). A cell is a list of channel sets and the one integrator
 * (../integrator.ts) drives any cell: it owns the time loop, the gate update and the voltage step.
 *
 * A set's state block, at offset `o` in the cell's state vector, holds first its **gates** (each relaxes to
 * x∞(V) with rate k(V) = 1/τ(V): the integrator advances them, by exponential Euler or from rate tables)
 * and then its **other states** (concentrations, drug-bound fractions, synaptic conductances: the set
 * advances them itself in `advance`, after the gates). `nAux` instantaneous functions of V that the
 * current needs (wb's m∞, the GHK factors of the T current) are tabulated with the gates and handed to
 * `advance` and `current` in `aux` at `ao`.
 *
 * Keep a published set whole (its Na, K and leak in one object): the rates share exponentials and the
 * call per set per step is the integrator's only indirection.
 */
import type { NaBlock } from './na-block.js';

export interface ChannelSet {
  /** Short id (`hh`, `wb`, `traub`, `it`, …), used in state names and table cache keys. */
  readonly name: string;
  /** Everything that changes the rates (for caching rate tables): name and parameters. */
  readonly key: string;
  /** Gate names, in state order. */
  readonly gates: readonly string[];
  /** Other state names, after the gates. */
  readonly others: readonly string[];
  /** Number of instantaneous functions of V the set tabulates with its gates. */
  readonly nAux: number;
  /** Names of the current components `currents` writes (`na`, `k`, `leak`, `t`, `gaba-a`, …). */
  readonly currentNames: readonly string[];
  /**
   * x∞ and k = 1/τ (1/ms) of every gate at V, then the aux values: `out[o + 2g] = x∞`,
   * `out[o + 2g + 1] = k`, `out[o + 2·gates + a] = aux a`.
   */
  rates(v: number, out: Float64Array, o: number): void;
  /** Put the other states at their steady state at V (the gates are already at x∞ there). */
  initOthers(s: Float64Array, o: number, v: number, aux: Float64Array, ao: number): void;
  /** Advance the other states by dt with V held (the gates have already taken their step). */
  advance(s: Float64Array, o: number, v: number, dt: number, aux: Float64Array, ao: number): void;
  /** Membrane current of the set, µA/cm², outward positive. */
  current(s: Float64Array, o: number, v: number, aux: Float64Array, ao: number): number;
  /** The same current split into `currentNames`, written at `out[oo…]`. */
  currents(s: Float64Array, o: number, v: number, aux: Float64Array, ao: number, out: Float64Array, oo: number): void;
  /** Fraction of the set's sodium channels not held by a drug (1 without a sodium channel or a binder). */
  sodiumAvailability(s: Float64Array, o: number): number;
}

/** What every set with a transient sodium channel takes: drug binding and pronase. */
export interface SodiumOptions {
  /** Drug binding to the sodium channel (na-block.ts), or null. */
  block: NaBlock | null;
  /** Pronase: fast inactivation removed (h held at 1). */
  noInactivation: boolean;
}

export const NO_SODIUM_OPTIONS: SodiumOptions = { block: null, noInactivation: false };

/** Key fragment for the sodium options that change rates (binding changes no rate: it is an other state). */
export function sodiumKey(o: SodiumOptions): string {
  return o.noInactivation ? ':pronase' : '';
}

/**
 * The drug binding of a set's sodium channel (na-block.ts), as other states placed at `at` in the set's
 * block, driven by the set's inactivation gate h at `hAt`: its steady state, its step and the fraction of
 * channels free of drug. Every set with a transient sodium channel holds one.
 */
export class SodiumBinding {
  readonly names: readonly string[];

  constructor(
    private readonly na: SodiumOptions,
    private readonly at: number,
    private readonly hAt: number,
  ) {
    this.names = na.block?.names() ?? [];
  }

  init(s: Float64Array, o: number, v: number): void {
    this.na.block?.init(s, o + this.at, s[o + this.hAt]!, v);
  }

  advance(s: Float64Array, o: number, v: number, dt: number): void {
    this.na.block?.advance(s, o + this.at, s[o + this.hAt]!, v, dt);
  }

  /** Fraction of the sodium channels free of drug. */
  free(s: Float64Array, o: number): number {
    return this.na.block === null ? 1 : this.na.block.availability(s, o + this.at);
  }
}

/**
 * What every set with a transient sodium channel shares: its drug binding (other states after its gates,
 * driven by its inactivation gate), their steady state and step, and the fraction free of drug. A set
 * extends this and writes its own rates and currents.
 */
export abstract class SodiumChannelSet {
  readonly others: readonly string[];
  protected readonly bind: SodiumBinding;

  /** @param gates the set's gate count (the binding states follow them); @param hAt the h gate's index. */
  constructor(na: SodiumOptions, gates: number, hAt: number) {
    this.bind = new SodiumBinding(na, gates, hAt);
    this.others = this.bind.names;
  }

  initOthers(s: Float64Array, o: number, v: number): void {
    this.bind.init(s, o, v);
  }

  advance(s: Float64Array, o: number, v: number, dt: number): void {
    this.bind.advance(s, o, v, dt);
  }

  sodiumAvailability(s: Float64Array, o: number): number {
    return this.bind.free(s, o);
  }
}
