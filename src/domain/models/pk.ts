/**
 * Plasma concentration over days: a one-compartment teaching model (`asm pk`).
 *
 * The body is one well-mixed volume V (litres). Each dose adds F·dose/V to the
 * concentration at once (absorption is taken as instant, so peaks are overstated and come
 * too early; troughs are close). Elimination is first order, dC/dt = −k·C with
 * k = CL/V = ln 2 / t½, or, for a drug with saturable metabolism (phenytoin),
 * Michaelis–Menten: dC/dt = −(Vmax/V)·C/(Km + C).
 *
 * Hand formulas the tests check, for doses D every τ hours (linear elimination):
 *   after one dose        C(t) = F·D/V · e^(−kt)
 *   at steady state       peak = F·D/V / (1 − e^(−kτ)),  trough = peak · e^(−kτ)
 *   average               C̄ = F·D / (τ·CL)
 *   time to steady state  5 half-lives (the trough is then 1 − 2⁻⁵ = 97% of its final value)
 * and for saturable elimination at a steady daily dose R (mg/day, Vmax per administered
 * dose): C̄ = Km·R / (Vmax − R), with no steady state at all when R ≥ Vmax.
 *
 * Interactions scale clearance (or Vmax): a level raised by +p% at steady state means
 * clearance divided by (1 + p/100). Carbamazepine's autoinduction raises its clearance
 * from the first dose towards its induced value over the weeks its interaction record
 * gives (95% of the change by the end of that time).
 */

export interface PkDrug {
  /** Elimination half-life with linear kinetics, hours (after autoinduction, for an autoinducer). */
  halfLifeHours: number;
  volumeL: number;
  /** Oral bioavailability, 0 to 1. */
  bioavailability: number;
  /** Saturable elimination (replaces the half-life): Vmax in mg/day per administered dose, Km in mg/L. */
  michaelisMenten?: { vmaxMgPerDay: number; kmMgL: number };
  /** The half-life at the first dose, and the days over which it falls to halfLifeHours. */
  autoinduction?: { initialHalfLifeHours: number; fullEffectDays: number };
  /** Multiplies clearance (or Vmax) for interacting drugs: 0.5 doubles the level. */
  clearanceFactor?: number;
}

export interface Regimen {
  doseMg: number;
  everyHours: number;
  days: number;
  /** A first dose of this size instead of the first maintenance dose. */
  loadingDoseMg?: number;
  /** The number (1 = the first) of a dose that is missed. */
  missedDose?: number;
}

export interface PkResult {
  /** Hours from the first dose, and the concentration then (mg/L). */
  tHours: number[];
  mgL: number[];
  /** When each dose was given, hours (missed doses left out). */
  doseHours: number[];
  /** The half-life in effect at the end (linear kinetics), hours; null for saturable elimination. */
  halfLifeHours: number | null;
  /** Time to reach steady state: 5 half-lives, or for saturable elimination the time the trough reaches 97% of its final value; null when there is none. */
  steadyStateHours: number | null;
  /** Steady-state peak and trough of the maintenance regimen, mg/L; null when there is none. */
  peakMgL: number | null;
  troughMgL: number | null;
  /** Steady-state average, mg/L. */
  averageMgL: number | null;
  /** Saturable elimination and the daily dose is at or above Vmax: the level rises without limit. */
  saturated: boolean;
}

const LN2 = Math.log(2);

/** Linear clearance (L/h) at hour t. */
export function clearanceAt(drug: PkDrug, tHours: number): number {
  const f = drug.clearanceFactor ?? 1;
  const final = ((LN2 / drug.halfLifeHours) * drug.volumeL) * f;
  if (!drug.autoinduction) return final;
  const initial = ((LN2 / drug.autoinduction.initialHalfLifeHours) * drug.volumeL) * f;
  const tau = (drug.autoinduction.fullEffectDays * 24) / 3;
  return final - (final - initial) * Math.exp(-tHours / tau);
}

/** Saturable elimination: the steady-state average level for a daily dose (mg/L), or Infinity when the dose reaches Vmax. */
export function michaelisMentenSteadyState(dailyDoseMg: number, vmaxMgPerDay: number, kmMgL: number): number {
  return dailyDoseMg >= vmaxMgPerDay ? Infinity : (kmMgL * dailyDoseMg) / (vmaxMgPerDay - dailyDoseMg);
}

/** Steady state of a linear drug: peak, trough, average (mg/L) and time to reach it (hours). */
export function linearSteadyState(drug: PkDrug, doseMg: number, everyHours: number) {
  const cl = clearanceAt(drug, Infinity);
  const k = cl / drug.volumeL;
  const rise = (drug.bioavailability * doseMg) / drug.volumeL;
  const peak = rise / (1 - Math.exp(-k * everyHours));
  return { peak, trough: peak * Math.exp(-k * everyHours), average: (drug.bioavailability * doseMg) / (everyHours * cl), halfLifeHours: LN2 / k, steadyStateHours: (5 * LN2) / k };
}

function elimination(drug: PkDrug, C: number, t: number): number {
  const f = drug.clearanceFactor ?? 1;
  if (drug.michaelisMenten) {
    const vmax = (drug.michaelisMenten.vmaxMgPerDay * drug.bioavailability * f) / 24;
    return (vmax / drug.volumeL) * (C / (drug.michaelisMenten.kmMgL + C));
  }
  return (clearanceAt(drug, t) / drug.volumeL) * C;
}

/** One fourth-order Runge-Kutta step of saturable elimination (the rate depends on C). */
function rk4(drug: PkDrug, C: number, t: number, dt: number): number {
  const k1 = -elimination(drug, C, t);
  const k2 = -elimination(drug, C + (dt / 2) * k1, t);
  const k3 = -elimination(drug, C + (dt / 2) * k2, t);
  const k4 = -elimination(drug, C + dt * k3, t);
  return Math.max(0, C + (dt / 6) * (k1 + 2 * k2 + 2 * k3 + k4));
}

/** Integrates from the first dose; samples at most about 1500 points. */
export function simulatePk(drug: PkDrug, reg: Regimen): Omit<PkResult, 'steadyStateHours' | 'peakMgL' | 'troughMgL' | 'averageMgL' | 'halfLifeHours' | 'saturated'> {
  const perInterval = Math.max(12, Math.ceil(reg.everyHours / Math.min(0.5, drug.halfLifeHours / 20)));
  const dt = reg.everyHours / perInterval;
  const total = Math.round((reg.days * 24) / dt);
  const stride = Math.max(1, Math.ceil(total / 1500));
  const tHours: number[] = [];
  const mgL: number[] = [];
  const doseHours: number[] = [];
  let C = 0;
  for (let i = 0; i <= total; i++) {
    const t = i * dt;
    let dosed = false;
    if (i % perInterval === 0 && t < reg.days * 24 - 1e-9) {
      const n = i / perInterval + 1;
      if (n !== reg.missedDose) {
        const dose = n === 1 && reg.loadingDoseMg !== undefined ? reg.loadingDoseMg : reg.doseMg;
        // The trough just before the dose and the peak just after it are always kept.
        if (i > 0) {
          tHours.push(t);
          mgL.push(C);
        }
        C += (drug.bioavailability * dose) / drug.volumeL;
        doseHours.push(t);
        dosed = true;
      }
    }
    if (dosed || i % stride === 0 || i === total) {
      tHours.push(t);
      mgL.push(C);
    }
    if (i === total) break;
    if (drug.michaelisMenten) C = rk4(drug, C, t, dt);
    else {
      // Exact for first-order loss, with the clearance of the step's middle.
      C *= Math.exp(-(clearanceAt(drug, t + dt / 2) / drug.volumeL) * dt);
    }
  }
  return { tHours, mgL, doseHours };
}

/** Saturable elimination: the steady state found by running the regimen until the trough stops changing (up to two years). */
function saturableSteadyState(drug: PkDrug, reg: Regimen) {
  const mm = drug.michaelisMenten!;
  const daily = (reg.doseMg * 24) / reg.everyHours;
  const vmax = mm.vmaxMgPerDay * (drug.clearanceFactor ?? 1);
  if (daily >= vmax) return null;
  const perInterval = 48;
  const dt = reg.everyHours / perInterval;
  let C = 0;
  const troughs: number[] = [];
  let peak = 0;
  let trough = 0;
  const maxIntervals = Math.ceil((730 * 24) / reg.everyHours);
  for (let n = 0; n < maxIntervals; n++) {
    troughs.push(C);
    C += (drug.bioavailability * reg.doseMg) / drug.volumeL;
    peak = C;
    for (let i = 0; i < perInterval; i++) C = rk4(drug, C, 0, dt);
    trough = C;
    if (n > 10 && Math.abs(C - troughs[n]!) < 1e-7 * Math.max(1, C)) break;
  }
  const target = (1 - 2 ** -5) * trough;
  const at = troughs.findIndex((x) => x >= target);
  return { peak, trough, steadyStateHours: (at < 0 ? troughs.length : at) * reg.everyHours, average: michaelisMentenSteadyState(daily, vmax, mm.kmMgL) };
}

/** Runs the model for a regimen: the time course and the steady state. */
export function pk(drug: PkDrug, reg: Regimen): PkResult {
  const course = simulatePk(drug, reg);
  if (drug.michaelisMenten) {
    const ss = saturableSteadyState(drug, reg);
    return {
      ...course,
      halfLifeHours: null,
      steadyStateHours: ss?.steadyStateHours ?? null,
      peakMgL: ss?.peak ?? null,
      troughMgL: ss?.trough ?? null,
      averageMgL: ss?.average ?? null,
      saturated: ss === null,
    };
  }
  const ss = linearSteadyState(drug, reg.doseMg, reg.everyHours);
  return { ...course, halfLifeHours: ss.halfLifeHours, steadyStateHours: ss.steadyStateHours, peakMgL: ss.peak, troughMgL: ss.trough, averageMgL: ss.average, saturated: false };
}

/** Saturable elimination: steady-state average levels for a few daily doses around one, beside what linear kinetics would predict. */
export function doseLevelTable(drug: PkDrug, dailyDoseMg: number, steps: readonly number[] = [-50, 0, 25, 50, 100]) {
  const mm = drug.michaelisMenten;
  if (!mm) return [];
  const vmax = mm.vmaxMgPerDay * (drug.clearanceFactor ?? 1);
  const base = michaelisMentenSteadyState(dailyDoseMg, vmax, mm.kmMgL);
  return steps
    .map((s) => dailyDoseMg + s)
    .filter((d) => d > 0)
    .map((d) => ({ dailyDoseMg: d, averageMgL: michaelisMentenSteadyState(d, vmax, mm.kmMgL), ifLinearMgL: (base * d) / dailyDoseMg }));
}

export const PK_ASSUMPTIONS = [
  'One compartment: the body is one well-mixed volume; distribution is instant.',
  'Absorption is instant: each dose adds F·dose/V at once, so peaks are higher and earlier than in a patient; troughs are close.',
  'Clearance is constant (first order) unless the drug is saturable (phenytoin, Michaelis–Menten) or autoinduces (carbamazepine).',
  "An interacting drug changes clearance by the interaction record's size (the middle of its range) from the first dose; real induction takes about two weeks to build.",
  'Total (bound plus free) concentration for an average adult; protein binding, age, pregnancy, kidney and liver function, genes and adherence all move real levels.',
] as const;
