/**
 * asm pk DRUG: plasma level over days for a dosing regimen, from a one-compartment
 * teaching model (src/domain/models/pk.ts) fed by the drug's record: half-life, volume,
 * bioavailability, Michaelis-Menten constants, autoinduction and interactions.
 */
import { defineCommand, type CommandSpec, flag, list, number, type OptionsOf } from '../../define.js';

const options = {
  dose: number('--dose <mg>', "each dose, mg (default: the middle of the record's usual adult maintenance a day (the bottom for phenytoin), in its doses)", { min: 1, max: 10000, unit: 'mg' }),
  every: number('--every <hours>', 'hours between doses (default: 12, or what the record allows nearest to it)', { min: 1, max: 168, unit: 'hours' }),
  days: number('--days <days>', 'days to show (default: long enough to reach steady state)', { min: 1, max: 365, unit: 'days' }),
  weight: number('--weight <kg>', 'body weight, kg: volume (and phenytoin Vmax) scale with it', { min: 10, max: 200, unit: 'kg', default: 70 }),
  load: number('--load <mg>', 'a loading dose, mg, instead of the first dose', { min: 1, max: 10000, unit: 'mg' }),
  miss: number('--miss <n>', 'miss the n-th dose (1 = the first)', { min: 1, max: 10000, integer: true }),
  with: list('--with <id...>', 'an interacting drug or co-medication taken throughout: its effect comes from the interaction records (repeatable)', { complete: { records: ['drug', 'comedication'] } }),
  ascii: flag('--ascii', 'plain ASCII plot instead of Unicode braille'),
  json: flag('--json', 'print {steadyStateHours, troughMgL, peakMgL, averageMgL, series: [{label, hours, mgL}]} as JSON'),
};

export type PkOptions = OptionsOf<typeof options> & { drug: string[] };

// Typed here: run.ts reads this spec back (for figure options), which would make the type circular.
export const pk: CommandSpec<PkOptions> = defineCommand<PkOptions>({
  name: 'pk',
  summary: 'plasma level over days for a dosing regimen (a one-compartment teaching model)',
  description:
    "Watch the plasma concentration of a drug build up to steady state (about five half-lives), with the reference range drawn as a band: a missed dose (--miss), a loading dose (--load), carbamazepine's autoinduction, an interacting drug from the interaction records (--with) and phenytoin's saturable kinetics, where a small step in dose makes a large step in level. A one-compartment model with instant absorption: a simplified teaching model.",
  args: [{ name: 'drug', description: 'a drug the model supports: carbamazepine, phenytoin, lamotrigine, valproate, levetiracetam, phenobarbital, ethosuximide, topiramate, lacosamide', required: true, variadic: true, complete: { records: ['drug'] } }],
  options,
  examples: [
    ['asm pk lamotrigine', 'steady state in about a week'],
    ['asm pk lamotrigine --with valproate', 'valproate roughly doubles lamotrigine'],
    ['asm pk lamotrigine --with carbamazepine', 'an inducer lowers it by about 40%'],
    ['asm pk carbamazepine', 'autoinduction: the level rises, then falls over 3-5 weeks'],
    ['asm pk phenytoin --dose 350 --every 24', 'a small dose step, a large level step'],
    ['asm pk phenobarbital --load 1400 --days 21', 'a loading dose reaches steady state at once'],
    ['asm pk levetiracetam --miss 5', 'a missed dose'],
    ['asm pk valproate --json', 'the time series for a script'],
  ],
  load: () => import('./run.js'),
  figure: () => import('./run.js'),
});
