/**
 * Withdrawal rebound: the course's homeostatic "spring", a simplified teaching model
 * (`asm withdraw`). Not a model of any measured physiology; every rate but the drug's
 * half-life is chosen for teaching.
 *
 * Three quantities, all relative (1 = the brain's normal excitability):
 *   dose u(t)       1 while the drug is taken, 0 after an abrupt stop, falling linearly to 0
 *                   over a taper;
 *   drug level C    follows the dose with the elimination rate k = ln 2 / t½:
 *                   dC/dt = k·(u − C);
 *   compensation X  the brain's push-back, which follows the drug's effect with the
 *                   adaptation time constant τ: dX/dt = (g·s·C − X)/τ.
 *   excitability    E = 1 − s·C + X.
 *
 * s is how much the drug lowers excitability at full level, g the fraction of that the
 * brain compensates. On the drug, E settles at 1 − s + g·s. After an abrupt stop C falls
 * with the half-life while X lingers with τ, so E overshoots 1: the rebound. A taper lets
 * X fall while some drug is still there. A drug whose half-life is long beside τ
 * (phenobarbital) washes out slowly, and so tapers itself.
 *
 * For a unit step down from the steady state (C = 1, X = g·s at t = 0) the solution is
 *   C(t) = e^(−kt),
 *   X(t) = g·s·[ a·e^(−kt) + (1 − a)·e^(−t/τ) ],  a = (1/τ) / (1/τ − k)   (k ≠ 1/τ),
 * a sum of two exponentials, which has a single peak. A linear taper is an average of
 * such steps spread over the taper, and averaging a single-peaked curve over a longer
 * window never raises its peak: a longer taper never gives a higher peak.
 */

import type { WithdrawInputs } from './parameters.js';

export { WITHDRAW_PARAMETERS, type WithdrawInputs } from './parameters.js';

export interface WithdrawArm {
  /** Highest excitability after the stop (1 = normal). */
  peakExcitability: number;
  /** Day of the peak, counted from the stop (the start of the taper). */
  peakDay: number;
  /** Excitability above normal at the peak (peakExcitability − 1, or 0). */
  overshoot: number;
}

export interface WithdrawResult {
  inputs: WithdrawInputs;
  /** Excitability and level on the drug, just before the stop. */
  onDrug: { excitability: number; level: number; compensation: number };
  abrupt: WithdrawArm;
  /** Absent when taperWeeks is 0. */
  taper: WithdrawArm | null;
  /**
   * How much of the overshoot the drug's own washout removes, compared with a drug that
   * vanished at once (0 to 1): the share by which it "tapers itself".
   */
  selfTaper: number;
  /** Days from 5 days before the stop, for plots; excitability of each arm. */
  series: { day: number[]; abrupt: number[]; taper: number[] | null };
}

const LN2 = Math.log(2);

/** One step of the exact solution with the dose held at u (C and X in, C and X out). */
function step(C: number, X: number, u: number, dtDays: number, k: number, kc: number, gs: number): [number, number] {
  const ek = Math.exp(-k * dtDays);
  const ec = Math.exp(-kc * dtDays);
  const C1 = u + (C - u) * ek;
  // X follows gs·C; C = u + (C0 − u)e^(−kt).
  const transient = Math.abs(kc - k) > 1e-12 ? ((gs * (C - u) * kc) / (kc - k)) * (ek - ec) : gs * (C - u) * kc * dtDays * ek;
  const X1 = gs * u * (1 - ec) + X * ec + transient;
  return [C1, X1];
}

interface Run {
  day: number[];
  e: number[];
  peak: WithdrawArm;
  onDrug: WithdrawResult['onDrug'];
}

/** Simulates one arm: on the drug for weeksOnDrug, then the dose falls over taperDays (0: at once). */
function simulate(x: WithdrawInputs, taperDays: number, dtDays: number, followDays: number, keepFromDay: number): Run {
  const k = (LN2 / x.halfLifeHours) * 24;
  const kc = 1 / x.adaptationDays;
  const gs = x.compensation * x.suppression;
  const onDays = x.weeksOnDrug * 7;
  // On the drug the dose is constant, so one exact step covers the whole time.
  let [C, X] = step(0, 0, 1, onDays, k, kc, gs);
  const onDrug = { excitability: 1 - x.suppression * C + X, level: C, compensation: X };
  const day: number[] = [];
  const e: number[] = [];
  let peak = -Infinity;
  let peakDay = 0;
  const n = Math.round(followDays / dtDays);
  for (let i = 0; i <= n; i++) {
    const t = i * dtDays;
    const E = 1 - x.suppression * C + X;
    if (E > peak) {
      peak = E;
      peakDay = t;
    }
    if (t >= keepFromDay - 1e-9) {
      day.push(t);
      e.push(E);
    }
    // Dose held at its value in the middle of the step.
    const mid = t + dtDays / 2;
    const u = taperDays > 0 ? Math.max(0, 1 - mid / taperDays) : 0;
    [C, X] = step(C, X, u, dtDays, k, kc, gs);
  }
  return { day, e, peak: { peakExcitability: peak, peakDay, overshoot: Math.max(0, peak - 1) }, onDrug };
}

/** Days to follow after the stop: until both drug and compensation have long gone. */
export function followDays(x: WithdrawInputs): number {
  return Math.ceil(x.taperWeeks * 7 + 8 * x.adaptationDays + (10 * x.halfLifeHours) / 24);
}

/** Runs the model: an abrupt stop and (if taperWeeks > 0) a linear taper from the same day. */
export function withdraw(x: WithdrawInputs, opts: { dtDays?: number } = {}): WithdrawResult {
  const dt = opts.dtDays ?? Math.min(1 / 24, x.halfLifeHours / 24 / 20);
  const follow = followDays(x);
  const abrupt = simulate(x, 0, dt, follow, 0);
  const taper = x.taperWeeks > 0 ? simulate(x, x.taperWeeks * 7, dt, follow, 0) : null;
  // An instantly cleared drug: the overshoot is the whole compensation at the stop.
  const instant = abrupt.onDrug.compensation;
  const selfTaper = instant > 0 ? Math.min(1, Math.max(0, 1 - abrupt.peak.overshoot / instant)) : 0;
  // The plot: from 5 days before the stop to when the rebound has mostly faded, about 400 points.
  const plotEnd = x.taperWeeks * 7 + 3 * x.adaptationDays + (5 * x.halfLifeHours) / 24;
  const shown = abrupt.day.filter((d) => d <= plotEnd).length;
  const stride = Math.max(1, Math.round(shown / 400));
  const pick = <T,>(a: T[]) => a.filter((_, i) => i < shown && i % stride === 0);
  const pre = [-5, -0.001];
  const series = {
    day: [...pre, ...pick(abrupt.day)],
    abrupt: [abrupt.onDrug.excitability, abrupt.onDrug.excitability, ...pick(abrupt.e)],
    taper: taper ? [taper.onDrug.excitability, taper.onDrug.excitability, ...pick(taper.e)] : null,
  };
  return { inputs: { ...x }, onDrug: abrupt.onDrug, abrupt: abrupt.peak, taper: taper?.peak ?? null, selfTaper, series };
}

/** The model in words, for the page's explanation (the presenter adds sources). */
export const WITHDRAW_FORMULA = [
  'dC/dt = k·(u − C),  k = ln 2 / t½   (drug level; dose u = 1 on the drug, falling to 0)',
  'dX/dt = (g·s·C − X) / τ            (compensation: the spring pushed down)',
  'E = 1 − s·C + X                     (excitability; 1 = normal)',
] as const;
