/**
 * asm decide: the treat-or-not calculator. Expected cumulative harm over a horizon, with
 * and without treatment, from a simplified teaching model (src/domain/models/decide.ts).
 * The model's inputs are options built from its parameter list, each with its unit and
 * range; a preset (data/presets/) fills them for a case.
 */
import { DECIDE_PARAMETERS } from '../../../domain/models/parameters.js';
import { defineCommand, type CommandSpec, flag, text, type OptionTable } from '../../define.js';
import { parameterOptions } from '../parameter-options.js';

const options: OptionTable = {
  preset: text('--preset <id>', "load a case's inputs from data/presets (e.g. bects); options given as well override them", { complete: { records: ['preset'] } }),
  // No defaults in the table: a value given, then the preset's, then the model's own default.
  ...parameterOptions(DECIDE_PARAMETERS, { withDefaults: false }),
  explain: flag('--explain', 'print the formula and its assumptions'),
  ascii: flag('--ascii', 'plain ASCII plot instead of Unicode braille'),
  json: flag('--json', 'print {treat: {expectedHarm}, noTreatment: {expectedHarm}, lower, breakEvenSeizuresPerYear, sensitivity, series} as JSON'),
};

export type DecideOptions = { preset?: string; explain?: boolean; ascii?: boolean; json?: boolean } & Record<string, number | string | boolean | undefined>;

// Typed here: run.ts reads this spec back (for figure options), which would make the type circular.
export const decide: CommandSpec<DecideOptions> = defineCommand<DecideOptions>({
  name: 'decide',
  summary: 'to treat or not to treat: expected harm with and without a drug (a teaching model)',
  description:
    'Add up the expected harm of seizures and of a drug\'s adverse effects over a horizon, year by year, with and without treatment: both totals, which is lower, the seizure frequency at which they break even, a sensitivity table and a plot. A simplified teaching model whose harm weights are value judgements. Give every input, or load a case with --preset and change what you like.',
  options,
  examples: [
    ['asm decide --preset bects', "the course's case: not treating can carry less expected harm"],
    ['asm decide --preset bects --explain', 'the formula and its assumptions'],
    ['asm decide --preset bects --seizures-per-year 8', 'more seizures: treatment wins'],
    ['asm decide --preset bects --adverse-probability 0.05', 'a gentler drug'],
    ['asm decide --seizures-per-year 12 --harm-per-seizure 3 --remission-per-year 0.1 --efficacy 0.6 --adverse-probability 0.3 --adverse-harm-per-year 10', 'a case of your own'],
    ['asm decide --preset bects --json', 'the figures for a script'],
  ],
  load: () => import('./run.js'),
  figure: () => import('./run.js'),
});
