/**
 * asm simulate [EXPERIMENT] [DRUG ...]: watch a model neuron fire with and without a drug.
 * A named experiment or the raw form (--model, --protocol, ...). Drugs act only through
 * the parameters their records give; the kernel is loaded only for this command.
 */
import { defineCommand, flag, list, text, type OptionsOf } from '../../define.js';

const options = {
  list: flag('-l, --list', 'list the experiments, the drugs that can be simulated and the models'),
  drug: list('-d, --drug <drug>', 'a drug or toxin to apply (repeatable; same as naming it after the experiment)', { complete: { records: ['drug'] } }),
  dose: text('--dose <x>', 'dose as a multiple of the typical therapeutic free concentration (default 1)'),
  conc: text('--conc <uM>', 'dose as a free concentration in µM (one drug only)'),
  scale: list('--scale <channel=factor>', 'scale a conductance, e.g. na=0.5, k=2, t=0, leak=1.5 (repeatable; one extra run)'),
  model: text('-m, --model <model>', 'raw form: hh, wb, tc or network', { complete: ['hh', 'wb', 'tc', 'network'] }),
  protocol: text('-p, --protocol <protocol>', 'raw form: step (constant current) or rebound (hold, hyperpolarize, release)', { default: 'step', complete: ['step', 'rebound'] }),
  current: text('-i, --current <uA>', 'step current, µA/cm² (raw form; default 10 for hh, 1 for wb, 0.5 for tc, the network drive for network)'),
  duration: text('-t, --duration <ms>', 'step duration, ms (raw form; default 200, 1000 for network)'),
  dt: text('--dt <ms>', 'integration time step, ms (default 0.025)'),
  hold: text('--hold <mV>', 'rebound: holding potential, mV (default -65)'),
  to: text('--to <mV>', 'rebound: potential reached at the end of the hyperpolarizing step, mV (default -80)'),
  stepMs: text('--step-ms <ms>', 'rebound: length of the hyperpolarizing step, ms (default 200)'),
  cells: text('--cells <n>', 'network: number of cells (default 200)'),
  seed: text('--seed <n>', 'network: random seed for the connections (default 1)'),
  window: text('--window <from:to>', 'plot only this time window, ms (e.g. 0:300)'),
  width: text('-w, --width <cols>', 'plot width in columns (default: the terminal width)'),
  ascii: flag('--ascii', 'plain ASCII plots instead of Unicode braille'),
  csv: text('--csv <file>', 'also write the traces to a CSV file', { complete: 'file' }),
  json: flag('--json', 'print {runs: [{label, spikeTimesMs, spikeCount, rateHz, peakMv, ...}]} as JSON, control first'),
};

export type SimulateOptions = OptionsOf<typeof options> & { experiment?: string; drugs: string[] };

export const simulate = defineCommand<SimulateOptions>({
  name: 'simulate',
  aliases: ['sim'],
  summary: 'watch a model neuron fire with and without a drug',
  description:
    'Run a named experiment, or the raw form with --model. Drugs change only the model parameters derived from their mechanism records; every result is a simplified teaching model. `asm simulate --list` shows the experiments and the drugs that can be simulated.',
  args: [
    { name: 'experiment', description: 'use-dependence, rebound, absence-paradox, gaba or network (omit it and give --model for the raw form)', complete: { load: async () => (await import('../../../kernel/experiments/index.js')).EXPERIMENTS.map((e) => e.id) } },
    { name: 'drugs', description: 'drugs (ids, names, brands) or toxins (ttx, tea); each adds a run after the control', variadic: true, complete: { records: ['drug'] } },
  ],
  options,
  examples: [
    ['asm simulate --list', 'what can be simulated'],
    ['asm simulate use-dependence', 'carbamazepine spares normal firing, stops a seizure-like burst'],
    ['asm simulate use-dependence phenytoin lamotrigine', 'other sodium-channel blockers'],
    ['asm simulate rebound ethosuximide --dose 2', 'T-channel block shrinks the thalamic burst'],
    ['asm simulate absence-paradox', 'why carbamazepine can worsen absence seizures'],
    ['asm simulate gaba lorazepam phenobarbital', 'benzodiazepine vs barbiturate on an IPSC'],
    ['asm simulate network', 'hypersynchrony and each pillar against it'],
    ['asm simulate --model hh --current 10 --duration 100 --drug ttx', 'the raw form, with a toxin'],
    ['asm simulate --model tc --protocol rebound --to -90 --scale t=0.5', 'half the T channels'],
    ['asm simulate use-dependence --json | jq .runs[].spikeCount', 'figures for a script'],
  ],
  load: () => import('./run.js'),
});
