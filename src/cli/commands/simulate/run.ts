import type { Context } from '../../context.js';
import { simulateCommand } from '../../simulate-run.js';
import type { SimulateOptions } from './index.js';

export async function run(opts: SimulateOptions, ctx: Context): Promise<number | void> {
  return simulateCommand(ctx, opts.experiment, opts.drugs, opts);
}
