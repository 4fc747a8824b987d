/**
 * The one integrator: it drives any cell built from channel sets (mechanisms/channel-set.ts), one cell or a
 * population of identical cells (the network), in current clamp or in voltage clamp.
 *
 * One step, for every cell, in this order (the order of the C references, ../shared/bench/hh_ref.c and
 * tc_ref.c, so their tables are reproduced to rounding on the exact path):
 * 1. **Gates** take an exponential-Euler (Rush–Larsen) step with V held at its value at the start of the step:
 *    `x ← x∞ + (x − x∞)·e^(−k·dt)` with k = 1/τ. Stable for any dt (a gate never leaves [0, 1]) and exact
 *    at constant V.
 * 2. The **ionic current** is summed over the sets, with the new gates and the old V and other states.
 * 3. The **other states** (calcium, drug-bound fractions, synaptic conductances) take their own exponential
 *    step (each set's `advance`).
 * 4. **V** takes a forward-Euler step: `V ← V + dt·(I_inj − I_ion)/C`.
 *
 * Rate tables (the default, as NEURON's TABLE): a gate's update is linear in the gate, `x ← A(V) + B(V)·x`
 * with `A = x∞(1 − e^(−k·dt))` and `B = e^(−k·dt)`, so A and B (and the sets' aux functions) are tabulated
 * for the run's dt every {@link TABLE_DV_MV} mV from {@link TABLE_V_MIN_MV} to {@link TABLE_V_MAX_MV} and
 * interpolated linearly: no exponential is evaluated per step. Outside the table V takes the exact path.
 * `exact: true` always evaluates the rates and exponentials (the reference path).
 *
 * Accuracy (tests/kernel/convergence.test.ts, hh-reference.test.ts, tc-reference.test.ts,
 * rs-reference.test.ts): first order in dt; hh's f-I rates at dt 0.01 ms within 0.5% of the converged
 * column on the table path and 0.8% on the exact path (which also matches hh_ref.c to 0.005 Hz); tc's
 * rebound table unchanged on both paths; rs within 0.5% of an independent RK4 implementation. Forward Euler on V limits dt: during the upstroke C/g falls to ~0.02 ms, so
 * dt above {@link MAX_DT_MS} is refused, and simulate.ts checks a short window at dt/4 for a drive that
 * the chosen dt cannot resolve.
 */
import type { ChannelSet } from './mechanisms/channel-set.js';

/** Largest time step the integrator accepts, in ms (forward Euler on V is the limit). */
export const MAX_DT_MS = 0.05;
/** Smallest time step the integrator accepts, in ms (below this runs get needlessly long). */
export const MIN_DT_MS = 0.001;

export const TABLE_V_MIN_MV = -150;
export const TABLE_V_MAX_MV = 100;
export const TABLE_DV_MV = 0.05;
const TABLE_POINTS = Math.round((TABLE_V_MAX_MV - TABLE_V_MIN_MV) / TABLE_DV_MV) + 1;
const INV_DV = 1 / TABLE_DV_MV;

/** What a cell is made of. */
export interface CellSpec {
  /** Model id, for messages. */
  name: string;
  /** Membrane capacitance, µF/cm². */
  cm: number;
  sets: ChannelSet[];
}

export interface CellOptions {
  /** Number of identical cells sharing the sets (a population; default 1). */
  count?: number;
  /** Evaluate rates and exponentials every step instead of the rate tables. */
  exact?: boolean;
}

/** Tables are built once per layout and dt (a few hundred microseconds) and shared by every cell. */
const tableCache = new Map<string, Float64Array>();

/**
 * One cell, or `count` identical cells (a population). State of cell i: `state[i·width + 0]` is V (mV),
 * then each set's block (its gates, then its other states) in set order.
 */
export class Cell {
  readonly name: string;
  readonly cm: number;
  readonly sets: readonly ChannelSet[];
  readonly count: number;
  /** State length of one cell. */
  readonly width: number;
  readonly state: Float64Array;
  /** State names of one cell: `V`, then `set.state` for every set. */
  readonly stateNames: readonly string[];
  readonly exact: boolean;
  /** Offset of each set's block in a cell's state. */
  private readonly off: Int32Array;
  /** Column of each set's first rate (and its aux values after its 2·gates rates). */
  private readonly col: Int32Array;
  private readonly auxCol: Int32Array;
  /** Per gate (over all sets): its state offset and its table column. */
  private readonly gateOff: Int32Array;
  private readonly gateCol: Int32Array;
  /** Every aux column, over all sets. */
  private readonly auxCols: Int32Array;
  /** Sets that have other states to advance. */
  private readonly advancing: Int32Array;
  /** True when some set carries a drug bound to its sodium channel. */
  readonly hasSodiumBlock: boolean;
  private readonly stride: number;
  /** Rates at one V (exact path), also the aux values there. */
  private readonly rbuf: Float64Array;
  /** Interpolated aux values (table path). */
  private readonly aux: Float64Array;
  private table: Float64Array | null = null;
  private tableDt = -1;
  private readonly layoutKey: string;

  constructor(spec: CellSpec, opts: CellOptions = {}) {
    this.name = spec.name;
    this.cm = spec.cm;
    this.sets = spec.sets;
    this.count = opts.count ?? 1;
    this.exact = opts.exact ?? false;
    const n = spec.sets.length;
    this.off = new Int32Array(n);
    this.col = new Int32Array(n);
    this.auxCol = new Int32Array(n);
    const names = ['V'];
    const gateOff: number[] = [];
    const gateCol: number[] = [];
    let w = 1, c = 0;
    spec.sets.forEach((set, j) => {
      this.off[j] = w;
      this.col[j] = c;
      set.gates.forEach((g, k) => {
        gateOff.push(w + k);
        gateCol.push(c + 2 * k);
        names.push(`${set.name}.${g}`);
      });
      for (const o of set.others) names.push(`${set.name}.${o}`);
      this.auxCol[j] = c + 2 * set.gates.length;
      w += set.gates.length + set.others.length;
      c += 2 * set.gates.length + set.nAux;
    });
    this.width = w;
    this.stride = Math.max(1, c);
    this.gateOff = Int32Array.from(gateOff);
    this.gateCol = Int32Array.from(gateCol);
    const auxCols: number[] = [];
    spec.sets.forEach((set, j) => {
      for (let a = 0; a < set.nAux; a++) auxCols.push(this.auxCol[j]! + a);
    });
    this.auxCols = Int32Array.from(auxCols);
    this.advancing = Int32Array.from(spec.sets.flatMap((set, j) => (set.others.length > 0 ? [j] : [])));
    this.stateNames = names;
    this.state = new Float64Array(this.width * this.count);
    this.rbuf = new Float64Array(this.stride);
    this.aux = new Float64Array(this.stride);
    this.layoutKey = spec.sets.map((s) => s.key).join('|');
    for (let i = 0; i < this.count; i++) this.init(-65, i);
    this.hasSodiumBlock = this.sodiumAvailability() !== 1;
  }

  /** Index of a named state (`V`, `hh.h`, `it.hT`, …) in one cell's block; -1 when absent. */
  indexOf(name: string): number {
    return this.stateNames.indexOf(name);
  }

  /** Put cell i at V with every gate and other state at its steady state there. */
  init(v: number, i = 0): void {
    const s = this.state, b = i * this.width, r = this.rbuf;
    s[b] = v;
    this.exactRates(v);
    for (let g = 0; g < this.gateOff.length; g++) s[b + this.gateOff[g]!] = r[this.gateCol[g]!]!;
    this.sets.forEach((set, j) => set.initOthers(s, b + this.off[j]!, v, r, this.auxCol[j]!));
  }

  /** Total ionic current of cell i at its present state (µA/cm²), without advancing. */
  ionicCurrent(i = 0): number {
    const s = this.state, b = i * this.width, v = s[b]!;
    this.exactRates(v);
    let total = 0;
    for (let j = 0; j < this.sets.length; j++) total += this.sets[j]!.current(s, b + this.off[j]!, v, this.rbuf, this.auxCol[j]!);
    return total;
  }

  /**
   * The injected current that makes V an exact steady state of cell i: every gate at x∞ and every other
   * state at its fixed point there (µA/cm²). Leaves the cell initialised at V.
   */
  steadyCurrentAt(v: number, i = 0): number {
    this.init(v, i);
    return this.ionicCurrent(i);
  }

  /** Fraction of the cell's sodium channels not held by a drug (product over its sets). */
  sodiumAvailability(i = 0): number {
    let f = 1;
    const b = i * this.width;
    for (let j = 0; j < this.sets.length; j++) f *= this.sets[j]!.sodiumAvailability(this.state, b + this.off[j]!);
    return f;
  }

  /** Names of the current components `currents` writes, over all sets. */
  currentNames(): string[] {
    return this.sets.flatMap((s) => s.currentNames.map((c) => c));
  }

  /** Current components of cell i at its present state, in `currentNames` order (µA/cm²). */
  currents(out: Float64Array, i = 0): void {
    const s = this.state, b = i * this.width, v = s[b]!;
    this.exactRates(v);
    let oo = 0;
    this.sets.forEach((set, j) => {
      set.currents(s, b + this.off[j]!, v, this.rbuf, this.auxCol[j]!, out, oo);
      oo += set.currentNames.length;
    });
  }

  /** Use time step dt from now on (builds or fetches the rate table). */
  prepare(dt: number): void {
    if (this.exact || dt === this.tableDt) return;
    const key = `${this.layoutKey}@${dt}`;
    let t = tableCache.get(key);
    if (t === undefined) {
      t = this.buildTable(dt);
      if (tableCache.size > 32) tableCache.clear();
      tableCache.set(key, t);
    }
    this.table = t;
    this.tableDt = dt;
  }

  /** One integrator step of cell i in current clamp (`iInj` µA/cm²). Call `prepare(dt)` first. */
  step(dt: number, iInj: number, i = 0): void {
    const b = i * this.width;
    const s = this.state;
    const v = s[b]!;
    const iIon = this.advanceAt(b, v, dt);
    s[b] = v + (dt * (iInj - iIon)) / this.cm;
  }

  /**
   * One step of cell i in voltage clamp at `vCmd` (mV): V is held, the states advance, and the return value
   * is the ionic current the clamp must supply (µA/cm²; the capacitive transient of a command step is
   * not modelled: an ideal clamp).
   */
  clampStep(dt: number, vCmd: number, i = 0): number {
    const b = i * this.width;
    this.state[b] = vCmd;
    return this.advanceAt(b, vCmd, dt);
  }

  /** Advance gates (table or exact), sum the current, advance other states; returns I_ion. */
  private advanceAt(b: number, v: number, dt: number): number {
    const x = (v - TABLE_V_MIN_MV) * INV_DV;
    const aux = this.table !== null && x >= 0 && x < TABLE_POINTS - 1 ? this.tableGates(b, x) : this.exactGates(b, v, dt);
    const s = this.state;
    const sets = this.sets, off = this.off, auxCol = this.auxCol;
    let iIon = 0;
    for (let j = 0; j < sets.length; j++) iIon += sets[j]!.current(s, b + off[j]!, v, aux, auxCol[j]!);
    const adv = this.advancing;
    for (let q = 0; q < adv.length; q++) {
      const j = adv[q]!;
      sets[j]!.advance(s, b + off[j]!, v, dt, aux, auxCol[j]!);
    }
    return iIon;
  }

  /** Gates and aux values from the rate table at fractional row x. */
  private tableGates(b: number, x: number): Float64Array {
    const T = this.table!;
    const s = this.state;
    const k = x | 0;
    const f = x - k;
    // row k: the values at V_k, then their slopes to row k+1 (one contiguous block per row)
    const stride = this.stride;
    const p = 2 * k * stride;
    const q = p + stride;
    const gOff = this.gateOff, gCol = this.gateCol;
    for (let g = 0; g < gOff.length; g++) {
      const c = gCol[g]!;
      const j = b + gOff[g]!;
      s[j] = T[p + c]! + f * T[q + c]! + (T[p + c + 1]! + f * T[q + c + 1]!) * s[j]!;
    }
    const aux = this.aux, ac = this.auxCols;
    for (let a = 0; a < ac.length; a++) {
      const c = ac[a]!;
      aux[c] = T[p + c]! + f * T[q + c]!;
    }
    return aux;
  }

  /** Gates by exact exponential Euler; the aux values are left in rbuf. */
  private exactGates(b: number, v: number, dt: number): Float64Array {
    const s = this.state, r = this.rbuf;
    this.exactRates(v);
    const gOff = this.gateOff, gCol = this.gateCol;
    for (let g = 0; g < gOff.length; g++) {
      const inf = r[gCol[g]!]!;
      const j = b + gOff[g]!;
      s[j] = inf + (s[j]! - inf) * Math.exp(-dt * r[gCol[g]! + 1]!);
    }
    return r;
  }

  private exactRates(v: number): void {
    for (let j = 0; j < this.sets.length; j++) this.sets[j]!.rates(v, this.rbuf, this.col[j]!);
  }

  /** Rows of 2·stride: the values (A, B per gate, then aux) at V_k, then the slopes to V_k+1. */
  private buildTable(dt: number): Float64Array {
    const stride = this.stride;
    const t = new Float64Array(TABLE_POINTS * 2 * stride);
    const r = this.rbuf;
    const isGate = new Uint8Array(stride);
    for (const c of this.gateCol) isGate[c] = 1;
    for (let k = 0; k < TABLE_POINTS; k++) {
      this.exactRates(TABLE_V_MIN_MV + k * TABLE_DV_MV);
      const p = 2 * k * stride;
      for (let c = 0; c < stride; c++) {
        if (isGate[c] === 1) {
          const e = Math.exp(-dt * r[c + 1]!);
          t[p + c] = r[c]! * (1 - e);
          t[p + c + 1] = e;
          c++;
        } else t[p + c] = r[c]!;
      }
      if (k > 0) for (let c = 0; c < stride; c++) t[p - stride + c] = t[p + c]! - t[p - 2 * stride + c]!;
    }
    return t;
  }
}
