/**
 * asm simulate [EXPERIMENT] [DRUG ...]: watch a model neuron fire with and without a drug.
 * A named experiment or the raw form (--model, --protocol, ...). Drugs act only through
 * the parameters their records give; the kernel is loaded only for this command, and the
 * records only when a drug is named (or an experiment's default drugs are used).
 */
import { choice, defineCommand, flag, list, number, text, type OptionsOf } from '../../define.js';

export const MODELS = ['hh', 'wb', 'rs', 'tc', 'network'] as const;
const EXPERIMENT_WORDS = ['use-dependence', 'rebound', 'absence-paradox', 'gaba', 'network', 'dravet', 'voltage-clamp', 'resting-potential'] as const;

const options = {
  list: flag('-l, --list', 'list the experiments, the drugs that can be simulated and the models'),
  drug: list('-d, --drug <drug>', 'a drug or toxin to apply (repeatable; same as naming it after the experiment)', { complete: { records: ['drug'] } }),
  dose: number('--dose <x>', 'dose as a multiple of the typical therapeutic free concentration', { min: 0, max: 100, unit: '× typical', defaultText: '1' }),
  conc: number('--conc <uM>', 'dose as a free concentration in µM (one drug only)', { min: 0, max: 100_000, unit: 'µM' }),
  scale: list('--scale <channel=factor>', 'scale a conductance, e.g. na=0.5, k=2, t=0, leak=1.5, m=0 (repeatable; one extra run)'),
  model: choice('-m, --model <model>', 'raw form: hh, wb, rs, tc or network', MODELS),
  protocol: choice('-p, --protocol <protocol>', 'raw form: step (constant current) or rebound (hold, hyperpolarize, release)', ['step', 'rebound'] as const, { default: 'step' }),
  current: number('-i, --current <uA>', 'step current (raw form)', { min: -200, max: 200, unit: 'µA/cm²', defaultText: '10 for hh, 1 for wb and rs, 0.5 for tc, 0.8 (the drive) for network' }),
  duration: number('-t, --duration <ms>', 'step duration (raw form)', { min: 1, max: 20_000, unit: 'ms', defaultText: '200, 1000 for network' }),
  dt: number('--dt <ms>', 'integration time step (raw form)', { min: 0.001, max: 0.05, unit: 'ms', defaultText: '0.025' }),
  exact: flag('--exact', 'evaluate every rate and exponential each step instead of the rate tables (the reference path)'),
  hold: number('--hold <mV>', 'rebound: holding potential', { min: -120, max: -40, unit: 'mV', defaultText: '-65' }),
  to: number('--to <mV>', 'rebound: potential reached at the end of the hyperpolarizing step', { min: -130, max: -40, unit: 'mV', defaultText: '-80' }),
  stepMs: number('--step-ms <ms>', 'rebound: length of the hyperpolarizing step', { min: 1, max: 5000, unit: 'ms', defaultText: '200' }),
  cells: number('--cells <n>', 'network, dravet: number of cells', { integer: true, min: 10, max: 5000, defaultText: '100 (200 for the raw network)' }),
  seed: number('--seed <n>', 'network, dravet: random seed for the connections and inputs', { integer: true, min: 0, max: 2 ** 31 - 1, defaultText: '1' }),
  ions: text('--ions <list>', 'resting-potential: concentrations in mM, e.g. ko=10,cli=25 (ko ki nao nai clo cli cao cai)'),
  window: text('--window <from:to>', 'plot only this time window, ms (e.g. 0:300)'),
  width: number('-w, --width <cols>', 'plot width in columns', { integer: true, min: 40, max: 400, defaultText: 'the terminal width' }),
  ascii: flag('--ascii', 'plain ASCII plots instead of Unicode braille'),
  csv: text('--csv <file>', 'also write the traces to a CSV file', { complete: 'file' }),
  json: flag('--json', 'print {runs: [{agent, condition, label, spikeTimesMs, spikeCount, rateHz, peakMv, ...}]} as JSON, control first'),
};

export type SimulateOptions = OptionsOf<typeof options> & { experiment?: string; drugs: string[] };

export const simulate = defineCommand<SimulateOptions>({
  name: 'simulate',
  aliases: ['sim'],
  summary: 'watch a model neuron fire with and without a drug',
  description:
    'Run a named experiment, or the raw form with --model. Drugs change only the model parameters derived from their mechanism records; every result is a simplified teaching model. `asm simulate --list` shows the experiments, what each shows and does not show, and the drugs that can be simulated.',
  args: [
    { name: 'experiment', description: `${EXPERIMENT_WORDS.join(', ')} (omit it and give --model for the raw form)`, complete: EXPERIMENT_WORDS },
    { name: 'drugs', description: 'drugs (ids, names, brands) or toxins (ttx, tea, pronase); each adds a run after the control', variadic: true, complete: { records: ['drug'] } },
  ],
  options,
  examples: [
    ['asm simulate --list', 'what can be simulated'],
    ['asm simulate use-dependence', 'carbamazepine blocks during PDS bursts, hardly at a low rate'],
    ['asm simulate use-dependence phenytoin lamotrigine', 'other sodium-channel blockers'],
    ['asm simulate rebound ethosuximide --dose 2', 'T-channel block shrinks the thalamic burst'],
    ['asm simulate absence-paradox', 'thalamic GABA-A inhibition and the rebound'],
    ['asm simulate gaba lorazepam phenobarbital', 'benzodiazepine vs barbiturate on an IPSC'],
    ['asm simulate network', 'where each drug moves the transition to hypersynchrony'],
    ['asm simulate dravet', 'why sodium-channel blockers worsen Dravet syndrome'],
    ['asm simulate voltage-clamp carbamazepine lacosamide', 'inactivation shift, pulse train, recovery'],
    ['asm simulate resting-potential --ions ko=10', 'Nernst and GHK potentials with your concentrations'],
    ['asm simulate --model hh --current 10 --duration 100 --drug ttx', 'the raw form, with a toxin'],
    ['asm simulate --model tc --protocol rebound --to -90 --scale t=0.5', 'half the T channels'],
    ['asm simulate use-dependence --json | jq .runs[].spikeCount', 'figures for a script'],
  ],
  load: () => import('./run.js'),
  figure: () => import('./figure.js'),
});
