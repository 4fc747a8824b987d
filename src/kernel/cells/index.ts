import type { Modifiers } from '../modifiers.js';
import type { Cell, CellModelId } from './cell.js';
import { HHCell } from './hh.js';
import { TCCell } from './tc.js';
import { WBCell } from './wb.js';

export type { Cell, CellModelId } from './cell.js';
export { stepCell, stateIndex } from './cell.js';
export { HHCell, HH_PARAMS } from './hh.js';
export { WBCell, WB_PARAMS } from './wb.js';
export { TCCell, TC_PARAMS } from './tc.js';

/** Build a cell of the given model with modifiers applied. */
export function makeCell(model: CellModelId, mod: Modifiers = {}): Cell {
  switch (model) {
    case 'hh':
      return new HHCell(mod);
    case 'wb':
      return new WBCell(mod);
    case 'tc':
      return new TCCell(mod);
  }
}

/**
 * Resting potential with no injected current: the voltage where the exact steady-state current is zero,
 * found by bisection between −100 and −40 mV (one root in every model here). Leaves the cell at rest.
 */
export function restingPotential(cell: Cell): number {
  let lo = -100, hi = -40;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    // the steady-state current rises with V around rest: positive means mid is above rest
    if (cell.steadyCurrentAt(mid) > 0) hi = mid;
    else lo = mid;
  }
  const v = (lo + hi) / 2;
  cell.init(v);
  return v;
}
