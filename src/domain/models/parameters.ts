/**
 * The teaching models' inputs as data: each with its meaning, unit, range and default.
 * The command tables (options, help, range checks) and the pages read these lists, and
 * the models take their inputs in these shapes. Kept apart from the models' arithmetic so
 * that the command tables, which every start-up loads, stay light.
 */
import { MODEL_PARAMETERS } from '../../records/vocab.js';

/** The model's parameters: their one list is the records' vocabulary, which presets are checked against. */
export type DecideKey = (typeof MODEL_PARAMETERS)['decide'][number];

/** The model's inputs, in the units of their descriptions. */
export type DecideInputs = Record<DecideKey, number>;

/** One input of a model: what it means, its unit, its allowed range. The options tables and the pages read these. */
export interface ModelParameter<K extends string = string> {
  key: K;
  /** The option's flag name. */
  flag: string;
  description: string;
  unit: string;
  min: number;
  max: number;
  integer?: boolean;
  /** The model's own default (decide gives one only for the horizon and the stopping rule: its clinical inputs come from the options or a preset). */
  default?: number;
  /** decide: varied in the sensitivity table. */
  sensitivity?: boolean;
  /** Why the default is what it is. */
  basis?: string;
}

const SPECS: Record<DecideKey, Omit<ModelParameter<DecideKey>, 'key'>> = {
  seizuresPerYear: { flag: 'seizures-per-year', description: 'seizures a year while the epilepsy is active, untreated', unit: 'seizures/year', min: 0, max: 1000, sensitivity: true },
  harmPerSeizure: { flag: 'harm-per-seizure', description: 'harm of one seizure, in days of full health lost', unit: 'days', min: 0, max: 365, sensitivity: true },
  remissionPerYear: { flag: 'remission-per-year', description: 'yearly probability that the epilepsy stops by itself', unit: 'per year', min: 0, max: 1, sensitivity: true },
  efficacy: { flag: 'efficacy', description: 'fraction of seizures the drug prevents', unit: 'fraction', min: 0, max: 1, sensitivity: true },
  adverseProbability: { flag: 'adverse-probability', description: 'probability of an adverse effect on the drug', unit: 'probability', min: 0, max: 1, sensitivity: true },
  adverseHarmPerYear: { flag: 'adverse-harm-per-year', description: 'harm of the adverse effect for each year on the drug, in days of full health lost', unit: 'days/year', min: 0, max: 365, sensitivity: true },
  years: { flag: 'years', description: 'horizon: years from the decision', unit: 'years', min: 1, max: 80, integer: true, default: 10, sensitivity: false },
  yearsAfterRemission: { flag: 'years-after-remission', description: 'years the drug is continued after the epilepsy has remitted (a seizure-free interval before stopping)', unit: 'years', min: 0, max: 20, integer: true, default: 2, sensitivity: false },
};

export const DECIDE_PARAMETERS: readonly ModelParameter<DecideKey>[] = MODEL_PARAMETERS.decide.map((key) => ({ key, ...SPECS[key] }));

export interface WithdrawInputs {
  /** The drug's elimination half-life, hours. */
  halfLifeHours: number;
  /** Weeks on the drug before stopping. */
  weeksOnDrug: number;
  /** Length of the taper, weeks (0: the abrupt arm only). */
  taperWeeks: number;
  /** Fraction by which the drug lowers excitability at full level (s). */
  suppression: number;
  /** Fraction of the drug's effect the brain compensates (g). */
  compensation: number;
  /** Time constant of the compensation, days (τ). */
  adaptationDays: number;
}

/** The model's inputs with their ranges and defaults (the half-life comes from the drug's record). */
export const WITHDRAW_PARAMETERS: readonly ModelParameter<keyof WithdrawInputs>[] = [
  { key: 'weeksOnDrug', flag: 'weeks', description: 'weeks on the drug before stopping', unit: 'weeks', min: 1, max: 520, default: 52, basis: 'chosen: a year of treatment' },
  { key: 'taperWeeks', flag: 'taper', description: 'length of the taper compared with the abrupt stop', unit: 'weeks', min: 0, max: 52, default: 4, basis: 'chosen: 4 weeks; NICE advises at least 3 months for most drugs, longer for benzodiazepines and barbiturates' },
  { key: 'suppression', flag: 'suppression', description: "how much the drug lowers excitability at full level (the model's s)", unit: 'fraction', min: 0.05, max: 0.95, default: 0.5, basis: 'chosen for teaching' },
  { key: 'compensation', flag: 'compensation', description: "fraction of the drug's effect the brain compensates (the model's g)", unit: 'fraction', min: 0, max: 1, default: 0.8, basis: 'chosen for teaching' },
  { key: 'adaptationDays', flag: 'adaptation-days', description: 'time constant with which the compensation builds up and fades', unit: 'days', min: 0.5, max: 120, default: 14, basis: 'chosen for teaching: weeks, as tolerance to benzodiazepines builds over days to weeks' },
  { key: 'halfLifeHours', flag: 'half-life', description: "the drug's elimination half-life (default: the typical value of its record)", unit: 'hours', min: 0.5, max: 500, basis: "the drug's record" },
];
