/**
 * asm withdraw DRUG: the course's homeostatic rebound model, a simplified teaching model
 * (src/domain/models/withdraw.ts). The drug's half-life comes from its record and the
 * compensation it names from its mechanism records; the other rates are options.
 */
import { WITHDRAW_PARAMETERS } from '../../../domain/models/parameters.js';
import { defineCommand, type CommandSpec, flag, type OptionTable } from '../../define.js';
import { parameterOptions } from '../parameter-options.js';

const options: OptionTable = {
  ...parameterOptions(WITHDRAW_PARAMETERS, { withDefaults: true }),
  ascii: flag('--ascii', 'plain ASCII plot instead of Unicode braille'),
  json: flag('--json', 'print {abrupt: {peakExcitability, peakDay}, taper: {weeks, peakExcitability, peakDay}, selfTaper, compensation, series} as JSON'),
};

export type WithdrawOptions = { drug: string[]; ascii?: boolean; json?: boolean } & Record<string, unknown>;

// Typed here: run.ts reads this spec back (for figure options), which would make the type circular.
export const withdraw: CommandSpec<WithdrawOptions> = defineCommand<WithdrawOptions>({
  name: 'withdraw',
  summary: 'rebound after stopping a drug: abrupt stop vs taper (a teaching model)',
  description:
    "The course's homeostatic model of withdrawal rebound: while the drug is taken the brain builds a compensation (the spring pushed down); after the last dose the drug washes out with the half-life from its record while the compensation fades, so excitability overshoots. The plot compares an abrupt stop with a taper. The page names the compensation the mechanism records give for the drug and says whether it is established or the course's hypothesis. A simplified teaching model.",
  args: [{ name: 'drug', description: 'a drug: id, name or brand', required: true, variadic: true, complete: { records: ['drug'] } }],
  options,
  examples: [
    ['asm withdraw pregabalin', 'a short half-life: a sharp rebound'],
    ['asm withdraw phenobarbital', 'a long half-life tapers itself'],
    ['asm withdraw clobazam --taper 8', 'a benzodiazepine tapered over 8 weeks'],
    ['asm withdraw carbamazepine --weeks 4 --adaptation-days 28', 'a short course with slow adaptation'],
    ['asm withdraw lorazepam --json', 'the figures for a script'],
  ],
  load: () => import('./run.js'),
  figure: () => import('./run.js'),
});
