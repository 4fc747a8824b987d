/**
 * The one integration scheme every model in the kernel uses.
 *
 * - Gates (and every other state that is linear in itself at fixed voltage: drug-bound fractions,
 *   calcium, synaptic conductances) take an **exponential-Euler (Rush–Larsen) step**: with the voltage
 *   held at its value at the start of the step, `dx/dt = (x∞ − x)/τ` is solved exactly over `dt`,
 *   `x ← x∞ + (x − x∞)·exp(−dt/τ)`. This is unconditionally stable for any `dt` (a gate can never
 *   leave [0, 1], however fast its kinetics) and is exact for a gate at constant voltage.
 * - The membrane voltage then takes a **forward-Euler step** with the new gates and the old voltage:
 *   `V ← V + dt·(I_inj − I_ion)/C`.
 *
 * Why this scheme: it is the one in the C references (`../shared/bench/hh_ref.c`, `tc_ref.c`), in the
 * same order of operations, so the reference tables are reproduced to rounding (hh_ref.c's f-I column
 * to 0.005 Hz, tc_ref.c's rebound table exactly); it is cheap (one `exp` per gate, no matrix solve,
 * no allocation); and it is first-order accurate (halving dt halves the error; tests/kernel/convergence.test.ts).
 * At dt 0.01 ms hh's rates are within 0.3% of the converged values and its first spike within 0.02 ms;
 * at dt 0.025 ms tc reproduces its reference table; at dt 0.05 ms wb's rate at normal drive is within 1%.
 * Forward Euler on the voltage is the limiting part: during the upstroke the membrane time constant
 * C/g falls to ~0.02 ms, so the kernel refuses `dt` above {@link MAX_DT_MS} (ranges.ts), and a cell driven
 * close to depolarization block (wb above ~300 Hz) needs dt ≤ 0.025 ms (the use-dependence experiment
 * uses 0.01 ms).
 *
 * Every channel module uses the same gate update: the functions below. Cells call them with the rates
 * their channel modules define.
 */

/** Largest time step the integrator accepts, in ms (forward Euler on V is the limit). */
export const MAX_DT_MS = 0.05;
/** Smallest time step the integrator accepts, in ms (below this runs get needlessly long). */
export const MIN_DT_MS = 0.001;

/**
 * Exponential-Euler step of a gate given its opening and closing rates (1/ms) at the step's voltage.
 * Same operations as hh_ref.c: `x∞ + (x − x∞)·exp(−dt·(α+β))`.
 */
export function gateAlphaBeta(x: number, alpha: number, beta: number, dt: number): number {
  const sum = alpha + beta;
  const inf = alpha / sum;
  return inf + (x - inf) * Math.exp(-dt * sum);
}

/**
 * Exponential-Euler step of a state given its steady state and time constant (ms) at the step's voltage.
 * Same operations as tc_ref.c: `x∞ + (x − x∞)·exp(−dt/τ)`.
 */
export function gateInfTau(x: number, inf: number, tau: number, dt: number): number {
  return inf + (x - inf) * Math.exp(-dt / tau);
}

/**
 * Forward-Euler step of the membrane voltage.
 * @param v voltage at the start of the step (mV)
 * @param iInj injected current (µA/cm²)
 * @param iIon total ionic current computed with the new gates and the old voltage (µA/cm²)
 * @param cm membrane capacitance (µF/cm²)
 */
export function voltageStep(v: number, dt: number, iInj: number, iIon: number, cm: number): number {
  return v + (dt * (iInj - iIon)) / cm;
}
