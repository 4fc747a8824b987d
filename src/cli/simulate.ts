/**
 * asm simulate [EXPERIMENT] [DRUG ...]: watch a model neuron fire with and without a
 * drug. A named experiment (use-dependence, rebound, absence-paradox, gaba, network) or
 * the raw form (--model, --protocol, ...). Drugs act only through the parameters their
 * records give; the kernel is loaded only for this command.
 */
import type { Command } from 'commander';
import { examples } from './help.js';
import type { Runner } from './main.js';

export interface SimulateOptions {
  list?: boolean;
  drug: string[];
  dose?: string;
  conc?: string;
  scale: string[];
  model?: string;
  protocol?: string;
  current?: string;
  duration?: string;
  dt?: string;
  hold?: string;
  to?: string;
  stepMs?: string;
  cells?: string;
  seed?: string;
  window?: string;
  width?: string;
  ascii?: boolean;
  csv?: string;
  json?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function register(program: Command, run: Runner): void {
  program
    .command('simulate')
    .alias('sim')
    .summary('watch a model neuron fire with and without a drug')
    .description(
      'Run a named experiment, or the raw form with --model. Drugs change only the model parameters derived from their mechanism records; every result is a simplified teaching model. `asm simulate --list` shows the experiments and the drugs that can be simulated.',
    )
    .argument('[experiment]', 'use-dependence, rebound, absence-paradox, gaba or network (omit it and give --model for the raw form)')
    .argument('[drugs...]', 'drugs (ids, names, brands) or toxins (ttx, tea); each adds a run after the control')
    .option('-l, --list', 'list the experiments, the drugs that can be simulated and the models')
    .option('-d, --drug <drug>', 'a drug or toxin to apply (repeatable; same as naming it after the experiment)', collect, [])
    .option('--dose <x>', 'dose as a multiple of the typical therapeutic free concentration (default 1)')
    .option('--conc <uM>', 'dose as a free concentration in µM (one drug only)')
    .option('--scale <channel=factor>', 'scale a conductance, e.g. na=0.5, k=2, t=0, leak=1.5 (repeatable; one extra run)', collect, [])
    .option('-m, --model <model>', 'raw form: hh, wb, tc or network')
    .option('-p, --protocol <protocol>', 'raw form: step (constant current) or rebound (hold, hyperpolarize, release)', 'step')
    .option('-i, --current <uA>', 'step current, µA/cm² (raw form; default 10 for hh, 1 for wb, 0.5 for tc, the network drive for network)')
    .option('-t, --duration <ms>', 'step duration, ms (raw form; default 200, 1000 for network)')
    .option('--dt <ms>', 'integration time step, ms (default 0.025)')
    .option('--hold <mV>', 'rebound: holding potential, mV (default -65)')
    .option('--to <mV>', 'rebound: potential reached at the end of the hyperpolarizing step, mV (default -80)')
    .option('--step-ms <ms>', 'rebound: length of the hyperpolarizing step, ms (default 200)')
    .option('--cells <n>', 'network: number of cells (default 200)')
    .option('--seed <n>', 'network: random seed for the connections (default 1)')
    .option('--window <from:to>', 'plot only this time window, ms (e.g. 0:300)')
    .option('-w, --width <cols>', 'plot width in columns (default: the terminal width)')
    .option('--ascii', 'plain ASCII plots instead of Unicode braille')
    .option('--csv <file>', 'also write the traces to a CSV file')
    .option('--json', 'print {runs: [{label, spikeTimesMs, spikeCount, rateHz, peakMv, ...}]} as JSON, control first')
    .addHelpText(
      'after',
      examples([
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
      ]),
    )
    .action(
      run(async (ctx, experiment: string | undefined, drugs: string[], opts: SimulateOptions) => {
        const { simulateCommand } = await import('./simulate-run.js');
        return simulateCommand(ctx, experiment, drugs, opts);
      }),
    );
}
