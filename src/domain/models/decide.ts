/**
 * To treat or not to treat: a simplified teaching model of expected harm (`asm decide`).
 *
 * Time runs in whole years t = 0 … H−1. The epilepsy is active in year t with probability
 * S(t) = (1 − r)^t: active in the first year, then each year it remits with probability r
 * (a constant yearly chance, so the expected number of active years is about 1/r).
 *
 *   no treatment:  harm(t) = f · h · S(t)
 *   treatment:     harm(t) = f · (1 − e) · h · S(t)  +  p · a · D(t)
 *
 * f seizures a year, h harm per seizure, e the fraction of seizures the drug prevents, p
 * the probability of an adverse effect and a its harm per year on the drug. The drug is
 * taken until L years after the epilepsy has remitted (remission is only known in
 * hindsight, after a seizure-free interval), so it is still taken in year t with
 * probability D(t) = S(max(0, t − L)).
 *
 * Totals over the horizon: N = f·h·A and T = f·(1−e)·h·A + p·a·B, with A = Σ S(t) and
 * B = Σ D(t). The break-even seizure frequency, where both are equal, is f* = p·a·B / (h·e·A).
 *
 * What the model leaves out is as important as what it keeps: harms are averages (a
 * rare severe seizure and a frequent mild one can have the same h), the adverse effect
 * stops with the drug, the drug does not change the course of the epilepsy, and the harm
 * weights are value judgements that belong to the patient and family.
 */

import { DECIDE_PARAMETERS, type DecideInputs, type DecideKey, type ModelParameter } from './parameters.js';

export { DECIDE_PARAMETERS, type DecideInputs, type DecideKey } from './parameters.js';

export interface ArmResult {
  /** Expected cumulative harm over the horizon, days of full health lost. */
  expectedHarm: number;
  /** Of which from seizures. */
  seizureHarm: number;
  /** Of which from the drug's adverse effect (0 without treatment). */
  adverseHarm: number;
  /** Expected number of seizures over the horizon. */
  expectedSeizures: number;
  /** Expected years on the drug (0 without treatment). */
  yearsOnDrug: number;
}

export interface SensitivityRow {
  key: DecideKey;
  low: number;
  high: number;
  /** treat − noTreatment at the low and the high value (negative: treating carries less harm). */
  differenceAtLow: number;
  differenceAtHigh: number;
  /** |differenceAtHigh − differenceAtLow|: how much the answer moves. */
  swing: number;
  /** The lower-harm choice changes within the range. */
  flips: boolean;
}

export interface DecideResult {
  inputs: DecideInputs;
  treat: ArmResult;
  noTreatment: ArmResult;
  lower: 'treat' | 'noTreatment' | 'equal';
  /** treat − noTreatment. */
  difference: number;
  /** Seizures a year at which both choices carry the same expected harm; null when the drug prevents nothing. */
  breakEvenSeizuresPerYear: number | null;
  /** Expected years with active epilepsy over the horizon, Σ S(t). */
  activeYears: number;
  /** Cumulative expected harm at the end of each year (index 0 = the start, 0). */
  series: { year: number[]; treat: number[]; noTreatment: number[] };
  sensitivity: SensitivityRow[];
}

/** Probability that the epilepsy is still active in year t (0-based). */
export function activeProbability(remissionPerYear: number, t: number): number {
  return (1 - remissionPerYear) ** t;
}

function totals(x: DecideInputs) {
  const q = 1 - x.remissionPerYear;
  let A = 0;
  let B = 0;
  const year = [0];
  const treat = [0];
  const none = [0];
  for (let t = 0; t < x.years; t++) {
    const s = q ** t;
    const d = q ** Math.max(0, t - x.yearsAfterRemission);
    A += s;
    B += d;
    year.push(t + 1);
    none.push(none[t]! + x.seizuresPerYear * x.harmPerSeizure * s);
    treat.push(treat[t]! + x.seizuresPerYear * (1 - x.efficacy) * x.harmPerSeizure * s + x.adverseProbability * x.adverseHarmPerYear * d);
  }
  return { A, B, series: { year, treat, noTreatment: none } };
}

const EPS = 1e-9;

/** The model without its sensitivity table (which calls it again). */
function core(x: DecideInputs): Omit<DecideResult, 'sensitivity'> {
  const { A, B, series } = totals(x);
  const noSeizureHarm = x.seizuresPerYear * x.harmPerSeizure * A;
  const txSeizureHarm = x.seizuresPerYear * (1 - x.efficacy) * x.harmPerSeizure * A;
  const adverseHarm = x.adverseProbability * x.adverseHarmPerYear * B;
  const treat: ArmResult = { expectedHarm: txSeizureHarm + adverseHarm, seizureHarm: txSeizureHarm, adverseHarm, expectedSeizures: x.seizuresPerYear * (1 - x.efficacy) * A, yearsOnDrug: B };
  const noTreatment: ArmResult = { expectedHarm: noSeizureHarm, seizureHarm: noSeizureHarm, adverseHarm: 0, expectedSeizures: x.seizuresPerYear * A, yearsOnDrug: 0 };
  const difference = treat.expectedHarm - noTreatment.expectedHarm;
  const benefitPerSeizure = x.harmPerSeizure * x.efficacy * A;
  return {
    inputs: { ...x },
    treat,
    noTreatment,
    lower: Math.abs(difference) <= EPS * Math.max(1, noTreatment.expectedHarm) ? 'equal' : difference < 0 ? 'treat' : 'noTreatment',
    difference,
    breakEvenSeizuresPerYear: benefitPerSeizure > 0 ? adverseHarm / benefitPerSeizure : null,
    activeYears: A,
    series,
  };
}

/** The low and high values the sensitivity table tries: half and one and a half times the value, kept within the range. */
export function sensitivityRange(p: ModelParameter, value: number): [number, number] {
  return [Math.max(p.min, value * 0.5), Math.min(p.max, value * 1.5)];
}

/** Runs the model: both totals, which is lower, the break-even frequency, the yearly series and the sensitivity table. */
export function decide(inputs: DecideInputs): DecideResult {
  const base = core(inputs);
  const sensitivity = DECIDE_PARAMETERS.filter((p) => p.sensitivity)
    .map((p): SensitivityRow => {
      const [low, high] = sensitivityRange(p, inputs[p.key]);
      const dLow = core({ ...inputs, [p.key]: low }).difference;
      const dHigh = core({ ...inputs, [p.key]: high }).difference;
      return { key: p.key, low, high, differenceAtLow: dLow, differenceAtHigh: dHigh, swing: Math.abs(dHigh - dLow), flips: Math.sign(dLow) !== Math.sign(dHigh) && dLow !== 0 && dHigh !== 0 };
    })
    .sort((a, b) => b.swing - a.swing);
  return { ...base, sensitivity };
}

/** The formula and assumptions, for `--explain` (the presenter adds the sources). */
export const DECIDE_FORMULA = [
  'S(t) = (1 − r)^t  (the epilepsy is still active in year t; t = 0 … H−1)',
  'D(t) = S(max(0, t − L))  (the drug is still taken in year t)',
  'no treatment = Σ f·h·S(t)',
  'treatment    = Σ [ f·(1 − e)·h·S(t) + p·a·D(t) ]',
  'break-even f* = p·a·Σ D(t) / ( h·e·Σ S(t) )',
] as const;

export const DECIDE_ASSUMPTIONS = [
  'A constant yearly chance of remission, the same with or without the drug: the drug prevents seizures but does not change the course of the epilepsy.',
  'Every seizure carries the same average harm; rare severe events (a tonic-clonic seizure, an injury, sudden unexpected death in epilepsy) are folded into that average.',
  'The adverse effect happens or not at the start, costs the same each year on the drug and stops with the drug.',
  'The drug is continued for a fixed number of years after the epilepsy has in fact remitted, because remission is only known after a seizure-free interval.',
  'Harm is counted in days of full health lost; the weights are value judgements for the patient and family, not measurements. Future harm is not discounted.',
] as const;
