/**
 * A single-compartment cell built from channel modules. `state[0]` is the membrane voltage (mV); the rest
 * are the channels' gates, concentrations and drug-bound fractions, in `stateNames` order.
 *
 * A cell only knows how to advance its non-voltage states by one step and report its ionic current;
 * the voltage step itself belongs to the shared integrator (`stepCell`, below).
 */
import { voltageStep } from '../integrator.js';

/** Models built from single cells. */
export type CellModelId = 'hh' | 'wb' | 'tc';

export interface Cell {
  readonly model: CellModelId;
  /** Membrane capacitance, µF/cm². */
  readonly cm: number;
  /** State vector: V then the channel states. */
  readonly state: Float64Array;
  readonly stateNames: readonly string[];
  /** Put V at `v` and every gate, concentration and bound fraction at its resting value there. */
  init(v: number): void;
  /**
   * Advance every non-voltage state by `dt` with V held at `state[0]` (exponential Euler), and return
   * the total ionic current (µA/cm²) at the new gates and the old voltage.
   */
  advance(dt: number): number;
  /** Total ionic current at the present state, without advancing (µA/cm²). */
  ionicCurrent(): number;
  /**
   * The injected current that makes `v` an exact steady state: every gate at its steady state and every
   * concentration at its fixed point there (µA/cm²). Leaves the cell initialised at `v`.
   */
  steadyCurrentAt(v: number): number;
  /** Fraction of sodium channels not held by a drug (1 with no sodium-channel drug). */
  sodiumAvailability(): number;
}

/** One integrator step of a cell: states by exponential Euler, then V by forward Euler. */
export function stepCell(cell: Cell, dt: number, iInj: number): void {
  const s = cell.state;
  const v = s[0]!;
  const iIon = cell.advance(dt);
  s[0] = voltageStep(v, dt, iInj, iIon, cell.cm);
}

/** Index of a named state in a cell's state vector (throws on a programming error, not user input). */
export function stateIndex(cell: Cell, name: string): number {
  const i = cell.stateNames.indexOf(name);
  if (i < 0) throw new Error(`cell ${cell.model} has no state ${name}`);
  return i;
}
